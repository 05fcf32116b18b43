import asyncio
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
loop.stop()
print("stop before run_until_complete")
try:
    print("ruc:", loop.run_until_complete(asyncio.sleep(0.01, "zz")))
except RuntimeError as e:
    print("RuntimeError", e)
print("next ruc:", loop.run_until_complete(asyncio.sleep(0.01, "yy")))
loop.close()
