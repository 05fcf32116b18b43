import asyncio
async def main():
    loop = asyncio.get_running_loop()
    def cb(tag):
        print(tag, "get_running_loop is loop", asyncio.get_running_loop() is loop,
              "get_event_loop is loop", asyncio.get_event_loop() is loop, "is_running", loop.is_running())
    loop.call_soon(cb, "soon")
    loop.call_later(0.01, cb, "later")
    f = loop.create_future()
    f.add_done_callback(lambda _: cb("done-cb"))
    loop.call_soon_threadsafe(cb, "threadsafe")
    f.set_result(1)
    await asyncio.sleep(0.02)
    print("future get_loop", f.get_loop() is loop, "task get_loop", asyncio.current_task().get_loop() is loop)
asyncio.run(main())
