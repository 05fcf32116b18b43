# concurrent.futures.wait with FIRST_COMPLETED, FIRST_EXCEPTION and timeout
import time
from concurrent.futures import ThreadPoolExecutor, wait, FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED

def job(name, d, fail=False):
    time.sleep(d)
    if fail:
        raise KeyError(name)
    return name

with ThreadPoolExecutor(max_workers=4) as ex:
    fs = [ex.submit(job, "slow", 0.3), ex.submit(job, "fast", 0.05)]
    done, not_done = wait(fs, return_when=FIRST_COMPLETED)
    print("first completed:", [f.result() for f in done], len(not_done))
    fs2 = [ex.submit(job, "x", 0.2), ex.submit(job, "boom", 0.05, True)]
    done, not_done = wait(fs2, return_when=FIRST_EXCEPTION)
    print("first exception:", len(done), len(not_done), [type(f.exception()).__name__ for f in done])
    done, not_done = wait(fs + fs2, timeout=0.01)
    print("timeout:", len(done), len(not_done))
    done, not_done = wait(fs + fs2, return_when=ALL_COMPLETED)
    print("all:", len(done), len(not_done))
