const t0 = time.time();
function el() { return (Math.floor((time.time() - t0) * 10 + 0.05) / 10).toFixed(1); } // tenths elapsed (floored)
const pylist = (xs) => "[" + xs.map(x => `'${x}'`).join(", ") + "]";

const DAG = {
  fetch: [],
  config: [],
  compile: ["fetch", "config"],
  lint: ["fetch"],
  test: ["compile"],
  docs: ["config"],
  package: ["test", "lint", "docs"],
};
const COST = { fetch: 0.1, config: 0.06, compile: 0.2, lint: 0.07, test: 0.13, docs: 0.17, package: 0.04 };

class UpstreamFailed extends Error { constructor(m) { super(m); this.name = "UpstreamFailed"; } }

async function run_dag(failing = null) {
  const loop = asyncio.get_running_loop();
  const futs = Object.fromEntries(Object.keys(DAG).map(name => [name, loop.create_future()]));
  const order = [];

  async function step(name) {
    const deps = DAG[name];
    try {
      await asyncio.gather(...deps.map(d => futs[d]));
    } catch (e) {
      futs[name].set_exception(new UpstreamFailed(`${name} <- ${e.message}`));
      print(el(), "skip", name);
      return;
    }
    print(el(), "start", name);
    await asyncio.sleep(COST[name]);
    if (name === failing) {
      futs[name].set_exception(new asyncio.RuntimeError(`${name} crashed`));
      print(el(), "FAIL", name);
      return;
    }
    order.push(name);
    futs[name].set_result(name);
    print(el(), "done", name);
  }

  await asyncio.gather(...Object.keys(DAG).map(n => step(n)));
  for (const [name, f] of Object.entries(futs)) {
    if (f.exception()) print("   ", name, "->", f.exception().name, f.exception().message);
  }
  return order;
}

async function main() {
  print(el(), "order:", pylist(await run_dag()));
  print(el(), "order:", pylist(await run_dag("lint")));
}

await asyncio.run(main());
