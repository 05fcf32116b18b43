package interp_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/asyncrun/asyncrun/interp"
)

func TestSetGivesScriptsValuesAndPlainFunctions(t *testing.T) {
	var out bytes.Buffer
	it := interp.New(interp.Options{Stdout: &out, VirtualTime: true})
	defer it.Close()
	it.Set("config", map[string]any{"name": "svc", "ports": []int{80, 443}})
	it.Set("greet", func(who string) string { return "hello " + who })
	it.Set("greet", func(who string) string { return "hi " + who }) // the last Set wins
	if _, err := it.RunString(context.Background(), "set.js", `print(config.name, config.ports[1], greet("ann"))`); err != nil {
		t.Fatal(err)
	}
	if got := out.String(); got != "svc 443 hi ann\n" {
		t.Fatalf("stdout %q", got)
	}
}

func TestSetBlockingRunsOffTheLoopAndSeesItsTaskCancelled(t *testing.T) {
	var out bytes.Buffer
	it := interp.New(interp.Options{Stdout: &out, VirtualTime: true})
	defer it.Close()
	release := make(chan struct{})
	var mu sync.Mutex
	var seen []string
	it.SetBlocking("lookup", func(ctx context.Context, args []any) (any, error) {
		key := args[0].(string)
		switch key {
		case "wait": // blocks until both calls are in flight: they run at once, off the loop
			<-release
			return "waited", nil
		case "free":
			close(release)
			return "freed", nil
		case "bad":
			return nil, errors.New("no such key")
		case "panic":
			panic("boom")
		case "slow":
			<-ctx.Done()
			mu.Lock()
			seen = append(seen, "slow: "+ctx.Err().Error())
			mu.Unlock()
			return nil, ctx.Err()
		}
		return nil, nil
	})
	src := `
print(await asyncio.gather(lookup("wait"), lookup("free")));
try { await lookup("bad"); } catch (e) { print("error:", e.message); }
try { await lookup("panic"); } catch (e) { print("error:", e.message); }
print(await lookup("none"));
const t = asyncio.create_task(lookup("slow"));
await asyncio.sleep(0);
t.cancel();
try { await t; } catch (e) { print(e instanceof asyncio.CancelledError, t.cancelled()); }
`
	if _, err := it.RunString(context.Background(), "blocking.js", src); err != nil {
		t.Fatal(err)
	}
	want := "[ 'waited', 'freed' ]\nerror: no such key\nerror: lookup panicked: boom\nundefined\ntrue true\n"
	if got := out.String(); got != want {
		t.Fatalf("stdout:\n%s\nwant:\n%s", got, want)
	}
	mu.Lock()
	defer mu.Unlock()
	if strings.Join(seen, ",") != "slow: context canceled" {
		t.Fatalf("the blocking function saw %q", seen)
	}
}

func TestSetAsyncIsCompletedFromAnyGoroutine(t *testing.T) {
	var out bytes.Buffer
	it := interp.New(interp.Options{Stdout: &out, VirtualTime: true})
	defer it.Close()
	var wg sync.WaitGroup
	defer wg.Wait()
	it.SetAsync("fetch_row", func(args []any, c *interp.Completion) {
		id := args[0].(int64)
		if id == 0 {
			panic("no row 0")
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			if id < 0 {
				c.Reject(fmt.Errorf("row %d: bad id", id))
				return
			}
			c.Resolve(map[string]any{"id": id, "twice": id * 2})
			c.Resolve("ignored: only the first outcome counts")
		}()
	})
	src := `
const rows = await asyncio.gather(fetch_row(1), fetch_row(2));
print(rows.map((r) => r.id + ":" + r.twice).join(" "));
try { await fetch_row(-1); } catch (e) { print("error:", e.message); }
try { await fetch_row(0); } catch (e) { print("error:", e.message); }
`
	if _, err := it.RunString(context.Background(), "async.js", src); err != nil {
		t.Fatal(err)
	}
	if got := out.String(); got != "1:2 2:4\nerror: row -1: bad id\nerror: fetch_row panicked: no row 0\n" {
		t.Fatalf("stdout %q", got)
	}
}

