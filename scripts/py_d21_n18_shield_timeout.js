async function save(name, d) {
  print(`save ${name} begin`);
  await asyncio.sleep(d);
  print(`save ${name} committed`);
  return name;
}
async function main() {
  const loop = asyncio.get_running_loop(); const t0 = loop.time();
  const t = asyncio.create_task(save("db", 0.3));
  try {
    await asyncio.wait_for(asyncio.shield(t), {timeout: 0.1});
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("timeout at", (loop.time() - t0).toFixed(1), "task done?", t.done() ? "True" : "False");
  }
  print("result later:", await t, (loop.time() - t0).toFixed(1));
  try {
    await asyncio.timeout(0.1).with(async () => {
      await asyncio.shield(save("log", 0.2));
    });
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("timeout 2 at", (loop.time() - t0).toFixed(1));
  }
  await asyncio.sleep(0.2);
  print("end", (loop.time() - t0).toFixed(1));
}
asyncio.run(main());
