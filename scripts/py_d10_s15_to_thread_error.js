// An error raised in a thread function reaches the awaiting coroutine with its type and message
function check(n) {
  time.sleep(0.05);
  if (n > 2) {
    const e = new Error(`too big: ${n}`);
    e.name = "KeyError";
    throw e;
  }
  return n;
}

async function main() {
  try {
    await asyncio.to_thread(check, 5);
  } catch (e) {
    if (e.name !== "KeyError") throw e;
    print("KeyError caught", e.message);
  }
  const results = await asyncio.gather(asyncio.to_thread(check, 1), asyncio.to_thread(check, 3),
    asyncio.to_thread(check, 2), { return_exceptions: true });
  for (const r of results) {
    print(r instanceof Error ? r.name : "int", r instanceof Error ? r.message : r);
  }
  const loop = asyncio.get_running_loop();
  try {
    await loop.run_in_executor(null, check, 9);
  } catch (e) {
    if (e.name !== "KeyError") throw e;
    print("executor KeyError", e.message);
  }
}

await asyncio.run(main());
