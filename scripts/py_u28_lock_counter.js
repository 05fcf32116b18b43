const t0 = time.time();
function el() { return (Math.floor((time.time() - t0) * 10 + 0.05) / 10).toFixed(1); } // tenths elapsed (floored)
const pyv = (x) => typeof x === "boolean" ? (x ? "True" : "False") : `'${x}'`;

class Account {
  constructor(balance) {
    this.balance = balance;
    this.lock = new asyncio.Lock();
  }
  async withdraw_unsafe(amount) {
    const current = this.balance;
    await asyncio.sleep(0.006); // simulated DB round-trip
    if (current >= amount) {
      this.balance = current - amount;
      return true;
    }
    return false;
  }
  async withdraw(amount, who) {
    return await this.lock.with(async () => {
      const current = this.balance;
      await asyncio.sleep(0.006);
      if (current >= amount) {
        this.balance = current - amount;
        print(el(), who, "withdrew", amount, "->", this.balance);
        return true;
      }
      print(el(), who, "refused", amount, "(balance", String(this.balance) + ")");
      return false;
    });
  }
}

async function main() {
  let acct = new Account(100);
  let ok = await asyncio.gather(...[0, 1, 2, 3, 4].map(() => acct.withdraw_unsafe(30)));
  print(el(), "unsafe: successes", ok.filter(Boolean).length, "balance", acct.balance);

  acct = new Account(100);
  ok = await asyncio.gather(...[0, 1, 2, 3, 4].map(i => acct.withdraw(30, `c${i}`)));
  print(el(), "safe: successes", ok.filter(Boolean).length, "balance", acct.balance);

  // a waiter cancelled while queued for the lock does not break the FIFO order
  acct = new Account(50);
  const holders = [0, 1, 2, 3].map(i => asyncio.create_task(acct.withdraw(10, `q${i}`)));
  await asyncio.sleep(0);
  holders[1].cancel();
  const res = await asyncio.gather(...holders, { return_exceptions: true });
  print(el(), "queued:", "[" + res.map(r => typeof r === "boolean" ? pyv(r) : pyv(r.name)).join(", ") + "]", "balance", acct.balance, "locked", pyv(acct.lock.locked()));
}

await asyncio.run(main());
