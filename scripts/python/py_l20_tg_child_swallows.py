import asyncio
async def fail():
    await asyncio.sleep(0.1)
    raise ValueError("boom")
async def swallower():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("swallower swallows")
        return "swallowed"
async def quick():
    await asyncio.sleep(0.05)
    return "quick"
async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            q = tg.create_task(quick(), name="q")
            s = tg.create_task(swallower(), name="s")
            f = tg.create_task(fail(), name="f")
            print("names", q.get_name(), s.get_name(), f.get_name())
    except* ValueError as eg:
        print("group:", [str(e) for e in eg.exceptions])
    print("q", q.result(), "s", s.cancelled(), s.result(), "f", f.done(), type(f.exception()).__name__)
asyncio.run(main())
