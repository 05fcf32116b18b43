// T0 is passed as an argument: thread functions run isolated (SPEC 7), as in the Python twin.
const T0 = time.time();

function blocking_io(t0) {
  print(`start blocking_io at ${(time.time() - t0).toFixed(1)}`);
  // Note that time.sleep() can be replaced with any blocking
  // IO-bound operation, such as file operations.
  time.sleep(1);
  print(`blocking_io complete at ${(time.time() - t0).toFixed(1)}`);
}

async function main() {
  print(`started main at ${(time.time() - T0).toFixed(1)}`);

  await asyncio.gather(
    asyncio.to_thread(blocking_io, T0),
    asyncio.sleep(1));

  print(`finished main at ${(time.time() - T0).toFixed(1)}`);
}

await asyncio.run(main());
