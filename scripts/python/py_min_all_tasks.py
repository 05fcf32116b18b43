import asyncio
async def main():
    await asyncio.sleep(0)
    print(",".join(sorted(t.get_name() for t in asyncio.all_tasks())))
    for t in asyncio.all_tasks():
        if t is not asyncio.current_task():
            t.cancel()
asyncio.run(main())
print("after run")
