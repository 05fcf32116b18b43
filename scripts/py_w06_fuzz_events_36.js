// Generated: tasks whose first awaits are settled helpers, sleeps and Event waits (parked before their
// tasks start), woken by other tasks' steps; output as CPython's.
async function h(v) {
  return v;
}
async function hh(v) {
  return await h(v);
}
async function hs(v) {
  await asyncio.sleep(0);
  return v;
}
async function w0(ev) {
  print('w0.0', await h(0));
  print('w0.1', await hs(1));
  print('w0.2');
  return 0;
}
async function w1(ev) {
  print('w1.0', await h(0));
  await ev[0].wait();
  print('w1.2');
  return 1;
}
async function w2(ev) {
  await ev[0].wait();
  print('w2.1', await hh(1));
  print('w2.2', await hs(2));
  print('w2.3');
  return 2;
}
async function main() {
  const ev = [new asyncio.Event(), new asyncio.Event()];
  const loop = asyncio.get_running_loop();
  loop.call_later(0.5, () => ev[0].set());
  loop.call_later(0.5, () => ev[1].set());
  loop.call_soon(print, 'main.0 cb');
  print('main.1');
  let r;
  let ts;
  await new asyncio.TaskGroup().with(async (tg) => {
    ts = [tg.create_task(w0(ev)), tg.create_task(w1(ev)), tg.create_task(w2(ev))];
    print('in group');
  });
  r = ts.map((t) => t.result());
  print('result', ...r);
}
await asyncio.run(main());
