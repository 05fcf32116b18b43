import asyncio
async def child(name, d):
    try:
        await asyncio.sleep(d)
        print(f"{name} finished")
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise
async def parent(kids):
    for i in range(2):
        kids.append(asyncio.create_task(child(f"kid{i}", 0.2 + 0.1 * i)))
    try:
        await asyncio.gather(*kids)
    except asyncio.CancelledError:
        print("parent cancelled; kids cancelled too?", [k.cancelled() for k in kids])
        raise
async def main():
    loop = asyncio.get_running_loop(); t0 = loop.time()
    kids = []
    p = asyncio.create_task(parent(kids))
    await asyncio.sleep(0.1)
    p.cancel()
    await asyncio.sleep(0.25)
    print("states", p.cancelled(), [k.cancelled() for k in kids], round(loop.time()-t0, 2))
asyncio.run(main())
