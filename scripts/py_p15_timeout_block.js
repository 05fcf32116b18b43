const t0 = time.time();
function el() { return (time.time() - t0).toFixed(1); }

async function step(name, seconds) {
  print(el(), "begin", name);
  try {
    await asyncio.sleep(seconds);
  } finally {
    print(el(), "end", name);
  }
  return name;
}

async function transaction(label, steps, limit) {
  const done = [];
  const cm = asyncio.timeout(limit);
  try {
    await cm.with(async (cm) => {
      for (const [name, secs] of steps) done.push(await step(name, secs));
    });
    print(el(), label, "committed", done.join("+"), "expired:", cm.expired() ? "True" : "False");
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print(el(), label, "rolled back after", done.join("+") || "nothing", "expired:", cm.expired() ? "True" : "False");
  }
  return done.length;
}

async function main() {
  const a = await transaction("tx1", [["read", 0.1], ["compute", 0.1], ["write", 0.1]], 0.5);
  const b = await transaction("tx2", [["read", 0.1], ["compute", 0.3], ["write", 0.1]], 0.3);
  const c = await transaction("tx3", [["read", 0.4]], 0.2);
  print(el(), "steps done", a, b, c);
}

await asyncio.run(main());
