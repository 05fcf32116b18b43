const { get_running_loop } = asyncio;

async function long_running_task() {
  await asyncio.sleep(3600);
  print("long_running_task finished");
}

async function main() {
  let cm;
  try {
    // We do not know the timeout when starting, so we pass null.
    await asyncio.timeout(null).with(async (c) => {
      cm = c;
      // We know the timeout now, so we reschedule it.
      const new_deadline = get_running_loop().time() + 10;
      cm.reschedule(new_deadline);

      await long_running_task();
    });
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
  }

  if (cm.expired()) {
    print("Looks like we haven't finished on time.");
  }
}

await asyncio.run(main());
