package interp_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/asyncrun/asyncrun/interp"
)

func TestEndlessWorkerLoopEndsAtTheDeadline(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	_, _, err := run(t, ctx, `await asyncio.to_thread(() => { while (true) {} })`)
	if interp.ExitStatus(err) != 124 {
		t.Fatalf("got %v", err)
	}
	// TestMain's goleak check proves the worker's goroutine ended.
}

func TestCloseEndsAWorkerStuckInJavaScript(t *testing.T) {
	it := interp.New(interp.Options{})
	done := make(chan error)
	started := make(chan struct{})
	go func() {
		_, err := it.RunString(context.Background(), "spin.js", `await asyncio.to_thread(() => { while (true) {} })`)
		done <- err
	}()
	go func() { time.Sleep(50 * time.Millisecond); close(started) }()
	<-started
	it.Close()
	<-done
}

func TestThreadErrorsKeepTheirClassAndTheWorkersStack(t *testing.T) {
	out, _, err := run(t, context.Background(), `
		function fails() { throw new RangeError("out of range in the worker"); }
		try { await asyncio.to_thread(fails) } catch (e) {
			print(e instanceof RangeError, e.name, e.message);
			print(e.stack.includes("at fails"));
		}
		async function cancelsItself() { throw new asyncio.TimeoutError("from a worker") }
		try { await asyncio.to_thread(cancelsItself) } catch (e) { print(e instanceof asyncio.TimeoutError) }`)
	want := "true RangeError out of range in the worker\ntrue\ntrue\n"
	if err != nil || out != want {
		t.Fatalf("got %q, %v; want %q", out, err, want)
	}
}

func TestUncloneableArgumentsRaiseDataCloneError(t *testing.T) {
	out, _, err := run(t, context.Background(), `
		try { await asyncio.to_thread((f) => f(), () => 1) } catch (e) { print(e.name) }
		const r = await asyncio.to_thread((m, s, d) => [m.get("a"), s.has(2), d.getTime()],
			new Map([["a", 1]]), new Set([2]), new Date(5));
		print(r)`)
	if err != nil || !strings.HasPrefix(out, "DataCloneError\n[ 1, true, 5 ]") {
		t.Fatalf("got %q, %v", out, err)
	}
}

func TestCancelledAwaitDropsTheThreadsLateResult(t *testing.T) {
	out, _, err := run(t, context.Background(), `
		const t = asyncio.create_task(asyncio.to_thread(time.sleep, 0.2));
		await asyncio.sleep(0);
		t.cancel();
		try { await t } catch (e) { print(e.name, t.cancelled()) }`)
	if err != nil || out != "CancelledError true\n" {
		t.Fatalf("got %q, %v", out, err)
	}
}
