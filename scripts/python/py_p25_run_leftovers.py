import asyncio, time

t0 = time.time()
def el():
    return f"{time.time() - t0:.1f}"

async def background(name, seconds):
    try:
        print(el(), name, "started")
        await asyncio.sleep(seconds)
        print(el(), name, "finished")
    except asyncio.CancelledError:
        print(el(), name, "cancelled by asyncio.run")
        await asyncio.sleep(0.1)
        print(el(), name, "cleanup done")
        raise
    finally:
        print(el(), name, "finally")

async def main():
    asyncio.create_task(background("short", 0.1))
    asyncio.create_task(background("long", 5))
    asyncio.create_task(background("forever", 100))
    await asyncio.sleep(0.2)
    print(el(), "main returns")
    return 42

r = asyncio.run(main())
print(el(), "run result", r)
async def second():
    await asyncio.sleep(0.1)
    return "again"
print(el(), "second run", asyncio.run(second()))
