import asyncio, time

t0 = time.time()
def el():
    return f"{int((time.time() - t0) * 10 + 0.05) / 10:.1f}"  # tenths elapsed (floored: robust to real-time drift)

class Room:
    def __init__(self, name):
        self.name = name
        self.members = {}

    def join(self, user):
        q = asyncio.Queue(maxsize=2)
        self.members[user] = q
        self.broadcast("system", f"{user} joined")
        return q

    def leave(self, user):
        self.members.pop(user, None)
        self.broadcast("system", f"{user} left")

    def broadcast(self, sender, text):
        for user, q in list(self.members.items()):
            if user == sender:
                continue
            try:
                q.put_nowait((sender, text))
            except asyncio.QueueFull:
                print(el(), f"[{self.name}] dropping message for slow {user}")

async def client(room, user, lines, read_delay):
    inbox = room.join(user)
    received = []

    async def reader():
        while True:
            sender, text = await inbox.get()
            await asyncio.sleep(read_delay)
            received.append(f"{sender}:{text}")

    r = asyncio.create_task(reader())
    try:
        for delay, text in lines:
            await asyncio.sleep(delay)
            room.broadcast(user, text)
        await asyncio.sleep(0.1)
    finally:
        r.cancel()
        room.leave(user)
    print(el(), user, "received", received)
    return len(received)

async def main():
    room = Room("lobby")
    alice = client(room, "alice", [(0.05, "hi"), (0.1, "anyone?"), (0.1, "bye")], 0.01)
    bob = client(room, "bob", [(0.1, "hello"), (0.17, "ok")], 0.3)
    carol = client(room, "carol", [(0.02, "yo")], 0.01)
    counts = await asyncio.gather(alice, bob, carol)
    print(el(), "counts", counts, "members left", list(room.members))

asyncio.run(main())
