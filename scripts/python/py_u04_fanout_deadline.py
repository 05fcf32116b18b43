import asyncio, time

t0 = time.time()
def el():
    return f"{int((time.time() - t0) * 10 + 0.05) / 10:.1f}"  # tenths elapsed (floored: robust to real-time drift)

LATENCY = {"users": 0.1, "orders": 0.33, "stock": 0.21, "prices": 0.9, "ads": 0.45, "reviews": 0.16}

async def request(endpoint):
    try:
        await asyncio.sleep(LATENCY[endpoint])
        if endpoint == "stock":
            raise ConnectionError(f"{endpoint}: connection reset")
        return {"endpoint": endpoint, "size": len(endpoint) * 100}
    except asyncio.CancelledError:
        print(el(), "  request", endpoint, "cancelled")
        raise

async def fetch_with_timeout(endpoint, per_request):
    try:
        return await asyncio.wait_for(request(endpoint), per_request)
    except asyncio.TimeoutError:
        print(el(), "  timeout on", endpoint)
        return {"endpoint": endpoint, "size": 0}

async def main():
    collected = []
    errors = []
    try:
        async with asyncio.timeout(0.4):
            for fut in asyncio.as_completed([fetch_with_timeout(e, 0.35) for e in LATENCY]):
                try:
                    r = await fut
                except ConnectionError as e:
                    errors.append(str(e))
                    print(el(), "error:", e)
                    continue
                collected.append(r["endpoint"])
                print(el(), "got", r["endpoint"], r["size"])
    except TimeoutError:
        print(el(), "overall deadline hit")
    print(el(), "collected", collected)
    print(el(), "errors", errors)
    await asyncio.sleep(0.1)
    print(el(), "tasks left", len(asyncio.all_tasks()))

asyncio.run(main())
