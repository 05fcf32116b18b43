// The seed's aiohttp best practice, against a local stand-in for the two sites: two tasks, their
// results taken with as_completed as each arrives (the faster site first).
const server = http.serve({ port: 0 }, async (req) => {
  await asyncio.sleep(req.path === "/www.apple.com" ? 0.5 : 0.1);
  return new Response("ok", { status: req.path === "/www.apple.com" ? 200 : 203 });
});

async function fetch_status(name) {
  const response = await fetch(`${server.url}/${name}`);
  const status = response.status;
  return { status, url: name };
}

async function main() {
  const apple_task = asyncio.create_task(fetch_status("www.apple.com"));
  const google_task = asyncio.create_task(fetch_status("www.google.com"));
  const tasks = [apple_task, google_task];
  for (const future of asyncio.as_completed(tasks)) {
    const result = await future;
    print(result);
  }
}

await asyncio.run(main());
server.close();
