// Seed 001 §7: func1/func2 (+ func3) with different sleeps, ensure_future + loop.run_until_complete(asyncio.wait(tasks))
async function func1() {
  print(1);
  await asyncio.sleep(0.2);
  print(2);
  return "f1";
}

async function func2() {
  print(3);
  await asyncio.sleep(0.1);
  print(4);
  return "f2";
}

async function func3() {
  print(5);
  await asyncio.sleep(0.3);
  print(6);
  return "f3";
}

const tasks = [asyncio.ensure_future(func1()), asyncio.ensure_future(func2()), asyncio.ensure_future(func3())];
const start = time.perf_counter();
const loop = asyncio.get_event_loop();
const [done, pending] = await loop.run_until_complete(asyncio.wait(tasks));
print(done.size, pending.size);
print(...tasks.map((t) => t.result()));
print((time.perf_counter() - start).toFixed(1));
