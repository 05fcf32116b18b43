const P = (v) => (v === true ? "True" : v === false ? "False" : v);
const loop = asyncio.new_event_loop();
asyncio.set_event_loop(loop);
const gen = asyncio.coroutine(function* gen(name, d) {
  try {
    print(name, "start");
    yield asyncio.sleep(d);
    print(name, "finished");
    return name;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print(name, "got CancelledError");
    throw e;
  } finally {
    print(name, "finally");
  }
});
const fut = loop.create_future();
const g = asyncio.gather(gen("fast", 0.01), gen("slow", 1), fut);
g.add_done_callback((f) => print("gather cb cancelled?", P(f.cancelled())));
loop.call_later(0.05, () => print("cancel ->", P(g.cancel())));
try {
  await loop.run_until_complete(g);
} catch (e) {
  if (e instanceof asyncio.CancelledError) print("run_until_complete raised CancelledError"); else throw e;
}
print("fut cancelled?", P(fut.cancelled()));
print("cancel again ->", P(g.cancel()));
loop.close();
