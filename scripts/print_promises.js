// Promises print as Node prints them, also now that Promise.prototype.constructor is an accessor (held
// awaits, bindings/asyncio/heldawaits.go). Expected output checked against Node 20.
const p = Promise.resolve(1);
print(p);
async function f() {
  const q = Promise.resolve(2);
  print(q, q.constructor.name);
  await q;
}
await f();
console.log([Promise.reject(new Error("x")).catch(() => 0)]);
console.log({ p: new Promise(() => {}) });
class MyP extends Promise {}
const m = MyP.resolve(3);
print(m instanceof MyP, m.constructor === MyP, await m);
print(m);
