import asyncio

q = None
lock = None
subs = []

async def h(v):
    return v

async def sub(tag):
    await h(0)
    print(tag, 'sub')
    await asyncio.sleep(0)
    print(tag, 'sub done')

async def hh(v):
    return await h(v)

async def hs(v):
    await asyncio.sleep(0)
    return v

async def w0(ev):
    await ev[0].wait()
    ev[1].set()
    print('w0.2')
    return 0

async def w1(ev):
    await asyncio.sleep(0)
    print('w1.1', await h(1))
    asyncio.get_running_loop().call_soon(print, 'w1.2 cb')
    subs.append(asyncio.create_task(sub('w1.3')))
    q.put_nowait('w1.4')
    print('w1.5')
    return 1

async def w2(ev):
    print('w2.0', await hs(0))
    q.put_nowait('w2.1')
    try:
        print('w2.2', 'got', await asyncio.wait_for(q.get(), 0.3))
    except TimeoutError:
        print('w2.2', 'no item')
    q.put_nowait('w2.3')
    await asyncio.sleep(0.01)
    print('w2.5')
    return 2

async def w3(ev):
    print('w3.0', await hs(0))
    subs.append(asyncio.create_task(sub('w3.1')))
    await asyncio.sleep(0.03)
    print('w3.3')
    return 3

async def main():
    global q, lock
    q = asyncio.Queue()
    lock = asyncio.Lock()
    ev = [asyncio.Event(), asyncio.Event()]
    loop = asyncio.get_running_loop()
    loop.call_later(0.5, ev[0].set)
    loop.call_later(0.5, ev[1].set)
    ts = [asyncio.create_task(w0(ev)), asyncio.create_task(w1(ev)), asyncio.create_task(w2(ev)), asyncio.create_task(w3(ev))]
    print('created')
    r = [await t for t in ts]
    print('result', *r)
    await asyncio.gather(*subs)

asyncio.run(main())
