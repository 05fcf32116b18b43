const B = (x) => (x ? "True" : "False");
class ValueError extends Error { constructor(m) { super(m); this.name = "ValueError"; } }
class KeyError extends Error { constructor(k) { super(`'${k}'`); this.name = "KeyError"; } }
async function level3() {
  try {
    await asyncio.sleep(0.1);
    throw new ValueError("deep");
  } finally {
    print("finally 3");
  }
}
async function level2() {
  try {
    return await level3();
  } finally {
    print("finally 2");
  }
}
async function level1() {
  try {
    await level2();
  } catch (e) {
    if (!(e instanceof ValueError)) throw e;
    print("level1 caught", e.name, e.message);
    const k = new KeyError("k"); k.cause = e; throw k;
  } finally {
    print("finally 1");
  }
}
async function main() {
  try {
    await level1();
  } catch (e) {
    if (!(e instanceof KeyError)) throw e;
    print("main caught", e.name, e.message, e.cause.name, e.cause.message);
  }
  const t = asyncio.create_task(level2());
  try {
    await t;
  } catch (e) {
    if (!(e instanceof ValueError)) throw e;
    print("task raised", e.name, e.message, B(t.done()), B(t.exception() === e));
  }
}
await asyncio.run(main());
