async function long_running_task() {
  await asyncio.sleep(3600);
  print("long_running_task finished");
}

async function main() {
  try {
    await asyncio.timeout(10).with(async () => {
      await long_running_task();
    });
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print("The long operation timed out, but we've handled it.");
  }

  print("This statement will run regardless.");
}

await asyncio.run(main());
