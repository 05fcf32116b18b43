// exit: 1
const t0 = time.time();
function el() { return (Math.floor((time.time() - t0) * 10 + 0.05) / 10).toFixed(1); } // tenths elapsed (floored)

class LookupError extends Error { constructor(m) { super(m); this.name = "LookupError"; } }
class ValueError extends Error { constructor(m) { super(m); this.name = "ValueError"; } }

async function nested() {
  try {
    await asyncio.run(asyncio.sleep(0));
  } catch (e) {
    if (!(e instanceof asyncio.RuntimeError)) throw e;
    print(el(), "nested run refused:", e.message);
  }
}

async function leftover(name) {
  try {
    await asyncio.sleep(5);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) {
      print(el(), name, "cancelled by asyncio.run at exit");
      await asyncio.sleep(0.05);
      print(el(), name, "cleanup finished");
    }
    throw e;
  }
}

const phase1 = asyncio.coroutine(async function phase1() {
  await nested();
  asyncio.create_task(leftover("bg1"));
  asyncio.create_task(leftover("bg2"));
  await asyncio.sleep(0.1);
  print(el(), "phase1 returns");
  return "p1";
});

async function phase2() {
  await asyncio.sleep(0.1);
  throw new LookupError("config key missing");
}

async function main_fails_uncaught() {
  const t = asyncio.create_task(leftover("bg3"));
  await asyncio.sleep(0.05);
  throw new ValueError("fatal: shutting down");
}

print(el(), "phase1 ->", await asyncio.run(phase1()));
try {
  await asyncio.run(phase2());
} catch (e) {
  if (!(e instanceof LookupError)) throw e;
  print(el(), "phase2 raised", e.name, e.message);
}
print(el(), "running final phase");
await asyncio.run(main_fails_uncaught());
print("not reached");
