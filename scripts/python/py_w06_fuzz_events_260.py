import asyncio

async def h(v):
    return v

async def hh(v):
    return await h(v)

async def hs(v):
    await asyncio.sleep(0)
    return v

async def w0(ev):
    print('w0.0', await h(0))
    asyncio.get_running_loop().call_soon(print, 'w0.1 cb')
    asyncio.get_running_loop().call_soon(print, 'w0.2 cb')
    ev[1].set()
    print('w0.4', await hh(4))
    print('w0.5')
    return 0

async def w1(ev):
    await ev[1].wait()
    asyncio.get_running_loop().call_soon(print, 'w1.1 cb')
    print('w1.2')
    return 1

async def main():
    ev = [asyncio.Event(), asyncio.Event()]
    loop = asyncio.get_running_loop()
    loop.call_later(0.5, ev[0].set)
    loop.call_later(0.5, ev[1].set)
    print('main.0')
    loop.call_soon(print, 'main.1 cb')
    print('main.2')
    t0 = asyncio.create_task(w0(ev))
    print('made t0')
    r = await asyncio.gather(t0, w1(ev))
    print('result', *r)

asyncio.run(main())
