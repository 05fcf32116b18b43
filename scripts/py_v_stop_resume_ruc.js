const loop = asyncio.new_event_loop();
async function work() {
  for (let i = 0; i < 3; i++) {
    await asyncio.sleep(0.1);
    print("step", i);
  }
  return "done";
}
const t = loop.create_task(work());
loop.call_later(0.15, loop.stop.bind(loop));
try {
  await loop.run_until_complete(t);
} catch (e) {
  print(e.name, e.message, "done?", t.done());
}
loop.stop();
loop.stop();
try {
  await loop.run_until_complete(t);
} catch (e) {
  print("again " + e.name, e.message);
}
print(await loop.run_until_complete(t), true);
loop.close();
