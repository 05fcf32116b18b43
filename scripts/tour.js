// The README's tour, checked: its Python twin prints the same lines.
async function job(name, delay) {
  await asyncio.sleep(delay);
  print("job", name, "done");
  return name;
}

async function slow() {
  try {
    await asyncio.sleep(10);
  } finally {
    print("slow cleaned up");
  }
}

async function main() {
  // as_completed yields in completion order
  for (const f of asyncio.as_completed([job("c", 0.3), job("a", 0.1), job("b", 0.2)])) {
    print("as_completed got", await f);
  }
  // timeout
  try {
    await asyncio.timeout(0.5).with(async () => {
      await slow();
    });
  } catch (e) {
    if (e instanceof asyncio.TimeoutError) print("timeout raised TimeoutError");
    else throw e;
  }
  // wait FIRST_COMPLETED
  const tasks = [asyncio.create_task(job("x", 0.2)), asyncio.create_task(job("y", 0.1))];
  const [done, pending] = await asyncio.wait(tasks, { return_when: asyncio.FIRST_COMPLETED });
  print("done", [...done].map((t) => t.result()), "pending", pending.size);
  await asyncio.gather(...pending);
  // call_soon / call_later order
  const loop = asyncio.get_running_loop();
  loop.call_later(0.2, print, "later 0.2");
  loop.call_later(0.1, print, "later 0.1");
  loop.call_soon(print, "soon 1");
  const h = loop.call_soon(print, "cancelled");
  loop.call_soon(print, "soon 2");
  h.cancel();
  await asyncio.sleep(0.3);
  // sleep(0) interleaving
  async function ticker(name) {
    for (let i = 0; i < 3; i++) {
      print(name, i);
      await asyncio.sleep(0);
    }
  }
  await asyncio.gather(ticker("p"), ticker("q"));
  // future callbacks
  const fut = loop.create_future();
  fut.add_done_callback((f) => print("callback 1 sees", f.result()));
  fut.add_done_callback((f) => print("callback 2"));
  fut.set_result(5);
  print("after set_result");
  await asyncio.sleep(0);
  print("names", asyncio.current_task().get_name());
}

await asyncio.run(main());
