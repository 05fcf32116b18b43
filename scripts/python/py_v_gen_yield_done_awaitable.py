import asyncio, types
async def other(tag):
    print("  other task runs", tag)
async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.set_result("F")
    ev = asyncio.Event()
    ev.set()
    q = asyncio.Queue()
    @types.coroutine
    def gen():
        print("gen: done future ->", (yield from fut))
        print("gen: set event ->", (yield from ev.wait()))
        yield from q.put(1)
        print("gen: put into unbounded queue")
        print("gen: get from non-empty queue ->", (yield from q.get()))
    await asyncio.gather(gen(), other(1), other(2), other(3), other(4))
asyncio.run(main())
