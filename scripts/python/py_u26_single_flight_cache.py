import asyncio, time

t0 = time.time()
def el():
    return f"{int((time.time() - t0) * 10 + 0.05) / 10:.1f}"  # tenths elapsed (floored: robust to real-time drift)

class Cache:
    def __init__(self, loader):
        self.loader = loader
        self.values = {}
        self.inflight = {}
        self.loads = 0

    async def get(self, key):
        if key in self.values:
            return self.values[key]
        fut = self.inflight.get(key)
        if fut is None:
            fut = asyncio.get_running_loop().create_future()
            self.inflight[key] = fut
            asyncio.create_task(self._load(key, fut))
        return await asyncio.shield(fut)

    async def _load(self, key, fut):
        self.loads += 1
        print(el(), "loading", key)
        try:
            value = await self.loader(key)
        except Exception as e:
            fut.set_exception(e)
        else:
            self.values[key] = value
            fut.set_result(value)
        finally:
            del self.inflight[key]

async def loader(key):
    await asyncio.sleep(0.2)
    if key == "bad":
        raise KeyError(key)
    return key * 2

async def client(cache, cid, key, delay):
    await asyncio.sleep(delay)
    try:
        v = await cache.get(key)
        print(el(), f"client {cid} {key} -> {v}")
        return v
    except KeyError as e:
        print(el(), f"client {cid} {key} -> KeyError {e}")
    except asyncio.CancelledError:
        print(el(), f"client {cid} gave up on {key}")
        raise

async def main():
    cache = Cache(loader)
    tasks = [asyncio.create_task(client(cache, i, k, d)) for i, (k, d) in enumerate(
        [("ab", 0), ("ab", 0.05), ("cd", 0.06), ("bad", 0.07), ("bad", 0.1), ("ab", 0.3), ("cd", 0.11)])]
    await asyncio.sleep(0.12)
    tasks[6].cancel()
    res = await asyncio.gather(*tasks, return_exceptions=True)
    print(el(), "results", [r if not isinstance(r, BaseException) else type(r).__name__ for r in res])
    print(el(), "loads", cache.loads, "cached", sorted(cache.values), "inflight", len(cache.inflight))

asyncio.run(main())
