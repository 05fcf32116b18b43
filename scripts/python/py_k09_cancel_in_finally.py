import asyncio

async def w():
    try:
        await asyncio.sleep(10)
    finally:
        print("finally start; cancelling", asyncio.current_task().cancelling())
        try:
            await asyncio.sleep(1)
            print("cleanup sleep finished")
        except asyncio.CancelledError as e:
            print("cleanup interrupted", e.args, "cancelling", asyncio.current_task().cancelling())
            await asyncio.sleep(0.1)
            print("second cleanup done")
        print("finally end")

async def w2():
    try:
        await asyncio.sleep(10)
    finally:
        await asyncio.sleep(0.5)
        print("w2 finally done (not reached)")

async def main():
    t = asyncio.create_task(w())
    await asyncio.sleep(0.1)
    t.cancel("first")
    await asyncio.sleep(0.1)
    print("t cancelling", t.cancelling(), "done", t.done())
    t.cancel("second")
    try:
        await t
    except asyncio.CancelledError as e:
        print("t cancelled", t.cancelled(), e.args, "cancelling", t.cancelling())
    t2 = asyncio.create_task(w2())
    await asyncio.sleep(0.1)
    t2.cancel("a")
    await asyncio.sleep(0.1)
    t2.cancel("b")
    try:
        await t2
    except asyncio.CancelledError as e:
        print("t2 cancelled", e.args)
    # cancel in finally while under wait_for
    t3 = asyncio.create_task(w())
    try:
        await asyncio.wait_for(t3, 0.1)
    except asyncio.TimeoutError:
        print("wait_for timed out; t3 cancelled", t3.cancelled())

asyncio.run(main())
