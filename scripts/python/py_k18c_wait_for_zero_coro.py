import asyncio

async def work(tag):
    print(tag, "started")
    try:
        await asyncio.sleep(0.1)
        return tag
    finally:
        print(tag, "finally")

async def quick(tag):
    print(tag, "quick ran")
    return tag + "!"

async def main():
    for delay in (0, -1):
        try:
            r = await asyncio.wait_for(work(f"W{delay}"), delay)
            print("returned", r)
        except asyncio.TimeoutError:
            print("TimeoutError for", delay)
    try:
        print("quick ->", await asyncio.wait_for(quick("Q"), 0))
    except asyncio.TimeoutError:
        print("quick TimeoutError")
    t = asyncio.create_task(quick("T"))
    await asyncio.sleep(0)
    print("done task ->", await asyncio.wait_for(t, 0))
    try:
        async with asyncio.timeout(0):
            print("inside timeout(0)")
            await work("X")
    except TimeoutError:
        print("timeout(0) TimeoutError")
    try:
        async with asyncio.timeout(0):
            print("inside timeout(0) without await")
        print("no await: no error")
    except TimeoutError:
        print("no await: TimeoutError")

asyncio.run(main())
