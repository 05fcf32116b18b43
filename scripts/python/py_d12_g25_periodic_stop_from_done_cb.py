import asyncio
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
t0 = loop.time()
def T():
    return f"{loop.time() - t0:.2f}"
state = {"n": 0, "h": None}
done = loop.create_future()
def tick():
    state["n"] += 1
    print(T(), "tick", state["n"])
    if state["n"] == 3:
        done.set_result(state["n"])
    state["h"] = loop.call_later(0.02, tick)
done.add_done_callback(lambda f: (print(T(), "done cb: stopping"), loop.stop()))
state["h"] = loop.call_later(0.02, tick)
loop.run_forever()
print(T(), "run_forever returned, ticks", state["n"], "handle cancelled?", state["h"].cancelled())
print(T(), loop.run_until_complete(asyncio.sleep(0.05, "slept")), "ticks", state["n"])
state["h"].cancel()
print(T(), loop.run_until_complete(asyncio.sleep(0.05, "slept again")), "ticks", state["n"])
loop.close()
