import asyncio, time

t0 = time.time()
def el():
    return f"{int((time.time() - t0 + 0.02) * 10 + 0.05) / 10:.1f}"  # tenths elapsed, floored with a shift that keeps this program's event times away from the rounding edge

class Pool:
    def __init__(self, size):
        self.sem = asyncio.Semaphore(size)
        self.in_use = 0

    async def __aenter__(self):
        print(el(), "pool: open")
        await asyncio.sleep(0.03)
        return self

    async def __aexit__(self, et, ev, tb):
        print(el(), "pool: closing, in use =", self.in_use, "exc =", et.__name__ if et else None)
        await asyncio.sleep(0.03)
        print(el(), "pool: closed")
        return False

    def connection(self, who):
        return Conn(self, who)

class Conn:
    def __init__(self, pool, who):
        self.pool, self.who = pool, who

    async def __aenter__(self):
        await self.pool.sem.acquire()
        self.pool.in_use += 1
        print(el(), f"  {self.who}: got connection")
        return self

    async def __aexit__(self, et, ev, tb):
        self.pool.in_use -= 1
        self.pool.sem.release()
        print(el(), f"  {self.who}: released connection ({et.__name__ if et else 'ok'})")
        return et is KeyError  # swallow lookups that failed

    async def query(self, q, secs):
        await asyncio.sleep(secs)
        if q == "missing":
            raise KeyError(q)
        if q == "boom":
            raise ValueError("syntax error near boom")
        return f"{q}-rows"

async def client(pool, who, q, secs):
    try:
        async with pool.connection(who) as c:
            r = await c.query(q, secs)
            print(el(), f"  {who}: {r}")
            return r
    finally:
        print(el(), f"  {who}: finally")

async def main():
    async with Pool(2) as pool:
        results = await asyncio.gather(
            client(pool, "a", "users", 0.1),
            client(pool, "b", "missing", 0.1),
            client(pool, "c", "boom", 0.22),
            client(pool, "d", "orders", 0.1),
            return_exceptions=True)
        print(el(), "results:", [r if not isinstance(r, Exception) else type(r).__name__ for r in results])
    try:
        async with Pool(1) as pool:
            async with pool.connection("e") as c:
                await c.query("boom", 0.1)
    except ValueError as e:
        print(el(), "main caught", e)

asyncio.run(main())
