async function waiter(name, fut) {
  try {
    const v = await fut;
    print(name, "got", v, "in", asyncio.current_task().get_name());
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print(name, "cancelled in", asyncio.current_task().get_name());
    throw e;
  }
}
async function main() {
  const loop = asyncio.get_running_loop();
  const fut = loop.create_future();
  const t1 = asyncio.create_task(waiter("w1", fut), { name: "n1" });
  const t2 = asyncio.create_task(waiter("w2", fut), { name: "n2" });
  const t3 = asyncio.create_task(waiter("w3", fut), { name: "n3" });
  await asyncio.sleep(0);
  const other = loop.create_future();
  const t4 = asyncio.create_task(waiter("w4", other), { name: "n4" });
  await asyncio.sleep(0);
  t4.cancel();
  loop.call_later(0.01, (v) => fut.set_result(v), "V");
  const res = await asyncio.gather(t1, t2, t3, t4, { return_exceptions: true });
  print("[" + res.map((r) => (r === undefined ? "None" : r instanceof Error ? `'${r.name}'` : r)).join(", ") + "]");
  print("other cancelled", other.cancelled());
}
await asyncio.run(main());
