async function boom() {
  throw new Error("boom");
}
async function main() {
  const t = asyncio.create_task(boom());
  await asyncio.sleep(0);
  print("t done?", t.done());
  const gen = asyncio.coroutine(function* gen() {
    try {
      yield t;
    } catch (e) {
      print("gen caught", e.message);
    }
    const f = asyncio.get_running_loop().create_future();
    f.cancel();
    try {
      yield f;
    } catch (e) {
      if (e instanceof asyncio.CancelledError) print("gen saw cancelled future");
    }
    return "gen result";
  });
  const other = asyncio.coroutine(async function other() {
    print("other ran");
  });
  print((await asyncio.gather(gen(), other()))[0]);
}
await asyncio.run(main());
