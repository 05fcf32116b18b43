# Condition.wait_for(predicate): returns the predicate's value; the predicate is re-checked after
# each wake-up; a consumer whose predicate is already true does not wait; notify_all with
# several consumers waiting for different thresholds.
import asyncio

async def main():
    cond = asyncio.Condition()
    state = {"n": 0}
    log = []
    calls = {}

    def pred_for(name, k):
        def pred():
            calls[name] = calls.get(name, 0) + 1
            return state["n"] >= k and f"n={state['n']}"
        return pred

    async def consumer(name, k):
        async with cond:
            r = await cond.wait_for(pred_for(name, k))
            log.append(f"{name} (>= {k}) got {r!s}")

    async def producer():
        for _ in range(5):
            await asyncio.sleep(0.1)
            async with cond:
                state["n"] += 1
                log.append(f"n -> {state['n']}")
                cond.notify_all()

    ts = [asyncio.create_task(consumer(f"c{k}", k)) for k in (3, 1, 5, 0)]
    await asyncio.gather(producer(), *ts)
    print("\n".join(log))
    print(", ".join(f"{k}:{v}" for k, v in sorted(calls.items())))
    async with cond:
        print("wait_for falsy then truthy:", await cond.wait_for(lambda: 7))

asyncio.run(main())
