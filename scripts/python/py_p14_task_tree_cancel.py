import asyncio, time

t0 = time.time()
def el():
    return f"{time.time() - t0:.1f}"

async def leaf(path, seconds):
    try:
        await asyncio.sleep(seconds)
        print(el(), path, "leaf done")
        return 1
    except asyncio.CancelledError:
        print(el(), path, "leaf cancelled")
        raise
    finally:
        print(el(), path, "leaf cleanup")

async def branch(path, n, seconds):
    try:
        kids = [asyncio.create_task(leaf(f"{path}.{i}", seconds * (i + 1))) for i in range(n)]
        results = await asyncio.gather(*kids)
        print(el(), path, "branch done")
        return sum(results)
    except asyncio.CancelledError:
        print(el(), path, "branch cancelled")
        raise
    finally:
        print(el(), path, "branch cleanup")

async def root():
    try:
        a = asyncio.create_task(branch("A", 2, 0.1))
        b = asyncio.create_task(branch("B", 2, 0.4))
        return await a + await b
    finally:
        print(el(), "root cleanup")

async def main():
    r = asyncio.create_task(root(), name="root")
    await asyncio.sleep(0.5)
    print(el(), "main: cancelling root")
    r.cancel()
    try:
        await r
    except asyncio.CancelledError:
        print(el(), "main: root cancelled =", r.cancelled())
    print(el(), "leftover tasks:", len(asyncio.all_tasks()) - 1)

asyncio.run(main())
