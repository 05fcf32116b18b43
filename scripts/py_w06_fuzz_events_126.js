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
  asyncio.get_running_loop().call_soon(print, 'w0.1 cb');
  ev[0].set();
  print('w0.3', await hh(3));
  print('w0.4', await h(4));
  ev[1].set();
  print('w0.6');
  return 0;
}
async function w1(ev) {
  await asyncio.sleep(0);
  print('w1.1', await h(1));
  print('w1.2', await h(2));
  print('w1.3');
  return 1;
}
async function w2(ev) {
  await ev[0].wait();
  print('w2.1');
  print('w2.2', await hs(2));
  await ev[1].wait();
  print('w2.4', await h(4));
  print('w2.5');
  return 2;
}
async function w3(ev) {
  print('w3.0', await hs(0));
  ev[0].set();
  await asyncio.sleep(0.03);
  print('w3.3');
  return 3;
}
async function main() {
  const ev = [new asyncio.Event(), new asyncio.Event()];
  const loop = asyncio.get_running_loop();
  loop.call_later(0.5, () => ev[0].set());
  loop.call_later(0.5, () => ev[1].set());
  loop.call_soon(print, 'main.1 cb');
  let r;
  r = await asyncio.gather(w0(ev), w1(ev), w2(ev), w3(ev));
  print('result', ...r);
}
await asyncio.run(main());
