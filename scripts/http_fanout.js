// HTTP in one script: http.serve answers, fetch asks. Three requests that each wait until all three are
// in the server at once can only finish if they run concurrently (the seeds' three one-second requests
// in one second); then the Response API, a handler's error, a blocking http.get in a thread, and a
// fetch that gives up after its timeout.
let inside = 0;
const allIn = new asyncio.Event();
const slowEnded = new asyncio.Event();
const server = http.serve({ host: "127.0.0.1", port: 0 }, async (req) => {
  if (req.path.startsWith("/together/")) {
    inside++;
    if (inside === 3) allIn.set();
    await asyncio.wait_for(allIn.wait(), 10);
    return { n: Number(req.path.split("/")[2]), inside };
  }
  switch (req.path) {
    case "/echo":
      return new Response(`${req.method} ${await req.text()} q=${req.query.q}`, {
        status: 201,
        headers: { "X-Echo": "yes" },
      });
    case "/json":
      return Response.json({ got: await req.json() });
    case "/boom":
      throw new asyncio.ValueError("the handler failed");
    case "/slow":
      try {
        await asyncio.sleep(30);
        return "too late";
      } finally {
        slowEnded.set(); // the client went away: this task was cancelled
      }
  }
  return new Response("no such page: " + req.path, { status: 404 });
});
print("port chosen:", server.port > 0, server.url === `http://127.0.0.1:${server.port}`);

const replies = await asyncio.gather(...[1, 2, 3].map((n) => fetch(`${server.url}/together/${n}`)));
for (const r of replies) print(r.status, r.headers.get("content-type"), JSON.stringify(await r.json()));

const e = await fetch(server.url + "/echo?q=1", { method: "POST", body: "ping" });
print(e.status, e.ok, e.statusText, e.headers.get("X-ECHO"), await e.text());
const j = await fetch(server.url + "/json", { method: "POST", json: { a: [1, 2] } });
print(j.status, JSON.stringify(await j.json()));
const missing = await fetch(server.url + "/nothing");
print(missing.status, missing.ok, await missing.text());
const boom = await fetch(server.url + "/boom");
print(boom.status, await boom.text());

const r = await asyncio.to_thread(http.get, server.url + "/together/4");
print("thread:", r.status, r.ok, r.headers["content-type"], r.json().n);

try {
  await fetch(server.url + "/slow", { timeout: 0.1 });
} catch (err) {
  print(err instanceof asyncio.TimeoutError, err.message);
}
await asyncio.wait_for(slowEnded.wait(), 10);
slowEnded.clear();
const t = asyncio.create_task(fetch(server.url + "/slow"));
await asyncio.sleep(0.05);
t.cancel(); // cancelling the fetch closes its connection, which cancels the handler's task
await asyncio.wait_for(slowEnded.wait(), 10);
print("cancelled:", t.cancelled());
try {
  await fetch("not a url");
} catch (err) {
  print(err.name, err.message);
}
server.close();
await server.closed;
print("closed");
