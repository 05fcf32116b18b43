import asyncio, time

t0 = time.time()
def el():
    return f"{int((time.time() - t0) * 10 + 0.05) / 10:.1f}"  # tenths elapsed (floored: robust to real-time drift)

async def convert(name, secs, fail=False):
    await asyncio.sleep(secs)
    if fail:
        raise ValueError(f"{name}: unsupported codec")
    return f"{name}.mp4"

async def main():
    specs = [("intro", 0.12), ("talk", 0.47), ("demo", 0.23, True), ("outro", 0.08), ("qa", 0.31)]
    pending = {asyncio.create_task(convert(*s), name=s[0]) for s in specs}
    total = len(pending)
    outputs, failures = [], []
    while pending:
        done, pending = await asyncio.wait(pending, timeout=0.1)
        for t in sorted(done, key=lambda t: t.get_name()):
            if t.exception():
                failures.append(t.get_name())
            else:
                outputs.append(t.result())
        pct = 100 * (total - len(pending)) // total
        print(el(), f"progress {pct:3d}% ({len(outputs)} ok, {len(failures)} failed)")
    print(el(), "outputs", outputs)
    print(el(), "failures", failures)

asyncio.run(main())
