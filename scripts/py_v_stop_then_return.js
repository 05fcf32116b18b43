const loop = asyncio.new_event_loop();
const main = asyncio.coroutine(async function main() {
  await asyncio.sleep(0.01);
  print("main done, stopping loop");
  loop.stop();
  return "result";
});
print(await loop.run_until_complete(main()));
loop.close();
