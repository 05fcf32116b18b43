import asyncio
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
t0 = loop.time()
handles = {}
def cb(name, victims=()):
    print(f"{loop.time() - t0:.2f}", "run", name)
    for v in victims:
        h = handles[v]
        h.cancel()
        print("   cancelled", v, h.cancelled())
handles["s1"] = loop.call_soon(cb, "s1", ("s3",))
handles["s2"] = loop.call_soon(cb, "s2")
handles["s3"] = loop.call_soon(cb, "s3")
handles["t1"] = loop.call_at(t0 + 0.05, cb, "t1", ("t2", "t4"))
handles["t2"] = loop.call_at(t0 + 0.05, cb, "t2")
handles["t3"] = loop.call_at(t0 + 0.05, cb, "t3", ("s1",))
handles["t4"] = loop.call_at(t0 + 0.08, cb, "t4")
handles["t5"] = loop.call_at(t0 + 0.08, cb, "t5")
print("when t4-t0:", round(handles["t4"].when() - t0, 2))
loop.call_at(t0 + 0.1, loop.stop)
loop.run_forever()
print("final:", {k: h.cancelled() for k, h in sorted(handles.items())})
loop.close()
