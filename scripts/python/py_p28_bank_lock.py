import asyncio, time

t0 = time.time()
def el():
    return f"{time.time() - t0:.1f}"

class Account:
    def __init__(self, name, balance):
        self.name = name
        self.balance = balance
        self.lock = asyncio.Lock()

async def unsafe_deposit(acct, amount):
    current = acct.balance
    await asyncio.sleep(0)          # simulated I/O in the middle: lost update
    acct.balance = current + amount

async def safe_deposit(acct, amount):
    async with acct.lock:
        current = acct.balance
        await asyncio.sleep(0)
        acct.balance = current + amount

async def transfer(src, dst, amount, who):
    first, second = sorted([src, dst], key=lambda a: a.name)
    async with first.lock:
        async with second.lock:
            if src.balance < amount:
                print(el(), who, "insufficient funds in", src.name)
                return False
            src.balance -= amount
            await asyncio.sleep(0.1)
            dst.balance += amount
            print(el(), who, f"moved {amount} {src.name}->{dst.name}")
            return True

async def main():
    a = Account("a", 0)
    await asyncio.gather(*(unsafe_deposit(a, 1) for _ in range(10)))
    print(el(), "unsafe balance", a.balance)
    b = Account("b", 0)
    await asyncio.gather(*(safe_deposit(b, 1) for _ in range(10)))
    print(el(), "safe balance", b.balance)
    x, y = Account("x", 100), Account("y", 50)
    res = await asyncio.gather(transfer(x, y, 70, "t1"), transfer(y, x, 30, "t2"), transfer(x, y, 50, "t3"))
    print(el(), "results", res, "balances", x.balance, y.balance)

asyncio.run(main())
