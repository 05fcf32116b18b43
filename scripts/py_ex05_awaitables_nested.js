async function nested() {
  return 42;
}

async function main() {
  // Nothing happens if we just call "nested()".
  nested();

  // Let's do it differently now and await it:
  print(await nested());  // will print "42".
}

await asyncio.run(main());
