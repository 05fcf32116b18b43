import asyncio
async def bad_cleanup():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("bad_cleanup cancelled, raising")
        raise ValueError("cleanup exploded")
async def good_cleanup():
    try:
        await asyncio.sleep(10)
    finally:
        print("good_cleanup finally")
async def main():
    asyncio.create_task(bad_cleanup())
    asyncio.create_task(good_cleanup())
    await asyncio.sleep(0.1)
    print("main returns")
    return 5
print("run ->", asyncio.run(main()))
print("script continues")
