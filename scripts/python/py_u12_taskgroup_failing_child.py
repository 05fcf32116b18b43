import asyncio, time

t0 = time.time()
def el():
    return f"{int((time.time() - t0) * 10 + 0.05) / 10:.1f}"  # tenths elapsed (floored: robust to real-time drift)

class PaymentDeclined(Exception):
    pass

async def reserve_stock(order):
    try:
        print(el(), "stock: reserving", order)
        await asyncio.sleep(0.3)
        print(el(), "stock: reserved")
        return "stock-ok"
    except asyncio.CancelledError:
        print(el(), "stock: cancelled, releasing reservation")
        await asyncio.sleep(0.05)
        print(el(), "stock: released")
        raise

async def charge_card(order, amount):
    print(el(), "payment: charging", amount)
    await asyncio.sleep(0.1)
    if amount > 100:
        raise PaymentDeclined(f"card declined for {amount}")
    return "paid"

async def notify(order):
    try:
        await asyncio.sleep(0.5)
        return "notified"
    finally:
        print(el(), "notify: finally")

async def place_order(order, amount):
    tasks = {}
    try:
        async with asyncio.TaskGroup() as tg:
            tasks["stock"] = tg.create_task(reserve_stock(order), name="stock")
            tasks["pay"] = tg.create_task(charge_card(order, amount), name="pay")
            tasks["notify"] = tg.create_task(notify(order), name="notify")
            print(el(), "body: all started")
        print(el(), order, "complete:", {k: t.result() for k, t in tasks.items()})
    except* PaymentDeclined as eg:
        print(el(), order, "failed:", [str(e) for e in eg.exceptions])
    finally:
        states = {k: ("cancelled" if t.cancelled() else "error" if t.exception() else "done") for k, t in tasks.items()}
        print(el(), order, "states:", states)

async def main():
    await place_order("order-1", 50)
    await place_order("order-2", 500)
    print(el(), "current task cancelling:", asyncio.current_task().cancelling())

asyncio.run(main())
