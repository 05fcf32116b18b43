// Seed 003 (liualexiang, "AsyncIO基础"), section "有关await 和 asyncio.run", coroutine objects:
// loop = asyncio.get_event_loop(); loop.run_until_complete(cc()); loop.run_until_complete(dd()).
// In asyncrun run_until_complete returns a promise, so each call is awaited.

async function cc() {
  print("cc");
}

async function dd() {
  print("dd");
}

const loop = asyncio.get_event_loop();
await loop.run_until_complete(cc());
await loop.run_until_complete(dd());
