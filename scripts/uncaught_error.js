// exit: 1
// An error the body does not catch ends the program with status 1 and shows the stack and the task.
async function fetchUser(id) {
  await asyncio.sleep(0.5);
  throw new TypeError(`user ${id} not found`);
}
print("looking up");
await fetchUser(42);
print("not reached");
