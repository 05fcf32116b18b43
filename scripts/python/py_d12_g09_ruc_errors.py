import asyncio
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
async def boom():
    await asyncio.sleep(0.01)
    raise ValueError("boom")
try:
    loop.run_until_complete(boom())
except ValueError as e:
    print("ValueError", e)
f = loop.create_future()
loop.call_later(0.01, f.cancel)
try:
    loop.run_until_complete(f)
except asyncio.CancelledError:
    print("CancelledError from cancelled future")
f2 = loop.create_future()
loop.call_later(0.01, loop.stop)
try:
    loop.run_until_complete(f2)
except RuntimeError as e:
    print("RuntimeError", e)
print("f2 done?", f2.done())
loop.call_later(0.01, f2.set_result, "late")
print("f2 later:", loop.run_until_complete(f2))
async def nested():
    c = asyncio.sleep(0)
    try:
        loop.run_until_complete(c)
    except RuntimeError as e:
        print("nested RuntimeError", e)
    c.close()
    try:
        loop.run_forever()
    except RuntimeError as e:
        print("nested forever RuntimeError", e)
    try:
        loop.close()
    except RuntimeError as e:
        print("close while running RuntimeError", e)
    return "nested ok"
print(loop.run_until_complete(nested()))
t = loop.create_task(boom())
try:
    loop.run_until_complete(t)
except ValueError as e:
    print("task ValueError", e, t.exception() is e)
loop.close()
