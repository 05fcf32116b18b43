async function job(n) {
  await asyncio.sleep(n * 0.1);
  print("job", n, "done");
  return n;
}

async function main() {
  const tasks = [1, 2, 3].map((n) => asyncio.ensure_future(job(n)));
  const [done, pending] = await asyncio.wait(tasks, { return_when: asyncio.FIRST_COMPLETED });
  print("done", ...[...done].map((t) => t.result()).sort(), "pending", pending.size);
  return pending;
}

const loop = asyncio.get_event_loop();
let pending;
try {
  pending = await loop.run_until_complete(main());
} finally {
  loop.close();
}
print("closed; pending done?", ...[...pending].map((t) => t.done()));
