// booleans via py()
const py = (b) => (b ? 'True' : 'False');
const T0 = time.time();

const sem = new asyncio.Semaphore(2);

async function with_form(name) {
  // ... later
  await sem.with(async () => {
    // work with shared resource
    print(name, "in at", (time.time() - T0).toFixed(1));
    await asyncio.sleep(1);
  });
}

async function manual_form(name) {
  await sem.acquire();
  try {
    print(name, "in at", (time.time() - T0).toFixed(1));
    await asyncio.sleep(1);
  } finally {
    sem.release();
  }
}

async function main() {
  await asyncio.gather(with_form("a"), manual_form("b"), with_form("c"), manual_form("d"), with_form("e"));
  print("done at", (time.time() - T0).toFixed(1), py(sem.locked()));
}

await asyncio.run(main());
