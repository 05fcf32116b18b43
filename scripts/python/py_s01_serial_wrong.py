# Seed 000 "首先看一个错误的例子": coroutines awaited one after another run serially (3 s).
# asyncio.sleep stands in for the aiohttp request to the article's test server.
import asyncio
import time

async def get(url):
    await asyncio.sleep(1)
    return "ok"

async def run(url, id):
    resp = await get(url)
    print("响应内容", id, resp)
    return id

async def main(workers, url):
    for i in range(workers):
        await run(url, i)

start = time.time()
loop = asyncio.get_event_loop()
loop.run_until_complete(main(3, "http://127.0.0.1:8000/"))
print("耗时:", round(time.time() - start, 1))
