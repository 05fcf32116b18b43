// gather of coroutines where some fail: return_exceptions: true, then without it
class ValueError extends Error {
  constructor(msg) { super(msg); this.name = "ValueError"; }
}

async function job(i) {
  await asyncio.sleep(0.01 * (5 - i));
  if (i % 2) {
    throw new ValueError(`job ${i} failed`);
  }
  print("job", i, "ok");
  return i;
}

async function main() {
  const res = await asyncio.gather(...[0, 1, 2, 3, 4].map((i) => job(i)), { return_exceptions: true });
  for (const r of res) {
    print(r instanceof Error ? r.name : "int", r instanceof Error ? r.message : r);
  }
  const tasks = [0, 1, 2, 3, 4].map((i) => asyncio.create_task(job(i)));
  try {
    await asyncio.gather(...tasks);
  } catch (e) {
    if (!(e instanceof ValueError)) throw e;
    print("caught", e.message);
  }
  print(tasks.filter((t) => t.done()).length, "done when gather raised");
  await asyncio.sleep(0.1);
  print("later", tasks.filter((t) => t.done()).length);
  for (const t of tasks) {
    if (t.exception() != null) {
      print("exc", t.exception().message);
    }
  }
}

await asyncio.run(main());
