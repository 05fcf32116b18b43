# An error raised in a thread function reaches the awaiting coroutine with its type and message
import asyncio, time

def parse(text):
    time.sleep(0.05)
    return int(text)

def check(n):
    time.sleep(0.05)
    if n > 2:
        raise KeyError(f"too big: {n}")
    return n

async def main():
    try:
        await asyncio.to_thread(check, 5)
    except KeyError as e:
        print("KeyError caught", e.args[0])
    results = await asyncio.gather(asyncio.to_thread(check, 1), asyncio.to_thread(check, 3),
                                   asyncio.to_thread(check, 2), return_exceptions=True)
    for r in results:
        print(type(r).__name__, r if not isinstance(r, Exception) else r.args[0])
    loop = asyncio.get_running_loop()
    try:
        await loop.run_in_executor(None, check, 9)
    except KeyError as e:
        print("executor KeyError", e.args[0])

asyncio.run(main())
