import asyncio
async def main():
    me = asyncio.current_task()
    loop = asyncio.get_running_loop()
    for label in ("sleep0", "sleep", "future"):
        me.cancel(label)
        try:
            if label == "sleep0":
                await asyncio.sleep(0)
            elif label == "sleep":
                await asyncio.sleep(0.05)
            else:
                await loop.create_future()
            print(label, "no cancel?")
        except asyncio.CancelledError as e:
            print(label, "caught", repr(str(e)), "cancelling", me.cancelling(), "uncancel ->", me.uncancel())
    await asyncio.sleep(0.01)
    print("continues normally, cancelling", me.cancelling())
    return "ok"
print(asyncio.run(main()))
