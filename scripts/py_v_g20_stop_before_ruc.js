const loop = asyncio.new_event_loop();
asyncio.set_event_loop(loop);
loop.stop();
print("stop before run_until_complete");
try {
  print("ruc:", await loop.run_until_complete(asyncio.sleep(0.01, "zz")));
} catch (e) {
  if (e instanceof asyncio.RuntimeError) print("RuntimeError", e.message); else throw e;
}
print("next ruc:", await loop.run_until_complete(asyncio.sleep(0.01, "yy")));
loop.close();
