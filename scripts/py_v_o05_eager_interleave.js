async function worker(name, q, lock) {
  await lock.with(async () => {
    print(name, "has lock");
  });
  await q.put(name);
  print(name, "put");
  await q.put(name + "2");
  print(name, "put again");
  await asyncio.sleep(0);
  print(name, "after sleep");
}
async function main() {
  const q = new asyncio.Queue();
  const lock = new asyncio.Lock();
  await asyncio.gather(worker("a", q, lock), worker("b", q, lock));
  print(q.qsize());
}
await asyncio.run(main());
