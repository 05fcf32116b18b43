import asyncio
async def bad():
    await asyncio.sleep(0.1)
    raise ValueError("ruc failed")
async def good():
    await asyncio.sleep(0.1)
    return "good"
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
try:
    loop.run_until_complete(bad())
except ValueError as e:
    print("caught", type(e).__name__, str(e))
print(loop.run_until_complete(good()))
fut = loop.create_future()
loop.call_later(0.1, fut.set_exception, KeyError("fut"))
try:
    loop.run_until_complete(fut)
except KeyError as e:
    print("fut", type(e).__name__, str(e))
loop.close()
try:
    loop.run_until_complete(good())
except RuntimeError as e:
    print("closed", type(e).__name__, str(e))
