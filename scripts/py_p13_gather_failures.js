const t0 = time.time();
function el() { return (time.time() - t0).toFixed(1); }

class HTTPError extends Error {
  constructor(status, url) {
    super(`${status} for ${url}`);
    this.name = "HTTPError";
    this.status = status;
  }
}

async function get(url, seconds, status = 200) {
  print(el(), "GET", url);
  await asyncio.sleep(seconds);
  if (status === 200) return `<html ${url}>`;
  if (status === 0) throw new asyncio.TimeoutError();
  throw new HTTPError(status, url);
}

async function main() {
  const specs = [["/home", 0.1, 200], ["/missing", 0.2, 404], ["/slow", 0.3, 0], ["/about", 0.15, 200], ["/boom", 0.05, 500]];
  const results = await asyncio.gather(...specs.map(([u, s, st]) => get(u, s, st)), { return_exceptions: true });
  const ok = [], failed = [];
  specs.forEach(([url], i) => {
    const r = results[i];
    if (r instanceof Error) {
      failed.push(url);
      const detail = r.status !== undefined ? r.status : "-";
      print(el(), `FAIL ${url}: ${r.name} status=${detail} msg='${r.message}'`);
    } else {
      ok.push(url);
      print(el(), `OK   ${url}: ${r}`);
    }
  });
  print(el(), "ok:", ok.join(","), "failed:", failed.join(","));
  try {
    await asyncio.gather(get("/x", 0.1, 503), get("/y", 0.2));
  } catch (e) {
    if (!(e instanceof HTTPError)) throw e;
    print(el(), "without return_exceptions:", e.status, e.message);
  }
  await asyncio.sleep(0.2);
  print(el(), "end");
}

await asyncio.run(main());
