import asyncio

async def some_coro(param):
    await asyncio.sleep(0.1 * (10 - param))
    print(f"some_coro({param}) done")

async def main():
    background_tasks = set()

    for i in range(10):
        task = asyncio.create_task(some_coro(param=i))

        # Add task to the set. This creates a strong reference.
        background_tasks.add(task)

        # To prevent keeping references to finished tasks forever,
        # make each task remove its own reference from the set after
        # completion:
        task.add_done_callback(background_tasks.discard)

    print(len(background_tasks))
    await asyncio.sleep(0.55)
    print(len(background_tasks))
    await asyncio.sleep(1)
    print(len(background_tasks))

asyncio.run(main())
