class ValueError extends Error { constructor(m) { super(m); this.name = "ValueError"; } }
function boom(tag) {
  print("boom", tag);
  throw new ValueError(tag);
}
async function main() {
  const loop = asyncio.get_running_loop();
  loop.call_later(0.1, boom, "timer");
  loop.call_later(0.1, print, "same-deadline timer still runs");
  const t = asyncio.create_task(asyncio.sleep(0.2, "task result"));
  t.add_done_callback(() => boom("task done cb"));
  t.add_done_callback((f) => print("next task cb sees", f.result()));
  print("awaited", await t);
  await asyncio.sleep(0.1);
  print("main finishes normally");
  return "ok";
}
print(await asyncio.run(main()));
