import asyncio

async def ticker(name, n, d):
    for i in range(n):
        await asyncio.sleep(d)
        print(name, "tick", i)
    return name

a = asyncio.new_event_loop()
b = asyncio.new_event_loop()
ta = a.create_task(ticker("a", 5, 0.1))
print(a.run_until_complete(asyncio.sleep(0.25, "a ran a while")))
a.close()
tb = b.create_task(ticker("b", 2, 0.1))
print(b.run_until_complete(tb))
print("a done?", ta.done(), "b done?", tb.done())
b.close()
