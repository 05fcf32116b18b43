const t0 = time.time();
function el() { return (Math.floor((time.time() - t0) * 10 + 0.05) / 10).toFixed(1); } // tenths elapsed (floored)

const started = new Map();
const pydict = (m) => "{" + [...m].map(([k, v]) => `'${k}': '${v}'`).join(", ") + "}";

const download = asyncio.coroutine(async function download(name, size, verbose = false) {
  started.set(name, el());
  if (verbose) print(el(), "start", name, "current task:", asyncio.current_task().get_name());
  await asyncio.sleep(size / 100);
  print(el(), "finish", name);
  return [name, size];
});

async function main() {
  const jobs = [["a.iso", 30], ["b.txt", 10], ["c.mp4", 20]].map(([n, s]) => download(n, s));
  print(el(), "built", jobs.length, "coroutines; started:", pydict(started));
  await asyncio.sleep(0.06);
  print(el(), "now running them");
  let total = 0;
  let i = 0;
  for (const fut of asyncio.as_completed(jobs)) {
    i += 1;
    const [name, size] = await fut;
    total += size;
    print(el(), `[${i}/${jobs.length}] ${name} (${total} bytes so far)`);
  }
  print("start times:", "[" + [...started].sort().map(([k, v]) => `('${k}', '${v}')`).join(", ") + "]");
  const one = download("d.bin", 5, true);
  print(el(), "awaiting a coroutine directly runs it in", asyncio.current_task().get_name());
  const ts = el();
  print(ts, "got", `('${(await one).join("', ")})`);
  const t = asyncio.ensure_future(download("e.log", 5, true));
  print(el(), "ensure_future made", t.get_name(), "not started:", !started.has("e.log") ? "True" : "False");
  await t;
}

await asyncio.run(main());
