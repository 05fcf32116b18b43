// exit: 1
// A task fails and nobody awaits it: the program still runs to its end, then reports the error with the
// task's name and where the task was created, and exits with status 1.
async function bad() {
  await asyncio.sleep(0.1);
  throw new asyncio.ValueError("nobody looked at me");
}
asyncio.create_task(bad(), { name: "bad-task" });
await asyncio.sleep(1);
print("body finished");
