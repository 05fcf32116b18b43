import asyncio
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
t0 = loop.time()
def T():
    return f"{loop.time() - t0:.2f}"
async def ticker(name, n, d):
    for i in range(n):
        await asyncio.sleep(d)
        print(T(), name, "tick", i, "running", loop.is_running())
    return name
async def stopper(d):
    await asyncio.sleep(d)
    print(T(), "stopper stops the loop")
    loop.stop()
t1 = loop.create_task(ticker("a", 5, 0.03))
t2 = loop.create_task(ticker("b", 2, 0.05))
loop.create_task(stopper(0.1))
loop.run_forever()
print(T(), "after run_forever: a done", t1.done(), "b done", t2.done(), "running", loop.is_running())
print(T(), "resume until a:", loop.run_until_complete(t1))
print(T(), "b result", t2.result())
pending = asyncio.all_tasks(loop)
print("pending after", len(pending))
loop.close()
