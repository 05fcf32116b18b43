# concurrent.futures.wait with FIRST_COMPLETED / ALL_COMPLETED and a timeout, outside asyncio
import time
from concurrent.futures import ThreadPoolExecutor, wait, FIRST_COMPLETED, ALL_COMPLETED, FIRST_EXCEPTION

def job(n, fail=False):
    time.sleep(n)
    if fail:
        raise OSError(f"job {n} failed")
    return n

with ThreadPoolExecutor(max_workers=4) as ex:
    fs = [ex.submit(job, 0.2), ex.submit(job, 0.05), ex.submit(job, 0.3)]
    done, not_done = wait(fs, return_when=FIRST_COMPLETED)
    print("first:", [f.result() for f in done], len(not_done))
    done, not_done = wait(fs, timeout=0.01)
    print("after short timeout:", len(done), len(not_done))
    done, not_done = wait(fs, return_when=ALL_COMPLETED)
    print("all:", sorted(f.result() for f in done), len(not_done))
    fs2 = [ex.submit(job, 0.05, True), ex.submit(job, 0.3)]
    done, not_done = wait(fs2, return_when=FIRST_EXCEPTION)
    print("first exception:", len(done), len(not_done), type(fs2[0].exception()).__name__, fs2[0].exception())
print("states", fs2[1].done(), fs2[1].result())
