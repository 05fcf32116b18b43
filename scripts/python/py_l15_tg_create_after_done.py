import asyncio
async def noop():
    return 1
async def main():
    tg = asyncio.TaskGroup()
    print(repr(tg))
    c = noop()
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print("not entered:", e)
    c.close()
    async with tg:
        t = tg.create_task(noop())
        print("inside", repr(tg))
    print("after", repr(tg), t.result())
    c = noop()
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print("finished:", e)
    c.close()
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print("re-enter:", e)
asyncio.run(main())
