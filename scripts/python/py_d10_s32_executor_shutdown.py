# Executor lifecycle: submit after shutdown raises RuntimeError; cancel a queued future; shutdown(wait=False)
import time
from concurrent.futures import ThreadPoolExecutor, CancelledError

def job(n):
    time.sleep(n)
    return n

ex = ThreadPoolExecutor(max_workers=1)
f1 = ex.submit(job, 0.1)
f2 = ex.submit(job, 0.1)
print("cancel queued:", str(f2.cancel()).lower(), str(f2.cancelled()).lower())
try:
    f2.result()
except CancelledError:
    print("f2 result -> CancelledError")
print("f1", f1.result())
ex.shutdown(wait=False)
try:
    ex.submit(job, 0)
except RuntimeError as e:
    print("RuntimeError:", e)
with ThreadPoolExecutor(max_workers=2) as ex2:
    fs = [ex2.submit(job, 0.05) for _ in range(3)]
print("after with:", str(all(f.done() for f in fs)).lower(), str([f.result() for f in fs] == [0.05] * 3).lower())
