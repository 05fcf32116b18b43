import asyncio
async def main():
    loop = asyncio.get_running_loop()
    handles = {}
    def killer():
        print("killer runs; cancelling victim and timer")
        handles["victim"].cancel()
        handles["timer"].cancel()
        print("victim cancelled?", handles["victim"].cancelled())
    loop.call_soon(killer)
    handles["victim"] = loop.call_soon(print, "victim runs (should not)")
    handles["timer"] = loop.call_later(0.1, print, "timer runs (should not)")
    def t1():
        print("t1 cancels t2 at same deadline")
        handles["t2"].cancel()
    loop.call_later(0.2, t1)
    handles["t2"] = loop.call_later(0.2, print, "t2 runs (should not)")
    loop.call_later(0.2, print, "t3 runs")
    h = loop.call_soon(print, "self-cancel")
    h.cancel(); h.cancel()
    print("double cancel ok", h.cancelled())
    await asyncio.sleep(0.5)
    print("timer cancelled?", handles["timer"].cancelled(), handles["t2"].cancelled())
asyncio.run(main())
