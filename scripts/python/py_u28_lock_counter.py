import asyncio, time

t0 = time.time()
def el():
    return f"{int((time.time() - t0) * 10 + 0.05) / 10:.1f}"  # tenths elapsed (floored: robust to real-time drift)

class Account:
    def __init__(self, balance):
        self.balance = balance
        self.lock = asyncio.Lock()

    async def withdraw_unsafe(self, amount):
        current = self.balance
        await asyncio.sleep(0.006)  # simulated DB round-trip
        if current >= amount:
            self.balance = current - amount
            return True
        return False

    async def withdraw(self, amount, who):
        async with self.lock:
            current = self.balance
            await asyncio.sleep(0.006)
            if current >= amount:
                self.balance = current - amount
                print(el(), who, "withdrew", amount, "->", self.balance)
                return True
            print(el(), who, "refused", amount, "(balance", str(self.balance) + ")")
            return False

async def main():
    acct = Account(100)
    ok = await asyncio.gather(*(acct.withdraw_unsafe(30) for _ in range(5)))
    print(el(), "unsafe: successes", sum(ok), "balance", acct.balance)

    acct = Account(100)
    ok = await asyncio.gather(*(acct.withdraw(30, f"c{i}") for i in range(5)))
    print(el(), "safe: successes", sum(ok), "balance", acct.balance)

    # a waiter cancelled while queued for the lock does not break the FIFO order
    acct = Account(50)
    holders = [asyncio.create_task(acct.withdraw(10, f"q{i}")) for i in range(4)]
    await asyncio.sleep(0)
    holders[1].cancel()
    res = await asyncio.gather(*holders, return_exceptions=True)
    print(el(), "queued:", [r if isinstance(r, bool) else type(r).__name__ for r in res], "balance", acct.balance, "locked", acct.lock.locked())

asyncio.run(main())
