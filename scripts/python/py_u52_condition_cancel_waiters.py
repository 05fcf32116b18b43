import asyncio, time

t0 = time.time()
def el():
    return f"{int((time.time() - t0 + 0.04) * 10 + 0.05) / 10:.1f}"  # tenths elapsed, floored with a shift that keeps this program's event times away from the rounding edge

class JobBoard:
    def __init__(self):
        self.cond = asyncio.Condition()
        self.jobs = []

    async def post(self, job):
        async with self.cond:
            self.jobs.append(job)
            self.cond.notify(1)

    async def take(self, who):
        async with self.cond:
            try:
                while not self.jobs:
                    await self.cond.wait()
            except asyncio.CancelledError:
                print(el(), who, "cancelled while waiting; holds lock again:", self.cond.locked())
                raise
            return self.jobs.pop(0)

async def employee(board, who):
    done = []
    try:
        while True:
            job = await board.take(who)
            print(el(), who, "took", job)
            await asyncio.sleep(0.1)
            done.append(job)
    except asyncio.CancelledError:
        print(el(), who, "went home after", done)
        return done

async def main():
    board = JobBoard()
    staff = [asyncio.create_task(employee(board, n)) for n in ("ann", "bob", "cyd")]
    await asyncio.sleep(0.01)
    for j in ("j1", "j2"):
        await board.post(j)
    await asyncio.sleep(0.05)
    await board.post("j3")
    await asyncio.sleep(0.12)
    await board.post("j4")
    await asyncio.sleep(0.02)
    for s in staff:
        s.cancel()
    done = await asyncio.gather(*staff)
    print(el(), "all done:", done, "lock free:", not board.cond.locked())

asyncio.run(main())
