import asyncio

log = []

def p(*a):
    print(*a)

async def leaf(name, d, fail=None):
    p("leaf", name, "start")
    try:
        await asyncio.sleep(d)
        if fail:
            raise fail(name)
        p("leaf", name, "done")
        return name
    except asyncio.CancelledError:
        p("leaf", name, "cancelled")
        raise
    finally:
        p("leaf", name, "finally")

async def mid(name):
    p("mid", name, "start")
    r = await asyncio.gather(leaf(name + ".1", 0.1), leaf(name + ".2", 0.2))
    p("mid", name, "got", r)
    return r

async def outer():
    try:
        async with asyncio.TaskGroup() as tg:
            t1 = tg.create_task(mid("m1"))
            t2 = tg.create_task(leaf("l2", 0.15, ValueError))
            async with asyncio.TaskGroup() as inner:
                inner.create_task(leaf("i1", 0.05))
                inner.create_task(leaf("i2", 0.3))
            p("inner group done")
    except* ValueError as eg:
        p("outer caught", [str(e) for e in eg.exceptions])
    except* asyncio.CancelledError:
        p("outer cancelled?")

async def shielded():
    inner = asyncio.create_task(leaf("sh", 0.2))
    try:
        await asyncio.wait_for(asyncio.shield(inner), 0.1)
    except TimeoutError:
        p("shield timeout; inner cancelled:", inner.cancelled(), "done:", inner.done())
    p("inner result", await inner)

async def nested_timeouts():
    try:
        async with asyncio.timeout(0.3):
            try:
                async with asyncio.timeout(0.1):
                    await leaf("nt", 1)
            except TimeoutError:
                p("inner timeout")
            await leaf("nt2", 1)
    except TimeoutError:
        p("outer timeout")

async def main():
    await outer()
    await shielded()
    await nested_timeouts()
    t = asyncio.create_task(mid("cm"))
    await asyncio.sleep(0.15)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        p("mid cm cancelled", t.cancelled())

asyncio.run(main())
