import asyncio
async def work():
    await asyncio.sleep(0.5)
    print("shielded work finished")
    return "w"
async def caller():
    return await asyncio.shield(work())
async def main():
    c = asyncio.create_task(caller(), name="caller")
    await asyncio.sleep(0.1)
    c.cancel()
    try:
        await c
    except asyncio.CancelledError:
        print("caller cancelled")
    print("tasks:", sorted(t.get_name() for t in asyncio.all_tasks()))
    await asyncio.sleep(1)
    print("tasks:", sorted(t.get_name() for t in asyncio.all_tasks()))
asyncio.run(main())
