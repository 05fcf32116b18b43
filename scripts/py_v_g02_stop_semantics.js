const P = (v) => (v === true ? "True" : v === false ? "False" : v);
const loop = asyncio.new_event_loop();
asyncio.set_event_loop(loop);
function a() {
  print("a");
  loop.call_soon(c);
}
function b() {
  print("b stops");
  loop.stop();
}
function c() {
  print("c (scheduled by a, runs after stop?)");
}
function d() {
  print("d");
}
loop.call_soon(a);
loop.call_soon(b);
loop.call_soon(d);
await loop.run_forever();
print("-- first run_forever returned");
loop.stop();
loop.call_soon(print, "e queued after stop-before-run");
print("-- calling run_forever with stop pending");
await loop.run_forever();
print("-- second returned");
const worker = asyncio.coroutine(async function worker() {
  for (let i = 0; i < 3; i++) {
    print("worker", i);
    await asyncio.sleep(0.01);
  }
  loop.stop();
  print("worker called stop, continues");
  await asyncio.sleep(0);
  print("worker after sleep0");
  return "w-done";
});
const t = loop.create_task(worker());
await loop.run_forever();
print("-- third returned; task done?", P(t.done()));
print(await loop.run_until_complete(t));
loop.close();
