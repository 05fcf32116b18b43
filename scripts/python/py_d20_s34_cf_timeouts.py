# concurrent.futures timeouts: result(timeout), exception(timeout), as_completed(timeout) messages
import time
from concurrent.futures import ThreadPoolExecutor, as_completed

def job(d):
    time.sleep(d)
    return d

with ThreadPoolExecutor(max_workers=3) as ex:
    f = ex.submit(job, 0.2)
    try:
        f.result(timeout=0.02)
    except TimeoutError as e:
        print("result timeout:", type(e).__name__, repr(str(e)))
    try:
        f.exception(timeout=0.02)
    except TimeoutError as e:
        print("exception timeout:", type(e).__name__, repr(str(e)))
    fs = [ex.submit(job, 0.05), ex.submit(job, 0.3)]
    try:
        for g in as_completed(fs, timeout=0.15):
            print("completed", g.result())
    except TimeoutError as e:
        print("as_completed timeout:", str(e))
    print("final", f.result())
