const t0 = time.time();
function el() { return (Math.floor((time.time() - t0) * 10 + 0.05) / 10).toFixed(1); } // tenths elapsed (floored)
const pylist = (xs) => "[" + xs.map(x => typeof x === "number" ? String(x) : `'${x}'`).join(", ") + "]";

class Room {
  constructor(name) {
    this.name = name;
    this.members = new Map();
  }
  join(user) {
    const q = new asyncio.Queue({ maxsize: 2 });
    this.members.set(user, q);
    this.broadcast("system", `${user} joined`);
    return q;
  }
  leave(user) {
    this.members.delete(user);
    this.broadcast("system", `${user} left`);
  }
  broadcast(sender, text) {
    for (const [user, q] of [...this.members]) {
      if (user === sender) continue;
      try {
        q.put_nowait([sender, text]);
      } catch (e) {
        if (!(e instanceof asyncio.QueueFull)) throw e;
        print(el(), `[${this.name}] dropping message for slow ${user}`);
      }
    }
  }
}

const client = asyncio.coroutine(async function client(room, user, lines, read_delay) {
  const inbox = room.join(user);
  const received = [];

  const reader = asyncio.coroutine(async function reader() {
    while (true) {
      const [sender, text] = await inbox.get();
      await asyncio.sleep(read_delay);
      received.push(`${sender}:${text}`);
    }
  });

  const r = asyncio.create_task(reader());
  try {
    for (const [delay, text] of lines) {
      await asyncio.sleep(delay);
      room.broadcast(user, text);
    }
    await asyncio.sleep(0.1);
  } finally {
    r.cancel();
    room.leave(user);
  }
  print(el(), user, "received", pylist(received));
  return received.length;
});

async function main() {
  const room = new Room("lobby");
  const alice = client(room, "alice", [[0.05, "hi"], [0.1, "anyone?"], [0.1, "bye"]], 0.01);
  const bob = client(room, "bob", [[0.1, "hello"], [0.17, "ok"]], 0.3);
  const carol = client(room, "carol", [[0.02, "yo"]], 0.01);
  const counts = await asyncio.gather(alice, bob, carol);
  print(el(), "counts", pylist(counts), "members left", pylist([...room.members.keys()]));
}

await asyncio.run(main());
