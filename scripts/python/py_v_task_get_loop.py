import asyncio
async def child():
    await asyncio.sleep(0)
    return asyncio.current_task().get_loop() is asyncio.get_running_loop()
async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(child())
    print("main task on running loop:", asyncio.current_task().get_loop() is loop)
    print("child:", await t, t.get_loop() is loop)
    global kept
    kept = t
asyncio.run(main())
t = kept
print("after run, closed:", t.get_loop().is_closed())
other = asyncio.new_event_loop()
t2 = other.create_task(child())
print(other.run_until_complete(t2), t2.get_loop() is other)
other.close()
def cb(tag):
    print(tag, asyncio.get_event_loop() is third)
third = asyncio.new_event_loop()
third.call_soon(cb, "callback on its loop:")
third.call_soon(third.stop)
third.run_forever()
third.close()
