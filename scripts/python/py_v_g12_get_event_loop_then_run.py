import asyncio
async def work(n):
    print("work", n, "start")
    await asyncio.sleep(0.01 * n)
    print("work", n, "end")
    return n * n
loop = asyncio.get_event_loop()
print("same loop twice:", asyncio.get_event_loop() is loop)
tasks = [asyncio.ensure_future(work(i)) for i in (3, 1, 2)]
done, pending = loop.run_until_complete(asyncio.wait(tasks))
print("done", len(done), "pending", len(pending), [t.result() for t in tasks])
async def main():
    inner = asyncio.get_running_loop()
    print("run loop differs from old:", inner is not loop, "old closed?", loop.is_closed())
    print("get_event_loop inside run is running loop:", asyncio.get_event_loop() is inner)
    return await asyncio.gather(work(1), work(2))
print(asyncio.run(main()))
try:
    l = asyncio.get_event_loop()
    print("got loop after run; closed?", l.is_closed(), "is old", l is loop)
except RuntimeError as e:
    print("RuntimeError", e)
print("old loop closed?", loop.is_closed())
loop.close()
