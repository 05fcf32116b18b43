import asyncio, time

t0 = time.time()
def el():
    return f"{int((time.time() - t0) * 10 + 0.05) / 10:.1f}"  # tenths elapsed (floored: robust to real-time drift)

class EndOfStream:
    def __init__(self, name, error=None):
        self.name, self.error = name, error

async def source(name, q, values, delay, fail_at=None):
    try:
        for i, v in enumerate(values):
            await asyncio.sleep(delay)
            if i == fail_at:
                raise IOError(f"{name} lost connection")
            await q.put((name, v))
        await q.put(EndOfStream(name))
    except Exception as e:
        await q.put(EndOfStream(name, e))

async def merged(sources):
    q = asyncio.Queue()
    tasks = [asyncio.create_task(source(n, q, *args)) for n, args in sources.items()]
    live = len(tasks)
    out = []
    while live:
        msg = await q.get()
        if isinstance(msg, EndOfStream):
            live -= 1
            status = f"failed ({msg.error})" if msg.error else "ended"
            print(el(), f"stream {msg.name} {status}; {live} live")
            continue
        out.append(msg)
        print(el(), "merged", msg)
    await asyncio.gather(*tasks)
    return out

async def main():
    out = await merged({
        "temp": ([21, 22, 23], 0.1),
        "hum": ([40, 41, 42, 43], 0.07, 2),
        "wind": ([5], 0.22),
    })
    print(el(), "total", len(out), "by source:", {n: [v for s, v in out if s == n] for n in ("temp", "hum", "wind")})

asyncio.run(main())
