import asyncio

async def foo():
    return 42

async def main():
    task = asyncio.create_task(foo())
    done, pending = await asyncio.wait({task})

    if task in done:
        # Everything will work as expected now.
        print("task in done:", task.result(), len(done), len(pending))

asyncio.run(main())
