const loop = asyncio.new_event_loop();
function a() {
  print("a");
  loop.call_soon(print, "c (queued by a during the stopping iteration)");
}
function b() {
  print("b stops");
  loop.stop();
}
loop.call_soon(a);
loop.call_soon(b);
await loop.run_forever();
print("run_forever returned");
loop.call_later(0.1, () => loop.stop());
await loop.run_forever();
print("second run_forever returned");
loop.close();
