// Bad arguments to the HTTP functions raise TypeError naming the function and the argument, on the loop
// and from a thread alike.
const calls = [
  () => fetch(42),
  () => fetch("http://127.0.0.1:1/", { method: 7 }),
  () => fetch("http://127.0.0.1:1/", { timeout: -1 }),
  () => fetch("http://127.0.0.1:1/", { colour: "red" }),
  () => http.get(42),
  () => asyncio.to_thread(http.get, 42),
  () => http.get("http://127.0.0.1:1/", { bogus: 1 }),
  () => asyncio.to_thread(http.request),
  () => http.serve({ port: 70000 }, () => "x"),
  () => http.serve({ port: 0 }, "not a function"),
  () => new Response("x", { status: 99 }),
];
for (const call of calls) {
  try {
    await call();
    print("no error");
  } catch (e) {
    print(`${e.name}: ${e.message}`);
  }
}
