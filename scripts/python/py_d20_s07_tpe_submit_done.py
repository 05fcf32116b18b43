# ThreadPoolExecutor submit / done / result / running, blocking, no asyncio
import time
import builtins

def print(*a):
    builtins.print(*[str(x).lower() if isinstance(x, bool) else ("undefined" if x is None else x) for x in a])
from concurrent.futures import ThreadPoolExecutor

def a(n):
    time.sleep(n)
    print(f"sleep_{n}")
    return round(n * 100)

executor = ThreadPoolExecutor(max_workers=4)
z = executor.submit(a, 0.1)
print("done right away", z.done())
time.sleep(0.2)
print("done after 0.2", z.done(), z.running())
print("result", z.result())
futs = [executor.submit(a, d) for d in (0.15, 0.05)]
print("results", ", ".join(str(round(f.result())) for f in futs))
print("exception is None", futs[0].exception() is None)
executor.shutdown()
print("shutdown", all(f.done() for f in futs))
