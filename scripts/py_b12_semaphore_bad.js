const P = (v) => (v === true ? "True" : v === false ? "False" : v);
class KeyError extends Error { constructor(m) { super(m); this.name = "KeyError"; } }
async function main() {
  for (const [label, make] of [["Semaphore(-1)", () => new asyncio.Semaphore(-1)],
                               ["BoundedSemaphore(-1)", () => new asyncio.BoundedSemaphore(-1)],
                               ["Semaphore(0)", () => new asyncio.Semaphore(0)],
                               ["Semaphore()", () => new asyncio.Semaphore()]]) {
    try {
      const s = make();
      print(label, "ok locked", P(s.locked()));
    } catch (e) {
      print(label, e.name, e.message);
    }
  }
  const s = new asyncio.Semaphore(1);
  s.release();
  s.release();
  print("Semaphore released past initial: locked", P(s.locked()));
  await s.acquire(); await s.acquire(); await s.acquire();
  print("acquired 3 times, locked", P(s.locked()));
  const b = new asyncio.BoundedSemaphore(2);
  await b.acquire();
  b.release();
  try {
    b.release();
  } catch (e) {
    if (e instanceof asyncio.ValueError) print("bounded", e.name, e.message); else throw e;
  }
  print("bounded locked", P(b.locked()));
  try {
    await b.with(async () => { throw new KeyError("inside"); });
  } catch (e) {
    if (e instanceof KeyError) print("error inside with, released?", P(!b.locked())); else throw e;
  }
}
await asyncio.run(main());
