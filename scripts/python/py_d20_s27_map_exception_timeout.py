# executor.map: an exception surfaces when its item is reached; map(timeout=) raises TimeoutError
import time
import concurrent.futures
from concurrent.futures import ThreadPoolExecutor

def job(x):
    time.sleep(0.05 * x)
    if x == 2:
        raise ArithmeticError(f"bad {x}")
    return x * 10

with ThreadPoolExecutor(max_workers=4) as ex:
    got = []
    try:
        for r in ex.map(job, [1, 3, 2, 0]):
            got.append(r)
    except ArithmeticError as e:
        print("map raised", e, "after", got)
    try:
        for r in ex.map(job, [6, 1], timeout=0.1):
            print("got", r)
    except concurrent.futures.TimeoutError:
        print("map timed out")
print("end")
