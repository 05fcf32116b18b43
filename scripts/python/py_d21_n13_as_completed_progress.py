import asyncio
async def download(i):
    d = [0.3, 0.1, 0.25, 0.05, 0.2][i]
    await asyncio.sleep(d)
    return i, d
async def main():
    loop = asyncio.get_running_loop(); t0 = loop.time()
    coros = [download(i) for i in range(5)]
    done = 0
    for fut in asyncio.as_completed(coros):
        i, d = await fut
        done += 1
        print(f"{done}/5 item {i} ({d}s) at {round(loop.time()-t0, 2)}")
    print("all done", round(loop.time()-t0, 1))
asyncio.run(main())
