const P = (v) => (v === true ? "True" : v === false ? "False" : v);
const job = asyncio.coroutine(async function job(tag) {
  await asyncio.sleep(0.01);
  return tag;
});
const loop = asyncio.new_event_loop();
asyncio.set_event_loop(loop);
print(await loop.run_until_complete(job("first")));
loop.call_soon(print, "dropped soon");
loop.call_later(0.01, print, "dropped later");
const fut = loop.create_future();
loop.close();
print("closed", P(loop.is_closed()), "get_event_loop is same", P(asyncio.get_event_loop() === loop));
for (const [name, fn] of [["run_until_complete", () => loop.run_until_complete(fut)],
                          ["run_forever", () => loop.run_forever()],
                          ["call_soon", () => loop.call_soon(print)],
                          ["call_at", () => loop.call_at(1, print)]]) {
  try {
    fn();
    print(name, "ok");
  } catch (e) {
    if (e instanceof asyncio.RuntimeError) print(name, "RuntimeError:", e.message); else throw e;
  }
}
print("create_future on closed loop ok:", P(loop.create_future().done()));
loop.close();
print("close again ok");
const loop2 = asyncio.new_event_loop();
print("loop2 is new", P(loop2 !== loop), P(loop2.is_closed()));
asyncio.set_event_loop(loop2);
print("get_event_loop is loop2", P(asyncio.get_event_loop() === loop2));
print(await loop2.run_until_complete(job("second")));
loop2.call_soon(print, "runs on loop2");
print(await loop2.run_until_complete(asyncio.sleep(0.02, "after")));
loop2.close();
print(await asyncio.run(job("run-1")));
print(await asyncio.run(job("run-2")));
