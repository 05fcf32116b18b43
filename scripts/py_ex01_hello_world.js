async function main() {
  print('hello');
  await asyncio.sleep(1);
  print('world');
}

await asyncio.run(main());
