import asyncio, time

t0 = time.time()
def el():
    return f"{time.time() - t0:.1f}"

def legacy_request(loop, url, delay, on_success, on_error):
    """A callback-style API, like an old client library."""
    def finish():
        if "fail" in url:
            on_error(IOError(f"could not reach {url}"))
        else:
            on_success(f"body of {url}")
    return loop.call_later(delay, finish)

def request(url, delay):
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    def ok(v):
        if not fut.done():
            fut.set_result(v)
    def err(e):
        if not fut.done():
            fut.set_exception(e)
    handle = legacy_request(loop, url, delay, ok, err)
    fut.add_done_callback(lambda f: handle.cancel() if f.cancelled() else None)
    return fut

async def main():
    print(el(), await request("http://a", 0.1))
    try:
        await request("http://fail", 0.2)
    except OSError as e:
        print(el(), "error:", e)
    f = request("http://slow", 5)
    try:
        await asyncio.wait_for(f, 0.3)
    except asyncio.TimeoutError:
        print(el(), "timeout; future cancelled:", f.cancelled())
    results = await asyncio.gather(request("http://x", 0.2), request("http://y", 0.1))
    print(el(), results)
    loop = asyncio.get_running_loop()
    print(el(), "pending timers drained; loop running:", loop.is_running())

asyncio.run(main())
