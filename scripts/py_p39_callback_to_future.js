const t0 = time.time();
function el() { return (time.time() - t0).toFixed(1); }

class OSError extends Error {
  constructor(msg) { super(msg); this.name = "OSError"; }
}

function legacy_request(loop, url, delay, on_success, on_error) {
  // A callback-style API, like an old client library.
  function finish() {
    if (url.includes("fail")) on_error(new OSError(`could not reach ${url}`));
    else on_success(`body of ${url}`);
  }
  return loop.call_later(delay, finish);
}

function request(url, delay) {
  const loop = asyncio.get_running_loop();
  const fut = loop.create_future();
  const ok = (v) => { if (!fut.done()) fut.set_result(v); };
  const err = (e) => { if (!fut.done()) fut.set_exception(e); };
  const handle = legacy_request(loop, url, delay, ok, err);
  fut.add_done_callback((f) => { if (f.cancelled()) handle.cancel(); });
  return fut;
}

async function main() {
  print(el(), await request("http://a", 0.1));
  try {
    await request("http://fail", 0.2);
  } catch (e) {
    if (!(e instanceof OSError)) throw e;
    print(el(), "error:", e.message);
  }
  const f = request("http://slow", 5);
  try {
    await asyncio.wait_for(f, 0.3);
  } catch (e) {
    if (!(e instanceof asyncio.TimeoutError)) throw e;
    print(el(), "timeout; future cancelled:", f.cancelled() ? "True" : "False");
  }
  const results = await asyncio.gather(request("http://x", 0.2), request("http://y", 0.1));
  print(el(), "[" + results.map(r => `'${r}'`).join(", ") + "]");
  const loop = asyncio.get_running_loop();
  print(el(), "pending timers drained; loop running:", loop.is_running() ? "True" : "False");
}

await asyncio.run(main());
