// Seed 003 (liualexiang, "AsyncIO基础"), section "有关await 和 asyncio.run": gather several coroutines,
// main_task = asyncio.gather(cc(), dd()), then loop.run_until_complete(main_task).

async function cc() {
  print("cc");
}

async function dd() {
  print("dd");
}

const main_task = asyncio.gather(cc(), dd());
const loop = asyncio.get_event_loop();
await loop.run_until_complete(main_task);
