// booleans: Python True/False via py()
const py = (b) => (b ? 'True' : 'False');

async function something() {
  print("something: start");
  await asyncio.sleep(1);
  print("something: done");
  return "result";
}

async function caller_plain() {
  const res = await asyncio.shield(something());
  print("caller_plain got", res);
}

async function caller_ignore() {
  let res;
  try {
    res = await asyncio.shield(something());
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    res = null;
  }
  print("caller_ignore got", res === null ? 'None' : res);
}

async function main() {
  const t1 = asyncio.create_task(caller_plain());
  const t2 = asyncio.create_task(caller_ignore());
  await asyncio.sleep(0.5);
  t1.cancel();
  t2.cancel();
  try {
    await t1;
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("caller_plain cancelled:", py(t1.cancelled()));
  }
  await t2;
  print("caller_ignore cancelled:", py(t2.cancelled()));
  await asyncio.sleep(1);
  print("end");
}

await asyncio.run(main());
