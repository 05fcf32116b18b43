import asyncio
class Boom(Exception):
    pass
async def fails():
    await asyncio.sleep(0.01)
    raise Boom("kaput")
async def main():
    t = asyncio.create_task(fails())
    t.add_done_callback(lambda f: print("cb1 sees", type(f.exception()).__name__, f.exception()))
    async def awaiter():
        try:
            await t
        except Boom as e:
            print("awaiter caught", e, "same object", e is t.exception())
    a = asyncio.create_task(awaiter())
    await asyncio.sleep(0)
    t.add_done_callback(lambda f: print("cb2 after awaiter registered"))
    await a
    print("done", t.done(), "cancelled", t.cancelled())
    e1 = t.exception()
    try:
        t.result()
    except Boom as e2:
        print("result() raises same", e1 is e2)
    print("cancel failed task", t.cancel(), "cancelling", t.cancelling())
asyncio.run(main())
