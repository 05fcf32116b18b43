// A call that makes a task before its own first await of a settled helper: Python starts the call's task
// first, then the task it made; each runs on through its settled awaits in its own turn.
async function get(x) {
  return x;
}

async function sub(name) {
  let v = await get(name);
  print("sub", v, "step 1");
  v = await get(v);
  print("sub", v, "step 2");
}

async function worker(name) {
  const t = asyncio.create_task(sub(name + ".sub"));
  let v = await get(name);
  print("worker", v, "step 1");
  v = await get(v);
  print("worker", v, "step 2");
  await t;
}

async function main() {
  asyncio.get_running_loop().call_soon(print, "callback");
  await asyncio.gather(worker("a"), worker("b"));
}

await asyncio.run(main());
