# A call that makes a task before its own first await of a settled helper: Python starts the call's task
# first, then the task it made; each runs on through its settled awaits in its own turn.
import asyncio

async def get(x):
    return x

async def sub(name):
    v = await get(name)
    print("sub", v, "step 1")
    v = await get(v)
    print("sub", v, "step 2")

async def worker(name):
    t = asyncio.create_task(sub(name + ".sub"))
    v = await get(name)
    print("worker", v, "step 1")
    v = await get(v)
    print("worker", v, "step 2")
    await t

async def main():
    asyncio.get_running_loop().call_soon(print, "callback")
    await asyncio.gather(worker("a"), worker("b"))

asyncio.run(main())
