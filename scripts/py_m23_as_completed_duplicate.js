async function main() {
  const t = asyncio.create_task((async () => asyncio.sleep(0.1, "t"))());
  for (const f of asyncio.as_completed([t, t])) print("got", await f);
  print("end");
}
await asyncio.run(main());
