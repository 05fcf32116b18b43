const B = (x) => (x ? "True" : "False");
class ValueError extends Error { constructor(m) { super(m); this.name = "ValueError"; } }
// Python's str(KeyError(k)) is repr(k)
class KeyError extends Error { constructor(k) { super(`'${k}'`); this.name = "KeyError"; } }
async function w() {
  try {
    await asyncio.sleep(10);
  } finally {
    print("finally raising");
    throw new ValueError("from finally");
  }
}
async function h() {
  try {
    await asyncio.sleep(10);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) throw new KeyError("replaced");
    throw e;
  }
}
async function main() {
  for (const f of [w, h]) {
    const t = asyncio.create_task(f());
    await asyncio.sleep(0);
    print("cancel ->", B(t.cancel()));
    try {
      await t;
    } catch (e) {
      if (e instanceof asyncio.CancelledError) print("CancelledError?!");
      else print("got", e.name, e.message);
    }
    print("cancelled", B(t.cancelled()), "exception", t.exception().name, "cancelling", t.cancelling());
  }
}
await asyncio.run(main());
