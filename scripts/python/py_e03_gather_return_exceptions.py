import asyncio
class AppError(Exception): pass
async def ok(v, d):
    await asyncio.sleep(d); return v
async def bad(exc, d):
    await asyncio.sleep(d); raise exc
async def main():
    slow = asyncio.create_task(ok("slow", 5))
    async def canceller():
        await asyncio.sleep(0.1); slow.cancel("nope")
    asyncio.create_task(canceller())
    res = await asyncio.gather(ok(1, 0.2), bad(AppError("app"), 0.1), slow, bad(ValueError(), 0.3), bad(asyncio.TimeoutError(), 0.05), return_exceptions=True)
    for r in res:
        if isinstance(r, BaseException):
            print("exc", type(r).__name__, repr(str(r)))
        else:
            print("val", r)
    print(isinstance(res[2], asyncio.CancelledError))
asyncio.run(main())
