// Generated: wait_for(queue.get(), t) called while an item is there and another getter is woken but has
// not run yet: Python's wait_for task gets when it starts, after that getter took the item.
let q = null;
let lock = null;
const subs = [];
async function h(v) {
  return v;
}
async function sub(tag) {
  await h(0);
  print(tag, 'sub');
  await asyncio.sleep(0);
  print(tag, 'sub done');
}
async function hh(v) {
  return await h(v);
}
async function hs(v) {
  await asyncio.sleep(0);
  return v;
}
async function w0(ev) {
  await ev[0].wait();
  ev[1].set();
  print('w0.2');
  return 0;
}
async function w1(ev) {
  await asyncio.sleep(0);
  print('w1.1', await h(1));
  asyncio.get_running_loop().call_soon(print, 'w1.2 cb');
  subs.push(asyncio.create_task(sub('w1.3')));
  q.put_nowait('w1.4');
  print('w1.5');
  return 1;
}
async function w2(ev) {
  print('w2.0', await hs(0));
  q.put_nowait('w2.1');
  try {
    print('w2.2', 'got', await asyncio.wait_for(q.get(), 0.3));
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print('w2.2', 'no item');
  }
  q.put_nowait('w2.3');
  await asyncio.sleep(0.01);
  print('w2.5');
  return 2;
}
async function w3(ev) {
  print('w3.0', await hs(0));
  subs.push(asyncio.create_task(sub('w3.1')));
  await asyncio.sleep(0.03);
  print('w3.3');
  return 3;
}
async function main() {
  q = new asyncio.Queue();
  lock = new asyncio.Lock();
  const ev = [new asyncio.Event(), new asyncio.Event()];
  const loop = asyncio.get_running_loop();
  loop.call_later(0.5, () => ev[0].set());
  loop.call_later(0.5, () => ev[1].set());
  let r;
  const ts = [asyncio.create_task(w0(ev)), asyncio.create_task(w1(ev)), asyncio.create_task(w2(ev)), asyncio.create_task(w3(ev))];
  print('created');
  r = [];
  for (const t of ts) r.push(await t);
  print('result', ...r);
  await asyncio.gather(...subs);
}
await asyncio.run(main());
