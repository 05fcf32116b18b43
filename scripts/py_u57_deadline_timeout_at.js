const t0 = time.time();
function el() { return (Math.floor((time.time() - t0) * 10 + 0.05) / 10).toFixed(1); } // tenths elapsed (floored)
const pylist = (xs) => "[" + xs.map(x => `'${x}'`).join(", ") + "]";

async function step(name, secs) {
  await asyncio.sleep(secs);
  print(el(), "step", name, "done");
}

// Run steps one after another; all must finish before an absolute deadline.
const workflow = asyncio.coroutine(async function (deadline, steps) {
  const done = [];
  try {
    await asyncio.timeout_at(deadline).with(async () => {
      for (const [name, secs] of steps) {
        asyncio.current_task().set_name(`wf:${name}`);
        await step(name, secs);
        done.push(name);
      }
    });
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print(el(), "deadline passed during", asyncio.current_task().get_name());
  }
  return done;
});

async function main() {
  const loop = asyncio.get_running_loop();
  const deadline = loop.time() + 0.5;
  const a = asyncio.create_task(workflow(deadline, [["fetch", 0.1], ["parse", 0.1], ["store", 0.1]]));
  const b = asyncio.create_task(workflow(deadline, [["download", 0.3], ["transcode", 0.3], ["upload", 0.1]]));
  print(el(), "a:", pylist(await a));
  print(el(), "b:", pylist(await b));
  print(el(), "names:", a.get_name(), b.get_name());
  const bs = new asyncio.BoundedSemaphore(1);
  await bs.with(async () => {});
  try {
    bs.release();
  } catch (e) {
    if (!(e instanceof asyncio.ValueError)) throw e;
    print(el(), "BoundedSemaphore over-release:", e.message);
  }
  const late = await workflow(loop.time() - 1, [["never", 0.1]]);
  print(el(), "past deadline ->", pylist(late));
}

await asyncio.run(main());
