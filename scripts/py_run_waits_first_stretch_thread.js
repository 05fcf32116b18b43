function slow() {
  time.sleep(0.2);
  print("thread done");
}

async function main() {
  asyncio.get_running_loop().run_in_executor(null, slow);
  await asyncio.sleep(0.05);
  print("main done");
}

await asyncio.run(main());
print("after run");
