"""Writes p<SEED>.py and p<SEED>.js: one random asyncio program and its port by SPEC's rules.

    python3 tools/fuzz/gen.py SEED

Two to four worker coroutines, each a random sequence of: prints, awaits of helpers that return without
suspending (h, hh) or after a sleep(0) (hs), sleep(0), short sleeps, Event set/wait, call_soon, queue
put_nowait and wait_for(get(), 0.3), `async with lock`, `async with timeout(...)`, and tasks made on the
way; main starts them with gather, create_task, both, or a TaskGroup. A worker's first step is always an
await with no effect of its own before it (JavaScript starts an async call at once, Python when its task
starts: SPEC §6 accepts the difference there, and asyncio.coroutine is the port that avoids it), so the
two programs must print the same lines. run.sh compares them.
"""
import random
import sys


def gen(seed):
    R = random.Random(seed)
    ntasks = R.randint(2, 4)
    workers = []
    for t in range(ntasks):
        ops = []
        first = R.choice(["h", "hh", "hs", "s0", "sd", "wait", "to"])
        ops.append(first)
        for _ in range(R.randint(1, 5)):
            ops.append(R.choice(["p", "p", "h", "hh", "hs", "s0", "sd", "set", "wait", "cs", "put", "get", "lock", "sub", "to"]))
        ops.append("p")
        workers.append(ops)
    mode = R.choice(["gather", "create", "mixed", "tg"])
    main_ops = [R.choice(["p", "s0", "cs", "none"]) for _ in range(R.randint(0, 3))]
    return workers, mode, main_ops

def py(workers, mode, main_ops):
    L = ["import asyncio", "", "q = None", "lock = None", "subs = []", "", "async def h(v):", "    return v", "",
         "async def sub(tag):", "    await h(0)", "    print(tag, 'sub')", "    await asyncio.sleep(0)", "    print(tag, 'sub done')", "",
         "async def hh(v):", "    return await h(v)", "",
         "async def hs(v):", "    await asyncio.sleep(0)", "    return v", ""]
    for i, ops in enumerate(workers):
        L.append(f"async def w{i}(ev):")
        for k, op in enumerate(ops):
            tag = f"w{i}.{k}"
            if op == "p": L.append(f"    print('{tag}')")
            elif op == "h": L.append(f"    print('{tag}', await h({k}))")
            elif op == "hh": L.append(f"    print('{tag}', await hh({k}))")
            elif op == "hs": L.append(f"    print('{tag}', await hs({k}))")
            elif op == "s0": L.append(f"    await asyncio.sleep(0)")
            elif op == "sd": L.append(f"    await asyncio.sleep({0.01 * (1 + (i + k) % 3):.2f})")
            elif op == "set": L.append(f"    ev[{(i + k) % 2}].set()")
            elif op == "wait": L.append(f"    await ev[{(i + k) % 2}].wait()")
            elif op == "cs": L.append(f"    asyncio.get_running_loop().call_soon(print, '{tag} cb')")
            elif op == "put": L.append(f"    q.put_nowait('{tag}')")
            elif op == "get":
                L.append(f"    try:")
                L.append(f"        print('{tag}', 'got', await asyncio.wait_for(q.get(), 0.3))")
                L.append(f"    except TimeoutError:")
                L.append(f"        print('{tag}', 'no item')")
            elif op == "lock":
                L.append(f"    async with lock:")
                L.append(f"        print('{tag} locked')")
                L.append(f"        await asyncio.sleep(0.01)")
            elif op == "sub": L.append(f"    subs.append(asyncio.create_task(sub('{tag}')))")
            elif op == "to":
                L.append(f"    try:")
                L.append(f"        async with asyncio.timeout(0.015):")
                L.append(f"            await hs(0)")
                L.append(f"            await asyncio.sleep(0.02)")
                L.append(f"    except TimeoutError:")
                L.append(f"        print('{tag} timeout')")
        L.append(f"    return {i}")
        L.append("")
    L.append("async def main():")
    L.append("    global q, lock")
    L.append("    q = asyncio.Queue()")
    L.append("    lock = asyncio.Lock()")
    L.append("    ev = [asyncio.Event(), asyncio.Event()]")
    L.append("    loop = asyncio.get_running_loop()")
    L.append("    loop.call_later(0.5, ev[0].set)")
    L.append("    loop.call_later(0.5, ev[1].set)")
    for j, op in enumerate(main_ops):
        if op == "p": L.append(f"    print('main.{j}')")
        elif op == "s0": L.append("    await asyncio.sleep(0)")
        elif op == "cs": L.append(f"    loop.call_soon(print, 'main.{j} cb')")
    n = len(workers)
    if mode == "gather":
        L.append("    r = await asyncio.gather(" + ", ".join(f"w{i}(ev)" for i in range(n)) + ")")
    elif mode == "create":
        L.append("    ts = [" + ", ".join(f"asyncio.create_task(w{i}(ev))" for i in range(n)) + "]")
        L.append("    print('created')")
        L.append("    r = [await t for t in ts]")
    elif mode == "mixed":
        L.append("    t0 = asyncio.create_task(w0(ev))")
        L.append("    print('made t0')")
        L.append("    r = await asyncio.gather(" + ", ".join(["t0"] + [f"w{i}(ev)" for i in range(1, n)]) + ")")
    else:
        L.append("    async with asyncio.TaskGroup() as tg:")
        L.append("        ts = [" + ", ".join(f"tg.create_task(w{i}(ev))" for i in range(n)) + "]")
        L.append("        print('in group')")
        L.append("    r = [t.result() for t in ts]")
    L.append("    print('result', *r)")
    L.append("    await asyncio.gather(*subs)")
    L.append("")
    L.append("asyncio.run(main())")
    return "\n".join(L) + "\n"

