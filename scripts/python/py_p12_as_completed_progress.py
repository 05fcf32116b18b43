import asyncio, time

t0 = time.time()
def el():
    return f"{time.time() - t0:.1f}"

async def crawl(url, seconds):
    await asyncio.sleep(seconds)
    if "bad" in url:
        raise ValueError(f"cannot parse {url}")
    return url, len(url) * 10

async def main():
    jobs = [("https://a.example", 0.4), ("https://bad.example", 0.2), ("https://ccc.example", 0.1), ("https://dd.example", 0.3), ("https://e.example", 0.6)]
    total = len(jobs)
    done = 0
    pages = {}
    for fut in asyncio.as_completed([crawl(u, s) for u, s in jobs], timeout=0.5):
        try:
            url, size = await fut
            pages[url] = size
            status = f"ok {url} {size}"
        except ValueError as e:
            status = f"error {e}"
        except asyncio.TimeoutError:
            status = "timeout"
            done += 1
            print(el(), f"[{done}/{total}] {status}")
            break
        done += 1
        print(el(), f"[{done}/{total}] {status}")
    print(el(), "collected", len(pages), "pages, total size", sum(pages.values()))
    await asyncio.sleep(0.3)
    print(el(), "end")

asyncio.run(main())
