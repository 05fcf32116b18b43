const loop = asyncio.new_event_loop();
async function job(n, d) {
  await asyncio.sleep(d);
  print("job", n, "finished");
  return n;
}
const a = loop.create_task(job(1, 0.1));
const b = loop.create_task(job(2, 0.3));
a.add_done_callback((f) => { print("callback sees", f.result()); loop.stop(); });
loop.call_soon(print, "soon");
await loop.run_forever();
print("forever returned; b done?", b.done());
print("then", await loop.run_until_complete(b));
loop.close();
