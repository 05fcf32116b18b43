# Seed 003 "to_thread将任意方法转为异步": two create_task(fetch_status) each awaiting to_thread(get, url).
import asyncio
import time

class Response:
    def __init__(self, code):
        self.status_code = code

def get(url):  # stands in for requests.get
    time.sleep(1)
    return Response(200)

async def fetch_status(url: str) -> dict:
    print(f"fetching status for {url}")
    response = await asyncio.to_thread(get, url)
    print("done")
    return {"status": response.status_code, 'url': url}

async def main() -> None:
    start = time.time()
    apple_task = asyncio.create_task(fetch_status('https://apple.com'))
    google_task = asyncio.create_task(fetch_status('https://google.com'))
    apple_status = await apple_task
    google_status = await google_task
    print(apple_status["status"], apple_status["url"], google_status["status"], google_status["url"])
    print("elapsed", round(time.time() - start, 1))

if __name__ == '__main__':
    asyncio.run(main=main())
