// The seed's requests.get in threads (asyncio.to_thread), against a local stand-in for the two sites:
// both requests run at once, each in a thread, and each task prints as it goes.
const server = http.serve({ port: 0 }, async (req) => {
  await asyncio.sleep(req.path === "/apple.com" ? 0.2 : 0.1);
  return "<html>" + req.path + "</html>";
});
const site = (name) => `${server.url}/${name}`;

async function fetch_status(name) {
  print(`fetching status for ${name}`);
  const response = await asyncio.to_thread(http.get, site(name));
  print("done");
  return { status: response.status, url: name };
}

async function main() {
  const apple_task = asyncio.create_task(fetch_status("apple.com"));
  const google_task = asyncio.create_task(fetch_status("google.com"));

  const apple_status = await apple_task;
  const google_status = await google_task;

  print(apple_status, google_status);
}

await asyncio.run({ main: main() });
server.close();
