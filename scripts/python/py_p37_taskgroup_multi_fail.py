import asyncio, time

t0 = time.time()
def el():
    return f"{time.time() - t0:.1f}"

class ValidationError(Exception):
    pass

async def validate(field, secs, ok):
    try:
        await asyncio.sleep(secs)
        if not ok:
            raise ValidationError(f"{field} invalid")
        print(el(), field, "valid")
    except asyncio.CancelledError:
        print(el(), field, "check cancelled")
        raise

async def check_form(fields):
    try:
        async with asyncio.TaskGroup() as tg:
            for f, s, ok in fields:
                tg.create_task(validate(f, s, ok))
        return "form ok"
    except* ValidationError as eg:
        msgs = sorted(str(e) for e in eg.exceptions)
        result = f"form rejected: {'; '.join(msgs)}"
    return result

async def main():
    print(el(), await check_form([("name", 0.1, True), ("email", 0.2, True)]))
    print(el(), await check_form([("name", 0.1, True), ("email", 0.2, False), ("age", 0.2, False), ("zip", 0.4, True)]))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(validate("x", 0.1, False))
            await asyncio.sleep(1)
            print("unreachable")
    except* ValidationError as eg:
        print(el(), "body interrupted,", len(eg.exceptions), "error")

asyncio.run(main())
