// Condition.wait_for(predicate): returns the predicate's value; the predicate is re-checked after
// each wake-up; a consumer whose predicate is already true does not wait; notify_all with
// several consumers waiting for different thresholds.
async function main() {
  const cond = new asyncio.Condition();
  const state = { n: 0 };
  const log = [];
  const calls = {};

  function pred_for(name, k) {
    return () => {
      calls[name] = (calls[name] || 0) + 1;
      return state.n >= k && `n=${state.n}`;
    };
  }

  async function consumer(name, k) {
    await cond.with(async () => {
      const r = await cond.wait_for(pred_for(name, k));
      log.push(`${name} (>= ${k}) got ${r}`);
    });
  }

  async function producer() {
    for (let i = 0; i < 5; i++) {
      await asyncio.sleep(0.1);
      await cond.with(async () => {
        state.n += 1;
        log.push(`n -> ${state.n}`);
        cond.notify_all();
      });
    }
  }

  const ts = [3, 1, 5, 0].map((k) => asyncio.create_task(consumer(`c${k}`, k)));
  await asyncio.gather(producer(), ...ts);
  print(log.join("\n"));
  print(Object.keys(calls).sort().map((k) => `${k}:${calls[k]}`).join(", "));
  await cond.with(async () => {
    print("wait_for falsy then truthy:", await cond.wait_for(() => 7));
  });
}

await asyncio.run(main());
