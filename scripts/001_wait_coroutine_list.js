// Seed 001 (asyncio asynchronous programming learning in python), "7.5 task Object", "Example 3":
// coroutine_list = [func(), func()]; done, pending = asyncio.run(asyncio.wait(coroutine_list)).
// Differences from Python:
// - asyncio.sleep(2) resolves to undefined, so the last lines print `undefined` where Python prints `None`.
// - Python 3.11+ refuses bare coroutines in asyncio.wait; asyncrun wraps them in tasks as Python 3.7–3.10 did.
// - Calling func() starts it at once (JS), so the first two lines are printed while building the list;
//   the output is the same. (The seed's remark that create_task cannot be used here does not apply to
//   asyncrun: the script body already runs as a task on the loop.)
// The printed strings keep the seed's spaces.

async function func() {
  print(" Execute the internal code of the synergetic function ");
  // On IO the current task is suspended and the loop runs the other tasks.
  const response = await asyncio.sleep(2);
  print("IO The request ends with the result: ", response);
}

const coroutine_list = [func(), func()];
// asyncio.wait wraps each coroutine in a Task (ensure_future) and waits for all of them.
const [done, pending] = await asyncio.run(asyncio.wait(coroutine_list));
