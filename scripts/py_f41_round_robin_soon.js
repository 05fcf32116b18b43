const worker = asyncio.coroutine(async function worker(name, n, fut) {
  const loop = asyncio.get_running_loop();
  for (let i = 0; i < n; i++) {
    loop.call_soon(print, `${name}-soon${i}`);
    if (i === 1 && name === "B") {
      fut.set_result(name);
      print("B set fut");
    }
    await asyncio.sleep(0);
    print(`${name}-step${i}`);
  }
});
const fwait = asyncio.coroutine(async function fwait(fut) {
  print("fwait got", await fut);
});
async function main() {
  const loop = asyncio.get_running_loop();
  const fut = loop.create_future();
  const fw = asyncio.create_task(fwait(fut));
  const ts = [..."ABC"].map((n) => asyncio.create_task(worker(n, 3, fut)));
  await asyncio.gather(fw, ...ts);
}
await asyncio.run(main());
