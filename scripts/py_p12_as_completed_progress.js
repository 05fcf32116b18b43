const t0 = time.time();
function el() { return (time.time() - t0).toFixed(1); }

async function crawl(url, seconds) {
  await asyncio.sleep(seconds);
  if (url.includes("bad")) throw new asyncio.ValueError(`cannot parse ${url}`);
  return [url, url.length * 10];
}

async function main() {
  const jobs = [["https://a.example", 0.4], ["https://bad.example", 0.2], ["https://ccc.example", 0.1], ["https://dd.example", 0.3], ["https://e.example", 0.6]];
  const total = jobs.length;
  let done = 0;
  const pages = new Map();
  for (const fut of asyncio.as_completed(jobs.map(([u, s]) => crawl(u, s)), { timeout: 0.5 })) {
    let status;
    try {
      const [url, size] = await fut;
      pages.set(url, size);
      status = `ok ${url} ${size}`;
    } catch (e) {
      if (e instanceof asyncio.ValueError) status = `error ${e.message}`;
      else if (e instanceof asyncio.TimeoutError) {
        status = "timeout";
        done += 1;
        print(el(), `[${done}/${total}] ${status}`);
        break;
      } else throw e;
    }
    done += 1;
    print(el(), `[${done}/${total}] ${status}`);
  }
  print(el(), "collected", pages.size, "pages, total size", [...pages.values()].reduce((a, b) => a + b, 0));
  await asyncio.sleep(0.3);
  print(el(), "end");
}

await asyncio.run(main());
