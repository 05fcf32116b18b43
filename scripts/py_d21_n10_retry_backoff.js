class Flaky extends Error { constructor(m) { super(m); this.name = "Flaky"; } }
const attempts = {};
async function call(name, fail_times) {
  attempts[name] = (attempts[name] || 0) + 1;
  await asyncio.sleep(0.01);
  if (attempts[name] <= fail_times) throw new Flaky(`${name} attempt ${attempts[name]} failed`);
  return `${name} ok after ${attempts[name]}`;
}
async function retry(name, fail_times, t0, loop, max_tries = 4, base = 0.05) {
  let delay = base;
  for (let i = 1; i <= max_tries; i++) {
    try {
      const r = await call(name, fail_times);
      print(`[${Math.round((loop.time() - t0) * 100) / 100}] ${r}`);
      return r;
    } catch (e) {
      if (!(e instanceof Flaky)) throw e;
      print(`[${Math.round((loop.time() - t0) * 100) / 100}] ${e.message}; retry in ${delay}`);
      if (i === max_tries) throw e;
      await asyncio.sleep(delay);
      delay *= 2;
    }
  }
}
async function main() {
  const loop = asyncio.get_running_loop(); const t0 = loop.time();
  const res = await asyncio.gather(retry("a", 0, t0, loop), retry("b", 2, t0, loop), retry("c", 5, t0, loop), {return_exceptions: true});
  for (const r of res) print(typeof r === "string" ? "str" : r.name, typeof r === "string" ? r : r.message);
}
asyncio.run(main());
