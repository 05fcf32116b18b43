# Seed 003: async_get_content wraps run_in_executor (own pool each); main iterates as_completed.
import asyncio
import time
from concurrent.futures import ThreadPoolExecutor

def get_content(url):
    time.sleep(1 if "apple" in url else 0.5)
    return "content of " + url

async def async_get_content(loop, url):
    with ThreadPoolExecutor() as pool:
        result = await loop.run_in_executor(pool, get_content, url)
        return result

async def main():
    start = time.time()
    loop = asyncio.get_running_loop()
    gather_google = async_get_content(loop, "https://google.com")
    gather_apple = async_get_content(loop, "https://apple.com")
    tasks = [gather_apple, gather_google]
    for future in asyncio.as_completed(tasks):
        result = await future
        print(result, round(time.time() - start, 1))

if __name__ == "__main__":
    asyncio.run(main())
