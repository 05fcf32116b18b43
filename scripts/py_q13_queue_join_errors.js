// task_done()/join(): join() on a fresh queue returns at once; several join() waiters wake when the
// last task_done() arrives; task_done() too many times raises ValueError; get_nowait()/put_nowait()
// raise QueueEmpty/QueueFull (empty messages); exceptions' class hierarchy.
const py = (v) => (v === true ? "True" : v === false ? "False" : v === undefined || v === null ? "None" : String(v));

async function main() {
  const q = new asyncio.Queue({ maxsize: 2 });
  await q.join();
  print("join on fresh queue returned");
  try {
    q.get_nowait();
  } catch (e) {
    if (!(e instanceof asyncio.QueueEmpty)) throw e;
    print("QueueEmpty:", `'${e.message}'`, py(e instanceof Error));
  }
  q.put_nowait(1);
  q.put_nowait(2);
  try {
    q.put_nowait(3);
  } catch (e) {
    if (!(e instanceof asyncio.QueueFull)) throw e;
    print("QueueFull:", `'${e.message}'`, py(e instanceof Error));
  }
  const log = [];
  async function joiner(n) {
    await q.join();
    log.push(`joiner ${n} done, qsize=${q.qsize()}`);
  }
  const js = [0, 1, 2].map((n) => asyncio.create_task(joiner(n)));
  await asyncio.sleep(0);
  print(q.get_nowait(), q.get_nowait());
  q.task_done();
  await asyncio.sleep(0);
  log.push("one task_done");
  q.put_nowait(3);
  q.task_done();
  await asyncio.sleep(0);
  log.push("two task_done");
  print(q.get_nowait());
  q.task_done();
  await asyncio.gather(...js);
  print(log.join("\n"));
  try {
    q.task_done();
  } catch (e) {
    print(`${e.name}:`, e.message);
  }
  await q.join();
  print("join again returned");
}

await asyncio.run(main());
