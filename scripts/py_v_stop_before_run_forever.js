const loop = asyncio.new_event_loop();
loop.call_soon(print, "queued");
loop.stop();
print("stop called before run_forever");
await loop.run_forever();
print("run_forever returned");
loop.close();
