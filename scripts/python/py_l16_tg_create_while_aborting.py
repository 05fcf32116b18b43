import asyncio
async def fail():
    await asyncio.sleep(0.1)
    raise ValueError("child failed")
async def late():
    print("late child runs")
async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail())
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("body cancelled;", repr(tg))
                c = late()
                try:
                    tg.create_task(c)
                except RuntimeError as e:
                    print("create while aborting:", e)
                c.close()
                raise
    except* ValueError as eg:
        print("group raised", [str(e) for e in eg.exceptions])
asyncio.run(main())
