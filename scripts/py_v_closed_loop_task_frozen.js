const P = (v) => (v === true ? "True" : v === false ? "False" : v);
const loop = asyncio.new_event_loop();
const worker = asyncio.coroutine(async function worker() {
  await asyncio.sleep(0.05);
  print("worker resumed after its loop was closed");
});
const t = loop.create_task(worker());
await loop.run_until_complete(asyncio.sleep(0));
loop.close();
print(await asyncio.run(asyncio.sleep(0.1, "other run done")), "worker done?", P(t.done()));
