// Seed 003 (liualexiang, "AsyncIO基础"), section "有关await 和 asyncio.run": the Python 3.7 form of
// 003_run_until_complete.js, asyncio.run(cc()) then asyncio.run(dd()).

async function cc() {
  print("cc");
}
async function dd() {
  print("dd");
}

await asyncio.run(cc());
await asyncio.run(dd());
