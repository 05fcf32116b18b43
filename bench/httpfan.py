# httpfan for CPython: 1,000 requests gathered, each asyncio.to_thread(requests.get) (the seeds' way; no
# aiohttp here), to a local ThreadingHTTPServer whose handler waits 0.05 s.
import asyncio
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import requests

N = 1000
DELAY = 0.05


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        time.sleep(DELAY)
        body = b"ok"
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


async def main():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    t0 = time.perf_counter()
    rs = await asyncio.gather(*(asyncio.to_thread(requests.get, url) for _ in range(N)))
    elapsed = time.perf_counter() - t0
    if sum(r.text == "ok" for r in rs) != N:
        raise RuntimeError("httpfan: some requests failed")
    print(f"RESULT httpfan {elapsed:.6f} {(elapsed - DELAY) * 1e6 / N:.3f}")
    server.shutdown()


asyncio.run(main())
