# max_workers=1: cancelling the asyncio future of a queued run_in_executor job stops it from running;
# cancelling a wrap_future of a queued submit cancels the concurrent future too
import asyncio
import time
from concurrent.futures import ThreadPoolExecutor

def job(i):
    time.sleep(0.1)
    print("job ran", i)
    return i

async def main():
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(max_workers=1) as pool:
        f0 = loop.run_in_executor(pool, job, 0)
        f1 = loop.run_in_executor(pool, job, 1)
        cf2 = pool.submit(job, 2)
        f2 = asyncio.wrap_future(cf2)
        f3 = loop.run_in_executor(pool, job, 3)
        await asyncio.sleep(0.02)
        print("cancel f1", str(f1.cancel()).lower())
        print("cancel f2", str(f2.cancel()).lower())
        await asyncio.sleep(0)
        print("cf2 cancelled", str(cf2.cancelled()).lower())
        res = await asyncio.gather(f0, f1, f2, f3, return_exceptions=True)
        print([r if isinstance(r, int) else type(r).__name__ for r in res])

asyncio.run(main())
