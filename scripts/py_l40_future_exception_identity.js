class ValueError extends Error { constructor(m) { super(m); this.name = "ValueError"; } }
const P = (v) => (v === true ? "True" : v === false ? "False" : v);
async function main() {
  const loop = asyncio.get_running_loop();
  const f = loop.create_future();
  const err = new ValueError("same");
  f.set_exception(err);
  const caught = [];
  for (let i = 0; i < 2; i++) {
    try {
      await f;
    } catch (e) {
      if (e instanceof ValueError) caught.push(e); else throw e;
    }
  }
  print("same object each await", P(caught[0] === err && caught[1] === err));
  try {
    f.result();
  } catch (e) {
    if (e instanceof ValueError) print("result() raises same", P(e === err)); else throw e;
  }
  print("exception() same", P(f.exception() === err));
  const ok = loop.create_future();
  ok.set_result({ k: 1 });
  print("result same object", P(ok.result() === (await ok)));
}
await asyncio.run(main());
