import asyncio

async def other():
    await asyncio.sleep(0)
    return asyncio.get_running_loop()

async def main(tag):
    loop = asyncio.get_running_loop()
    loop.call_later(3600, lambda: print("never runs: the run's loop is closed first"))
    loop.call_soon(lambda: print(tag, "call_soon ran"))
    l2 = await other()
    print(tag, "same loop after the first await", loop is l2)
    print(tag, "get_event_loop is it", loop is asyncio.get_event_loop())
    r = await loop.run_in_executor(None, pow, 2, 10)
    print(tag, "executor", r)
    return loop

first = asyncio.run(main("run 1"))
second = asyncio.run(main("run 2"))
print("runs had different loops", first is not second, "both closed", first.is_closed(), second.is_closed())

