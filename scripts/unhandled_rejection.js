// exit: 1
// A promise rejected with no handler is reported when the program ends, and the exit status is 1.
async function background() {
  await asyncio.sleep(0.1);
  throw new RangeError("nobody handles this");
}
background(); // neither awaited nor wrapped in a task
await asyncio.sleep(1);
print("body finished");
