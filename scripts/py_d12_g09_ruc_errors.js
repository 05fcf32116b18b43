const P = (v) => (v === true ? "True" : v === false ? "False" : v);
class ValueError extends Error { constructor(m) { super(m); this.name = "ValueError"; } }
const loop = asyncio.new_event_loop();
asyncio.set_event_loop(loop);
const boom = asyncio.coroutine(async function boom() {
  await asyncio.sleep(0.01);
  throw new ValueError("boom");
});
try {
  await loop.run_until_complete(boom());
} catch (e) {
  if (e instanceof ValueError) print("ValueError", e.message); else throw e;
}
const f = loop.create_future();
loop.call_later(0.01, () => f.cancel());
try {
  await loop.run_until_complete(f);
} catch (e) {
  if (e instanceof asyncio.CancelledError) print("CancelledError from cancelled future"); else throw e;
}
const f2 = loop.create_future();
loop.call_later(0.01, () => loop.stop());
try {
  await loop.run_until_complete(f2);
} catch (e) {
  if (e instanceof asyncio.RuntimeError) print("RuntimeError", e.message); else throw e;
}
print("f2 done?", P(f2.done()));
loop.call_later(0.01, (v) => f2.set_result(v), "late");
print("f2 later:", await loop.run_until_complete(f2));
const nested = asyncio.coroutine(async function nested() {
  const c = asyncio.sleep(0);
  try {
    loop.run_until_complete(c);
  } catch (e) {
    if (e instanceof asyncio.RuntimeError) print("nested RuntimeError", e.message); else throw e;
  }
  try {
    loop.run_forever();
  } catch (e) {
    if (e instanceof asyncio.RuntimeError) print("nested forever RuntimeError", e.message); else throw e;
  }
  try {
    loop.close();
  } catch (e) {
    if (e instanceof asyncio.RuntimeError) print("close while running RuntimeError", e.message); else throw e;
  }
  return "nested ok";
});
print(await loop.run_until_complete(nested()));
const t = loop.create_task(boom());
try {
  await loop.run_until_complete(t);
} catch (e) {
  if (e instanceof ValueError) print("task ValueError", e.message, P(t.exception() === e)); else throw e;
}
loop.close();
