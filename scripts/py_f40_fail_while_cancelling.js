class ValueError extends Error { constructor(m) { super(m); this.name = "ValueError"; } }
async function stubborn() {
  try {
    await asyncio.sleep(1);
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("stubborn: converting cancel into ValueError");
    throw new ValueError("converted");
  }
}
async function swallow() {
  try {
    await asyncio.sleep(1);
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("swallow: returning normally");
  }
  return "swallowed";
}
async function main() {
  const a = asyncio.create_task(stubborn());
  const b = asyncio.create_task(swallow());
  await asyncio.sleep(0);
  a.cancel(); b.cancel();
  const [ra, rb] = await asyncio.gather(a, b, { return_exceptions: true });
  print("a:", ra.name, ra.message, "cancelled", a.cancelled(), "cancelling", a.cancelling());
  print("b:", rb, "cancelled", b.cancelled(), "cancelling", b.cancelling());
  print("a.exception()", a.exception().name);
}
await asyncio.run(main());
