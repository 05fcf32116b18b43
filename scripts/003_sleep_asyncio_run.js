// Seed 003 (liualexiang, "AsyncIO基础"), section "有关await 和 asyncio.run", awaitable objects:
// dd() prints and awaits asyncio.sleep(2); asyncio.run(dd()).

async function dd() {
  print("dd");
  await asyncio.sleep(2);
}
await asyncio.run(dd());
