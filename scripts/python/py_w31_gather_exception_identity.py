import asyncio
class Boom(Exception):
    pass
async def bad(n, d):
    await asyncio.sleep(d)
    raise Boom(f"boom{n}")
async def main():
    t1 = asyncio.create_task(bad(1, 0.2))
    t2 = asyncio.create_task(bad(2, 0.1))
    try:
        await asyncio.gather(t1, t2)
    except Boom as e:
        print("raised", e, "is t2's", e is t2.exception())
    r = await asyncio.gather(t1, t2, return_exceptions=True)
    print("same objects", r[0] is t1.exception(), r[1] is t2.exception())
    t3 = asyncio.create_task(bad(3, 0.1))
    try:
        await asyncio.wait_for(t3, 1)
    except Boom as e:
        print("wait_for raised same", e is t3.exception())
    try:
        await asyncio.shield(t3)
    except Boom as e:
        print("shield raised same", e is t3.exception())
    for f in asyncio.as_completed([t3]):
        try:
            await f
        except Boom as e:
            print("as_completed raised same", e is t3.exception())
asyncio.run(main())
