const t0 = time.time();
function el() { return (Math.floor((time.time() - t0 + 0.04) * 10 + 0.05) / 10).toFixed(1); } // tenths elapsed, floored with a shift (see the .py)
const pyval = (v) => typeof v === "number" ? String(v) : Array.isArray(v) ? "[" + v.map(pyval).join(", ") + "]" : `'${v}'`;

class PermissionError extends Error { constructor(m) { super(m); this.name = "PermissionError"; } }

const access_log = [];

function logged(handler) {
  return async function wrapper(req) {
    const start = time.time();
    let status, resp;
    try {
      resp = await handler(req);
      status = resp[0];
    } catch (e) {
      if (e instanceof asyncio.TimeoutError) { status = 504; resp = [504, "gateway timeout"]; }
      else { status = 500; resp = [500, `${e.name}: ${e.message}`]; }
    }
    access_log.push([req.path, status, Math.round((time.time() - start) * 10) / 10]);
    return resp;
  };
}

async function db_query(sql, secs) {
  await asyncio.sleep(secs);
  if (sql.includes("DROP")) throw new PermissionError("not allowed");
  return [sql.toLowerCase()];
}

const handle = logged(async function handle(req) {
  const path = req.path;
  let rows;
  if (path === "/slow") rows = await asyncio.wait_for(db_query("SELECT slow", 0.5), { timeout: 0.2 });
  else if (path === "/admin") rows = await db_query("DROP TABLE users", 0.06);
  else if (path === "/multi") rows = (await asyncio.gather(db_query("SELECT a", 0.1), db_query("SELECT b", 0.12))).flat();
  else rows = await db_query(`SELECT ${path}`, 0.1);
  return [200, rows];
});

class Server {
  constructor(max_conns) {
    this.sem = new asyncio.Semaphore(max_conns);
    this.active = 0;
  }
  async connection(cid, requests) {
    await this.sem.with(async () => {
      this.active += 1;
      print(el(), `conn ${cid} accepted (active ${this.active})`);
      try {
        for (const path of requests) {
          const [status, body] = await handle({ path });
          print(el(), `conn ${cid} ${path} -> ${status} ${typeof body === "string" ? body : pyval(body)}`);
        }
      } finally {
        this.active -= 1;
        print(el(), `conn ${cid} closed`);
      }
    });
  }
}

async function main() {
  const srv = new Server(2);
  await asyncio.gather(
    srv.connection(1, ["/home", "/slow"]),
    srv.connection(2, ["/admin", "/multi"]),
    srv.connection(3, ["/about"]),
  );
  for (const [p, s, d] of access_log) print("log", `('${p}', ${s}, ${Number.isInteger(d) ? d.toFixed(1) : d})`);
}

await asyncio.run(main());
