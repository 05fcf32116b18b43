import asyncio
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
def chain(n):
    print("soon", n)
    if n < 3:
        loop.call_soon(chain, n + 1)
async def task(name):
    for i in range(3):
        print(name, i)
        await asyncio.sleep(0)
    return name
async def main():
    loop.call_soon(chain, 0)
    t1 = asyncio.create_task(task("A"))
    loop.call_soon(print, "soon-x")
    t2 = asyncio.ensure_future(task("B"))
    fut = loop.create_future()
    loop.call_soon(fut.set_result, "F")
    fut.add_done_callback(lambda f: print("fut cb", f.result()))
    print("main awaits fut")
    r = await fut
    print("main got", r)
    await asyncio.sleep(0)
    print("main after sleep0")
    return await asyncio.gather(t1, t2)
print(loop.run_until_complete(main()))
loop.close()
