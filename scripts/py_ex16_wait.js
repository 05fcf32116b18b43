async function foo() {
  return 42;
}

async function main() {
  const task = asyncio.create_task(foo());
  const [done, pending] = await asyncio.wait(new Set([task]));

  if (done.has(task)) {
    // Everything will work as expected now.
    print("task in done:", task.result(), done.size, pending.size);
  }
}

await asyncio.run(main());
