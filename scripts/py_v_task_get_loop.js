async function child() {
  await asyncio.sleep(0);
  return asyncio.current_task().get_loop() === asyncio.get_running_loop();
}
async function main() {
  const loop = asyncio.get_running_loop();
  const t = asyncio.create_task(child());
  print("main task on running loop:", asyncio.current_task().get_loop() === loop);
  print("child:", await t, t.get_loop() === loop);
  kept = t;
}
let kept;
await asyncio.run(main());
const t = kept;
print("after run, closed:", t.get_loop().is_closed());
const other = asyncio.new_event_loop();
const t2 = other.create_task(child());
print(await other.run_until_complete(t2), t2.get_loop() === other);
other.close();
function cb(tag) {
  print(tag, asyncio.get_event_loop() === third);
}
const third = asyncio.new_event_loop();
third.call_soon(cb, "callback on its loop:");
third.call_soon(() => third.stop());
await third.run_forever();
third.close();
