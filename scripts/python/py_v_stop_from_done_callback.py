import asyncio
loop = asyncio.new_event_loop()
async def job(n, d):
    await asyncio.sleep(d)
    print("job", n, "finished")
    return n
a = loop.create_task(job(1, 0.1))
b = loop.create_task(job(2, 0.3))
a.add_done_callback(lambda f: (print("callback sees", f.result()), loop.stop()))
loop.call_soon(print, "soon")
loop.run_forever()
print("forever returned; b done?", b.done())
print("then", loop.run_until_complete(b))
loop.close()
