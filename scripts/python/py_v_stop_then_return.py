import asyncio
loop = asyncio.new_event_loop()
async def main():
    await asyncio.sleep(0.01)
    print("main done, stopping loop")
    loop.stop()
    return "result"
print(loop.run_until_complete(main()))
loop.close()
