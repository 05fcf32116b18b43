class KeyError extends Error { constructor(m) { super(m); this.name = "KeyError"; } }
const P = (v) => (v === true ? "True" : v === false ? "False" : v);
async function work(x) {
  await asyncio.sleep(0.1);
  print("work", x, "running inside", P(asyncio.get_running_loop() === loop));
  return x * 10;
}
async function fail() {
  await asyncio.sleep(0.1);
  throw new KeyError("kk");
}
const loop = asyncio.new_event_loop();
asyncio.set_event_loop(loop);
print("before: running", P(loop.is_running()), "closed", P(loop.is_closed()));
print("result", await loop.run_until_complete(work(1)));
const t = loop.create_task(work(2));
print("task result", await loop.run_until_complete(t), P(t.done()));
const f = loop.create_future();
loop.call_later(0.1, (v) => f.set_result(v), "from call_later");
print("future result", await loop.run_until_complete(f));
try {
  await loop.run_until_complete(fail());
} catch (e) {
  if (e instanceof KeyError) print("raised KeyError", `'${e.message}'`); else throw e;
}
loop.close();
print("after close: closed", P(loop.is_closed()));
