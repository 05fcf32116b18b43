const t0 = time.time();
function el() { return (Math.floor((time.time() - t0) * 10 + 0.05) / 10).toFixed(1); } // tenths elapsed (floored)

// Return 'event' if the event fires first, 'timer' otherwise; the loser is cancelled.
async function wait_any(event, delay, label) {
  const ev = asyncio.create_task(event.wait(), { name: `${label}-event` });
  const tm = asyncio.create_task(asyncio.sleep(delay), { name: `${label}-timer` });
  const [done, pending] = await asyncio.wait(new Set([ev, tm]), { return_when: asyncio.FIRST_COMPLETED });
  for (const p of pending) p.cancel();
  await asyncio.gather(...pending, { return_exceptions: true });
  const winner = done.has(ev) ? "event" : "timer";
  print(el(), label, "->", winner, "| loser cancelled:", "[" + [...pending].map(p => p.cancelled() ? "True" : "False").join(", ") + "]");
  return winner;
}

async function poller(event, label, interval, max_polls) {
  let polls = 0;
  while (polls < max_polls) {
    polls += 1;
    if (await wait_any(event, interval, `${label}#${polls}`) === "event") return `${label}: woke by event after ${polls} polls`;
  }
  return `${label}: gave up after ${polls} polls`;
}

async function main() {
  const ev = new asyncio.Event();
  asyncio.get_running_loop().call_later(0.33, () => ev.set());
  const res = await asyncio.gather(poller(ev, "A", 0.1, 5), poller(ev, "B", 0.2, 1));
  for (const r of res) print(el(), r);
  print(el(), "remaining tasks:", asyncio.all_tasks().size);
}

await asyncio.run(main());
