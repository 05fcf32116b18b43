import asyncio, time

t0 = time.time()
def el():
    return f"{int((time.time() - t0) * 10 + 0.05) / 10:.1f}"  # tenths elapsed (floored: robust to real-time drift)

async def quote(vendor, delay, price):
    try:
        await asyncio.sleep(delay)
        if price is None:
            raise ValueError(f"{vendor} returned garbage")
        return vendor, price
    except asyncio.CancelledError:
        print(el(), "quote from", vendor, "cancelled")
        raise

async def best_quote(specs, budget):
    tasks = [asyncio.create_task(quote(*s)) for s in specs]
    best = None
    seen = 0
    try:
        for fut in asyncio.as_completed(tasks, timeout=budget):
            try:
                vendor, price = await fut
            except ValueError as e:
                print(el(), "skip:", e)
                continue
            seen += 1
            print(el(), f"quote {vendor}: {price}")
            if best is None or price < best[1]:
                best = (vendor, price)
    except asyncio.TimeoutError:
        print(el(), "budget exhausted after", seen, "quotes")
    finally:
        pending = [t for t in tasks if not t.done()]
        for t in pending:
            t.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
        print(el(), "cleaned up", len(pending), "pending")
    return best

async def main():
    specs = [("acme", 0.2, 30), ("globex", 0.1, 42), ("initech", 0.3, None), ("umbrella", 0.6, 10), ("hooli", 0.4, 25)]
    print(el(), "best:", await best_quote(specs, 0.5))
    print(el(), "best:", await best_quote(specs[:3], 1.0))

asyncio.run(main())
