// Port of seed 000's test7.py ("条件 Condition"): three waiters wait on a condition; after each request's
// answer the requester does `async with cond: cond.notify(2)`. The first answer wakes the first two waiters
// together; the third wakes only with the later answers. asyncio.sleep stands in for the request to the
// article's test server; the answers are the numbers the article's run printed, the first after one second
// and the other two a millisecond later, as in that run. Times are seconds since the start.
const cond = new asyncio.Condition();
const start = time.time();
const now = () => (time.time() - start).toFixed(3);

// The test server's /random answers, as the article's run received them.
const answers = [0.587516452693613, 0.3391774763719556, 0.2653464378663153];
const latency = [1, 1.001, 1.001];
async function get(url, id) {
  await asyncio.sleep(latency[id]);
  return { msg: answers[id] };
}

async function waiter(id) {
  await cond.with(async () => {
    await cond.wait();
    print(`${now()} waiter[${id}]等待完成`);
  });
}

async function run(url, id) {
  const ret = await get(url, id);
  print("响应内容", ret);
  const data = ret.msg;
  await cond.with(async () => {
    // cond.notify()
    // cond.notify_all()
    cond.notify(2);
  });
  return data;
}

async function main(workers, url) {
  for (let i = 0; i < workers; i++) {
    asyncio.ensure_future(waiter(i));
  }
  const futures = [];
  for (let i = 0; i < workers; i++) {
    futures.push(asyncio.ensure_future(run(url, i)));
  }
  await asyncio.wait(futures);

  // Let the tasks that can finish at once finish.
  await asyncio.sleep(0);
}

const loop = asyncio.get_event_loop();
await loop.run_until_complete(main(3, "http://127.0.0.1:8000/random"));
print("耗时:", (time.time() - start).toFixed(1));
