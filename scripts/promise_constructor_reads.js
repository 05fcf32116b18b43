// Reading a promise's constructor, calling its then, Promise.resolve and subclass-free construction behave as in
// Node, also for settled promises read in nested async calls (where asyncrun may hold an await; see
// heldawaits.go). Expected output checked against Node 20.
async function f() {
  const p = Promise.resolve(1);
  const C = p.constructor;
  print(C.name, typeof C.resolve, p instanceof C);
  p.then((v) => print("then got", v));
  print("sync after then");
  const q = new C((res) => res(2));
  print(await q);
  print(await p);
}
async function g() { return 5; }
async function h() { const x = await g(); print("h", x); }
await f();
await asyncio.gather(h(), h());
print(Promise.prototype.constructor === Promise);
