import asyncio
async def main():
    f = asyncio.get_running_loop().create_future()
    f.set_result(3)
    try:
        f.set_result(4)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
asyncio.run(main())
