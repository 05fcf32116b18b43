// A promise handed to a thread cannot travel: DataCloneError names it as Node's structuredClone does
// ("#<Promise> could not be cloned."), also now that Promise.prototype.constructor is an accessor.
function f(x) {
  return x;
}
try {
  await asyncio.to_thread(f, Promise.resolve(1));
} catch (e) {
  print(e.name, e.message);
}
