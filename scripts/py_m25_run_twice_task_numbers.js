const main = asyncio.coroutine(async function main() { print(asyncio.current_task().get_name()); });
await asyncio.run(main());
await asyncio.run(main());
