const t0 = time.time();
function el() { return (Math.floor((time.time() - t0) * 10 + 0.05) / 10).toFixed(1); } // tenths elapsed (floored)
const pydict = (o) => "{" + Object.entries(o).map(([k, v]) => `'${k}': '${v}'`).join(", ") + "}";

class PaymentDeclined extends Error { constructor(m) { super(m); this.name = "PaymentDeclined"; } }

const reserve_stock = asyncio.coroutine(async function (order) {
  try {
    print(el(), "stock: reserving", order);
    await asyncio.sleep(0.3);
    print(el(), "stock: reserved");
    return "stock-ok";
  } catch (e) {
    if (e instanceof asyncio.CancelledError) {
      print(el(), "stock: cancelled, releasing reservation");
      await asyncio.sleep(0.05);
      print(el(), "stock: released");
    }
    throw e;
  }
});

const charge_card = asyncio.coroutine(async function (order, amount) {
  print(el(), "payment: charging", amount);
  await asyncio.sleep(0.1);
  if (amount > 100) throw new PaymentDeclined(`card declined for ${amount}`);
  return "paid";
});

async function notify(order) {
  try {
    await asyncio.sleep(0.5);
    return "notified";
  } finally {
    print(el(), "notify: finally");
  }
}

async function place_order(order, amount) {
  const tasks = {};
  try {
    await new asyncio.TaskGroup().with(async (tg) => {
      tasks.stock = tg.create_task(reserve_stock(order), { name: "stock" });
      tasks.pay = tg.create_task(charge_card(order, amount), { name: "pay" });
      tasks.notify = tg.create_task(notify(order), { name: "notify" });
      print(el(), "body: all started");
    });
    print(el(), order, "complete:", pydict(Object.fromEntries(Object.entries(tasks).map(([k, t]) => [k, t.result()]))));
  } catch (eg) {
    if (!(eg instanceof AggregateError)) throw eg;
    const mine = eg.errors.filter(e => e instanceof PaymentDeclined);
    if (mine.length === 0) throw eg;
    print(el(), order, "failed:", "[" + mine.map(e => `'${e.message}'`).join(", ") + "]");
  } finally {
    const states = Object.fromEntries(Object.entries(tasks).map(([k, t]) =>
      [k, t.cancelled() ? "cancelled" : t.exception() ? "error" : "done"]));
    print(el(), order, "states:", pydict(states));
  }
}

async function main() {
  await place_order("order-1", 50);
  await place_order("order-2", 500);
  print(el(), "current task cancelling:", asyncio.current_task().cancelling());
}

await asyncio.run(main());
