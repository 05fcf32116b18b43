const t0 = time.time();
function el() { return (time.time() - t0).toFixed(1); }

class Account {
  constructor(name, balance) {
    this.name = name;
    this.balance = balance;
    this.lock = new asyncio.Lock();
  }
}

async function unsafe_deposit(acct, amount) {
  const current = acct.balance;
  await asyncio.sleep(0);          // simulated I/O in the middle: lost update
  acct.balance = current + amount;
}

async function safe_deposit(acct, amount) {
  await acct.lock.with(async () => {
    const current = acct.balance;
    await asyncio.sleep(0);
    acct.balance = current + amount;
  });
}

async function transfer(src, dst, amount, who) {
  const [first, second] = [src, dst].sort((p, q) => (p.name < q.name ? -1 : 1));
  return await first.lock.with(async () => second.lock.with(async () => {
    if (src.balance < amount) {
      print(el(), who, "insufficient funds in", src.name);
      return false;
    }
    src.balance -= amount;
    await asyncio.sleep(0.1);
    dst.balance += amount;
    print(el(), who, `moved ${amount} ${src.name}->${dst.name}`);
    return true;
  }));
}

async function main() {
  const a = new Account("a", 0);
  await asyncio.gather(...Array.from({ length: 10 }, () => unsafe_deposit(a, 1)));
  print(el(), "unsafe balance", a.balance);
  const b = new Account("b", 0);
  await asyncio.gather(...Array.from({ length: 10 }, () => safe_deposit(b, 1)));
  print(el(), "safe balance", b.balance);
  const x = new Account("x", 100), y = new Account("y", 50);
  const res = await asyncio.gather(transfer(x, y, 70, "t1"), transfer(y, x, 30, "t2"), transfer(x, y, 50, "t3"));
  print(el(), "results", "[" + res.map(r => (r ? "True" : "False")).join(", ") + "]", "balances", x.balance, y.balance);
}

await asyncio.run(main());
