import asyncio
async def leftover(name, cleanup, fail=False):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        if not name.startswith("L"):
            print(name, "cancelled by run", repr(str(e)), "cancelling", asyncio.current_task().cancelling())
        await asyncio.sleep(cleanup)
        print(name, "cleanup finished")
        if fail:
            raise ValueError(name + " failed in cleanup")
        raise
async def swallowing_leftover():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        pass
    print("swallower swallowed the run's cancel")
    await asyncio.sleep(0.05)
    print("swallower returns")
    return "ignored"
async def main():
    asyncio.create_task(leftover("L1", 0.1))
    asyncio.create_task(leftover("L2", 0.05))
    asyncio.create_task(swallowing_leftover())
    await asyncio.sleep(0.01)
    print("main returns")
    return "main value"
print("run ->", asyncio.run(main()))
async def main2():
    asyncio.create_task(leftover("M1", 0.02, fail=True))
    await asyncio.sleep(0.01)
    print("main2 returns")
print("run2 ->", asyncio.run(main2()))
async def main3():
    asyncio.create_task(leftover("N1", 0.02))
    await asyncio.sleep(0.01)
    raise KeyError("main3 fails")
try:
    asyncio.run(main3())
except KeyError as e:
    print("run3 raised", type(e).__name__, e)
print("end")
