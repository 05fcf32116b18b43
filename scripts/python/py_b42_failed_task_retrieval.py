import asyncio
class Boom(Exception):
    pass
async def bad(tag):
    await asyncio.sleep(0.01)
    raise Boom(tag)
async def main():
    t1 = asyncio.create_task(bad("a"))
    t2 = asyncio.create_task(bad("b"))
    t3 = asyncio.create_task(bad("c"))
    await asyncio.sleep(0.05)
    print("t1.exception():", type(t1.exception()).__name__, t1.exception())
    s = asyncio.shield(t2)
    print("shield of done task is the task", s is t2)
    try:
        await s
    except Boom as e:
        print("await shield ->", type(e).__name__, e)
    for to in [0, -1, None]:
        try:
            await asyncio.wait_for(t3, to)
        except Boom as e:
            print("wait_for(done failed, %r) ->" % (to,), type(e).__name__, e)
    f = asyncio.get_running_loop().create_future()
    f.set_exception(Boom("f"))
    print("future exception():", f.exception())
    print("end")
asyncio.run(main())
