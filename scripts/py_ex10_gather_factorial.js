// print(L): Python prints [2, 6, 24]; JS list printing is `[ 2, 6, 24 ]` (README), so join by hand.
async function factorial(name, number) {
  let f = 1;
  for (let i = 2; i < number + 1; i++) {
    print(`Task ${name}: Compute factorial(${number}), currently i=${i}...`);
    await asyncio.sleep(1);
    f *= i;
  }
  print(`Task ${name}: factorial(${number}) = ${f}`);
  return f;
}

async function main() {
  // Schedule three calls *concurrently*:
  const L = await asyncio.gather(
    factorial("A", 2),
    factorial("B", 3),
    factorial("C", 4),
  );
  print(`[${L.join(', ')}]`);
}

await asyncio.run(main());
