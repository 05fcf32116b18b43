import asyncio, time

t0 = time.time()
def el():
    return f"{time.time() - t0:.1f}"

async def compute_pi_digits(step_secs):
    digits = []
    try:
        for d in "31415926":
            await asyncio.sleep(step_secs)
            digits.append(d)
        return "".join(digits)
    except asyncio.CancelledError:
        print(el(), "interrupted after", len(digits), "digits; returning partial result")
        return "".join(digits) + "..."

async def main():
    r1 = await asyncio.wait_for(compute_pi_digits(0.02), timeout=1)
    print(el(), "full:", r1)
    try:
        r2 = await asyncio.wait_for(compute_pi_digits(0.1), timeout=0.33)
        print(el(), "partial:", r2)
    except asyncio.TimeoutError:
        print(el(), "TimeoutError despite partial result")
    t = asyncio.create_task(compute_pi_digits(0.1))
    await asyncio.sleep(0.21)
    t.cancel()
    r3 = await t
    print(el(), "task result:", r3, "cancelled:", t.cancelled())

asyncio.run(main())
