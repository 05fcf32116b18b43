# Seed 003 "将asyncio 和 concurrent 多线程结合使用": run_in_executor inside `with ThreadPoolExecutor() as pool`.
# A blocking function that sleeps stands in for requests' session.get.
import asyncio
import time
from concurrent.futures import ThreadPoolExecutor

def get_content(url):
    time.sleep(1)
    return "content of " + url

async def main():
    loop = asyncio.get_running_loop()
    start = time.time()
    with ThreadPoolExecutor() as pool:
        result1 = await loop.run_in_executor(pool, get_content, "https://www.google.com")
        result2 = await loop.run_in_executor(pool, get_content, "https://www.apple.com")
        print(result1)
        print(result2)
    print("elapsed", round(time.time() - start, 1))

if __name__ == "__main__":
    asyncio.run(main())