def js(workers, mode, main_ops):
    L = ["let q = null;", "let lock = null;", "const subs = [];", "async function h(v) {", "  return v;", "}",
         "async function sub(tag) {", "  await h(0);", "  print(tag, 'sub');", "  await asyncio.sleep(0);", "  print(tag, 'sub done');", "}",
         "async function hh(v) {", "  return await h(v);", "}",
         "async function hs(v) {", "  await asyncio.sleep(0);", "  return v;", "}"]
    for i, ops in enumerate(workers):
        L.append(f"async function w{i}(ev) {{")
        for k, op in enumerate(ops):
            tag = f"w{i}.{k}"
            if op == "p": L.append(f"  print('{tag}');")
            elif op == "h": L.append(f"  print('{tag}', await h({k}));")
            elif op == "hh": L.append(f"  print('{tag}', await hh({k}));")
            elif op == "hs": L.append(f"  print('{tag}', await hs({k}));")
            elif op == "s0": L.append(f"  await asyncio.sleep(0);")
            elif op == "sd": L.append(f"  await asyncio.sleep({0.01 * (1 + (i + k) % 3):.2f});")
            elif op == "set": L.append(f"  ev[{(i + k) % 2}].set();")
            elif op == "wait": L.append(f"  await ev[{(i + k) % 2}].wait();")
            elif op == "cs": L.append(f"  asyncio.get_running_loop().call_soon(print, '{tag} cb');")
            elif op == "put": L.append(f"  q.put_nowait('{tag}');")
            elif op == "get":
                L.append(f"  try {{")
                L.append(f"    print('{tag}', 'got', await asyncio.wait_for(q.get(), 0.3));")
                L.append(f"  }} catch (e) {{")
                L.append(f"    if (!(e instanceof asyncio.TimeoutError)) throw e;")
                L.append(f"    print('{tag}', 'no item');")
                L.append(f"  }}")
            elif op == "lock":
                L.append(f"  await lock.with(async () => {{")
                L.append(f"    print('{tag} locked');")
                L.append(f"    await asyncio.sleep(0.01);")
                L.append(f"  }});")
            elif op == "sub": L.append(f"  subs.push(asyncio.create_task(sub('{tag}')));")
            elif op == "to":
                L.append(f"  try {{")
                L.append(f"    await asyncio.timeout(0.015).with(async () => {{")
                L.append(f"      await hs(0);")
                L.append(f"      await asyncio.sleep(0.02);")
                L.append(f"    }});")
                L.append(f"  }} catch (e) {{")
                L.append(f"    if (!(e instanceof asyncio.TimeoutError)) throw e;")
                L.append(f"    print('{tag} timeout');")
                L.append(f"  }}")
        L.append(f"  return {i};")
        L.append("}")
    L.append("async function main() {")
    L.append("  q = new asyncio.Queue();")
    L.append("  lock = new asyncio.Lock();")
    L.append("  const ev = [new asyncio.Event(), new asyncio.Event()];")
    L.append("  const loop = asyncio.get_running_loop();")
    L.append("  loop.call_later(0.5, () => ev[0].set());")
    L.append("  loop.call_later(0.5, () => ev[1].set());")
    for j, op in enumerate(main_ops):
        if op == "p": L.append(f"  print('main.{j}');")
        elif op == "s0": L.append("  await asyncio.sleep(0);")
        elif op == "cs": L.append(f"  loop.call_soon(print, 'main.{j} cb');")
    n = len(workers)
    L.append("  let r;")
    if mode == "gather":
        L.append("  r = await asyncio.gather(" + ", ".join(f"w{i}(ev)" for i in range(n)) + ");")
    elif mode == "create":
        L.append("  const ts = [" + ", ".join(f"asyncio.create_task(w{i}(ev))" for i in range(n)) + "];")
        L.append("  print('created');")
        L.append("  r = [];")
        L.append("  for (const t of ts) r.push(await t);")
    elif mode == "mixed":
        L.append("  const t0 = asyncio.create_task(w0(ev));")
        L.append("  print('made t0');")
        L.append("  r = await asyncio.gather(" + ", ".join(["t0"] + [f"w{i}(ev)" for i in range(1, n)]) + ");")
    else:
        L.append("  let ts;")
        L.append("  await new asyncio.TaskGroup().with(async (tg) => {")
        L.append("    ts = [" + ", ".join(f"tg.create_task(w{i}(ev))" for i in range(n)) + "];")
        L.append("    print('in group');")
        L.append("  });")
        L.append("  r = ts.map((t) => t.result());")
    L.append("  print('result', ...r);")
    L.append("  await asyncio.gather(...subs);")
    L.append("}")
    L.append("await asyncio.run(main());")
    return "\n".join(L) + "\n"

seed = int(sys.argv[1])
w, m, mo = gen(seed)
open(f"p{seed}.py", "w").write(py(w, m, mo))
open(f"p{seed}.js", "w").write(js(w, m, mo))
