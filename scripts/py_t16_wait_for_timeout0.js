const quick = asyncio.coroutine(async function quick() {
  print("quick ran");
  return 1;
});
async function main() {
  try {
    const r = await asyncio.wait_for(quick(), 0);
    print("got", r);
  } catch (e) {
    if (e instanceof asyncio.TimeoutError) print("timeout 0"); else throw e;
  }
  try {
    const r = await asyncio.wait_for(asyncio.coroutine(() => asyncio.sleep(0, "v"))(), 0);
    print("got", r);
  } catch (e) {
    if (e instanceof asyncio.TimeoutError) print("timeout 0 sleep"); else throw e;
  }
  try {
    const r = await asyncio.wait_for(quick(), -1);
    print("got", r);
  } catch (e) {
    if (e instanceof asyncio.TimeoutError) print("timeout -1"); else throw e;
  }
}
await asyncio.run(main());
