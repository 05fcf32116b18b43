const rp = (v) => (typeof v === "string" ? `'${v}'` : Array.isArray(v) ? "(" + v.map(rp).join(", ") + ")" : String(v));
async function main() {
  for (const [label, item] of [["dict", {x: 1}], ["None", null], ["str vs tuple", "s"]]) {
    const q = new asyncio.PriorityQueue();
    q.put_nowait([1, "a"]);
    try {
      q.put_nowait(item);
      print(label, "accepted");
    } catch (e) {
      if (e instanceof TypeError) print(label, e.name); else throw e;
    }
  }
  const q = new asyncio.PriorityQueue();
  q.put_nowait([1, "a"]);
  q.put_nowait([0, "b"]);
  q.put_nowait([1, "0"]);
  const out = [];
  while (q.qsize()) out.push(q.get_nowait());
  print("[" + out.map(rp).join(", ") + "]");
  const q2 = new asyncio.PriorityQueue();
  q2.put_nowait(3);
  try {
    await q2.put("x");
  } catch (e) {
    if (e instanceof TypeError) print("put", e.name); else throw e;
  }
}
await asyncio.run(main());
