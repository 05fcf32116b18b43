import asyncio
async def job(name, d):
    await asyncio.sleep(d)
    if name == "bad":
        raise ValueError("bad job")
    return name
async def main():
    loop = asyncio.get_running_loop(); t0 = loop.time()
    pending = {asyncio.create_task(job(n, d), name=n) for n, d in [("x", 0.3), ("bad", 0.1), ("y", 0.2), ("z", 0.45)]}
    while pending:
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        for t in sorted(done, key=lambda t: t.get_name()):
            if t.exception():
                print(f"[{round(loop.time()-t0, 1)}] {t.get_name()} failed: {t.exception()!r}")
            else:
                print(f"[{round(loop.time()-t0, 1)}] {t.get_name()} -> {t.result()}")
        print("still pending", len(pending))
asyncio.run(main())
