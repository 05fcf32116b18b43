// exit: 1
// A deadlock among primitives: the report names, for each waiting task, the call and the primitive it is
// stuck on.
const q = new asyncio.Queue();
const lock = new asyncio.Lock();
await lock.acquire();
async function consumer() { await q.get(); }
async function locker() { await lock.acquire(); }
asyncio.create_task(consumer(), { name: "consumer" });
asyncio.create_task(locker(), { name: "locker" });
await asyncio.sleep(0.1);
print("everyone is waiting");
await new asyncio.Event().wait();
