class AppError extends Error { constructor(m, { retry = false } = {}) { super(m); this.name = "AppError"; this.retry = retry; } }
class NotFound extends AppError { constructor(m, o) { super(m, o); this.name = "NotFound"; } }
// Python: class Timeoutish(AppError, TimeoutError); JS has single inheritance, so extend asyncio.TimeoutError and mark it
class Timeoutish extends asyncio.TimeoutError { constructor(m, { retry = false } = {}) { super(m); this.name = "Timeoutish"; this.retry = retry; this.isApp = true; } }
class ArithmeticError extends Error { constructor(m) { super(m); this.name = "ArithmeticError"; } }
class ZeroDivisionError extends ArithmeticError { constructor(m) { super(m); this.name = "ZeroDivisionError"; } }
const isApp = (e) => e instanceof AppError || e.isApp === true;
async function fetch(key) {
  await asyncio.sleep(0.01 * key.length);
  if (key === "missing") throw new NotFound(`no ${key}`);
  if (key === "slow") throw new Timeoutish("slow one", { retry: true });
  if (key === "bug") throw new ZeroDivisionError("division by zero");
  return key.toUpperCase();
}
async function safe(key) {
  try { return await fetch(key); } catch (e) {
    if (e instanceof NotFound) return `default(${e.message})`;
    if (isApp(e)) return `app(${e.name},${e.retry ? "True" : "False"})`;
    throw e;
  }
}
async function main() {
  print("[" + (await asyncio.gather(...["a", "missing", "slow"].map((k) => safe(k)))).map((s) => `'${s}'`).join(", ") + "]");
  try { await asyncio.gather(safe("bug"), safe("x")); } catch (e) {
    if (!(e instanceof ArithmeticError)) throw e;
    print("arith", e.name, e.message);
  }
  try { await asyncio.wait_for(fetch("slow"), 5); } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("caught as TimeoutError:", e.name, e.message, isApp(e) ? "True" : "False");
  }
  const r = await asyncio.gather(fetch("missing"), fetch("slow"), { return_exceptions: true });
  print("[" + r.map((x) => `('${x.name}', ${isApp(x) ? "True" : "False"}, ${x.retry ? "True" : "False"})`).join(", ") + "]");
}
await asyncio.run(main());
