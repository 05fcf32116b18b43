class KeyError extends Error { constructor(m) { super(m); this.name = "KeyError"; } }
async function main() {
  const f = asyncio.get_running_loop().create_future();
  f.set_exception(new KeyError("k"));
  print(f);
  f.exception();
}
await asyncio.run(main());
