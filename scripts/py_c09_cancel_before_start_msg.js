const B = (x) => (x ? "True" : "False");
const R = (s) => "'" + s + "'";
const never = asyncio.coroutine(async function never() {
  print("never runs");
  return 1;
});
async function main() {
  const t = asyncio.create_task(never());
  print(B(t.cancel("early")), B(t.cancel("later")), t.cancelling());
  await asyncio.sleep(0);
  print("done", B(t.done()), "cancelled", B(t.cancelled()));
  for (const [name, meth] of [["exception", () => t.exception()], ["result", () => t.result()]]) {
    try {
      meth();
    } catch (e) {
      if (e instanceof asyncio.CancelledError) print(name, "raised", R(e.message)); else throw e;
    }
  }
  try {
    await t;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("await raised", R(e.message)); else throw e;
  }
}
await asyncio.run(main());
