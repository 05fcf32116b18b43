import asyncio, time

t0 = time.time()
def el():
    return f"{time.time() - t0:.1f}"

fetch_count = 0

async def slow_backend(key):
    global fetch_count
    fetch_count += 1
    print(el(), "backend fetch", key)
    await asyncio.sleep(0.3)
    return key.upper()

class Cache:
    def __init__(self):
        self.data = {}
        self.locks = {}

    async def get(self, key, who):
        if key in self.data:
            print(el(), who, "hit", key)
            return self.data[key]
        lock = self.locks.setdefault(key, asyncio.Lock())
        async with lock:
            if key in self.data:
                print(el(), who, "hit after wait", key)
                return self.data[key]
            print(el(), who, "miss", key)
            value = await slow_backend(key)
            self.data[key] = value
            return value

async def client(cache, who, keys, pause):
    out = []
    for k in keys:
        out.append(await cache.get(k, who))
        await asyncio.sleep(pause)
    return "/".join(out)

async def main():
    cache = Cache()
    results = await asyncio.gather(
        client(cache, "c1", ["a", "b"], 0.1),
        client(cache, "c2", ["a", "c"], 0.2),
        client(cache, "c3", ["b", "a"], 0.0),
    )
    print(el(), "results", results[0], results[1], results[2])
    print(el(), "backend fetches", fetch_count)
    print(el(), "lock states", [k + ":" + str(l.locked()) for k, l in sorted(cache.locks.items())])

asyncio.run(main())
