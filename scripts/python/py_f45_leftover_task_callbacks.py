import asyncio
async def bg(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(name, "cancelled by run")
        await asyncio.sleep(0)
        print(name, "cleanup done")
        raise
async def main():
    loop = asyncio.get_running_loop()
    for n in ("b1",):
        t = asyncio.create_task(bg(n))
        t.add_done_callback(lambda t, n=n: print(n, "done cb, cancelled", t.cancelled()))
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print("plain future cb (never)"))
    await asyncio.sleep(0)
    print("main returns")
    return "M"
print("run ->", asyncio.run(main()))
