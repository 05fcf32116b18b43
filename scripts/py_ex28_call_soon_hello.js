function hello_world(loop) {
  // A callback to print 'Hello World' and stop the event loop
  print('Hello World');
  loop.stop();
}

const loop = asyncio.new_event_loop();

// Schedule a call to hello_world()
loop.call_soon(hello_world, loop);

// Blocking call interrupted by loop.stop()
try {
  await loop.run_forever();
} finally {
  loop.close();
}
