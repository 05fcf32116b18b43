# max_workers=1: queued futures can be cancelled, the running one cannot; shutdown(wait=True)
import time
import builtins

def print(*a):
    builtins.print(*[str(x).lower() if isinstance(x, bool) else x for x in a])
from concurrent.futures import ThreadPoolExecutor, CancelledError

def job(i):
    time.sleep(0.05)
    print("ran", i)
    return i

ex = ThreadPoolExecutor(max_workers=1)
fs = [ex.submit(job, i) for i in range(4)]
time.sleep(0.02)
print("cancel running:", fs[0].cancel(), "running:", fs[0].running())
print("cancel queued:", fs[2].cancel(), fs[2].cancelled())
try:
    fs[2].result()
except CancelledError:
    print("result of cancelled raises CancelledError")
ex.shutdown(wait=True)
print("states", [("C" if f.cancelled() else f.result()) for f in fs])
try:
    ex.submit(job, 9)
except RuntimeError as e:
    print("after shutdown:", e)
