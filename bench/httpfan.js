// httpfan: 1,000 concurrent fetches to a local http.serve whose handler waits 0.05 s, gathered.
// Prints: RESULT httpfan <elapsed s> <µs per request beyond the wait>
const N = 1000;
const DELAY = 0.05;
const server = http.serve({ port: 0 }, async () => {
  await asyncio.sleep(DELAY);
  return "ok";
});
const t0 = time.perf_counter();
const rs = await asyncio.gather(...Array.from({ length: N }, () => fetch(server.url + "/")));
const bodies = await Promise.all(rs.map((r) => r.text()));
const elapsed = time.perf_counter() - t0;
if (bodies.filter((b) => b === "ok").length !== N) throw new Error("httpfan: some requests failed");
print(`RESULT httpfan ${elapsed.toFixed(6)} ${(((elapsed - DELAY) * 1e6) / N).toFixed(3)}`);
server.close();
