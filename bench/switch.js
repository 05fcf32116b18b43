// switch: one task (the script body, task 'main') awaiting asyncio.sleep(0) 1,000,000 times.
// sleep(0) yields to the loop once (spec §5), as in Python.
// Prints: RESULT switch <elapsed s> <µs per switch>
const N = 1000000;

const t0 = time.perf_counter();
for (let i = 0; i < N; i++) await asyncio.sleep(0);
const elapsed = time.perf_counter() - t0;
print(`RESULT switch ${elapsed.toFixed(6)} ${(elapsed * 1e6 / N).toFixed(3)}`);
