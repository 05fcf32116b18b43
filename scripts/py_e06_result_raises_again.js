const B = (x) => (x ? "True" : "False");
class AppError extends Error { constructor(m, code) { super(m); this.name = "AppError"; this.code = code; } }
async function fail() { await asyncio.sleep(0.1); throw new AppError("bad thing", 42); }
async function main() {
  const t = asyncio.create_task(fail());
  await asyncio.wait([t]);
  let first = null;
  for (let i = 0; i < 3; i++) {
    try { t.result(); } catch (e) {
      if (!(e instanceof AppError)) throw e;
      if (first === null) first = e;
      print("attempt", i, e.name, e.message, e.code, B(e === first));
    }
  }
  print("exception()", B(t.exception() === first), B(t.exception() === t.exception()));
  try { await t; } catch (e) { print("await again", B(e === first)); }
  try { await t; } catch (e) { print("await thrice", B(e === first)); }
  print(B(t.done()), B(t.cancelled()), B(t.cancel()));
}
await asyncio.run(main());
