async function nested() {
  return 42;
}

async function main() {
  // Schedule nested() to run soon concurrently
  // with "main()".
  const task = asyncio.create_task(nested());

  // "task" can now be used to cancel "nested()", or
  // can simply be awaited to wait until it is complete:
  print(await task);
}

await asyncio.run(main());
