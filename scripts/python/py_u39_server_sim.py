import asyncio, time

t0 = time.time()
def el():
    return f"{int((time.time() - t0 + 0.04) * 10 + 0.05) / 10:.1f}"  # tenths elapsed, floored with a shift that keeps this program's event times away from the rounding edge

access_log = []

def logged(handler):
    async def wrapper(req):
        start = time.time()
        try:
            resp = await handler(req)
            status = resp[0]
        except asyncio.TimeoutError:
            status, resp = 504, (504, "gateway timeout")
        except Exception as e:
            status, resp = 500, (500, f"{type(e).__name__}: {e}")
        access_log.append((req["path"], status, round(time.time() - start, 1)))
        return resp
    return wrapper

async def db_query(sql, secs):
    await asyncio.sleep(secs)
    if "DROP" in sql:
        raise PermissionError("not allowed")
    return [sql.lower()]

@logged
async def handle(req):
    path = req["path"]
    if path == "/slow":
        rows = await asyncio.wait_for(db_query("SELECT slow", 0.5), timeout=0.2)
    elif path == "/admin":
        rows = await db_query("DROP TABLE users", 0.06)
    elif path == "/multi":
        rows = sum(await asyncio.gather(db_query("SELECT a", 0.1), db_query("SELECT b", 0.12)), [])
    else:
        rows = await db_query(f"SELECT {path}", 0.1)
    return 200, rows

class Server:
    def __init__(self, max_conns):
        self.sem = asyncio.Semaphore(max_conns)
        self.active = 0

    async def connection(self, cid, requests):
        async with self.sem:
            self.active += 1
            print(el(), f"conn {cid} accepted (active {self.active})")
            try:
                for path in requests:
                    status, body = await handle({"path": path})
                    print(el(), f"conn {cid} {path} -> {status} {body}")
            finally:
                self.active -= 1
                print(el(), f"conn {cid} closed")

async def main():
    srv = Server(2)
    await asyncio.gather(
        srv.connection(1, ["/home", "/slow"]),
        srv.connection(2, ["/admin", "/multi"]),
        srv.connection(3, ["/about"]),
    )
    for entry in access_log:
        print("log", entry)

asyncio.run(main())
