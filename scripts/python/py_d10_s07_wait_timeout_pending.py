# Seed 003: asyncio.wait(task_list, timeout=...) returns done and pending; cancel the pending ones
import asyncio, time

async def real_async(n):
    try:
        await asyncio.sleep(n)
    except asyncio.CancelledError:
        print("cancelled while sleeping", n)
        raise
    print("finished", n)
    return n

async def do_it():
    task_list = [asyncio.create_task(real_async(n), name=f"t{n}") for n in (0.1, 0.4, 0.2, 0.5)]
    done, pending = await asyncio.wait(task_list, timeout=0.3)
    print(len(done), len(pending), round(time.perf_counter() - t0, 1))
    print(*sorted(t.get_name() for t in done), '|', *sorted(t.get_name() for t in pending))
    for t in task_list:
        if t in pending:
            t.cancel()
    done2, pending2 = await asyncio.wait(pending)
    print(len(done2), len(pending2), *[str(t.cancelled()).lower() for t in task_list])
    print(round(time.perf_counter() - t0, 1))

t0 = time.perf_counter()
asyncio.run(do_it())
