package interp_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"sync"

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

// A Go function that blocks (a database query, a file read) runs on a goroutine of its own, never on the
// loop: here each call waits until all three are under way, which only calls running at once can do.
func ExampleInterpreter_SetBlocking() {
	it := interp.New(interp.Options{Stdout: os.Stdout})
	defer it.Close()
	var arrived sync.WaitGroup
	arrived.Add(3)
	all := make(chan struct{})
	go func() { arrived.Wait(); close(all) }()
	it.SetBlocking("query", func(ctx context.Context, args []any) (any, error) {
		arrived.Done()
		select {
		case <-all:
			return fmt.Sprintf("row %v", args[0]), nil
		case <-ctx.Done(): // the awaiting task was cancelled
			return nil, ctx.Err()
		}
	})
	_, err := it.RunString(context.Background(), "rows.js", `
		print(await asyncio.gather(query(1), query(2), query(3)));
	`)
	fmt.Println("error:", err)
	// Output:
	// [ 'row 1', 'row 2', 'row 3' ]
	// error: <nil>
}

// A Go function whose result arrives later, from any goroutine, completes the script's future itself.
func ExampleInterpreter_SetAsync() {
	it := interp.New(interp.Options{Stdout: os.Stdout, VirtualTime: true})
	defer it.Close()
	it.SetAsync("ask", func(args []any, c *interp.Completion) {
		question := args[0].(string)
		go func() { // an answer from elsewhere: a channel, a callback, a message queue
			if question == "" {
				c.Reject(errors.New("empty question"))
				return
			}
			c.Resolve(len(question))
		}()
	})
	_, err := it.RunString(context.Background(), "ask.js", `
		print(await ask("how long is this?"));
		try { await ask(""); } catch (e) { print("error:", e.message); }
	`)
	fmt.Println("error:", err)
	// Output:
	// 17
	// error: empty question
	// error: <nil>
}

// A long-lived interpreter serves a Go program: Start runs the script that defines the handlers, and Call
// hands each request (from any goroutine) to a script function, async or not, and returns its result.
func ExampleInterpreter_Call() {
	it := interp.New(interp.Options{Stdout: os.Stdout})
	defer it.Close()
	err := it.Start(context.Background(), "handlers.js", `
		const cache = new Map();
		async function handle(path) {
			if (!cache.has(path)) {
				await asyncio.sleep(0.01); // a slow lookup, once per path
				cache.set(path, path.toUpperCase());
			}
			return { path, body: cache.get(path) };
		}
		print("handlers ready");
	`)
	if err != nil {
		fmt.Println("start:", err)
		return
	}
	for _, path := range []string{"/a", "/b", "/a"} {
		v, err := it.Call(context.Background(), "handle", path)
		fmt.Println(v.(map[string]any)["body"], err)
	}
	// Output:
	// handlers ready
	// /A <nil>
	// /B <nil>
	// /A <nil>
}
