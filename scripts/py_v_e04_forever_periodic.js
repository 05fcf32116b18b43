function tick(loop, n, state) {
  state.push(n);
  print("tick", n, true);
  if (n < 3) loop.call_later(0.1, tick, loop, n + 1, state);
  else loop.call_soon(() => loop.stop());
}

async function background() {
  for (let i = 0; i < 10; i++) {
    await asyncio.sleep(0.07);
    print("bg", i);
  }
}

const loop = asyncio.new_event_loop();
const state = [];
loop.call_soon(tick, loop, 1, state);
const bg = loop.create_task(background());
await loop.run_forever();
print("stopped; bg done?", bg.done(), "ticks", state.join(","));
const h = loop.call_later(0.05, print, "late callback");
const h2 = loop.call_later(0.02, print, "cancelled callback");
h2.cancel();
await loop.run_until_complete(asyncio.sleep(0.1));
print("handles:", h.cancelled(), h2.cancelled());
bg.cancel();
await loop.run_until_complete(asyncio.sleep(0));
print("bg cancelled?", bg.cancelled());
loop.close();
print("closed", loop.is_closed());
