const t0 = time.time();
function el() { return (Math.floor((time.time() - t0) * 10 + 0.05) / 10).toFixed(1); } // tenths elapsed (floored)

class LeaseLost extends Error { constructor(m) { super(m); this.name = "LeaseLost"; } }

class Lease {
  constructor(name, ttl, fail_renewal_at = null) {
    this.name = name; this.ttl = ttl;
    this.renewals = 0;
    this.fail_renewal_at = fail_renewal_at;
  }
  async renew_forever(owner) {
    try {
      while (true) {
        await asyncio.sleep(this.ttl / 2);
        this.renewals += 1;
        if (this.renewals === this.fail_renewal_at) {
          print(el(), this.name, "renewal failed; cancelling owner");
          owner.cancel(`lease ${this.name} lost`);
          return;
        }
        print(el(), this.name, "renewed", this.renewals);
      }
    } finally {
      print(el(), this.name, "renewer stopped");
    }
  }
}

async function with_lease(lease, work) {
  const renewer = asyncio.create_task(lease.renew_forever(asyncio.current_task()));
  try {
    return await work();
  } catch (e) {
    if (e instanceof asyncio.CancelledError && asyncio.current_task().cancelling() && renewer.done())
      throw new LeaseLost(e.message ? e.message : "lost");
    throw e;
  } finally {
    renewer.cancel();
    await asyncio.gather(renewer, { return_exceptions: true });
    print(el(), lease.name, "released after", lease.renewals, "renewals");
  }
}

async function job(secs) {
  await asyncio.sleep(secs);
  return `worked ${secs}s`;
}

async function main() {
  const ts = el();
  print(ts, await with_lease(new Lease("L1", 0.2), () => job(0.35)));
  try {
    await with_lease(new Lease("L2", 0.2, 2), () => job(1.0));
  } catch (e) {
    if (!(e instanceof LeaseLost)) throw e;
    print(el(), "LeaseLost:", e.message);
  }
  print(el(), "cancelling now:", asyncio.current_task().cancelling());
}

await asyncio.run(main());
