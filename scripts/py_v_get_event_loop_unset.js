async function main() {
  return 1;
}
print(asyncio.get_event_loop().is_running());
await asyncio.run(main());
try {
  asyncio.get_event_loop();
} catch (e) {
  print(e.name, e.message);
}
const loop = asyncio.new_event_loop();
asyncio.set_event_loop(loop);
print(asyncio.get_event_loop() === loop);
asyncio.set_event_loop(null);
try {
  asyncio.get_event_loop();
} catch (e) {
  print(e.name, e.message);
}
print(await loop.run_until_complete(main()));
