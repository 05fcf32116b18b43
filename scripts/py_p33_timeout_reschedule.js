// async generator replaced by a plain list loop (goja has no async generators)
const t0 = time.time();
function el() { return (time.time() - t0).toFixed(1); }

async function download(label, chunks, idle) {
  const loop = asyncio.get_running_loop();
  let got = 0;
  try {
    await asyncio.timeout(idle).with(async (cm) => {
      for (const secs of chunks) {
        await asyncio.sleep(secs);
        got += 1;
        cm.reschedule(loop.time() + idle);
        print(el(), label, "chunk", got);
      }
    });
    print(el(), label, "complete", got);
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print(el(), label, "stalled after", got, "chunks");
  }
}

async function main() {
  await download("d1", [0.1, 0.2, 0.1, 0.2], 0.3);
  await download("d2", [0.1, 0.2, 0.4, 0.1], 0.3);
  await asyncio.timeout(null).with(async (cm) => {
    print(el(), "no deadline:", cm.when() === null ? "None" : cm.when());
    cm.reschedule(asyncio.get_running_loop().time() + 0.1);
    try {
      await asyncio.sleep(1);
    } catch (e) {
      if (e instanceof asyncio.CancelledError) print(el(), "inner saw cancel");
      throw e;
    }
  });
}

try {
  await asyncio.run(main());
} catch (e) {
  if (!(e instanceof asyncio.TimeoutError)) throw e;
  print(el(), "outer TimeoutError");
}
