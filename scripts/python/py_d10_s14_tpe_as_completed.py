# Seed 003 "方法三": concurrent.futures.as_completed returns futures in completion order; a failing job
import time
from concurrent.futures import ThreadPoolExecutor, as_completed

def a(n):
    time.sleep(n)
    if n == 0.1:
        raise ValueError(f"bad {n}")
    return n

executor = ThreadPoolExecutor(max_workers=10)
sp = [0.3, 0.2, 0.1, 0.05]
jobs = [executor.submit(a, s) for s in sp]
order = []
for future in as_completed(jobs):
    try:
        data = future.result()
        print("data", data)
    except ValueError as e:
        print("error", type(e).__name__, e)
    order.append(jobs.index(future))
print(*order)
print(jobs[2].exception().args[0], jobs[0].exception())
executor.shutdown(wait=True)
