// Port of seed 000's test8.py ("信号量 Semaphore"): three requests made at once under Semaphore(2); two run
// at the same time and the third starts when one of them gives its slot back, so the whole takes two
// seconds. asyncio.sleep stands in for the one-second request to the article's test server; the answers
// are the numbers the article's run printed. Times are seconds since the start instead of dates.
const semp = new asyncio.Semaphore(2);
const start = time.time();
const now = () => (time.time() - start).toFixed(3);

// The test server's /random answers, as the article's run received them.
const answers = [0.21337652123021056, 0.7591980200967501, 0.8282581038608438];
async function get(url, id) {
  await asyncio.sleep(1);
  return { msg: answers[id] };
}

async function run(url, id) {
  return await semp.with(async () => {
    const ret = await get(url, id);
    print(`${now()} worker[${id}] 响应内容`, ret);
    return ret.msg;
  });
}

async function main(workers, url) {
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
