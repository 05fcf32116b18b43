import asyncio
class AppError(Exception):
    def __init__(self, msg, *, retry=False):
        super().__init__(msg); self.retry = retry
class NotFound(AppError): pass
class Timeoutish(AppError, TimeoutError): pass
async def fetch(key):
    await asyncio.sleep(0.01 * len(key))
    if key == "missing": raise NotFound(f"no {key}")
    if key == "slow": raise Timeoutish("slow one", retry=True)
    if key == "bug": raise ZeroDivisionError("division by zero")
    return key.upper()
async def safe(key):
    try:
        return await fetch(key)
    except NotFound as e:
        return f"default({e})"
    except AppError as e:
        return f"app({type(e).__name__},{e.retry})"
async def main():
    print(await asyncio.gather(*(safe(k) for k in ["a", "missing", "slow"])))
    try:
        await asyncio.gather(safe("bug"), safe("x"))
    except ArithmeticError as e:
        print("arith", type(e).__name__, str(e))
    try:
        await asyncio.wait_for(fetch("slow"), 5)
    except TimeoutError as e:
        print("caught as TimeoutError:", type(e).__name__, str(e), isinstance(e, AppError))
    r = await asyncio.gather(fetch("missing"), fetch("slow"), return_exceptions=True)
    print([(type(x).__name__, isinstance(x, AppError), getattr(x, "retry", None)) for x in r])
asyncio.run(main())
