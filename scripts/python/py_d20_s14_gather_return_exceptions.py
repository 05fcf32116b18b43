# gather of coroutines where some fail: return_exceptions=True, then without it
import asyncio

async def job(i):
    await asyncio.sleep(0.01 * (5 - i))
    if i % 2:
        raise ValueError(f"job {i} failed")
    print("job", i, "ok")
    return i

async def main():
    res = await asyncio.gather(*(job(i) for i in range(5)), return_exceptions=True)
    for r in res:
        print(type(r).__name__, r)
    tasks = [asyncio.create_task(job(i)) for i in range(5)]
    try:
        await asyncio.gather(*tasks)
    except ValueError as e:
        print("caught", e)
    print([t.done() for t in tasks].count(True), "done when gather raised")
    await asyncio.sleep(0.1)
    print("later", [t.done() for t in tasks].count(True))
    for t in tasks:
        if t.exception() is not None:
            print("exc", t.exception())

asyncio.run(main())
