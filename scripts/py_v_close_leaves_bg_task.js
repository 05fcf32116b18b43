const loop = asyncio.new_event_loop();
async function bg() { await asyncio.sleep(1); print("bg woke"); }
async function main() { loop.create_task(bg()); await asyncio.sleep(0.1); return "main"; }
print(await loop.run_until_complete(main()));
loop.close();
print("closed");
