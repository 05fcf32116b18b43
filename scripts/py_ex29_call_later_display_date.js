const T0 = time.time();

function display_date(end_time, loop) {
  print((time.time() - T0).toFixed(1));
  if ((loop.time() + 1.0) < end_time) {
    loop.call_later(1, display_date, end_time, loop);
  } else {
    loop.stop();
  }
}

const loop = asyncio.new_event_loop();

// Schedule the first call to display_date()
const end_time = loop.time() + 5.0;
loop.call_soon(display_date, end_time, loop);

// Blocking call interrupted by loop.stop()
try {
  await loop.run_forever();
} finally {
  loop.close();
}
