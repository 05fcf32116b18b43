# Seed 003 "asyncio 使用最佳实践": create_task x2, then the three ways: direct await, gather, as_completed.
# asyncio.sleep stands in for the aiohttp request (google answers first).
import asyncio
import time

async def fetch_status(url: str) -> dict:
    await asyncio.sleep(0.2 if "apple" in url else 0.1)
    return {"status": 200, "url": url}

async def main() -> None:
    start = time.time()
    apple_task = asyncio.create_task(fetch_status("https://www.apple.com"))
    google_task = asyncio.create_task(fetch_status("https://www.google.com"))
    tasks = [apple_task, google_task]
    for future in asyncio.as_completed(tasks):
        result = await future
        print(result["url"], round(time.time() - start, 1))
    results = await asyncio.gather(*tasks)
    for result in results:
        print(result["url"])
    print(apple_task.result()["url"], google_task.result()["url"])

if __name__ == "__main__":
    asyncio.run(main())
