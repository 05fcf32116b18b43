// exit: 1
// The main task awaits a future nobody will ever complete: instead of hanging, asyncrun stops at once
// with a deadlock report naming each waiting task and what it waits on.
const never = asyncio.get_event_loop().create_future();
async function waiter() {
  await never;
}
print("waiting");
await asyncio.create_task(waiter(), { name: "waiter" });
print("not reached");
