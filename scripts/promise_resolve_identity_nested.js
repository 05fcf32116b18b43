// Promise.resolve(p) of a settled promise is p itself, also in a call that gather wraps in a task: the
// read of p.constructor from inside Promise.resolve (a native frame) is never taken for an await to
// hold. Checked against Node 20.
async function g() {
  return 1;
}
async function f(name) {
  const p = g();
  print(name, Promise.resolve(p) === p);
  print(name, await p);
}
await asyncio.gather(f("a"), f("b"));
