const t0 = time.time();
function el() { return (time.time() - t0).toFixed(1); }

class ValidationError extends Error {
  constructor(msg) { super(msg); this.name = "ValidationError"; }
}

async function validate(field, secs, ok) {
  try {
    await asyncio.sleep(secs);
    if (!ok) throw new ValidationError(`${field} invalid`);
    print(el(), field, "valid");
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print(el(), field, "check cancelled");
    throw e;
  }
}

async function check_form(fields) {
  try {
    await new asyncio.TaskGroup().with(async (tg) => {
      for (const [f, s, ok] of fields) tg.create_task(validate(f, s, ok));
    });
    return "form ok";
  } catch (eg) {
    if (!(eg instanceof AggregateError)) throw eg;
    const msgs = eg.errors.filter(e => e instanceof ValidationError).map(e => e.message).sort();
    return `form rejected: ${msgs.join("; ")}`;
  }
}

async function main() {
  print(el(), await check_form([["name", 0.1, true], ["email", 0.2, true]]));
  print(el(), await check_form([["name", 0.1, true], ["email", 0.2, false], ["age", 0.2, false], ["zip", 0.4, true]]));
  try {
    await new asyncio.TaskGroup().with(async (tg) => {
      tg.create_task(validate("x", 0.1, false));
      await asyncio.sleep(1);
      print("unreachable");
    });
  } catch (eg) {
    if (!(eg instanceof AggregateError)) throw eg;
    print(el(), "body interrupted,", eg.errors.length, "error");
  }
}

await asyncio.run(main());
