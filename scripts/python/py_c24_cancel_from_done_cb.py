import asyncio
async def w(name, d):
    try:
        await asyncio.sleep(d)
        print(name, "finished")
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise
async def main():
    t1 = asyncio.create_task(w("t1", 0.1))
    t2 = asyncio.create_task(w("t2", 1))
    t3 = asyncio.create_task(w("t3", 0.1))
    def on_t1(f):
        print("cb: cancel t2 ->", t2.cancel(), "cancel t3 ->", t3.cancel())
    t1.add_done_callback(on_t1)
    res = await asyncio.gather(t1, t2, t3, return_exceptions=True)
    print([type(x).__name__ if isinstance(x, BaseException) else x for x in res])
asyncio.run(main())
