import asyncio, time

t0 = time.time()
def el():
    return f"{time.time() - t0:.1f}"

class HTTPError(Exception):
    def __init__(self, status, url):
        super().__init__(f"{status} for {url}")
        self.status = status

async def get(url, seconds, status=200):
    print(el(), "GET", url)
    await asyncio.sleep(seconds)
    if status == 200:
        return f"<html {url}>"
    if status == 0:
        raise asyncio.TimeoutError()
    raise HTTPError(status, url)

async def main():
    specs = [("/home", 0.1, 200), ("/missing", 0.2, 404), ("/slow", 0.3, 0), ("/about", 0.15, 200), ("/boom", 0.05, 500)]
    results = await asyncio.gather(*(get(u, s, st) for u, s, st in specs), return_exceptions=True)
    ok, failed = [], []
    for (url, _, _), r in zip(specs, results):
        if isinstance(r, BaseException):
            failed.append(url)
            kind = type(r).__name__
            detail = getattr(r, "status", "-")
            print(el(), f"FAIL {url}: {kind} status={detail} msg='{r}'")
        else:
            ok.append(url)
            print(el(), f"OK   {url}: {r}")
    print(el(), "ok:", ",".join(ok), "failed:", ",".join(failed))
    try:
        await asyncio.gather(get("/x", 0.1, 503), get("/y", 0.2))
    except HTTPError as e:
        print(el(), "without return_exceptions:", e.status, e)
    await asyncio.sleep(0.2)
    print(el(), "end")

asyncio.run(main())
