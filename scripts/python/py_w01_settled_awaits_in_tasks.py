# Tasks whose coroutines first await helpers that return without suspending: each task's step runs on
# through them (a, a, b, b), after the callbacks queued before it; a task cancelled before it started never
# runs; a call that woke another task first keeps going before that task runs.
import asyncio

cache = {1: "one", 2: "two"}


async def lookup(k):
    return cache[k]


async def bad():
    raise ValueError("boom")


async def worker(name):
    a = await lookup(1)
    print(name, "got", a)
    b = await lookup(2)
    print(name, "got", b)
    await asyncio.sleep(0.1)
    print(name, "done")
    return name


async def nested(name):
    x = await two_lookups()
    print(name, "nested", x)
    return x


async def two_lookups():
    a = await lookup(1)
    b = await lookup(2)
    return a + "+" + b


async def failing(name):
    try:
        await bad()
    except ValueError as e:
        print(name, "caught", e)
    await lookup(1)
    print(name, "after")


async def waiter(ev):
    await ev.wait()
    print("waiter woke")


async def setter(ev):
    ev.set()
    v = await lookup(2)
    print("setter goes on with", v)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(print, "callback")
    r = await asyncio.gather(worker("A"), worker("B"))
    print(",".join(r))
    t1 = asyncio.create_task(worker("C"))
    t2 = asyncio.create_task(failing("D"))
    print("made")
    t3 = asyncio.create_task(worker("E"))
    t3.cancel()
    await asyncio.sleep(0)
    print("main resumed")
    print(await t1, await t2)
    try:
        await t3
    except asyncio.CancelledError:
        print("E cancelled", t3.cancelled())
    print("direct", await lookup(2))
    print(await asyncio.gather(nested("N1"), nested("N2")))
    ev = asyncio.Event()
    w = asyncio.create_task(waiter(ev))
    await asyncio.sleep(0)
    s = asyncio.create_task(setter(ev))
    await asyncio.gather(w, s)
    async with asyncio.TaskGroup() as tg:
        tg.create_task(worker("F"))
        tg.create_task(worker("G"))
    print("group done")


asyncio.run(main())
