const R = (s) => `'${s}'`;
const selfcancel = asyncio.coroutine(async function selfcancel() {
  await asyncio.sleep(0);
  throw new asyncio.CancelledError("own message");
});
const victim = asyncio.coroutine(async function victim() {
  await asyncio.sleep(1);
});
function probe(label, fn) {
  try {
    fn();
    print(label, "no error");
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print(label, "CancelledError", R(e.message));
  }
}
async function main() {
  const t = asyncio.create_task(selfcancel());
  t.add_done_callback((tt) => probe("cb exception()", () => tt.exception()));
  await asyncio.sleep(0.01);
  print("t cancelled", t.cancelled(), "cancelling", t.cancelling());
  probe("exception() #1", () => t.exception());
  probe("exception() #2", () => t.result());
  const aw = asyncio.coroutine(async function aw() {
    await t;
  });
  const probe_task = asyncio.create_task(aw());
  try {
    await probe_task;
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("await wrapper", R(e.message));
  }
  const v = asyncio.create_task(victim());
  await asyncio.sleep(0);
  v.cancel("ext msg");
  await asyncio.sleep(0);
  probe("victim result #1", () => v.result());
  probe("victim result #2", () => v.result());
  probe("victim exception", () => v.exception());
}
await asyncio.run(main());
