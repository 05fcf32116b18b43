class AppError extends Error { constructor(m) { super(m); this.name = "AppError"; } }
class ValueError extends Error { constructor(m) { super(m); this.name = "ValueError"; } }
async function ok(v, d) { await asyncio.sleep(d); return v; }
async function bad(exc, d) { await asyncio.sleep(d); throw exc; }
async function main() {
  const slow = asyncio.create_task(ok("slow", 5));
  async function canceller() { await asyncio.sleep(0.1); slow.cancel("nope"); }
  asyncio.create_task(canceller());
  const res = await asyncio.gather(ok(1, 0.2), bad(new AppError("app"), 0.1), slow, bad(new ValueError(), 0.3), bad(new asyncio.TimeoutError(), 0.05), { return_exceptions: true });
  for (const r of res) {
    if (r instanceof Error) print("exc", r.name, `'${r.message}'`);
    else print("val", r);
  }
  print(res[2] instanceof asyncio.CancelledError ? "True" : "False");
}
await asyncio.run(main());
