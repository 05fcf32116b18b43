import asyncio
async def canceller(task):
    await asyncio.sleep(0.1)
    print("cancelling main task", task.get_name())
    task.cancel()
async def main():
    asyncio.create_task(canceller(asyncio.current_task()))
    try:
        await asyncio.sleep(10)
    finally:
        print("main finally")
try:
    asyncio.run(main())
except asyncio.CancelledError as e:
    print("asyncio.run raised CancelledError")
async def self_cancel():
    asyncio.current_task().cancel()
    print("self cancel requested")
    await asyncio.sleep(0)
    print("not reached")
try:
    asyncio.run(self_cancel())
except asyncio.CancelledError:
    print("self-cancelled run raised CancelledError")
