const B = (x) => (x ? "True" : "False");
async function inner() {
  await asyncio.sleep(0.1);
  print("inner finished");
  return 1;
}
const outer = asyncio.coroutine(async function outer(i) {
  print("outer started");
  return await i;
});
async function main() {
  const i = asyncio.create_task(inner());
  const o = asyncio.create_task(outer(i));
  o.cancel();
  try {
    await o;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print("o cancelled", B(o.cancelled()), "i cancelled", B(i.cancelled()), "i cancelling", i.cancelling()); else throw e;
  }
  print("i result", await i);
}
await asyncio.run(main());
