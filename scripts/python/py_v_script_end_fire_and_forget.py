import asyncio
async def background(n):
    await asyncio.sleep(0.5)
    print("background", n, "finished")
async def main():
    for n in range(3):
        asyncio.ensure_future(background(n))
    await asyncio.sleep(0.1)
    print("main done")
    return "ok"
loop = asyncio.get_event_loop()
print(loop.run_until_complete(main()))
loop.call_later(0.2, loop.stop)
loop.run_forever()
print("ran 0.2 more; the script ends here")
