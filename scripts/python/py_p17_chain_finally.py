import asyncio, time

t0 = time.time()
def el():
    return f"{time.time() - t0:.1f}"

class ParseError(Exception):
    pass

async def read_file(name, fail):
    print(el(), "  open", name)
    try:
        await asyncio.sleep(0.1)
        if fail == "read":
            raise ParseError(f"{name}: bad bytes")
        return f"<{name}>"
    finally:
        print(el(), "  close", name)

async def parse(name, fail):
    print(el(), " parse start", name)
    try:
        raw = await read_file(name, fail)
        await asyncio.sleep(0.1)
        if fail == "parse":
            raise ParseError(f"{name}: bad syntax")
        return raw.upper()
    finally:
        print(el(), " parse cleanup", name)

async def load(name, fail=None):
    print(el(), "load", name)
    try:
        return await parse(name, fail)
    except ParseError as e:
        print(el(), "load caught:", e)
        return None
    finally:
        print(el(), "load finally", name)

async def main():
    print(el(), "result", await load("a.txt"))
    print(el(), "result", await load("b.txt", "read"))
    print(el(), "result", await load("c.txt", "parse"))
    t = asyncio.create_task(load("d.txt"))
    await asyncio.sleep(0.12)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print(el(), "d.txt load cancelled")

asyncio.run(main())
