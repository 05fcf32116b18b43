import asyncio, time

t0 = time.time()
def el():
    return f"{time.time() - t0:.1f}"

store = {}

async def save(key, value):
    print(el(), "save start", key)
    await asyncio.sleep(0.3)
    store[key] = value
    print(el(), "save committed", key)
    return True

async def handler(key, value):
    try:
        await asyncio.sleep(0.1)
        ok = await asyncio.shield(save(key, value))
        print(el(), "handler saw commit", key, ok)
    except asyncio.CancelledError:
        print(el(), "handler cancelled while saving", key)
        raise

async def main():
    t1 = asyncio.create_task(handler("k1", 1))
    t2 = asyncio.create_task(handler("k2", 2))
    await asyncio.sleep(0.2)
    t1.cancel()
    try:
        await t1
    except asyncio.CancelledError:
        print(el(), "t1 cancelled", t1.cancelled())
    try:
        res = await asyncio.wait_for(asyncio.shield(save("k3", 3)), timeout=0.1)
    except asyncio.TimeoutError:
        print(el(), "k3 wait timed out, store has", sorted(store))
    await t2
    await asyncio.sleep(0.3)
    print(el(), "store", sorted(store.items()))

asyncio.run(main())
