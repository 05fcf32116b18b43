import asyncio
async def main():
    for label, make in [("Semaphore(-1)", lambda: asyncio.Semaphore(-1)),
                        ("BoundedSemaphore(-1)", lambda: asyncio.BoundedSemaphore(-1)),
                        ("Semaphore(0)", lambda: asyncio.Semaphore(0)),
                        ("Semaphore()", lambda: asyncio.Semaphore())]:
        try:
            s = make()
            print(label, "ok locked", s.locked())
        except Exception as e:
            print(label, type(e).__name__, e)
    s = asyncio.Semaphore(1)
    s.release()
    s.release()
    print("Semaphore released past initial: locked", s.locked())
    await s.acquire(); await s.acquire(); await s.acquire()
    print("acquired 3 times, locked", s.locked())
    b = asyncio.BoundedSemaphore(2)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("bounded", type(e).__name__, e)
    print("bounded locked", b.locked())
    try:
        async with b:
            raise KeyError("inside")
    except KeyError as e:
        print("error inside with, released?", not b.locked())
asyncio.run(main())
