const py = (b) => (b ? 'True' : 'False');

async function main() {
  const sem = new asyncio.BoundedSemaphore(2);
  await sem.with(async () => {
    print("inside, locked:", py(sem.locked()));
  });
  await sem.acquire();
  sem.release();
  try {
    sem.release();
  } catch (e) {
    if (!(e instanceof asyncio.ValueError)) throw e;
    print("ValueError:", e.message);
  }
}

await asyncio.run(main());
