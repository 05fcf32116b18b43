import asyncio
def boom(tag):
    print("boom", tag)
    raise ValueError(tag)
async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.1, boom, "timer")
    loop.call_later(0.1, print, "same-deadline timer still runs")
    t = asyncio.create_task(asyncio.sleep(0.2, "task result"))
    t.add_done_callback(lambda _: boom("task done cb"))
    t.add_done_callback(lambda f: print("next task cb sees", f.result()))
    print("awaited", await t)
    await asyncio.sleep(0.1)
    print("main finishes normally")
    return "ok"
print(asyncio.run(main()))
