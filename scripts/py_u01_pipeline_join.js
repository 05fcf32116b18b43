const t0 = time.time();
function el() { return (Math.floor((time.time() - t0) * 10 + 0.05) / 10).toFixed(1); } // tenths elapsed (floored)

const downloader = asyncio.coroutine(async function (name, inq, outq) {
  print(el(), name, "start");
  while (true) {
    const url = await inq.get();
    try {
      await asyncio.sleep(url.length % 2 ? 0.1 : 0.2);
      const page = `<${url}>`;
      print(el(), name, "downloaded", url);
      await outq.put(page);
    } finally {
      inq.task_done();
    }
  }
});

const parser = asyncio.coroutine(async function (name, inq, results) {
  print(el(), name, "start");
  try {
    while (true) {
      const page = await inq.get();
      await asyncio.sleep(0.03);
      results.push(page.toUpperCase());
      print(el(), name, "parsed", page);
      inq.task_done();
    }
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print(el(), name, "cancelled with", inq.qsize(), "left");
    throw e;
  }
});

async function main() {
  const urls = ["a", "bb", "ccc", "dddd", "e", "ff"];
  const q1 = new asyncio.Queue(), q2 = new asyncio.Queue({maxsize: 2});
  const results = [];
  for (const u of urls) q1.put_nowait(u);
  const dl = [0, 1].map(i => asyncio.create_task(downloader(`dl${i}`, q1, q2)));
  const ps = [0, 1].map(i => asyncio.create_task(parser(`p${i}`, q2, results)));
  await q1.join();
  print(el(), "downloads joined");
  await q2.join();
  print(el(), "parsing joined");
  for (const t of [...dl, ...ps]) t.cancel();
  const res = await asyncio.gather(...dl, ...ps, {return_exceptions: true});
  print(el(), "cancelled:", res.map(r => r.constructor.name).join(" "));
  results.sort();
  print(el(), "results:", results.join(" "));
}

await asyncio.run(main());
