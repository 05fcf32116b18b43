const P = (v) => (v === true ? "True" : v === false ? "False" : v);
function plain() {}
const coro_fn = asyncio.coroutine(async function coro_fn() {});
async function main() {
  print("gather() ->", await asyncio.gather());
  print("gather(return_exceptions=True) ->", await asyncio.gather({return_exceptions: true}));
  const g = asyncio.gather();
  print("empty gather done at once", P(g.done()));
  print("as_completed([]) ->", [...asyncio.as_completed([])]);
  for (const [label, v] of [["number", 5], ["None", null], ["string", "x"], ["plain fn", plain], ["async fn", coro_fn]]) {
    print(label, "iscoroutine", P(asyncio.iscoroutine(v)), "isfuture", P(asyncio.isfuture(v)),
          "iscoroutinefunction", P(asyncio.iscoroutinefunction(v)));
  }
  const c = coro_fn();
  print("coroutine object", P(asyncio.iscoroutine(c)), P(asyncio.isfuture(c)));
  await c;
}
await asyncio.run(main());
