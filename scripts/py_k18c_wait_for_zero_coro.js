const work = asyncio.coroutine(async function (tag) {
  print(tag, "started");
  try {
    await asyncio.sleep(0.1);
    return tag;
  } finally {
    print(tag, "finally");
  }
});
const quick = asyncio.coroutine(async function (tag) {
  print(tag, "quick ran");
  return tag + "!";
});
async function main() {
  for (const delay of [0, -1]) {
    try {
      const r = await asyncio.wait_for(work(`W${delay}`), delay);
      print("returned", r);
    } catch (e) {
      if (!(e instanceof asyncio.TimeoutError)) throw e;
      print("TimeoutError for", delay);
    }
  }
  try {
    print("quick ->", await asyncio.wait_for(quick("Q"), 0));
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("quick TimeoutError");
  }
  const t = asyncio.create_task(quick("T"));
  await asyncio.sleep(0);
  print("done task ->", await asyncio.wait_for(t, 0));
  try {
    await asyncio.timeout(0).with(async () => {
      print("inside timeout(0)");
      await work("X");
    });
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("timeout(0) TimeoutError");
  }
  try {
    await asyncio.timeout(0).with(async () => { print("inside timeout(0) without await"); });
    print("no await: no error");
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("no await: TimeoutError");
  }
}
await asyncio.run(main());
