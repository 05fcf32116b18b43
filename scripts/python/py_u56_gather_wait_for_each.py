import asyncio, time

t0 = time.time()
def el():
    return f"{int((time.time() - t0) * 10 + 0.05) / 10:.1f}"  # tenths elapsed (floored: robust to real-time drift)

LAT = {"/a": 0.1, "/b": 0.4, "/c": 0.2, "/d": 0.6, "/e": 0.07}

async def fetch(url):
    try:
        await asyncio.sleep(LAT[url])
        if url == "/c":
            raise ConnectionResetError(f"{url} reset by peer")
        return f"200 {url}"
    except asyncio.CancelledError:
        print(el(), "abandoned", url)
        raise

async def main():
    urls = list(LAT)
    results = await asyncio.gather(*[asyncio.wait_for(fetch(u), 0.3) for u in urls], return_exceptions=True)
    for u, r in zip(urls, results):
        kind = "ok" if isinstance(r, str) else type(r).__name__
        print(el(), u, kind, r if isinstance(r, str) else (str(r) or "-"))
    ok = sum(isinstance(r, str) for r in results)
    print(el(), f"{ok}/{len(urls)} succeeded")

asyncio.run(main())
