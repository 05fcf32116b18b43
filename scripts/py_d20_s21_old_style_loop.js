// pre-3.7 style: get_event_loop, loop.create_task, run_until_complete(gather), then a second run
async function cc(n) {
  print("cc start", n);
  await asyncio.sleep(0.1 * n);
  print("cc end", n);
  return n;
}

async function dd() {
  await asyncio.sleep(0.05);
  return "dd";
}

const loop = asyncio.new_event_loop();
asyncio.set_event_loop(loop);
const start = time.time();
const t = loop.create_task(dd());
const main_task = asyncio.gather(...[3, 1, 2].map((i) => cc(i)));
print(await loop.run_until_complete(main_task));
print(t.done(), t.result());
print(await loop.run_until_complete(cc(1)));
print("elapsed", (time.time() - start).toFixed(1));
print(loop.is_running(), loop.is_closed());
loop.close();
print(loop.is_closed());
