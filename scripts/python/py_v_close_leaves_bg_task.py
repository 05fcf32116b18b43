import asyncio
loop = asyncio.new_event_loop()
async def bg():
    await asyncio.sleep(1); print("bg woke")
async def main():
    loop.create_task(bg()); await asyncio.sleep(0.1); return "main"
print(loop.run_until_complete(main()))
loop.close()
print("closed")
