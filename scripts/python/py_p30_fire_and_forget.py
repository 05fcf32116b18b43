import asyncio, time

t0 = time.time()
def el():
    return f"{time.time() - t0:.1f}"

background_tasks = set()
log = []

async def send_email(to, seconds):
    await asyncio.sleep(seconds)
    log.append(to)
    print(el(), "email sent to", to)
    return to

def on_done(task):
    background_tasks.discard(task)
    print(el(), "done callback:", task.get_name(), "remaining", len(background_tasks))

async def handle_request(i):
    task = asyncio.create_task(send_email(f"user{i}", 0.1 * (4 - i)), name=f"email-{i}")
    background_tasks.add(task)
    task.add_done_callback(on_done)
    print(el(), "request", i, "answered")

async def main():
    for i in range(3):
        await handle_request(i)
        await asyncio.sleep(0.06)
    print(el(), "in flight", len(background_tasks))
    while background_tasks:
        await asyncio.sleep(0.1)
    print(el(), "all emails:", ",".join(log))

asyncio.run(main())
