import asyncio
async def grumpy():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        raise KeyError("raised while cancelled")
async def main():
    try:
        await asyncio.wait_for(grumpy(), 0.5)
    except asyncio.TimeoutError:
        print("TimeoutError")
    except KeyError as e:
        print("KeyError propagated", e)
    t = asyncio.create_task(asyncio.sleep(10))
    async def caller():
        await asyncio.wait_for(t, 5)
    c = asyncio.create_task(caller())
    await asyncio.sleep(0.5)
    c.cancel()
    try:
        await c
    except asyncio.CancelledError:
        print("caller cancelled; inner task cancelled:", t.cancelled())
asyncio.run(main())
