# Seed 000: ensure_future for each request, then main waits "the clumsy way" (sleep) so the tasks finish.
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
        asyncio.ensure_future(run(url, i))
    # 笨办法: wait for every task
    await asyncio.sleep(2)

start = time.time()
loop = asyncio.get_event_loop()
loop.run_until_complete(main(3, "http://127.0.0.1:8000/"))
print("耗时:", round(time.time() - start, 1))
