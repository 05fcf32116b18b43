const child = asyncio.coroutine(async function child() {
  await asyncio.sleep(0.01);
});
const main = asyncio.coroutine(async function main() {
  const loop = asyncio.get_running_loop();
  print("current_task(loop)", asyncio.current_task(loop).get_name());
  print("current_task(loop=loop)", asyncio.current_task({ loop: loop }).get_name());
  const ts = [0, 1, 2].map(() => asyncio.create_task(child()));
  print("all_tasks(loop)", asyncio.all_tasks(loop).size, asyncio.all_tasks({ loop: loop }).size);
  await asyncio.sleep(0);
  ts[0].cancel();
  print("after cancel request, pending", asyncio.all_tasks().size);
  await asyncio.sleep(0);
  print("after cancel delivered", asyncio.all_tasks().size);
  await asyncio.gather(...ts.slice(1));
  print("end", asyncio.all_tasks().size);
});
await asyncio.run(main());
