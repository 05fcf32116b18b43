async function main() {
  await asyncio.sleep(1);
  print('hello');
}

await asyncio.run(main());
