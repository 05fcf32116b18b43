import asyncio, time

t0 = time.time()
def el():
    return f"{time.time() - t0:.1f}"

class Broker:
    def __init__(self):
        self.subscribers = {}

    def subscribe(self, name, maxsize=0):
        q = asyncio.Queue(maxsize)
        self.subscribers[name] = q
        return q

    def unsubscribe(self, name):
        del self.subscribers[name]

    async def publish(self, msg):
        for name, q in list(self.subscribers.items()):
            await q.put(msg)

async def subscriber(broker, name, delay, limit=None):
    q = broker.subscribe(name)
    got = []
    while True:
        msg = await q.get()
        if msg is None:
            break
        await asyncio.sleep(delay)
        got.append(msg)
        print(el(), name, "received", msg)
        if limit and len(got) >= limit:
            broker.unsubscribe(name)
            print(el(), name, "unsubscribed")
            break
    return f"{name}:{len(got)}"

async def main():
    broker = Broker()
    subs = [asyncio.create_task(subscriber(broker, "fast", 0.01)),
            asyncio.create_task(subscriber(broker, "slow", 0.13)),
            asyncio.create_task(subscriber(broker, "picky", 0.02, limit=2))]
    await asyncio.sleep(0)
    for topic in ["news", "sports", "weather", "tech"]:
        print(el(), "publish", topic, "to", len(broker.subscribers))
        await broker.publish(topic)
        await asyncio.sleep(0.1)
    await broker.publish(None)
    print(el(), "done:", " ".join(await asyncio.gather(*subs)))

asyncio.run(main())
