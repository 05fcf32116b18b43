// finally() and Promise.resolve() on settled promises in nested calls that gather claims: the
// Promise.prototype.constructor getter takes no part when a native function reads it. Checked against Node 20.
async function g() { return 1; }
async function f(name) {
  const p = g();
  const q = p.finally(() => print(name, "finally ran"));
  print(name, "after finally call", q instanceof Promise);
  print(name, "got", await q);
  const r = await Promise.resolve(p);
  print(name, "resolve", r);
}
await asyncio.gather(f("a"), f("b"));
