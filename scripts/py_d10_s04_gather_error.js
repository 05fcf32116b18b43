// gather where one coroutine raises: the error propagates to the awaiter, the others keep running
class ValueError extends Error { get name() { return "ValueError"; } }

async function work(name, delay, fail = false) {
  print(name, "start");
  await asyncio.sleep(delay);
  if (fail) {
    throw new ValueError(`${name} broke`);
  }
  print(name, "done", (time.perf_counter() - t0).toFixed(1));
  return name;
}

async function main() {
  try {
    const res = await asyncio.gather(work("a", 0.1), work("b", 0.2, true), work("c", 0.3));
    print("results", res);
  } catch (e) {
    if (!(e instanceof ValueError)) throw e;
    print("caught", e.name, e.message, (time.perf_counter() - t0).toFixed(1));
  }
  await asyncio.sleep(0.2);
  print("main end", (time.perf_counter() - t0).toFixed(1));
}

const t0 = time.perf_counter();
await asyncio.run(main());
