const P = (v) => (v === true ? "True" : v === false ? "False" : v);
const loop = asyncio.new_event_loop();
asyncio.set_event_loop(loop);
const worker = asyncio.coroutine(async function worker() {
  for (let i = 0; i < 5; i++) {
    print("worker tick", i);
    await asyncio.sleep(0.02);
  }
  print("worker finished");
});
const t = loop.create_task(worker());
await loop.run_until_complete(asyncio.sleep(0.03));
print("closing with task pending; done?", P(t.done()));
loop.close();
print("closed");
const loop2 = asyncio.new_event_loop();
asyncio.set_event_loop(loop2);
await loop2.run_until_complete(asyncio.sleep(0.2));
print("loop2 ran 0.2s; old task done?", P(t.done()));
loop2.close();
