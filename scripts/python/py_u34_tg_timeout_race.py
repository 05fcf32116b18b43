import asyncio, time

t0 = time.time()
def el():
    return f"{int((time.time() - t0) * 10 + 0.05) / 10:.1f}"  # tenths elapsed (floored: robust to real-time drift)

class CleanupError(Exception):
    pass

async def job(name, secs, fail=None, cleanup_error=False):
    try:
        await asyncio.sleep(secs)
        if fail:
            raise fail
        print(el(), name, "ok")
        return name
    except asyncio.CancelledError:
        print(el(), name, "cancelled")
        if cleanup_error:
            raise CleanupError(f"{name} failed to clean up")
        raise

async def scenario(label, limit, specs):
    print(el(), "--", label)
    try:
        try:
            async with asyncio.timeout(limit):
                async with asyncio.TaskGroup() as tg:
                    for s in specs:
                        tg.create_task(job(*s))
            print(el(), label, "completed")
        except* ValueError as eg:
            print(el(), label, "-> ValueError group", [str(e) for e in eg.exceptions])
        except* CleanupError as eg:
            print(el(), label, "-> CleanupError group", [str(e) for e in eg.exceptions])
    except TimeoutError:
        print(el(), label, "-> TimeoutError")
    print(el(), label, "cancelling() =", asyncio.current_task().cancelling())

async def main():
    await scenario("all fast", 0.5, [("a", 0.1), ("b", 0.2)])
    await scenario("too slow", 0.17, [("a", 0.1), ("b", 0.3)])
    await scenario("child fails first", 0.3, [("a", 0.1, ValueError("a bad")), ("b", 0.4)])
    await scenario("cleanup error on timeout", 0.15, [("a", 0.3, None, True)])
    await scenario("two failures", 0.5, [("a", 0.1, ValueError("v")), ("b", 0.1, CleanupError("o")), ("c", 0.2)])

asyncio.run(main())
