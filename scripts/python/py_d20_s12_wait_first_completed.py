# wait(FIRST_COMPLETED) in a loop until all done; cancel the stragglers on a deadline
import asyncio

async def fetch(name, d):
    try:
        await asyncio.sleep(d)
        return name
    except asyncio.CancelledError:
        print("cancelled", name)
        raise

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    pending = {asyncio.create_task(fetch(f"n{i}", d), name=f"n{i}") for i, d in enumerate([0.3, 0.1, 0.5, 0.2, 0.9])}
    while pending:
        done, pending = await asyncio.wait(pending, timeout=0.6 - (loop.time() - t0), return_when=asyncio.FIRST_COMPLETED)
        if not done:
            print("deadline at", round(loop.time() - t0, 2), "pending", len(pending))
            for t in sorted(pending, key=lambda t: t.get_name()):
                t.cancel()
            await asyncio.wait(pending)
            break
        for t in sorted(done, key=lambda t: t.get_name()):
            print("done", t.result(), round(loop.time() - t0, 2))

asyncio.run(main())
