import asyncio, time

t0 = time.time()
def el():
    return f"{int((time.time() - t0 + 0.03) * 10 + 0.05) / 10:.1f}"  # tenths elapsed, floored with a shift that keeps this program's event times away from the rounding edge

class CorruptRecord(Exception):
    pass

async def worker(name, q, out):
    try:
        while True:
            rec = await q.get()
            try:
                await asyncio.sleep(0.06)
                if rec == "r7?":
                    raise CorruptRecord(f"{name} hit corrupt record {rec}")
                out.append(rec)
            finally:
                q.task_done()
    except asyncio.CancelledError:
        print(el(), name, "stopping")
        raise

async def ingest(records, nworkers):
    q = asyncio.Queue()
    out = []
    try:
        async with asyncio.TaskGroup() as tg:
            workers = [tg.create_task(worker(f"w{i}", q, out)) for i in range(nworkers)]
            for r in records:
                await q.put(r)
            print(el(), "all queued, joining")
            await q.join()
            print(el(), "joined; stopping workers")
            for w in workers:
                w.cancel()
    except* CorruptRecord as eg:
        print(el(), "ingest aborted:", [str(e) for e in eg.exceptions])
    print(el(), "processed", len(out), "left", q.qsize())
    return len(out)

async def main():
    await ingest([f"r{i}" for i in range(6)], 2)
    await ingest([f"r{i}" for i in range(6)] + ["r7?", "r8", "r9", "r10"], 2)

asyncio.run(main())
