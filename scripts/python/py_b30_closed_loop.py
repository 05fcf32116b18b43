import asyncio
async def work():
    await asyncio.sleep(0.01)
    return "w"
async def grab():
    return asyncio.get_running_loop()
loop = asyncio.run(grab())
print("closed", loop.is_closed(), "running", loop.is_running())
for label, fn in [("call_soon", lambda: loop.call_soon(print, "x")),
                  ("call_later", lambda: loop.call_later(0.1, print, "x")),
                  ("run_until_complete", lambda: loop.run_until_complete(asyncio.sleep(0)))]:
    try:
        fn()
        print(label, "accepted")
    except RuntimeError as e:
        print(label, type(e).__name__, e)
c = work()
try:
    loop.create_task(c)
except RuntimeError as e:
    print("create_task", type(e).__name__, e)
c.close()
loop.close()
print("close twice ok", loop.is_closed())
print("new run works", asyncio.run(work()))
