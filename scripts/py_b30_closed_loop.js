const P = (v) => (v === true ? "True" : v === false ? "False" : v);
const work = asyncio.coroutine(async function work() {
  await asyncio.sleep(0.01);
  return "w";
});
const grab = asyncio.coroutine(async function grab() {
  return asyncio.get_running_loop();
});
const loop = await asyncio.run(grab());
print("closed", P(loop.is_closed()), "running", P(loop.is_running()));
for (const [label, fn] of [["call_soon", () => loop.call_soon(print, "x")],
                           ["call_later", () => loop.call_later(0.1, print, "x")],
                           ["run_until_complete", () => loop.run_until_complete(asyncio.sleep(0))]]) {
  try {
    fn();
    print(label, "accepted");
  } catch (e) {
    if (e instanceof asyncio.RuntimeError) print(label, e.name, e.message); else throw e;
  }
}
const c = work();
try {
  loop.create_task(c);
} catch (e) {
  if (e instanceof asyncio.RuntimeError) print("create_task", e.name, e.message); else throw e;
}
loop.close();
print("close twice ok", P(loop.is_closed()));
print("new run works", await asyncio.run(work()));
