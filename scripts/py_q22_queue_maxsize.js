// Queue sizes: maxsize 0 and negative mean unbounded (full() never true); maxsize as keyword;
// qsize/empty/full as items come and go; put() on a full queue waits until a get_nowait().
const py = (v) => (v === true ? "True" : v === false ? "False" : v === undefined || v === null ? "None" : String(v));

async function main() {
  for (const m of [0, -1, 1, 3]) {
    const q = new asyncio.Queue(m);
    for (let i = 0; i < 4; i++) {
      try {
        q.put_nowait(i);
      } catch (e) {
        if (e instanceof asyncio.QueueFull) break;
        throw e;
      }
    }
    print(`maxsize=${q.maxsize} qsize=${q.qsize()} full=${py(q.full())} empty=${py(q.empty())}`);
  }
  const q = new asyncio.Queue({ maxsize: 1 });
  print(q.maxsize);
  await q.put("a");
  const log = [];
  async function p() {
    await q.put("b");
    log.push(`b in, qsize=${q.qsize()}`);
  }
  const t = asyncio.create_task(p());
  await asyncio.sleep(0.01);
  log.push(`waiting putter, full=${py(q.full())}`);
  log.push(`took ${q.get_nowait()}, qsize=${q.qsize()}`);
  await t;
  log.push(`took ${q.get_nowait()}, empty=${py(q.empty())}`);
  print(log.join("\n"));
}

await asyncio.run(main());
