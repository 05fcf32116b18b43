# executor.map re-raises a job's error when the iteration reaches it; dicts travel to and from threads
import time
from concurrent.futures import ThreadPoolExecutor

def handle(req):
    time.sleep(req["delay"])
    if req["id"] == 2:
        raise ValueError(f"bad request {req['id']}")
    return {"id": req["id"], "status": 200, "tags": sorted(req["tags"])}

reqs = [{"id": i, "delay": 0.05 * (3 - i), "tags": ["b", "a", str(i)]} for i in range(4)]
with ThreadPoolExecutor(max_workers=4) as ex:
    it = ex.map(handle, reqs)
    try:
        for r in it:
            print(r["id"], r["status"], *r["tags"])
    except ValueError as e:
        print("map stopped:", e)
    futs = [ex.submit(handle, r) for r in reqs]
    print(*[f.result()["id"] if f.exception() is None else "err" for f in futs])
