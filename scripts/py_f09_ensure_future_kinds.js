class Awaitable {
  then(resolve, reject) {
    asyncio.sleep(0.01).then(() => resolve("awaitable-result"), reject);
  }
}
const coro = asyncio.coroutine(async function coro() {
  print("coro runs in", asyncio.current_task().get_name());
  return "coro-result";
});
const main = asyncio.coroutine(async function main() {
  const loop = asyncio.get_running_loop();
  const f = loop.create_future();
  print("future same", asyncio.ensure_future(f) === f);
  const t = asyncio.ensure_future(coro());
  print("coro ->", t.constructor.name, t.get_name(), t.done());
  print("task same", asyncio.ensure_future(t) === t);
  const a = asyncio.ensure_future(new Awaitable());
  print("awaitable ->", a.constructor.name, asyncio.isfuture(a));
  print(await t, await a);
  for (const bad of [1, "x", null]) {
    try {
      asyncio.ensure_future(bad);
    } catch (e) {
      if (!(e instanceof TypeError)) throw e;
      print("TypeError");
    }
  }
});
await asyncio.run(main());
