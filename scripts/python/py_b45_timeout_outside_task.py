import asyncio
def cb(done):
    print("current task in callback:", asyncio.current_task())
    cm = asyncio.timeout(1)
    coro = cm.__aenter__()
    try:
        coro.send(None)
        print("entered outside a task")
    except RuntimeError as e:
        print("outside a task:", type(e).__name__, e)
    except StopIteration:
        print("entered outside a task")
    done.set_result(None)
async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    loop.call_soon(cb, done)
    await done
    print("main goes on")
asyncio.run(main())
