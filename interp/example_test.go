package interp_test

import (
	"context"
	"fmt"
	"os"

	"github.com/asyncrun/asyncrun/interp"
)

// A script runs its coroutines concurrently: two one-second sleeps take one second. With virtual time the
// clock jumps, so the example finishes at once with the readings real time would give.
func Example() {
	it := interp.New(interp.Options{Stdout: os.Stdout, VirtualTime: true})
	defer it.Close()
	_, err := it.RunString(context.Background(), "example.js", `
		async function job(name, delay) {
			await asyncio.sleep(delay);
			print(name, "done after", delay);
			return name;
		}
		const start = time.monotonic();
		print(await asyncio.gather(job("a", 1), job("b", 1)));
		print("elapsed", time.monotonic() - start);
	`)
	fmt.Println("error:", err)
	// Output:
	// a done after 1
	// b done after 1
	// [ 'a', 'b' ]
	// elapsed 1
	// error: <nil>
}

// A script's result is the value its body returns.
func ExampleInterpreter_RunString() {
	it := interp.New(interp.Options{VirtualTime: true})
	defer it.Close()
	v, err := it.RunString(context.Background(), "answer.js", `await asyncio.sleep(60); return 6 * 7`)
	fmt.Println(v, err)
	// Output: 42 <nil>
}

// Errors carry their kind; ExitStatus maps them to the command line's exit statuses.
func ExampleExitStatus() {
	it := interp.New(interp.Options{VirtualTime: true})
	defer it.Close()
	_, err := it.RunString(context.Background(), "stuck.js", `await new asyncio.Future()`)
	fmt.Println(err, interp.ExitStatus(err))
	// Output: asyncrun: deadlock: the main task waits on something nothing can complete 1
}
