import asyncio
async def child():
    await asyncio.sleep(0)
    return asyncio.current_task().get_name()
async def main(tag):
    me = asyncio.current_task().get_name()
    c = await asyncio.create_task(child())
    print(tag, me, c)
asyncio.run(main("first"))
asyncio.run(main("second"))
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
loop.run_until_complete(main("ruc"))
t = loop.create_task(child())
print("ruc task", loop.run_until_complete(t))
loop.close()
