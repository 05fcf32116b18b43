async function sleeper(n) {
  await asyncio.sleep(n);
  return n;
}
const loop = asyncio.new_event_loop();
asyncio.set_event_loop(loop);
const ts = [1, 2, 3].map((n) => loop.create_task(sleeper(n / 10)));
print("before run:", asyncio.all_tasks(loop).size);
async function inspect_tasks() {
  await asyncio.sleep(0.15);
  return asyncio.all_tasks().size;
}
print("inside:", await loop.run_until_complete(inspect_tasks()));
print("after first run:", asyncio.all_tasks(loop).size, ts.map((t) => t.done()).join(","));
await loop.run_until_complete(asyncio.sleep(0.1));
print("after second run:", asyncio.all_tasks(loop).size, ts.map((t) => t.done()).join(","));
print(...(await loop.run_until_complete(asyncio.gather(...ts))));
loop.close();
