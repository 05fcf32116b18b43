const loop = asyncio.new_event_loop();
asyncio.set_event_loop(loop);
function chain(n) {
  print("soon", n);
  if (n < 3) loop.call_soon(chain, n + 1);
}
const task = asyncio.coroutine(async function task(name) {
  for (let i = 0; i < 3; i++) {
    print(name, i);
    await asyncio.sleep(0);
  }
  return name;
});
const main = asyncio.coroutine(async function main() {
  loop.call_soon(chain, 0);
  const t1 = asyncio.create_task(task("A"));
  loop.call_soon(print, "soon-x");
  const t2 = asyncio.ensure_future(task("B"));
  const fut = loop.create_future();
  loop.call_soon((v) => fut.set_result(v), "F");
  fut.add_done_callback((f) => print("fut cb", f.result()));
  print("main awaits fut");
  const r = await fut;
  print("main got", r);
  await asyncio.sleep(0);
  print("main after sleep0");
  return await asyncio.gather(t1, t2);
});
print("['" + (await loop.run_until_complete(main())).join("', '") + "']");
loop.close();
