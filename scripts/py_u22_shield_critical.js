const t0 = time.time();
function el() { return (Math.floor((time.time() - t0) * 10 + 0.05) / 10).toFixed(1); } // tenths elapsed (floored)
const pylist = (xs) => "[" + xs.map(x => `'${x}'`).join(", ") + "]";

const ledger = [];

const write_ledger = asyncio.coroutine(async function (entry, secs) {
  print(el(), "ledger write start", entry);
  await asyncio.sleep(secs);
  ledger.push(entry);
  print(el(), "ledger write committed", entry);
  return ledger.length;
});

const transfer = asyncio.coroutine(async function (tid, secs) {
  print(el(), `transfer ${tid}: validating`);
  await asyncio.sleep(0.05);
  try {
    const pos = await asyncio.shield(write_ledger(`tx${tid}`, secs));
    print(el(), `transfer ${tid}: committed at ${pos}`);
    return pos;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print(el(), `transfer ${tid}: caller cancelled, write continues in background`);
    throw e;
  }
});

async function main() {
  const t1 = asyncio.create_task(transfer(1, 0.2));
  const t2 = asyncio.create_task(transfer(2, 0.1));
  await asyncio.sleep(0.1);
  t1.cancel();
  try {
    await t1;
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print(el(), "t1 cancelled; ledger so far", pylist(ledger));
  }
  print(el(), "t2 ->", await t2);
  try {
    await asyncio.wait_for(transfer(3, 0.3), { timeout: 0.2 });
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print(el(), "t3 timed out; ledger so far", pylist(ledger));
  }
  await asyncio.sleep(0.3);
  print(el(), "final ledger", pylist(ledger));
}

await asyncio.run(main());
