const waiter = asyncio.coroutine(async function waiter(name, f) {
  print(name, "woke", await f);
});
const setter = asyncio.coroutine(async function setter(f, g) {
  const loop = asyncio.get_running_loop();
  loop.call_soon(print, "soon before set");
  f.set_result("F");
  loop.call_soon(print, "soon between");
  g.set_result("G");
  loop.call_soon(print, "soon after set");
  print("setter continues");
  await asyncio.sleep(0);
  print("setter after yield");
});
async function main() {
  const loop = asyncio.get_running_loop();
  const f = loop.create_future(), g = loop.create_future();
  const wg = asyncio.create_task(waiter("wg", g));
  const wf = asyncio.create_task(waiter("wf", f));
  await asyncio.sleep(0);
  const s = asyncio.create_task(setter(f, g));
  await asyncio.gather(wf, wg, s);
}
await asyncio.run(main());
