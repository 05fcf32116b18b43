const t0 = time.time();
function el() { return (Math.floor((time.time() - t0) * 10 + 0.05) / 10).toFixed(1); } // tenths elapsed (floored)

const LAT = { "/a": 0.1, "/b": 0.4, "/c": 0.2, "/d": 0.6, "/e": 0.07 };
class ConnectionResetError extends Error { constructor(m) { super(m); this.name = "ConnectionResetError"; } }

async function fetch(url) {
  try {
    await asyncio.sleep(LAT[url]);
    if (url === "/c") throw new ConnectionResetError(`${url} reset by peer`);
    return `200 ${url}`;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print(el(), "abandoned", url);
    throw e;
  }
}

async function main() {
  const urls = Object.keys(LAT);
  const results = await asyncio.gather(...urls.map(u => asyncio.wait_for(fetch(u), 0.3)), { return_exceptions: true });
  urls.forEach((u, i) => {
    const r = results[i];
    const kind = typeof r === "string" ? "ok" : r.name;
    print(el(), u, kind, typeof r === "string" ? r : (r.message || "-"));
  });
  const ok = results.filter(r => typeof r === "string").length;
  print(el(), `${ok}/${urls.length} succeeded`);
}

await asyncio.run(main());
