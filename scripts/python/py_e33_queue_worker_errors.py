import asyncio
async def worker(name, q, errors):
    while True:
        item = await q.get()
        try:
            await asyncio.sleep(0.01 * item)
            if item % 3 == 0:
                raise ValueError(f"bad item {item}")
            print(name, "processed", item)
        except ValueError as e:
            errors.append(str(e))
            print(name, "error", str(e))
        finally:
            q.task_done()
async def main():
    q = asyncio.Queue()
    errors = []
    for i in range(1, 8):
        q.put_nowait(i)
    ws = [asyncio.create_task(worker(f"w{i}", q, errors)) for i in range(2)]
    await q.join()
    print("errors", errors)
    for w in ws:
        w.cancel()
    r = await asyncio.gather(*ws, return_exceptions=True)
    print([type(x).__name__ for x in r])
    try:
        q.task_done()
    except ValueError as e:
        print(type(e).__name__, str(e))
asyncio.run(main())
