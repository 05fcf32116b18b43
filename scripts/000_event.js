// Port of seed 000's test6.py ("事件 event"): two waiters on each of two events; each request's answer sets
// one event (big_event if the random number is over 0.5, else small_event), and every waiter of that event
// wakes together, right after the response that set it. asyncio.sleep stands in for the request to the
// article's test server; each answer is the number the article's run printed, after the time it took
// (one second, a millisecond apart), and times are printed as seconds since the start instead of dates.
const bigEvent = new asyncio.Event();
const smallEvent = new asyncio.Event();
const start = time.time();
const now = () => (time.time() - start).toFixed(3);

// The test server's /random answers, as the article's run received them.
const answers = [0.9879470259657458, 0.33312954919903903, 0.41934453838367824];
async function get(url, id) {
  await asyncio.sleep(1 + id / 1000);
  return { msg: answers[id] };
}

async function bigWaiter() {
  await smallEvent.wait();
  print(`${now()} big waiter 收到任务事件`);
}

async function smallWaiter() {
  await bigEvent.wait();
  print(`${now()} small waiter 收到任务事件`);
}

async function run(url, id) {
  const ret = await get(url, id);
  print("响应内容", ret);
  const data = ret.msg;
  if (data > 0.5) {
    bigEvent.set();
  } else {
    smallEvent.set();
  }
  return data;
}

async function main(workers, url) {
  asyncio.ensure_future(bigWaiter());
  asyncio.ensure_future(bigWaiter());
  asyncio.ensure_future(smallWaiter());
  asyncio.ensure_future(smallWaiter());

  const futures = [];
  for (let i = 0; i < workers; i++) {
    futures.push(asyncio.ensure_future(run(url, i)));
  }
  await asyncio.wait(futures);

  if (!bigEvent.is_set()) {
    bigEvent.set();
  }
  if (!smallEvent.is_set()) {
    smallEvent.set();
  }
  // Let the tasks that can finish at once finish.
  await asyncio.sleep(0);
}

const loop = asyncio.get_event_loop();
await loop.run_until_complete(main(3, "http://127.0.0.1:8000/random"));
print("耗时:", (time.time() - start).toFixed(1));
