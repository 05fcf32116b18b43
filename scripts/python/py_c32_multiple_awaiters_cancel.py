import asyncio
async def target():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("target cancelled", repr(str(e)))
        raise
async def watcher(name, t):
    try:
        await t
    except asyncio.CancelledError as e:
        print(name, "sees", repr(str(e)), "self cancelling", asyncio.current_task().cancelling())
async def main():
    t = asyncio.create_task(target())
    t.add_done_callback(lambda f: print("cb A", f.cancelled()))
    ws = [asyncio.create_task(watcher(n, t)) for n in ("w1", "w2")]
    await asyncio.sleep(0)
    t.add_done_callback(lambda f: print("cb B"))
    t.cancel("tgt")
    await asyncio.gather(*ws)
    print("done", [w.done() and not w.cancelled() for w in ws])
asyncio.run(main())
