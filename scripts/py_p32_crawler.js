const t0 = time.time();
function el() { return (time.time() - t0).toFixed(1); }

const LINKS = {
  "/": ["/a", "/b", "/c"],
  "/a": ["/a1", "/b"],
  "/b": ["/b1", "/"],
  "/c": ["/c1", "/c2", "/a1"],
  "/a1": [], "/b1": ["/c2"], "/c1": [], "/c2": ["/"],
};

async function fetch(url) {
  await asyncio.sleep(0.1 + 0.02 * url.length);
  return LINKS[url] || [];
}

async function worker(wid, queue, seen, order) {
  print(el(), `worker ${wid} ready`);
  while (true) {
    const url = await queue.get();
    try {
      const links = await fetch(url);
      order.push(url);
      print(el(), `w${wid} crawled ${url} -> ${links.length} links`);
      for (const link of links) {
        if (!seen.has(link)) {
          seen.add(link);
          queue.put_nowait(link);
        }
      }
    } finally {
      queue.task_done();
    }
  }
}

async function main() {
  const queue = new asyncio.Queue();
  const seen = new Set(["/"]);
  const order = [];
  queue.put_nowait("/");
  const workers = [0, 1, 2].map(i => asyncio.create_task(worker(i, queue, seen, order)));
  await queue.join();
  for (const w of workers) w.cancel();
  const res = await asyncio.gather(...workers, { return_exceptions: true });
  print(el(), "crawled", order.length, "pages:", order.join(" "));
  print(el(), "workers cancelled:", res.filter(r => r instanceof asyncio.CancelledError).length);
}

await asyncio.run(main());
