async function main() {
  await asyncio.sleep(0);
  print([...asyncio.all_tasks()].map(t => t.get_name()).sort().join(","));
  for (const t of asyncio.all_tasks()) if (t !== asyncio.current_task()) t.cancel();
}
await asyncio.run(main());
print("after run");
