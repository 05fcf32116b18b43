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
    print('w0.1', await hs(1))
    print('w0.2')
    return 0

async def w1(ev):
    print('w1.0', await h(0))
    await ev[0].wait()
    print('w1.2')
    return 1

async def w2(ev):
    await ev[0].wait()
    print('w2.1', await hh(1))
    print('w2.2', await hs(2))
    print('w2.3')
    return 2

async def main():
    ev = [asyncio.Event(), asyncio.Event()]
    loop = asyncio.get_running_loop()
    loop.call_later(0.5, ev[0].set)
    loop.call_later(0.5, ev[1].set)
    loop.call_soon(print, 'main.0 cb')
    print('main.1')
    async with asyncio.TaskGroup() as tg:
        ts = [tg.create_task(w0(ev)), tg.create_task(w1(ev)), tg.create_task(w2(ev))]
        print('in group')
    r = [t.result() for t in ts]
    print('result', *r)

asyncio.run(main())
