import asyncio
async def main():
    loop = asyncio.get_running_loop()
    handles = {}
    def first():
        print("first runs, cancels second and third-timer")
        handles["second"].cancel()
        handles["timer"].cancel()
        print("second cancelled?", handles["second"].cancelled(), "timer cancelled?", handles["timer"].cancelled())
    handles["first"] = loop.call_soon(first)
    handles["second"] = loop.call_soon(print, "second (should not run)")
    handles["third"] = loop.call_soon(print, "third")
    handles["timer"] = loop.call_later(0.01, print, "timer (should not run)")
    t2 = loop.call_later(0.01, print, "timer 2")
    await asyncio.sleep(0.02)
    print("first cancelled after run?", handles["first"].cancelled())
    handles["first"].cancel()
    print("first cancelled after cancel?", handles["first"].cancelled())
    t2.cancel(); t2.cancel()
    print("t2", t2.cancelled())
asyncio.run(main())
