async function background(n) {
  await asyncio.sleep(0.5);
  print("background", n, "finished");
}
async function main() {
  for (let n = 0; n < 3; n++) asyncio.ensure_future(background(n));
  await asyncio.sleep(0.1);
  print("main done");
  return "ok";
}
const loop = asyncio.get_event_loop();
print(await loop.run_until_complete(main()));
loop.call_later(0.2, () => loop.stop());
await loop.run_forever();
print("ran 0.2 more; the script ends here");
