import asyncio
def names():
    return sorted(t.get_name() for t in asyncio.all_tasks())
async def w():
    try:
        await asyncio.sleep(10)
    finally:
        print("in finally:", names())
        await asyncio.sleep(0)
        print("finally done")
async def main():
    t = asyncio.create_task(w(), name="w")
    await asyncio.sleep(0)
    print("before cancel:", names())
    t.cancel()
    print("after cancel:", names())
    await asyncio.sleep(0)
    print("while unwinding:", names(), t.done())
    await asyncio.sleep(0)
    print("after:", names(), t.done())
    q = asyncio.create_task(asyncio.sleep(0), name="q")
    q.cancel()
    print("cancelled-before-start still listed:", names())
    await asyncio.sleep(0)
    print("end:", names())
asyncio.run(main())
