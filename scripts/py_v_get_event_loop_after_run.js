const P = (v) => (v === true ? "True" : v === false ? "False" : v);
const main = asyncio.coroutine(async function main() {
  return "ran";
});
print(await asyncio.run(main()));
try {
  const loop = asyncio.get_event_loop();
  print("got a loop, closed?", P(loop.is_closed()));
} catch (e) {
  if (e instanceof asyncio.RuntimeError) print("RuntimeError", e.message); else throw e;
}
