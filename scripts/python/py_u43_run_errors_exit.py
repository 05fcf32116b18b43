import asyncio, time

t0 = time.time()
def el():
    return f"{int((time.time() - t0) * 10 + 0.05) / 10:.1f}"  # tenths elapsed (floored: robust to real-time drift)

async def nested():
    try:
        asyncio.run(asyncio.sleep(0))
    except RuntimeError as e:
        print(el(), "nested run refused:", e)

async def leftover(name):
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print(el(), name, "cancelled by asyncio.run at exit")
        await asyncio.sleep(0.05)
        print(el(), name, "cleanup finished")
        raise

async def phase1():
    await nested()
    asyncio.create_task(leftover("bg1"))
    asyncio.create_task(leftover("bg2"))
    await asyncio.sleep(0.1)
    print(el(), "phase1 returns")
    return "p1"

async def phase2():
    await asyncio.sleep(0.1)
    raise LookupError("config key missing")

async def main_fails_uncaught():
    t = asyncio.create_task(leftover("bg3"))
    await asyncio.sleep(0.05)
    raise ValueError("fatal: shutting down")

print(el(), "phase1 ->", asyncio.run(phase1()))
try:
    asyncio.run(phase2())
except LookupError as e:
    print(el(), "phase2 raised", type(e).__name__, e)
print(el(), "running final phase")
asyncio.run(main_fails_uncaught())
print("not reached")
