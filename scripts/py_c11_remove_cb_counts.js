function cb(f) {
  print("cb", f.result());
}
function other(f) {
  print("other");
}
async function main() {
  const t = asyncio.create_task(asyncio.sleep(0.1, "v"));
  t.add_done_callback(cb);
  t.add_done_callback(other);
  t.add_done_callback(cb);
  t.add_done_callback(cb);
  print("remove cb ->", t.remove_done_callback(cb));
  print("remove cb again ->", t.remove_done_callback(cb));
  print("remove other ->", t.remove_done_callback(other));
  t.add_done_callback((f) => cb(f));
  print("remove new lambda ->", t.remove_done_callback((f) => cb(f)));
  t.add_done_callback(other);
  t.add_done_callback(cb);
  print("awaited", await t);
  print("remove after done ->", t.remove_done_callback(cb));
  await asyncio.sleep(0);
  print("end");
}
await asyncio.run(main());
