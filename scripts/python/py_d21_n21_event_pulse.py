import asyncio
async def waiter(i, ev, rounds, t0, loop):
    got = []
    for r in range(rounds):
        await ev.wait()
        got.append(round(loop.time()-t0, 1))
        await asyncio.sleep(0.05 * (i + 1))
    print(f"waiter {i} woke at {got}")
async def main():
    loop = asyncio.get_running_loop(); t0 = loop.time()
    ev = asyncio.Event()
    ws = [asyncio.create_task(waiter(i, ev, 2, t0, loop)) for i in range(3)]
    for k in range(3):
        await asyncio.sleep(0.2)
        print(f"pulse {k}")
        ev.set()
        await asyncio.sleep(0)
        ev.clear()
    await asyncio.gather(*ws)
    print("end", round(loop.time()-t0, 1))
asyncio.run(main())
