import asyncio
async def child(n, d, fail=False):
    try:
        await asyncio.sleep(d)
        if fail:
            raise ValueError(f"child {n}")
        return n
    except asyncio.CancelledError:
        print("child", n, "cancelled")
        raise
async def main():
    # error arrives before timeout: wait_for raises the child's error; other children keep running
    g = asyncio.gather(child(1, 0.1, True), child(2, 0.3))
    try:
        await asyncio.wait_for(g, 1)
    except ValueError as e:
        print("1", type(e).__name__, str(e))
    await asyncio.sleep(0.5)
    # timeout first: gather cancelled -> children cancelled
    g = asyncio.gather(child(3, 0.5, True), child(4, 1))
    try:
        await asyncio.wait_for(g, 0.2)
    except TimeoutError as e:
        print("2", type(e).__name__, g.cancelled())
    # return_exceptions + timeout
    g = asyncio.gather(child(5, 0.1, True), child(6, 1), return_exceptions=True)
    try:
        print(await asyncio.wait_for(g, 0.2))
    except TimeoutError as e:
        print("3", type(e).__name__, g.cancelled())
asyncio.run(main())
