const loop = asyncio.new_event_loop();
asyncio.set_event_loop(loop);
const t0 = loop.time();
function p(tag) { print(tag); }
loop.call_at(t0 - 5, p, "at-past-1");
loop.call_later(0, p, "later-0");
loop.call_soon(p, "soon-1");
loop.call_at(t0 - 10, p, "at-past-2 (earlier when)");
loop.call_soon(p, "soon-2");
function nest() {
  print("nest");
  loop.call_soon(p, "nest-soon");
  loop.call_later(0, p, "nest-later-0");
  loop.call_at(loop.time() - 1, p, "nest-at-past");
}
loop.call_soon(nest);
loop.call_later(0.01, () => loop.stop());
await loop.run_forever();
print("--- round 2");
const coro = asyncio.coroutine(async function coro() {
  loop.call_at(loop.time() - 1, p, "coro-at-past");
  loop.call_soon(p, "coro-soon");
  await asyncio.sleep(0);
  print("coro after sleep0");
  await asyncio.sleep(0);
  print("coro after 2nd sleep0");
});
await loop.run_until_complete(coro());
loop.close();
