const B = (x) => (x ? "True" : "False");
async function inner() {
  try {
    await asyncio.sleep(10);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) {
      print("inner swallows");
      return 5;
    }
    throw e;
  }
}
async function outer(i) {
  const v = await i;
  print("outer got", v, "cancelling", asyncio.current_task().cancelling());
  await asyncio.sleep(0.1);
  print("outer keeps going");
  return v * 2;
}
async function main() {
  const i = asyncio.create_task(inner());
  const o = asyncio.create_task(outer(i));
  await asyncio.sleep(0.1);
  print("cancel outer ->", B(o.cancel()));
  print("counts", i.cancelling(), o.cancelling());
  print("result", await o, "o.cancelled", B(o.cancelled()), "i.result", i.result());
}
await asyncio.run(main());
