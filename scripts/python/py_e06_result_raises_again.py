import asyncio
class AppError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg); self.code = code
async def fail():
    await asyncio.sleep(0.1)
    raise AppError("bad thing", 42)
async def main():
    t = asyncio.create_task(fail())
    done, _ = await asyncio.wait([t])
    first = None
    for i in range(3):
        try:
            t.result()
        except AppError as e:
            if first is None: first = e
            print("attempt", i, type(e).__name__, str(e), e.code, e is first)
    print("exception()", t.exception() is first, t.exception() is t.exception())
    try:
        await t
    except AppError as e:
        print("await again", e is first)
    try:
        await t
    except AppError as e:
        print("await thrice", e is first)
    print(t.done(), t.cancelled(), t.cancel())
asyncio.run(main())
