import asyncio
async def main():
    for ms in [-1, 0]:
        q = asyncio.Queue(maxsize=ms)
        for i in range(5):
            q.put_nowait(i)
        print("maxsize", ms, "->", q.maxsize, "qsize", q.qsize(), "full", q.full())
    q = asyncio.Queue(2)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("get_nowait empty:", type(e).__name__, repr(str(e)), isinstance(e, Exception))
    q.put_nowait("a"); q.put_nowait("b")
    try:
        q.put_nowait("c")
    except asyncio.QueueFull as e:
        print("put_nowait full:", type(e).__name__, repr(str(e)))
    print("after full: qsize", q.qsize(), q.get_nowait(), q.get_nowait())
    for cls in [asyncio.LifoQueue, asyncio.PriorityQueue]:
        q = cls(1)
        try:
            q.get_nowait()
        except asyncio.QueueEmpty as e:
            print(cls.__name__, "empty", type(e).__name__)
        q.put_nowait(1)
        try:
            q.put_nowait(2)
        except asyncio.QueueFull as e:
            print(cls.__name__, "full", type(e).__name__)
    q = asyncio.Queue()
    q.put_nowait(1)
    q.get_nowait()
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print("task_done:", type(e).__name__, e)
    await q.join()
    print("join returns")
asyncio.run(main())
