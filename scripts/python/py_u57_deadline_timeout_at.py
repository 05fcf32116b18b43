import asyncio, time

t0 = time.time()
def el():
    return f"{int((time.time() - t0) * 10 + 0.05) / 10:.1f}"  # tenths elapsed (floored: robust to real-time drift)

async def step(name, secs):
    await asyncio.sleep(secs)
    print(el(), "step", name, "done")

async def workflow(deadline, steps):
    """Run steps one after another; all must finish before an absolute deadline."""
    done = []
    try:
        async with asyncio.timeout_at(deadline):
            for name, secs in steps:
                asyncio.current_task().set_name(f"wf:{name}")
                await step(name, secs)
                done.append(name)
    except TimeoutError:
        print(el(), "deadline passed during", asyncio.current_task().get_name())
    return done

async def main():
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 0.5
    a = asyncio.create_task(workflow(deadline, [("fetch", 0.1), ("parse", 0.1), ("store", 0.1)]))
    b = asyncio.create_task(workflow(deadline, [("download", 0.3), ("transcode", 0.3), ("upload", 0.1)]))
    print(el(), "a:", await a)
    print(el(), "b:", await b)
    print(el(), "names:", a.get_name(), b.get_name())
    bs = asyncio.BoundedSemaphore(1)
    async with bs:
        pass
    try:
        bs.release()
    except ValueError as e:
        print(el(), "BoundedSemaphore over-release:", e)
    late = await workflow(loop.time() - 1, [("never", 0.1)])
    print(el(), "past deadline ->", late)

asyncio.run(main())
