async function job(n) {
  await asyncio.sleep(n);
  print("job", n, "done");
  return n;
}
const loop = asyncio.get_event_loop();
const tasks = [1, 2, 3].map((n) => loop.create_task(job(n)));
const [done, pending] = await loop.run_until_complete(asyncio.wait(tasks, { timeout: 1.5 }));
print(done.size, "done,", pending.size, "pending");
