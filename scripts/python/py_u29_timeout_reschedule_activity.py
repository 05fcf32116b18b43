import asyncio, time

t0 = time.time()
def el():
    return f"{int((time.time() - t0) * 10 + 0.05) / 10:.1f}"  # tenths elapsed (floored: robust to real-time drift)

async def download(chunks):
    """Each chunk arrival extends the idle deadline; a stall longer than the window aborts."""
    loop = asyncio.get_running_loop()
    received = []
    try:
        async with asyncio.timeout(0.15) as cm:
            for i, gap in enumerate(chunks):
                await asyncio.sleep(gap)
                received.append(i)
                cm.reschedule(loop.time() + 0.15)
                print(el(), "chunk", i, "deadline pushed")
        print(el(), "download complete", received, "expired:", cm.expired())
    except TimeoutError:
        print(el(), "stalled after", received, "expired:", cm.expired())
    return len(received)

async def with_overall_cap(chunks, cap):
    try:
        async with asyncio.timeout(cap):
            return await download(chunks)
    except TimeoutError:
        print(el(), "overall cap hit")
        return -1

async def main():
    print(el(), "A:", await download([0.1, 0.1, 0.1, 0.1]))
    print(el(), "B:", await download([0.1, 0.1, 0.2, 0.1]))
    print(el(), "C:", await with_overall_cap([0.1] * 8, 0.37))
    async with asyncio.timeout(None) as cm:
        print(el(), "no deadline:", cm.when())
        cm.reschedule(asyncio.get_running_loop().time() + 0.1)
        try:
            await asyncio.sleep(0.3)
        except asyncio.CancelledError:
            print(el(), "inner saw cancel")
            raise
        print("unreachable")

try:
    asyncio.run(main())
except TimeoutError:
    print(el(), "main timed out at top level")
