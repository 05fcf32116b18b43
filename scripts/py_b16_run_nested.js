const inner = asyncio.coroutine(async function inner() {
  print("inner runs");
  return "inner";
});
async function main() {
  await asyncio.sleep(0);
  const c = inner();
  try {
    asyncio.run(c);
  } catch (e) {
    if (e instanceof asyncio.RuntimeError) print("nested run:", e.name, e.message); else throw e;
  }
  print("coroutine still usable:", await c);
  const loop = asyncio.get_running_loop();
  const c2 = inner();
  try {
    loop.run_until_complete(c2);
  } catch (e) {
    if (e instanceof asyncio.RuntimeError) print("run_until_complete:", e.name, e.message); else throw e;
  }
  try {
    loop.run_forever();
  } catch (e) {
    if (e instanceof asyncio.RuntimeError) print("run_forever:", e.name, e.message); else throw e;
  }
  await asyncio.sleep(0.01);
  print("loop goes on");
  return "main";
}
print(await asyncio.run(main()));
