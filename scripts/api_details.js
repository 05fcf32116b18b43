// Details of the API that have no Python twin to compare with: getters read on a prototype, function
// names, keyword forms, reprs through String(), TimeoutError's cause, run_forever/stop, and
// concurrent.futures on futures that are already done.

// A getter read on its prototype raises TypeError (it used to overflow the Go stack).
for (const [name, proto] of [["Barrier.broken", asyncio.Barrier.prototype], ["Queue.maxsize", asyncio.Queue.prototype]]) {
  const prop = name.split(".")[1];
  try { proto[prop]; print(name, "read"); } catch (e) { print(name, e.name); }
}

// Native functions are named as JavaScript functions are.
print(print.name, require.name, setTimeout.name, clearInterval.name, asyncio.Task.name, asyncio.Future.name, asyncio.Lock.name);

// Keyword forms of Python's named parameters.
print(await asyncio.sleep({ delay: 0.5, result: "slept" }));
print(String(new asyncio.Semaphore({ value: 2 })), String(new asyncio.Barrier({ parties: 3 })));
print(await asyncio.run({ main: (async () => "ran")() }));

// Reprs through String(), as Python's str() of these objects.
const loop = asyncio.get_running_loop();
function cb(a, b) {}
const h = loop.call_soon(cb, "x", 1);
print(String(h));
h.cancel();
print(String(h), String(new asyncio.TaskGroup()));

// Futures: remove_done_callback on a done future removes nothing; set_exception(Class) makes an instance.
const f = new asyncio.Future();
f.add_done_callback(() => print("callback ran"));
f.set_exception(TypeError);
print(f.remove_done_callback(() => {}), f.exception() instanceof TypeError, String(f));
await asyncio.sleep(0);

// TimeoutError carries the CancelledError it was raised from.
try { await asyncio.timeout(0.1).with(async () => { await asyncio.sleep(1); }); } catch (e) { print("timeout:", e.name, e.cause.name); }
try { await asyncio.wait_for(asyncio.sleep(1), 0.1); } catch (e) { print("wait_for:", e.name, e.cause.name); }

// run_forever ends at stop(); a run_until_complete that stop() ends raises.
const other = asyncio.new_event_loop();
other.call_soon(() => { print("stopping"); other.stop(); });
await other.run_forever();
other.call_soon(() => other.stop());
try { await other.run_until_complete(other.create_future()); } catch (e) { print(e.name, e.message); }
other.close();
print("closed", other.is_closed());

// concurrent.futures on done futures: a zero timeout never loses to the done state.
const { ThreadPoolExecutor, ProcessPoolExecutor, as_completed } = require("concurrent.futures");
const pool = new ThreadPoolExecutor(1);
const done = pool.submit((x) => x, 7);
done.result();
let ok = 0;
for (let i = 0; i < 200; i++) {
  if (done.result(0) === 7 && done.exception(0) === null) ok++;
  for (const g of as_completed([done], 0)) g.result();
}
print("result(0) on a done future", ok, "of 200");
print([...pool.map((a, b) => a + b, [1, 2, 3], [10, 20, 30, 40])]);
const wrapped = asyncio.wrap_future(done);
print("wrap_future of a done future: done at once?", wrapped.done(), "then", await wrapped);
for (const make of [() => new ThreadPoolExecutor(0), () => loop.set_default_executor(new ProcessPoolExecutor(1))]) {
  try { make(); } catch (e) { print(e.name, e.message); }
}
pool.shutdown();
