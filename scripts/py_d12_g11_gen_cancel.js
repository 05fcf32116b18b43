const P = (v) => (v === true ? "True" : v === false ? "False" : v);
const loop = asyncio.new_event_loop();
asyncio.set_event_loop(loop);
function* inner_plain() {
  try {
    const fut = loop.create_future();
    yield fut;
  } finally {
    print("inner_plain finally");
  }
}
const stubborn = asyncio.coroutine(function* stubborn() {
  try {
    yield* inner_plain();
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("stubborn caught cancel, sleeping more");
    yield asyncio.sleep(0.02);
    print("stubborn returns after cancel");
    return "kept";
  }
});
const quitter = asyncio.coroutine(function* quitter() {
  try {
    yield asyncio.sleep(1);
  } finally {
    print("quitter finally");
  }
});
const t1 = loop.create_task(stubborn());
const t2 = loop.create_task(quitter());
await loop.run_until_complete(asyncio.sleep(0.01));
print("cancel:", P(t1.cancel()), P(t2.cancel()));
const res = await loop.run_until_complete(asyncio.gather(t1, t2, { return_exceptions: true }));
print("results:", "[" + res.map((r) => (r instanceof Error ? `'${r.name}'` : `'${r}'`)).join(", ") + "]");
print("t1 cancelled?", P(t1.cancelled()), "t2 cancelled?", P(t2.cancelled()));
loop.close();
