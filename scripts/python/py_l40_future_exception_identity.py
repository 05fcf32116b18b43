import asyncio
async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    err = ValueError("same")
    f.set_exception(err)
    caught = []
    for i in range(2):
        try:
            await f
        except ValueError as e:
            caught.append(e)
    print("same object each await", caught[0] is err and caught[1] is err)
    try:
        f.result()
    except ValueError as e:
        print("result() raises same", e is err)
    print("exception() same", f.exception() is err)
    ok = loop.create_future()
    ok.set_result({"k": 1})
    print("result same object", ok.result() is await ok)
asyncio.run(main())
