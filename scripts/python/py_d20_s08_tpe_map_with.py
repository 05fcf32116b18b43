# ThreadPoolExecutor as a with-block, map returns results in order; order of prints by completion
import time
from concurrent.futures import ThreadPoolExecutor

def work(d):
    time.sleep(d)
    return f"slept {d}"

with ThreadPoolExecutor(max_workers=3) as ex:
    for r in ex.map(work, [0.15, 0.05, 0.1]):
        print(r)
    squares = list(ex.map(pow, [1, 2, 3], [2, 2, 2]))
    print(str(squares == [1, 4, 9]).lower())
