class ValueError extends Error { constructor(m) { super(m); this.name = "ValueError"; } }
async function ok() { await asyncio.sleep(0.1); return 42; }
async function bad() { await asyncio.sleep(0.1); throw new ValueError("from main"); }
print(await asyncio.run(ok()));
try {
  await asyncio.run(bad());
} catch (e) {
  if (e instanceof ValueError) print("run raised", e.message); else throw e;
}
print(await asyncio.run(ok()));
const nested = asyncio.coroutine(async function nested() {
  const c = asyncio.coroutine(ok)();
  try {
    await asyncio.run(c);
  } catch (e) {
    if (e instanceof asyncio.RuntimeError) print("nested run:", e.message); else throw e;
  }
  return "n";
});
print(await asyncio.run(nested()));
