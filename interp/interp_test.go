package interp_test

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"go.uber.org/goleak"

	"github.com/asyncrun/asyncrun/interp"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

// syncBuffer is a bytes.Buffer safe to read while a script writes to it.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func run(t *testing.T, ctx context.Context, src string) (string, string, error) {
	t.Helper()
	var out, errb bytes.Buffer
	it := interp.New(interp.Options{Stdout: &out, Stderr: &errb, VirtualTime: true})
	defer it.Close()
	_, err := it.RunString(ctx, "test.js", src)
	return out.String(), errb.String(), err
}

func TestRunStringReturnsTheBodysValue(t *testing.T) {
	it := interp.New(interp.Options{VirtualTime: true})
	defer it.Close()
	v, err := it.RunString(context.Background(), "v.js", `await asyncio.sleep(3600); return 6 * 7`)
	if err != nil || v != int64(42) {
		t.Fatalf("got %v, %v", v, err)
	}
}

func TestErrorKindsAndExitStatuses(t *testing.T) {
	cases := []struct {
		src    string
		kind   interp.Kind
		status int
	}{
		{`let x = ;`, interp.SyntaxError, 1},
		{`throw new Error("x")`, interp.RuntimeError, 1},
		{`await asyncio.get_event_loop().create_future()`, interp.Deadlock, 1},
		{`sys.exit(7)`, interp.Exit, 7},
	}
	for _, c := range cases {
		_, _, err := run(t, context.Background(), c.src)
		var e *interp.Error
		if !errors.As(err, &e) || e.Kind != c.kind || interp.ExitStatus(err) != c.status {
			t.Errorf("%s: got %v (status %d), want kind %v status %d", c.src, err, interp.ExitStatus(err), c.kind, c.status)
		}
	}
	if _, _, err := run(t, context.Background(), `sys.exit(0)`); err != nil {
		t.Errorf("sys.exit(0): %v", err)
	}
}

func TestCancellingTheContextCancelsTheMainTaskSoFinallyRuns(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	var out syncBuffer
	it := interp.New(interp.Options{Stdout: &out})
	defer it.Close()
	done := make(chan error)
	go func() {
		_, err := it.RunString(ctx, "c.js", `print("start"); try { await asyncio.sleep(3600) } finally { print("cleanup") }`)
		done <- err
	}()
	for !strings.Contains(out.String(), "start") {
		time.Sleep(time.Millisecond) // wait for the script to be running; no timing is asserted
	}
	cancel()
	err := <-done
	if interp.ExitStatus(err) != 130 || !strings.Contains(out.String(), "cleanup") {
		t.Fatalf("err %v, output %q", err, out.String())
	}
}

func TestDeadlineInterruptsAnEndlessLoop(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	_, _, err := run(t, ctx, `while (true) {}`)
	if interp.ExitStatus(err) != 124 {
		t.Fatalf("got %v", err)
	}
}

func TestCloseInterruptsARunningScriptAndLeavesNoGoroutine(t *testing.T) {
	it := interp.New(interp.Options{})
	started := make(chan struct{})
	done := make(chan error)
	go func() {
		_, err := it.RunString(context.Background(), "spin.js", `setTimeout(() => {}, 0); while (true) {}`)
		done <- err
	}()
	go func() { close(started) }()
	<-started
	it.Close()
	<-done
	if _, err := it.RunString(context.Background(), "after.js", `1`); !errors.Is(err, interp.ErrClosed) {
		t.Fatalf("after Close: %v", err)
	}
}

func TestDebugOptionReportsOnlyStepsOverTheThresholdAndBlockingCalls(t *testing.T) {
	var out, errb bytes.Buffer
	it := interp.New(interp.Options{Stdout: &out, Stderr: &errb, VirtualTime: true, Debug: true})
	defer it.Close()
	src := `
async function quick() { time.sleep(0.05); }             // blocking, but under 0.1 s
async function slow() { await asyncio.sleep(0); time.sleep(0.25); }
await asyncio.gather(quick(), slow());
print(asyncio.get_running_loop().get_debug());
`
	if _, err := it.RunString(context.Background(), "debug.js", src); err != nil {
		t.Fatal(err)
	}
	// quick's call runs its first stretch at once, in the body's task (eager start); slow's step that
	// blocks is also its last: the task is finished when the report is written, as in Python.
	want := "Blocking call to time.sleep(0.05) on the event loop in task 'main' at debug.js:2:36\n" +
		"Blocking call to time.sleep(0.25) on the event loop in task 'Task-2' at debug.js:3:59\n" +
		"Executing <Task finished name='Task-2' result=undefined> took 0.250 seconds\n"
	if got := errb.String(); got != want {
		t.Fatalf("stderr:\n%s\nwant:\n%s", got, want)
	}
	if out.String() != "true\n" {
		t.Fatalf("stdout %q", out.String())
	}
}
