const t0 = time.time();
function el() { return (time.time() - t0).toFixed(1); }

const background_tasks = new Set();
const log = [];

async function send_email(to, seconds) {
  await asyncio.sleep(seconds);
  log.push(to);
  print(el(), "email sent to", to);
  return to;
}

function on_done(task) {
  background_tasks.delete(task);
  print(el(), "done callback:", task.get_name(), "remaining", background_tasks.size);
}

async function handle_request(i) {
  const task = asyncio.create_task(send_email(`user${i}`, 0.1 * (4 - i)), { name: `email-${i}` });
  background_tasks.add(task);
  task.add_done_callback(on_done);
  print(el(), "request", i, "answered");
}

async function main() {
  for (let i = 0; i < 3; i++) {
    await handle_request(i);
    await asyncio.sleep(0.06);
  }
  print(el(), "in flight", background_tasks.size);
  while (background_tasks.size) await asyncio.sleep(0.1);
  print(el(), "all emails:", log.join(","));
}

await asyncio.run(main());
