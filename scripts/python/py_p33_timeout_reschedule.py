import asyncio, time

t0 = time.time()
def el():
    return f"{time.time() - t0:.1f}"

async def stream(chunks):
    for secs in chunks:
        await asyncio.sleep(secs)
        yield secs

async def download(label, chunks, idle):
    loop = asyncio.get_running_loop()
    got = 0
    try:
        async with asyncio.timeout(idle) as cm:
            async for _ in stream(chunks):
                got += 1
                cm.reschedule(loop.time() + idle)
                print(el(), label, "chunk", got)
        print(el(), label, "complete", got)
    except TimeoutError:
        print(el(), label, "stalled after", got, "chunks")

async def main():
    await download("d1", [0.1, 0.2, 0.1, 0.2], 0.3)
    await download("d2", [0.1, 0.2, 0.4, 0.1], 0.3)
    async with asyncio.timeout(None) as cm:
        print(el(), "no deadline:", cm.when())
        cm.reschedule(asyncio.get_running_loop().time() + 0.1)
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print(el(), "inner saw cancel")
            raise
try:
    asyncio.run(main())
except TimeoutError:
    print(el(), "outer TimeoutError")
