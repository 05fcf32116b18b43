const child = asyncio.coroutine(async function child() {
  await asyncio.sleep(0);
  return asyncio.current_task().get_name();
});
const main = asyncio.coroutine(async function main(tag) {
  const me = asyncio.current_task().get_name();
  const c = await asyncio.create_task(child());
  print(tag, me, c);
});
await asyncio.run(main("first"));
await asyncio.run(main("second"));
const loop = asyncio.new_event_loop();
asyncio.set_event_loop(loop);
await loop.run_until_complete(main("ruc"));
const t = loop.create_task(child());
print("ruc task", await loop.run_until_complete(t));
loop.close();
