import asyncio
async def main():
    for label, item in [("dict", {"x": 1}), ("None", None), ("str vs tuple", "s")]:
        q = asyncio.PriorityQueue()
        q.put_nowait((1, "a"))
        try:
            q.put_nowait(item)
            print(label, "accepted")
        except TypeError as e:
            print(label, type(e).__name__)
    q = asyncio.PriorityQueue()
    q.put_nowait((1, "a"))
    q.put_nowait((0, "b"))
    q.put_nowait((1, "0"))
    print([q.get_nowait() for _ in range(q.qsize())])
    q2 = asyncio.PriorityQueue()
    q2.put_nowait(3)
    try:
        await q2.put("x")
    except TypeError as e:
        print("put", type(e).__name__)
asyncio.run(main())
