const P = (v) => (v === true ? "True" : v === false ? "False" : v);
const show = asyncio.coroutine(async function show(tag) {
  print(tag, "debug", P(asyncio.get_running_loop().get_debug()));
});
await asyncio.run(show("default"));
await asyncio.run(show("debug=True"), { debug: true });
await asyncio.run(show("after debug run"));
await asyncio.run(show("debug=False"), { debug: false });
async function toggle() {
  const loop = asyncio.get_running_loop();
  loop.set_debug(true);
  print("set_debug(True) ->", P(loop.get_debug()));
}
await asyncio.run(toggle());
await asyncio.run(show("after set_debug run"));
