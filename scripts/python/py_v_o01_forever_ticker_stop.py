import asyncio
loop = asyncio.new_event_loop()
count = 0
async def ticker():
    global count
    while True:
        await asyncio.sleep(0.1)
        count += 1
        print("tick", count, "running?", loop.is_running())
        if count == 3:
            loop.stop()
            print("stop requested")
t = loop.create_task(ticker())
loop.call_soon(print, "first callback")
loop.run_forever()
print("stopped at", count, "done?", t.done())
loop.run_until_complete(asyncio.sleep(0.15))
print("after ruc", count)
t.cancel()
try:
    loop.run_until_complete(t)
except asyncio.CancelledError:
    print("ticker cancelled", t.cancelled())
loop.close()
