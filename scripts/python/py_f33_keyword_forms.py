import asyncio
async def sleeper():
    await asyncio.sleep(1)
async def main():
    loop = asyncio.get_running_loop()
    f = asyncio.Future(loop=loop)
    print("Future(loop=) get_loop", f.get_loop() is loop)
    print("cancel(msg=)", f.cancel(msg="kw message"))
    try:
        f.result()
    except asyncio.CancelledError as e:
        print("future msg", repr(str(e)))
    t = asyncio.ensure_future(sleeper(), loop=loop)
    await asyncio.sleep(0)
    print("task cancel(msg=)", t.cancel(msg="task kw"))
    try:
        await t
    except asyncio.CancelledError as e:
        print("task msg", repr(str(e)))
    print("all_tasks(loop=)", len(asyncio.all_tasks(loop=loop)))
asyncio.run(main())
