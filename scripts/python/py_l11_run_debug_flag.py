import asyncio
async def show(tag):
    print(tag, "debug", asyncio.get_running_loop().get_debug())
asyncio.run(show("default"))
asyncio.run(show("debug=True"), debug=True)
asyncio.run(show("after debug run"))
asyncio.run(show("debug=False"), debug=False)
async def toggle():
    loop = asyncio.get_running_loop()
    loop.set_debug(True)
    print("set_debug(True) ->", loop.get_debug())
asyncio.run(toggle())
asyncio.run(show("after set_debug run"))
