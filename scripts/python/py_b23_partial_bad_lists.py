import asyncio
async def work(n):
    await asyncio.sleep(0.01 * n)
    print("work", n, "done")
    return n
async def main():
    for label, make in [("gather", lambda: asyncio.gather(work(1), work(2), None)),
                        ("gather return_exceptions", lambda: asyncio.gather(work(4), 5, return_exceptions=True))]:
        try:
            make()
            print(label, "accepted")
        except TypeError as e:
            print(label, "TypeError")
    await asyncio.sleep(0.1)
    print("left", len(asyncio.all_tasks()))
asyncio.run(main())
print("run returned")
