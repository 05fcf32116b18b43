# Seed 003 "方法三": as_completed yields results in completion order; one raises
import asyncio, time

async def fetch_status(url, delay):
    await asyncio.sleep(delay)
    if "bad" in url:
        raise ConnectionError(f"cannot reach {url}")
    return {"status": 200, "url": url}

async def main():
    tasks = [asyncio.create_task(fetch_status(u, d)) for u, d in
             [("apple", 0.3), ("google", 0.1), ("bad.example", 0.2), ("bing", 0.25)]]
    for future in asyncio.as_completed(tasks):
        try:
            result = await future
            print(result["status"], result["url"], round(time.perf_counter() - t0, 2))
        except ConnectionError as e:
            print("error", e, round(time.perf_counter() - t0, 2))

t0 = time.perf_counter()
asyncio.run(main())
