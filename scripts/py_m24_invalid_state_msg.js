async function main() {
  const f = asyncio.get_running_loop().create_future();
  f.set_result(3);
  try {
    f.set_result(4);
  } catch (e) {
    if (e instanceof asyncio.InvalidStateError) print("InvalidStateError:", e.message); else throw e;
  }
}
await asyncio.run(main());
