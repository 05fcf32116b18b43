const T0 = time.time();

async function display_date() {
  const loop = asyncio.get_running_loop();
  const end_time = loop.time() + 5.0;
  while (true) {
    print((time.time() - T0).toFixed(1));
    if ((loop.time() + 1.0) >= end_time) {
      break;
    }
    await asyncio.sleep(1);
  }
}

await asyncio.run(display_date());
