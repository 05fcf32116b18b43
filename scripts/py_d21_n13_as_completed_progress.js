async function download(i) {
  const d = [0.3, 0.1, 0.25, 0.05, 0.2][i];
  await asyncio.sleep(d);
  return [i, d];
}
async function main() {
  const loop = asyncio.get_running_loop(); const t0 = loop.time();
  const coros = [0, 1, 2, 3, 4].map((i) => download(i));
  let done = 0;
  for (const fut of asyncio.as_completed(coros)) {
    const [i, d] = await fut;
    done += 1;
    print(`${done}/5 item ${i} (${d}s) at ${Math.round((loop.time() - t0) * 100) / 100}`);
  }
  print("all done", (loop.time() - t0).toFixed(1));
}
asyncio.run(main());
