import asyncio
async def slow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("slow cancelled with", repr(str(e)))
        await asyncio.sleep(0.2)
        print("slow unwound")
        raise
async def caller():
    try:
        await asyncio.wait_for(slow(), 5)
    except asyncio.CancelledError as e:
        print("caller cancelled with", repr(str(e)), asyncio.current_task().cancelling())
        raise
async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(caller())
    await asyncio.sleep(1)
    start = loop.time()
    t.cancel("wf")
    try:
        await t
    except asyncio.CancelledError as e:
        print("main got", repr(str(e)), "after", round(loop.time() - start, 1))
asyncio.run(main())
