async function ticker(name, n, d) {
  for (let i = 0; i < n; i++) {
    await asyncio.sleep(d);
    print(name, "tick", i);
  }
  return name;
}

const a = asyncio.new_event_loop();
const b = asyncio.new_event_loop();
const ta = a.create_task(ticker("a", 5, 0.1));
print(await a.run_until_complete(asyncio.sleep(0.25, "a ran a while")));
a.close();
const tb = b.create_task(ticker("b", 2, 0.1));
print(await b.run_until_complete(tb));
print("a done?", ta.done(), "b done?", tb.done());
b.close();
