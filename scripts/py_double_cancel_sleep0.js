// Two cancels of a task that catches the CancelledError and returns: it ends with its result (one
// CancelledError is thrown, as in Python). A task cancelled while in sleep(0) gets the CancelledError
// at the wake-up already queued for it.
const swallow = asyncio.coroutine(async function swallow() {
  try {
    await asyncio.sleep(10);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) return "swallowed";
    throw e;
  }
});

const ticker = asyncio.coroutine(async function ticker(log) {
  for (let i = 0; i < 3; i++) {
    log.push(`tick ${i}`);
    await asyncio.sleep(0);
  }
});

const sleeper0 = asyncio.coroutine(async function sleeper0(log) {
  try {
    await asyncio.sleep(0);
    log.push("sleep0 returned");
  } catch (e) {
    if (e instanceof asyncio.CancelledError) log.push("sleep0 cancelled");
    throw e;
  }
});

async function main() {
  const t = asyncio.create_task(swallow());
  await asyncio.sleep(0);
  t.cancel();
  t.cancel();
  print("double cancel:", await t);
  const log = [];
  const s = asyncio.create_task(sleeper0(log));
  const k = asyncio.create_task(ticker(log));
  await asyncio.sleep(0);
  s.cancel();
  await asyncio.sleep(0);
  await asyncio.sleep(0);
  await k;
  print(log, s.cancelled());
}

await asyncio.run(main());
