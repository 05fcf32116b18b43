const P = (v) => (v === true ? "True" : v === false ? "False" : v);
const bg = asyncio.coroutine(async function bg(name) {
  try {
    while (true) {
      await asyncio.sleep(0.03);
      print(name, "tick");
    }
  } finally {
    print(name, "cleanup");
  }
});
const main = asyncio.coroutine(async function main(n) {
  const loop = asyncio.get_running_loop();
  asyncio.create_task(bg(`bg${n}`));
  loop.call_later(0.5, print, "never: timer of closed run loop");
  await asyncio.sleep(0.07);
  print("main", n, "ends, tasks:", asyncio.all_tasks().size);
  return loop;
});
const c2 = main(2);
const l1 = await asyncio.run(main(1));
const l2 = await asyncio.run(c2);
print("different loops", P(l1 !== l2), "both closed", P(l1.is_closed()), P(l2.is_closed()));
try {
  await asyncio.run(42);
} catch (e) {
  if (e.name === "ValueError") print("ValueError", e.message); else throw e;
}
