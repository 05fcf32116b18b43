async function set_after(fut, delay, value) {
  // Sleep for *delay* seconds.
  await asyncio.sleep(delay);

  // Set *value* as a result of *fut* Future.
  fut.set_result(value);
}

async function main() {
  // Get the current event loop.
  const loop = asyncio.get_running_loop();

  // Create a new Future object.
  const fut = loop.create_future();

  // Run "set_after()" coroutine in a parallel Task.
  loop.create_task(
    set_after(fut, 1, '... world'));

  print('hello ...');

  // Wait until *fut* has a result (1 second) and print it.
  print(await fut);
}

await asyncio.run(main());
