async function worker(n) {
  try {
    await asyncio.sleep(n);
    print("worker", n, "done");
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("worker", n, "cancelled");
    throw e;
  }
}
async function main() {
  const loop = asyncio.get_running_loop();
  loop.call_later(0.25, () => loop.stop());
  const ws = [1, 2, 3, 4].map((n) => asyncio.create_task(worker(n / 10)));
  try {
    await asyncio.gather(...ws);
  } finally {
    print("main finally");
  }
}
try {
  await asyncio.run(main());
} catch (e) {
  print(e.name + ":", e.message);
}
