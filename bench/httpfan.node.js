// httpfan for Node: 1,000 concurrent fetches to a local node:http server whose handler waits 0.05 s.
const http = require("node:http");
const N = 1000;
const DELAY = 0.05;
const server = http.createServer((req, res) => setTimeout(() => res.end("ok"), DELAY * 1000));
server.listen(0, "127.0.0.1", async () => {
  const url = `http://127.0.0.1:${server.address().port}/`;
  const t0 = performance.now();
  const rs = await Promise.all(Array.from({ length: N }, () => fetch(url)));
  const bodies = await Promise.all(rs.map((r) => r.text()));
  const elapsed = (performance.now() - t0) / 1000;
  if (bodies.filter((b) => b === "ok").length !== N) throw new Error("httpfan: some requests failed");
  console.log(`RESULT httpfan ${elapsed.toFixed(6)} ${(((elapsed - DELAY) * 1e6) / N).toFixed(3)}`);
  server.close();
});
