const loop = asyncio.new_event_loop();
asyncio.set_event_loop(loop);
const coro_fn = asyncio.coroutine(async function coro_fn() {
  print("should not run");
});
for (const [name, fn] of [["call_soon", (c) => loop.call_soon(c)],
                          ["call_later", (c) => loop.call_later(0.01, c)],
                          ["call_at", (c) => loop.call_at(loop.time(), c)]]) {
  for (const [label, cb] of [["coroutine function", coro_fn]]) {
    try {
      fn(cb);
      print(name, label, "accepted");
    } catch (e) {
      if (e instanceof TypeError) print(name, label, "TypeError:", e.message); else throw e;
    }
  }
}
const h = loop.call_soon(print, "fine");
await loop.run_until_complete(asyncio.sleep(0.02));
loop.close();
