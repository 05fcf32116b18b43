async function child(n) {
  await asyncio.sleep(1);
  print("child", n, "woke");
}

async function parent() {
  const kids = [0, 1].map((n) => asyncio.create_task(child(n)));
  await asyncio.sleep(0.1);
  print("parent made", kids.length);
  await asyncio.gather(...kids);
  print("parent done");
}

async function main() {
  asyncio.ensure_future(parent());
  await asyncio.sleep(0.2);
  print("main returns");
  return "ok";
}

const loop = asyncio.new_event_loop();
asyncio.set_event_loop(loop);
print(await loop.run_until_complete(main()));
loop.close();
async function later() {
  await asyncio.sleep(2);
  print("later run done");
}
await asyncio.run(later());
