import asyncio, time

t0 = time.time()
def el():
    return f"{int((time.time() - t0) * 10 + 0.05) / 10:.1f}"  # tenths elapsed (floored: robust to real-time drift)

class LeaseLost(Exception):
    pass

class Lease:
    def __init__(self, name, ttl, fail_renewal_at=None):
        self.name, self.ttl = name, ttl
        self.renewals = 0
        self.fail_renewal_at = fail_renewal_at

    async def renew_forever(self, owner):
        try:
            while True:
                await asyncio.sleep(self.ttl / 2)
                self.renewals += 1
                if self.renewals == self.fail_renewal_at:
                    print(el(), self.name, "renewal failed; cancelling owner")
                    owner.cancel(f"lease {self.name} lost")
                    return
                print(el(), self.name, "renewed", self.renewals)
        finally:
            print(el(), self.name, "renewer stopped")

async def with_lease(lease, work):
    renewer = asyncio.create_task(lease.renew_forever(asyncio.current_task()))
    try:
        return await work()
    except asyncio.CancelledError as e:
        if asyncio.current_task().cancelling() and renewer.done():
            raise LeaseLost(str(e.args[0]) if e.args else "lost") from None
        raise
    finally:
        renewer.cancel()
        await asyncio.gather(renewer, return_exceptions=True)
        print(el(), lease.name, "released after", lease.renewals, "renewals")

async def job(secs):
    await asyncio.sleep(secs)
    return f"worked {secs}s"

async def main():
    print(el(), await with_lease(Lease("L1", 0.2), lambda: job(0.35)))
    try:
        await with_lease(Lease("L2", 0.2, fail_renewal_at=2), lambda: job(1.0))
    except LeaseLost as e:
        print(el(), "LeaseLost:", e)
    print(el(), "cancelling now:", asyncio.current_task().cancelling())

asyncio.run(main())
