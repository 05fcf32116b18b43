import asyncio
async def quick():
    print("quick ran")
    return 1
async def main():
    try:
        r = await asyncio.wait_for(quick(), 0)
        print("got", r)
    except asyncio.TimeoutError:
        print("timeout 0")
    try:
        r = await asyncio.wait_for(asyncio.sleep(0, "v"), 0)
        print("got", r)
    except asyncio.TimeoutError:
        print("timeout 0 sleep")
    try:
        r = await asyncio.wait_for(quick(), -1)
        print("got", r)
    except asyncio.TimeoutError:
        print("timeout -1")
asyncio.run(main())
