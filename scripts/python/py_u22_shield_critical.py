import asyncio, time

t0 = time.time()
def el():
    return f"{int((time.time() - t0) * 10 + 0.05) / 10:.1f}"  # tenths elapsed (floored: robust to real-time drift)

ledger = []

async def write_ledger(entry, secs):
    print(el(), "ledger write start", entry)
    await asyncio.sleep(secs)
    ledger.append(entry)
    print(el(), "ledger write committed", entry)
    return len(ledger)

async def transfer(tid, secs):
    print(el(), f"transfer {tid}: validating")
    await asyncio.sleep(0.05)
    try:
        pos = await asyncio.shield(write_ledger(f"tx{tid}", secs))
        print(el(), f"transfer {tid}: committed at {pos}")
        return pos
    except asyncio.CancelledError:
        print(el(), f"transfer {tid}: caller cancelled, write continues in background")
        raise

async def main():
    t1 = asyncio.create_task(transfer(1, 0.2))
    t2 = asyncio.create_task(transfer(2, 0.1))
    await asyncio.sleep(0.1)
    t1.cancel()
    try:
        await t1
    except asyncio.CancelledError:
        print(el(), "t1 cancelled; ledger so far", ledger)
    print(el(), "t2 ->", await t2)
    try:
        await asyncio.wait_for(transfer(3, 0.3), timeout=0.2)
    except asyncio.TimeoutError:
        print(el(), "t3 timed out; ledger so far", ledger)
    await asyncio.sleep(0.3)
    print(el(), "final ledger", ledger)

asyncio.run(main())
