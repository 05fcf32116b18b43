// The seed's demo: a server whose /timeit/{seconds} answers after that many seconds (FastAPI runs the
// sync endpoint's time.sleep on a thread; here the handler sleeps asynchronously), and the httpx
// clients that call it: one request takes 2 s; two gathered (1 s and 2 s) take 2 s, not 3.
const server = http.serve({ host: "127.0.0.1", port: 0 }, async (req) => {
  if (req.path === "/") return { Hello: "World" };
  const m = req.path.match(/^\/timeit\/(\d+)$/);
  if (!m) return new Response("Not Found", { status: 404 });
  const seconds = Number(m[1]);
  await asyncio.sleep(seconds);
  return `sleep seconds: ${seconds}`;
});
const base = server.url;

async function get_time() {
  const start_time = time.time();
  await fetch(`${base}/timeit/2`);
  const end_time = time.time();
  print("whole time is: ", Math.round(end_time - start_time));
}

async function get_timeit() {
  const start_time = time.time();
  const response = fetch(`${base}/timeit/1`);
  const response2 = fetch(`${base}/timeit/2`);
  const [r1, r2] = await asyncio.gather(response, response2);
  print(await r1.text(), "|", await r2.text());
  const end_time = time.time();
  print("total time is: ", Math.round(end_time - start_time));
}

await asyncio.run(get_time());
await asyncio.run(get_timeit());
print(JSON.stringify(await (await fetch(base + "/")).json()));
server.close();
