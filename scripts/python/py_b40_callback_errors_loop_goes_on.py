import asyncio
def bad_cb(x):
    print("bad_cb runs", x)
    raise KeyError("in callback")
async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(bad_cb, 1)
    loop.call_later(0.01, bad_cb, 2)
    f = loop.create_future()
    f.add_done_callback(lambda fut: bad_cb(3))
    f.add_done_callback(lambda fut: print("second done callback still runs"))
    f.set_result(None)
    await asyncio.sleep(0.05)
    print("loop goes on")
asyncio.run(main())
print("exit normally")
