const P = (v) => (v === true ? "True" : v === false ? "False" : v);
const loop = asyncio.new_event_loop();
asyncio.set_event_loop(loop);
const main = asyncio.coroutine(async function main() {
  print("main: stopping the loop from inside");
  loop.stop();
  await asyncio.sleep(0.01);
  print("main: resumed in a later run");
  return "main result";
});
const t = loop.create_task(main());
try {
  await loop.run_until_complete(t);
} catch (e) {
  if (e instanceof asyncio.RuntimeError) print("RuntimeError", e.message); else throw e;
}
print("task done?", P(t.done()));
print("second run:", await loop.run_until_complete(t));
const quick = asyncio.coroutine(async function quick() {
  loop.stop();
  return "quick result";
});
print("stop then return in same step:", await loop.run_until_complete(quick()));
loop.close();
