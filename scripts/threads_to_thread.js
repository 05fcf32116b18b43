// to_thread keeps the loop responsive: while a thread runs a 2 s blocking call, a ticker task keeps
// printing on time. A JavaScript function runs on a worker interpreter, a blocking host function
// (time.sleep) on a goroutine.
async function ticker() {
  for (let i = 0; i < 4; i++) {
    print("tick", i, (time.monotonic() - start).toFixed(1));
    await asyncio.sleep(0.5);
  }
}

function slowSquare(x) {
  time.sleep(2); // blocks this worker only
  return x * x;
}

const start = time.monotonic();
const tick = asyncio.create_task(ticker());
print("square", await asyncio.to_thread(slowSquare, 12), (time.monotonic() - start).toFixed(1));
await asyncio.to_thread(time.sleep, 0.1);
await tick;
