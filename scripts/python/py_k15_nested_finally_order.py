import asyncio

async def level(n, depth):
    try:
        if depth == 0:
            await asyncio.sleep(10)
        else:
            child = asyncio.create_task(level(f"{n}.{depth}", depth - 1), name=f"{n}.{depth}")
            await child
    except asyncio.CancelledError as e:
        print("cancelled", n, e.args)
        raise
    finally:
        print("finally", n)

async def fan(n):
    try:
        await asyncio.gather(level(n + "a", 1), level(n + "b", 0))
    finally:
        print("finally fan", n)

async def with_cleanup_await(n):
    try:
        await asyncio.sleep(10)
    finally:
        print("cleanup start", n)
        await asyncio.sleep(0)
        print("cleanup mid", n)
        await asyncio.sleep(0)
        print("cleanup end", n)

async def main():
    t = asyncio.create_task(level("root", 3))
    await asyncio.sleep(0.1)
    t.cancel("go")
    await asyncio.gather(t, return_exceptions=True)
    print("---")
    t = asyncio.create_task(fan("F"))
    await asyncio.sleep(0.1)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print("---")
    ts = [asyncio.create_task(with_cleanup_await(i)) for i in range(3)]
    await asyncio.sleep(0.1)
    for x in reversed(ts):
        x.cancel()
    await asyncio.gather(*ts, return_exceptions=True)
    print("done")

asyncio.run(main())
