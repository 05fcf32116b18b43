// Queue.shutdown(): puts raise QueueShutDown at once, blocked putters too; gets drain what is left, then
// raise. shutdown(true) (immediate) drops the items, unblocks join() and every getter. Expected output
// checked against CPython 3.13.
const step = () => asyncio.sleep(0);

async function attempt(what, f) {
  try {
    const v = await f();
    print(`   ${what} -> ${v}`);
  } catch (e) {
    print(`   ${what} -> ${e.name}`);
  }
}

print("1. shutdown()");
let q = new asyncio.Queue(2);
q.put_nowait(1);
q.put_nowait(2);
const blockedPut = asyncio.create_task(attempt("blocked put(3)", () => q.put(3)));
const joiner = asyncio.create_task(attempt("join()", async () => { await q.join(); return "joined"; }));
await step();
print(`   ${q}`);
q.shutdown();
print(`   ${q}`);
await blockedPut;
await attempt("put(4)", () => q.put(4));
await attempt("put_nowait(5)", () => q.put_nowait(5));
await attempt("get()", () => q.get());
await attempt("get_nowait()", () => q.get_nowait());
q.task_done();
q.task_done();
await joiner;
await attempt("get()", () => q.get());
await attempt("get_nowait()", () => q.get_nowait());
print(`   ${q}`);

print("2. shutdown(true) with items, a blocked getter elsewhere and a joiner");
q = new asyncio.Queue();
const empty = new asyncio.Queue();
const blockedGet = asyncio.create_task(attempt("blocked get()", () => empty.get()));
q.put_nowait("a");
q.put_nowait("b");
q.put_nowait("c");
await attempt("get()", () => q.get());
q.task_done();
const joiner2 = asyncio.create_task(attempt("join()", async () => { await q.join(); return "joined"; }));
await step();
print(`   ${q}`);
q.shutdown(true);
empty.shutdown({ immediate: true });
print(`   ${q}`);
await joiner2;
await blockedGet;
await attempt("get()", () => q.get());
await attempt("task_done()", () => q.task_done());
print(`   ${q}, qsize()=${q.qsize()}, empty()=${q.empty()}`);
