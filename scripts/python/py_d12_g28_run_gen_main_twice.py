import asyncio, types
@types.coroutine
def cleanup_gen(name):
    try:
        yield from asyncio.sleep(1)
    finally:
        print(name, "cleanup starts")
        yield from asyncio.sleep(0.01)
        print(name, "cleanup done")
@types.coroutine
def child(name):
    yield from cleanup_gen(name)
@types.coroutine
def gen_main(n):
    loop = asyncio.get_running_loop()
    t = asyncio.ensure_future(child(f"child{n}"))
    yield from asyncio.sleep(0.02)
    print("main", n, "returns, leaving child pending; tasks", len(asyncio.all_tasks()))
    return (n, loop)
r1 = asyncio.run(gen_main(1))
r2 = asyncio.run(gen_main(2))
print(r1[0], r2[0], "loops differ", r1[1] is not r2[1], "closed", r1[1].is_closed(), r2[1].is_closed())
