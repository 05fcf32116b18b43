import asyncio
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
async def main():
    print("main: stopping the loop from inside")
    loop.stop()
    await asyncio.sleep(0.01)
    print("main: resumed in a later run")
    return "main result"
t = loop.create_task(main())
try:
    loop.run_until_complete(t)
except RuntimeError as e:
    print("RuntimeError", e)
print("task done?", t.done())
print("second run:", loop.run_until_complete(t))
async def quick():
    loop.stop()
    return "quick result"
print("stop then return in same step:", loop.run_until_complete(quick()))
loop.close()
