class ValueError extends Error { constructor(m) { super(m); this.name = "ValueError"; } }
class KeyError extends Error { constructor(k) { super(`'${k}'`); this.name = "KeyError"; } }
async function bad() { await asyncio.sleep(0.1); throw new ValueError("ruc failed"); }
async function good() { await asyncio.sleep(0.1); return "good"; }
const loop = asyncio.new_event_loop();
asyncio.set_event_loop(loop);
try { await loop.run_until_complete(bad()); } catch (e) { if (!(e instanceof ValueError)) throw e; print("caught", e.name, e.message); }
print(await loop.run_until_complete(good()));
const fut = loop.create_future();
loop.call_later(0.1, (e) => fut.set_exception(e), new KeyError("fut"));
try { await loop.run_until_complete(fut); } catch (e) { if (!(e instanceof KeyError)) throw e; print("fut", e.name, e.message); }
loop.close();
const g = good();
try { await loop.run_until_complete(g); } catch (e) { if (!(e instanceof asyncio.RuntimeError)) throw e; print("closed", e.name, e.message); }
