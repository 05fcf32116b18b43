import asyncio
async def risky(n):
    await asyncio.sleep(0.01 * n)
    if n % 2:
        raise ValueError(f"odd {n}")
    return n * 10
async def guarded(n):
    try:
        return await risky(n)
    except ValueError as e:
        return f"fallback[{e}]"
    finally:
        print("guard", n, "exits")
async def retry(n, attempts):
    last = None
    for i in range(attempts):
        try:
            return await risky(n + i)
        except ValueError as e:
            print("retry", i, "after", str(e))
            last = e
    raise RuntimeError("gave up") from last
async def main():
    print(await asyncio.gather(*(guarded(i) for i in range(4))))
    print(await retry(1, 3))
    try:
        await retry(1, 1)
    except RuntimeError as e:
        print(type(e).__name__, str(e), type(e.__cause__).__name__)
    t = asyncio.create_task(guarded(3))
    await asyncio.sleep(0.5)
    print(t.result(), t.exception())
asyncio.run(main())
