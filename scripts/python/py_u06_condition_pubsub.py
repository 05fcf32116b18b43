import asyncio, time

t0 = time.time()
def el():
    return f"{int((time.time() - t0 + 0.03) * 10 + 0.05) / 10:.1f}"  # tenths elapsed, floored with a shift that keeps this program's event times away from the rounding edge

class Topic:
    def __init__(self):
        self.cond = asyncio.Condition()
        self.messages = []
        self.closed = False

    async def publish(self, msg):
        async with self.cond:
            self.messages.append(msg)
            print(el(), "publish", msg)
            self.cond.notify_all()

    async def close(self):
        async with self.cond:
            self.closed = True
            self.cond.notify_all()

    async def subscribe(self, name, start=0):
        seen = start
        got = []
        while True:
            async with self.cond:
                await self.cond.wait_for(lambda: len(self.messages) > seen or self.closed)
                if len(self.messages) == seen and self.closed:
                    print(el(), name, "sees close")
                    return got
                batch = self.messages[seen:]
                seen = len(self.messages)
            print(el(), name, "got batch", batch)
            got.extend(batch)
            await asyncio.sleep(0.17 if name == "slow" else 0.01)

async def main():
    topic = Topic()
    subs = [asyncio.create_task(topic.subscribe("fast")),
            asyncio.create_task(topic.subscribe("slow")),
            asyncio.create_task(topic.subscribe("late", start=2))]
    await asyncio.sleep(0)
    for i in range(5):
        await topic.publish(f"m{i}")
        await asyncio.sleep(0.1)
    await topic.close()
    res = await asyncio.gather(*subs)
    for name, r in zip(["fast", "slow", "late"], res):
        print(name, len(r), r)
    print("locked after:", topic.cond.locked())

asyncio.run(main())
