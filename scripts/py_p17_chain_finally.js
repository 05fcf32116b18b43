const t0 = time.time();
function el() { return (time.time() - t0).toFixed(1); }

class ParseError extends Error {
  constructor(msg) { super(msg); this.name = "ParseError"; }
}

async function read_file(name, fail) {
  print(el(), "  open", name);
  try {
    await asyncio.sleep(0.1);
    if (fail === "read") throw new ParseError(`${name}: bad bytes`);
    return `<${name}>`;
  } finally {
    print(el(), "  close", name);
  }
}

async function parse(name, fail) {
  print(el(), " parse start", name);
  try {
    const raw = await read_file(name, fail);
    await asyncio.sleep(0.1);
    if (fail === "parse") throw new ParseError(`${name}: bad syntax`);
    return raw.toUpperCase();
  } finally {
    print(el(), " parse cleanup", name);
  }
}

async function load(name, fail = null) {
  print(el(), "load", name);
  try {
    return await parse(name, fail);
  } catch (e) {
    if (!(e instanceof ParseError)) throw e;
    print(el(), "load caught:", e.message);
    return null;
  } finally {
    print(el(), "load finally", name);
  }
}

function show(v) { return v === null ? "None" : v; }

async function main() {
  print(el(), "result", show(await load("a.txt")));
  print(el(), "result", show(await load("b.txt", "read")));
  print(el(), "result", show(await load("c.txt", "parse")));
  const t = asyncio.create_task(load("d.txt"));
  await asyncio.sleep(0.12);
  t.cancel();
  try {
    await t;
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print(el(), "d.txt load cancelled");
  }
}

await asyncio.run(main());
