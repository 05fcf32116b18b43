// Thread functions begin in the order they were handed over, as Python's executor threads take their
// work items in order: each job reads the (shared, real) clock as it begins, and the readings rise with
// the submission order. (Worker interpreters made at once started in any order, the last one made
// usually first.)
function job(n) {
  const began = time.monotonic();
  time.sleep(0.05);
  return [n, began];
}
const results = await asyncio.gather(...[1, 2, 3, 4, 5, 6].map((n) => asyncio.to_thread(job, n)));
const began = results.map((r) => r[1]);
print("results in order:", results.map((r) => r[0]).join(" "));
print("began in order:", began.every((t, i) => i === 0 || began[i - 1] <= t));
