import asyncio
async def main():
    loop = asyncio.get_running_loop()
    f1, f2, f3 = loop.create_future(), loop.create_future(), loop.create_future()
    f1.add_done_callback(lambda f: (print("f1 cb -> set f2"), f2.set_result(f.result() + 1)))
    f2.add_done_callback(lambda f: (print("f2 cb -> set f3"), f3.set_result(f.result() + 1)))
    async def watch(name, fut):
        v = await fut
        print(name, "woke with", v)
    ws = [asyncio.create_task(watch(n, f)) for n, f in (("w3", f3), ("w1", f1), ("w2", f2))]
    await asyncio.sleep(0)
    loop.call_soon(print, "soon A")
    f1.set_result(1)
    loop.call_soon(print, "soon B")
    await asyncio.gather(*ws)
    print("values", f1.result(), f2.result(), f3.result())
asyncio.run(main())
