import asyncio
async def selfwait():
    try:
        await asyncio.current_task()
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(":")[0])
    return "ok"
async def main():
    t = asyncio.create_task(selfwait())
    print(await t)
    try:
        await asyncio.current_task()
    except RuntimeError as e:
        print("main RuntimeError:", str(e).split(":")[0])
    print("main cancelling", asyncio.current_task().cancelling())
asyncio.run(main())
