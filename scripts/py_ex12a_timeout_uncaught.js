// exit: 1
async function long_running_task() {
  await asyncio.sleep(3600);
  print("long_running_task finished");
}

async function main() {
  await asyncio.timeout(10).with(async () => {
    await long_running_task();
  });
}

await asyncio.run(main());
