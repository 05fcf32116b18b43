const P = (v) => (v === true ? "True" : v === false ? "False" : v);
function* cleanup_gen(name) {
  try {
    yield asyncio.sleep(1);
  } finally {
    print(name, "cleanup starts");
    yield asyncio.sleep(0.01);
    print(name, "cleanup done");
  }
}
const child = asyncio.coroutine(function* child(name) {
  yield* cleanup_gen(name);
});
const gen_main = asyncio.coroutine(function* gen_main(n) {
  const loop = asyncio.get_running_loop();
  const t = asyncio.ensure_future(child(`child${n}`));
  yield asyncio.sleep(0.02);
  print("main", n, "returns, leaving child pending; tasks", asyncio.all_tasks().size);
  return [n, loop];
});
const r1 = await asyncio.run(gen_main(1));
const r2 = await asyncio.run(gen_main(2));
print(r1[0], r2[0], "loops differ", P(r1[1] !== r2[1]), "closed", P(r1[1].is_closed()), P(r2[1].is_closed()));
