import asyncio

async def child(n):
    await asyncio.sleep(1)
    print("child", n, "woke")

async def parent():
    kids = [asyncio.create_task(child(n)) for n in range(2)]
    await asyncio.sleep(0.1)
    print("parent made", len(kids))
    await asyncio.gather(*kids)
    print("parent done")

async def main():
    asyncio.ensure_future(parent())
    await asyncio.sleep(0.2)
    print("main returns")
    return "ok"

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(loop.run_until_complete(main()))
loop.close()
async def later():
    await asyncio.sleep(2)
    print("later run done")
asyncio.run(later())
