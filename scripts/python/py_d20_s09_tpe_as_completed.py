# concurrent.futures.as_completed: completion order, with-block, exception in a job
import time
from concurrent.futures import ThreadPoolExecutor, as_completed

def job(name, d):
    time.sleep(d)
    if name == "bad":
        raise ValueError("bad job")
    return name

with ThreadPoolExecutor(max_workers=4) as ex:
    futs = {ex.submit(job, n, d): n for n, d in [("slow", 0.3), ("fast", 0.05), ("bad", 0.15), ("mid", 0.2)]}
    for f in as_completed(futs):
        name = futs[f]
        try:
            print("completed", name, f.result())
        except ValueError as e:
            print("failed", name, e)
