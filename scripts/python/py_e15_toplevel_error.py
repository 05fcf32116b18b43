import asyncio
class Fatal(Exception): pass
async def bg(n):
    try:
        print("bg", n, "running")
        await asyncio.sleep(10)
    finally:
        print("bg", n, "finally")
async def main():
    asyncio.create_task(bg(1))
    asyncio.create_task(bg(2))
    await asyncio.sleep(0.1)
    print("main raising")
    raise Fatal("main failed")
try:
    asyncio.run(main())
finally:
    print("after run")