func TestStartKeepsTheScriptForCallsFromManyGoroutines(t *testing.T) {
	var out bytes.Buffer
	it := interp.New(interp.Options{Stdout: &out})
	ctx := context.Background()
	if _, err := it.Call(ctx, "handle", 1); !errors.Is(err, interp.ErrNotRunning) {
		t.Fatalf("Call before Start: %v", err)
	}
	src := `
let served = 0;
async function handle(n) {
  await asyncio.sleep(0.01);
  served++;
  return { n, square: n * n };
}
function count() { return served; }
async function fail() { await asyncio.sleep(0); throw new asyncio.ValueError("bad request"); }
async function hang() {
  try { await asyncio.sleep(3600); } finally { print("hang: finally"); }
}
print("ready");
`
	if err := it.Start(ctx, "server.js", src); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for i := 1; i <= 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			v, err := it.Call(ctx, "handle", i)
			if err != nil {
				errs <- err
				return
			}
			if m := v.(map[string]any); m["square"] != int64(i*i) {
				errs <- fmt.Errorf("handle(%d) = %v", i, m)
			}
		}(i)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if v, err := it.Call(ctx, "count"); err != nil || v != int64(8) {
		t.Fatalf("count() = %v, %v", v, err)
	}
	var ie *interp.Error
	if _, err := it.Call(ctx, "fail"); !errors.As(err, &ie) || ie.Message != "ValueError: bad request" {
		t.Fatalf("fail(): %v", err)
	}
	if _, err := it.Call(ctx, "nothing"); !errors.As(err, &ie) || !strings.Contains(ie.Message, "nothing is not a function") {
		t.Fatalf("nothing(): %v", err)
	}
	cctx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { _, err := it.Call(cctx, "hang"); done <- err }()
	cancel()
	if err := <-done; !errors.Is(err, context.Canceled) {
		t.Fatalf("hang(): %v", err)
	}
	// The cancellation reached hang's task before this call (the loop takes them in order), and its
	// finally ran while this one slept.
	if _, err := it.Call(ctx, "handle", 0); err != nil {
		t.Fatal(err)
	}
	it.Close() // the script stops; no goroutine is left (TestMain checks)
	if got := out.String(); got != "ready\nhang: finally\n" {
		t.Fatalf("stdout %q", got)
	}
	if _, err := it.Call(ctx, "count"); !errors.Is(err, interp.ErrNotRunning) {
		t.Fatalf("Call after Close: %v", err)
	}
}

func TestStartReturnsTheBodysError(t *testing.T) {
	var errb bytes.Buffer
	it := interp.New(interp.Options{Stderr: &errb, VirtualTime: true})
	defer it.Close()
	err := it.Start(context.Background(), "broken.js", `await asyncio.sleep(0.01); throw new Error("no config")`)
	var ie *interp.Error
	if !errors.As(err, &ie) || ie.Message != "Error: no config" {
		t.Fatalf("Start: %v", err)
	}
	if _, err := it.Call(context.Background(), "anything"); !errors.Is(err, interp.ErrNotRunning) {
		t.Fatalf("Call after a failed Start: %v", err)
	}
}

func TestNetworkIsOffUnlessTheEmbedderTurnsItOn(t *testing.T) {
	var out bytes.Buffer
	it := interp.New(interp.Options{Stdout: &out, VirtualTime: true})
	defer it.Close()
	src := `
for (const f of [() => fetch("http://127.0.0.1:1/"), () => http.get("http://127.0.0.1:1/"),
                 () => asyncio.to_thread(http.get, "http://127.0.0.1:1/"), () => http.serve(() => "x")]) {
  try { await f(); } catch (e) { print(e.name + ": " + e.message); }
}
`
	if _, err := it.RunString(context.Background(), "offline.js", src); err != nil {
		t.Fatal(err)
	}
	off := ": network access is off (the embedding program did not turn it on: interp.Options.Network)\n"
	want := "PermissionError: fetch" + off + "PermissionError: http.get" + off + "PermissionError: http.get" + off +
		"PermissionError: http.serve" + off
	if got := out.String(); got != want {
		t.Fatalf("stdout:\n%s\nwant:\n%s", got, want)
	}
}

func TestCancellingTheMainTaskClosesServersSoTheRunEnds(t *testing.T) {
	out := &syncBuffer{}
	it := interp.New(interp.Options{Stdout: out, Network: true, CancelGrace: time.Hour}) // as Ctrl-C: no interrupt
	defer it.Close()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		_, err := it.RunString(ctx, "server.js", `
const server = http.serve({ port: 0 }, () => "hi");
print("serving");
try { await server.closed; } finally { print("main finally"); }
`)
		done <- err
	}()
	for !strings.Contains(out.String(), "serving") {
		time.Sleep(time.Millisecond)
	}
	cancel()
	var ie *interp.Error
	if err := <-done; !errors.As(err, &ie) || ie.Kind != interp.Cancelled {
		t.Fatalf("run: %v", err)
	}
	if got := out.String(); got != "serving\nmain finally\n" {
		t.Fatalf("stdout %q", got)
	}
}
