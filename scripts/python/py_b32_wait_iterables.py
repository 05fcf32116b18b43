import asyncio
async def work(n):
    await asyncio.sleep(0.01 * n)
    return n
async def main():
    t1 = asyncio.create_task(work(1))
    t2 = asyncio.create_task(work(2))
    done, pending = await asyncio.wait({t1, t2})
    print("set:", len(done), len(pending))
    done, pending = await asyncio.wait((t for t in [t1, t2]))
    print("generator:", len(done), len(pending))
    done, pending = await asyncio.wait([t1, t1, t2])
    print("duplicates:", len(done), len(pending))
    done, pending = await asyncio.wait({t1: "a", t2: "b"})
    print("dict keys:", len(done), len(pending))
    t3 = asyncio.create_task(work(5))
    done, pending = await asyncio.wait([t1, t3], timeout=0)
    print("timeout 0 with one done:", len(done), len(pending))
    done, pending = await asyncio.wait([t1, t3], return_when=asyncio.FIRST_COMPLETED)
    print("FIRST_COMPLETED with one already done:", len(done), len(pending))
    done, pending = await asyncio.wait([t3], timeout=-5)
    print("negative timeout:", len(done), len(pending), t3.done())
    await t3
asyncio.run(main())
