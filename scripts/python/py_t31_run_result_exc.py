import asyncio
async def ok():
    await asyncio.sleep(0.1)
    return 42
async def bad():
    await asyncio.sleep(0.1)
    raise ValueError("from main")
print(asyncio.run(ok()))
try:
    asyncio.run(bad())
except ValueError as e:
    print("run raised", e)
print(asyncio.run(ok()))
async def nested():
    c = ok()
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print("nested run:", e)
    c.close()
    return "n"
print(asyncio.run(nested()))
