// Python's None is undefined in ports: time.sleep run on a thread returns undefined, as on the loop
async function main() {
  let r = await asyncio.to_thread(time.sleep, 0.01);
  print(r === undefined);
  r = await asyncio.get_running_loop().run_in_executor(null, time.sleep, 0.01);
  print(r === undefined);
}
await asyncio.run(main());
