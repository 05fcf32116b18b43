import asyncio
async def bg():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("bg cancelled", repr(str(e)))
        raise
async def main():
    asyncio.create_task(bg())
    await asyncio.sleep(0)
    me = asyncio.current_task()
    print("cancel self ->", me.cancel("bye"))
    try:
        await asyncio.sleep(1)
    finally:
        print("main finally, cancelling", me.cancelling())
    print("not reached")
try:
    asyncio.run(main())
except asyncio.CancelledError as e:
    print("run raised CancelledError", repr(str(e)))
print("after run")
