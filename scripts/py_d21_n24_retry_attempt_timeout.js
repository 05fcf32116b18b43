let calls = 0;
async function unreliable() {
  calls += 1;
  const d = [0.5, 0.3, 0.05][Math.min(calls - 1, 2)];
  await asyncio.sleep(d);
  return `answer from call ${calls}`;
}
async function with_retries(t0, loop, attempts = 4, per_try = 0.1, backoff = 0.05) {
  for (let i = 0; i < attempts; i++) {
    try {
      return await asyncio.wait_for(unreliable(), {timeout: per_try});
    } catch (e) {
      if (!(e instanceof asyncio.TimeoutError)) throw e;
      const wait = backoff * 2 ** i;
      print(`attempt ${i + 1} timed out at ${Math.round((loop.time() - t0) * 100) / 100}, backing off ${wait}`);
      await asyncio.sleep(wait);
    }
  }
  throw new asyncio.RuntimeError("gave up");
}
async function main() {
  const loop = asyncio.get_running_loop(); const t0 = loop.time();
  const r = await with_retries(t0, loop);
  print(r, "at", Math.round((loop.time() - t0) * 100) / 100);
}
asyncio.run(main());
