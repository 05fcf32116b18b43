import asyncio
q = None
async def a(): print("a got", await q.get())
async def b():
    await asyncio.sleep(0.01)
    q.put_nowait("x")
    try:
        print("b got", await asyncio.wait_for(q.get(), 0.3))
    except TimeoutError:
        print("b timed out")
async def main():
    global q
    q = asyncio.Queue()
    await asyncio.gather(a(), b())
    print("done")
asyncio.run(main())
