const t0 = time.time();
function el() { return (Math.floor((time.time() - t0) * 10 + 0.05) / 10).toFixed(1); } // tenths elapsed (floored)
const pylist = (xs) => "[" + xs.join(", ") + "]";
const pybool = (b) => b ? "True" : "False";

// Each chunk arrival extends the idle deadline; a stall longer than the window aborts.
async function download(chunks) {
  const loop = asyncio.get_running_loop();
  const received = [];
  const cm = asyncio.timeout(0.15);
  try {
    await cm.with(async () => {
      for (let i = 0; i < chunks.length; i++) {
        await asyncio.sleep(chunks[i]);
        received.push(i);
        cm.reschedule(loop.time() + 0.15);
        print(el(), "chunk", i, "deadline pushed");
      }
    });
    print(el(), "download complete", pylist(received), "expired:", pybool(cm.expired()));
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print(el(), "stalled after", pylist(received), "expired:", pybool(cm.expired()));
  }
  return received.length;
}

async function with_overall_cap(chunks, cap) {
  try {
    return await asyncio.timeout(cap).with(async () => await download(chunks));
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print(el(), "overall cap hit");
    return -1;
  }
}

async function main() {
  print(el(), "A:", await download([0.1, 0.1, 0.1, 0.1]));
  print(el(), "B:", await download([0.1, 0.1, 0.2, 0.1]));
  print(el(), "C:", await with_overall_cap(Array(8).fill(0.1), 0.37));
  await asyncio.timeout(null).with(async (cm) => {
    print(el(), "no deadline:", cm.when() === null ? "None" : cm.when());
    cm.reschedule(asyncio.get_running_loop().time() + 0.1);
    try {
      await asyncio.sleep(0.3);
    } catch (e) {
      if (e instanceof asyncio.CancelledError) print(el(), "inner saw cancel");
      throw e;
    }
    print("unreachable");
  });
}

try {
  await asyncio.run(main());
} catch (e) {
  if (!(e instanceof asyncio.TimeoutError)) throw e;
  print(el(), "main timed out at top level");
}
