import asyncio
async def worker(n):
    try:
        await asyncio.sleep(n)
        print("worker", n, "done")
    except asyncio.CancelledError:
        print("worker", n, "cancelled")
        raise
async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.25, loop.stop)
    ws = [asyncio.create_task(worker(n / 10)) for n in (1, 2, 3, 4)]
    try:
        await asyncio.gather(*ws)
    finally:
        print("main finally")
try:
    asyncio.run(main())
except RuntimeError as e:
    print("RuntimeError:", e)
