const t0 = time.time();
function el() { return (time.time() - t0).toFixed(1); }

async function compute_pi_digits(step_secs) {
  const digits = [];
  try {
    for (const d of "31415926") {
      await asyncio.sleep(step_secs);
      digits.push(d);
    }
    return digits.join("");
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print(el(), "interrupted after", digits.length, "digits; returning partial result");
    return digits.join("") + "...";
  }
}

async function main() {
  const r1 = await asyncio.wait_for(compute_pi_digits(0.02), { timeout: 1 });
  print(el(), "full:", r1);
  try {
    const r2 = await asyncio.wait_for(compute_pi_digits(0.1), { timeout: 0.33 });
    print(el(), "partial:", r2);
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print(el(), "TimeoutError despite partial result");
  }
  const t = asyncio.create_task(compute_pi_digits(0.1));
  await asyncio.sleep(0.21);
  t.cancel();
  const r3 = await t;
  print(el(), "task result:", r3, "cancelled:", t.cancelled() ? "True" : "False");
}

await asyncio.run(main());
