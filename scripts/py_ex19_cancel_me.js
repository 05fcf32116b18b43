async function cancel_me() {
  print('cancel_me(): before sleep');

  try {
    // Wait for 1 hour
    await asyncio.sleep(3600);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) {
      print('cancel_me(): cancel sleep');
    }
    throw e;
  } finally {
    print('cancel_me(): after sleep');
  }
}

async function main() {
  // Create a "cancel_me" Task
  const task = asyncio.create_task(cancel_me());

  // Wait for 1 second
  await asyncio.sleep(1);

  task.cancel();
  try {
    await task;
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("main(): cancel_me is cancelled now");
  }
}

await asyncio.run(main());
