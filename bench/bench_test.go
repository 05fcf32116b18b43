// Go benchmarks of asyncrun's per-task and per-switch costs, measured in-process (no start-up, no
// wall-clock sleeps: every script runs under virtual time), next to goja's own floor.
//
//	go test -run '^$' -bench . -benchtime 5x ./bench/      # everything
//	go test -run '^$' -bench Fanout -memprofile /tmp/mem.prof ./bench/
//	go tool pprof -sample_index=alloc_space -top /tmp/mem.prof
//
// BENCH_LIVE_PROFILE=file makes BenchmarkFanout also write a heap profile at the moment all its tasks are
// suspended (after a full GC), so that its inuse_space says what the live bytes per task are made of; add
// -memprofilerate 1 for exact figures:
//
//	BENCH_LIVE_PROFILE=/tmp/live.prof go test -run '^$' -bench 'Fanout$' -benchtime 1x -memprofilerate 1 ./bench/
//	go tool pprof -sample_index=inuse_space -top /tmp/live.prof
//
// Plain `go test ./...` runs only TestSmoke, which runs each benchmark's script at a tiny size. The
// figures and how to read them are in BENCHMARKS.md.
package bench_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"sync"
	"testing"
	"time"

	"github.com/dop251/goja"

	"github.com/asyncrun/asyncrun/interp"
)

// fanoutTasks is the size of the fan-out, as in bench/fanout.js.
const fanoutTasks = 100000

// cliGCPercent is the GOGC the asyncrun command sets (cmd/asyncrun); the timed benchmarks use it too so
// that their ns/task compares with bench/run.sh. GOGC in the environment wins, as in the command.
const cliGCPercent = 400

func withCLIGC(b *testing.B) {
	if os.Getenv("GOGC") != "" {
		return
	}
	old := debug.SetGCPercent(cliGCPercent)
	b.Cleanup(func() { debug.SetGCPercent(old) })
}

// mark is what a script prints when it wants the heap measured: see markWriter.
const mark = "@@heap@@"

// fanoutSrc is bench/fanout.js for n tasks, without its clock. With withMark, it prints mark once every
// task has been created and is suspended in its sleep.
func fanoutSrc(n int, withMark bool) string {
	m := ""
	if withMark {
		m = fmt.Sprintf("print(%q);", mark)
	}
	return fmt.Sprintf(`const N = %d;
async function worker() {
  await asyncio.sleep(0.05);
}
const tasks = [];
for (let i = 0; i < N; i++) tasks.push(asyncio.create_task(worker()));
%s
const results = await asyncio.gather(...tasks);
if (results.length !== N) throw new Error("fanout: expected " + N + " results, got " + results.length);
`, n, m)
}

// switchSrc is bench/switch.js for n switches, without its clock.
func switchSrc(n int) string {
	return fmt.Sprintf(`const N = %d;
for (let i = 0; i < N; i++) await asyncio.sleep(0);
`, n)
}

// pingpongSrc is bench/pingpong.js for n items, without its clock.
func pingpongSrc(n int) string {
	return fmt.Sprintf(`const N = %d;
async function producer(q) {
  for (let i = 0; i < N; i++) await q.put(i);
}
async function consumer(q) {
  let total = 0;
  for (let i = 0; i < N; i++) total += await q.get();
  return total;
}
const q = new asyncio.Queue(1);
const [, total] = await asyncio.gather(asyncio.create_task(producer(q)), asyncio.create_task(consumer(q)));
if (total !== N * (N - 1) / 2) throw new Error("pingpong: wrong sum " + total);
`, n)
}

// awaitNullSrc is the goja-only floor: one async function awaiting null n times. goja runs the jobs
// (the continuations) before RunString returns.
func awaitNullSrc(n int) string {
	return fmt.Sprintf(`var count = 0;
(async function () {
  for (let i = 0; i < %d; i++) await null;
  count = %d;
})();
`, n, n)
}

// run runs src under virtual time on a fresh interpreter (as the command does for each script),
// printing to stdout.
func run(tb testing.TB, src string, stdout *markWriter) {
	tb.Helper()
	opts := interp.Options{VirtualTime: true, Stderr: &bytes.Buffer{}}
	if stdout != nil {
		opts.Stdout = stdout
	}
	it := interp.New(opts)
	defer it.Close()
	if _, err := it.RunString(context.Background(), "bench.js", src); err != nil {
		tb.Fatalf("script failed: %v\n%s", err, opts.Stderr.(*bytes.Buffer))
	}
}

// markWriter is a script's stdout. print() writes synchronously on the loop's goroutine while the script
// is paused in that call, so when the script prints mark, everything the script holds is reachable and
// nothing else runs: the writer collects garbage and reads the live heap right there.
type markWriter struct {
	live    uint64 // HeapAlloc after a full GC, at the mark
	marks   int
	profile string // if set, where to write a heap profile at the mark
	err     error
}

func (w *markWriter) Write(p []byte) (int, error) {
	if bytes.Contains(p, []byte(mark)) {
		w.marks++
		w.live = liveHeap()
		if w.profile != "" {
			w.err = writeHeapProfile(w.profile)
		}
	}
	return len(p), nil
}

// writeHeapProfile writes the heap profile, whose inuse figures are those of the last GC (liveHeap's).
func writeHeapProfile(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := pprof.Lookup("heap").WriteTo(f, 0); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// liveHeap is the heap in use after a full collection.
func liveHeap() uint64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc
}

// liveAtMark runs src, which must print mark once, and returns the live heap at that moment; with a
// profile path, it also writes a heap profile there at that moment.
func liveAtMark(tb testing.TB, src, profile string) uint64 {
	w := &markWriter{profile: profile}
	run(tb, src, w)
	if w.marks != 1 {
		tb.Fatalf("the script printed the mark %d times, want 1", w.marks)
	}
	if w.err != nil {
		tb.Fatalf("heap profile: %v", w.err)
	}
	return w.live
}

// liveBytesPerTask is the live heap each suspended fan-out task holds: the heap at the mark with n tasks
// minus the heap at the same point with none, divided by n.
func liveBytesPerTask(tb testing.TB, n int) float64 {
	base := liveAtMark(tb, fanoutSrc(0, true), "")
	full := liveAtMark(tb, fanoutSrc(n, true), os.Getenv("BENCH_LIVE_PROFILE"))
	return (float64(full) - float64(base)) / float64(n)
}

// BenchmarkFanout: one op is one script of 100,000 tasks, each awaiting asyncio.sleep(0.05), gathered,
// on a fresh interpreter. Reports ns/task and alloc-B/task (all bytes allocated, start-up of the
// interpreter included, about 1 MB per run, 10 B/task) and, from one untimed extra pair of runs,
// live-B/task: what each task keeps on the heap while all of them are suspended.
func BenchmarkFanout(b *testing.B) {
	withCLIGC(b)
	src := fanoutSrc(fanoutTasks, false)
	b.ReportAllocs()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		run(b, src, nil)
	}
	b.StopTimer()
	runtime.ReadMemStats(&after)
	tasks := float64(b.N) * fanoutTasks
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/tasks, "ns/task")
	b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/tasks, "alloc-B/task")
	b.ReportMetric(liveBytesPerTask(b, fanoutTasks), "live-B/task")
}

// BenchmarkPeakHeap: the fan-out's peak heap (HeapAlloc, garbage not yet collected included), sampled
// every millisecond by a goroutine that ends before the op does. ReadMemStats stops the world each time,
// so this benchmark's ns/op means nothing; it uses Go's default GOGC (or the environment's), and reports
// peak-MB and peak-B/task (peak minus the heap before the run, per task).
func BenchmarkPeakHeap(b *testing.B) {
	b.Run("fanout", func(b *testing.B) {
		var peakMax, perTaskMax float64
		for i := 0; i < b.N; i++ {
			base := liveHeap()
			peak := sampleHeap(func() { run(b, fanoutSrc(fanoutTasks, false), nil) })
			peakMax = max(peakMax, float64(peak)/(1<<20))
			perTaskMax = max(perTaskMax, (float64(peak)-float64(base))/fanoutTasks)
		}
		b.ReportMetric(peakMax, "peak-MB")
		b.ReportMetric(perTaskMax, "peak-B/task")
	})
}

// sampleHeap runs f while a goroutine reads HeapAlloc every millisecond, and returns the highest reading.
// The sampler has ended when sampleHeap returns.
func sampleHeap(f func()) uint64 {
	stop := make(chan struct{})
	var peak uint64
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		tick := time.NewTicker(time.Millisecond)
		defer tick.Stop()
		var ms runtime.MemStats
		for {
			runtime.ReadMemStats(&ms)
			peak = max(peak, ms.HeapAlloc)
			select {
			case <-stop:
				return
			case <-tick.C:
			}
		}
	}()
	f()
	close(stop)
	wg.Wait()
	return peak
}

// BenchmarkSwitch: one op is one `await asyncio.sleep(0)` of the main task (b.N of them in one script, so
// the interpreter's start-up is spread over them). Reports µs/switch.
func BenchmarkSwitch(b *testing.B) {
	withCLIGC(b)
	src := switchSrc(b.N)
	b.ReportAllocs()
	b.ResetTimer()
	run(b, src, nil)
	b.StopTimer()
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/1e3/float64(b.N), "µs/switch")
}

// BenchmarkPingpong: one op is one item passed from a producer task to a consumer task through
// asyncio.Queue(1) (b.N items in one script). Reports µs/item.
func BenchmarkPingpong(b *testing.B) {
	withCLIGC(b)
	src := pingpongSrc(b.N)
	b.ReportAllocs()
	b.ResetTimer()
	run(b, src, nil)
	b.StopTimer()
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/1e3/float64(b.N), "µs/item")
}

// BenchmarkGojaAwaitNull: one op is one `await null` in a plain goja runtime (no event loop, no asyncio):
// the floor under any await asyncrun can offer. Reports µs/await.
func BenchmarkGojaAwaitNull(b *testing.B) {
	withCLIGC(b)
	prg := goja.MustCompile("await-null.js", awaitNullSrc(b.N), false)
	r := goja.New()
	b.ReportAllocs()
	b.ResetTimer()
	if _, err := r.RunProgram(prg); err != nil {
		b.Fatal(err)
	}
	b.StopTimer()
	if got := r.Get("count").ToInteger(); got != int64(b.N) {
		b.Fatalf("count = %d, want %d: the jobs did not all run", got, b.N)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/1e3/float64(b.N), "µs/await")
}

// BenchmarkGojaGoDriven: the floor under any event loop written in Go on goja, with no asyncio in it. Each
// await is of a fresh promise from a Go function (goja's NewPromise, the only way a Go host can hand a
// script something to await that it settles later), and Go settles it from outside, entering goja once
// per settlement as a loop must. switch: one async function awaiting b.N such promises, one at a time
// (µs/switch); fanout: 100,000 async functions each awaiting one, gathered with Promise.all, then settled
// in order (ns/task, and live-B/task while all are suspended). asyncrun's switch and fan-out do this plus
// tasks, timers, cancellation and the tracker: compare BenchmarkSwitch and BenchmarkFanout.
func BenchmarkGojaGoDriven(b *testing.B) {
	b.Run("switch", func(b *testing.B) {
		withCLIGC(b)
		r, settle := goDrivenRuntime(b)
		prg := goja.MustCompile("switch.js", fmt.Sprintf(`var count = 0;
(async function () { for (let i = 0; i < %d; i++) { await next(); count++; } })();`, b.N), false)
		b.ReportAllocs()
		b.ResetTimer()
		if _, err := r.RunProgram(prg); err != nil {
			b.Fatal(err)
		}
		settle(b)
		b.StopTimer()
		if got := r.Get("count").ToInteger(); got != int64(b.N) {
			b.Fatalf("count = %d, want %d", got, b.N)
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/1e3/float64(b.N), "µs/switch")
	})
	b.Run("fanout", func(b *testing.B) {
		withCLIGC(b)
		b.ReportAllocs()
		var live float64
		for i := 0; i < b.N; i++ {
			if l := goDrivenFanout(b, fanoutTasks, i == 0); i == 0 {
				live = l
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/fanoutTasks, "ns/task")
		b.ReportMetric(live, "live-B/task")
	})
}

// goDrivenRuntime is a goja runtime with next(), which returns a fresh pending promise, and settle, which
// resolves the promises next() made, oldest first, one Go-to-goja entry each, until none is left (the
// jobs a resolution runs may call next() again).
func goDrivenRuntime(tb testing.TB) (*goja.Runtime, func(testing.TB)) {
	r := goja.New()
	var queue []func(any) error
	if err := r.Set("next", func() *goja.Promise {
		p, resolve, _ := r.NewPromise()
		queue = append(queue, resolve)
		return p
	}); err != nil {
		tb.Fatal(err)
	}
	return r, func(tb testing.TB) {
		for i := 0; i < len(queue); i++ {
			if err := queue[i](nil); err != nil {
				tb.Fatal(err)
			}
			queue[i] = nil
		}
		queue = queue[:0]
	}
}

// goDrivenFanout runs the Go-driven fan-out of n functions. With measure, it also returns the live bytes
// per suspended function (the calls and the array holding their promises, measured before Promise.all as
// BenchmarkFanout's are before gather), with the timer stopped around the measurement.
func goDrivenFanout(b *testing.B, n int, measure bool) float64 {
	r, settle := goDrivenRuntime(b)
	if _, err := r.RunString(`var done = 0, calls = [];
async function worker() { await next(); }`); err != nil {
		b.Fatal(err)
	}
	var base uint64
	if measure {
		b.StopTimer()
		base = liveHeap()
		b.StartTimer()
	}
	if _, err := r.RunString(fmt.Sprintf(`for (let i = 0; i < %d; i++) calls.push(worker());`, n)); err != nil {
		b.Fatal(err)
	}
	live := 0.0
	if measure {
		b.StopTimer()
		live = (float64(liveHeap()) - float64(base)) / float64(n)
		b.StartTimer()
	}
	if _, err := r.RunString(`Promise.all(calls).then((r) => { done = r.length; });`); err != nil {
		b.Fatal(err)
	}
	settle(b)
	if got := r.Get("done").ToInteger(); got != int64(n) {
		b.Fatalf("done = %d, want %d", got, n)
	}
	return live
}

// BenchmarkGojaSuspended: the goja-only floor for the fan-out's memory. One op is 100,000 plain async
// functions suspended on one shared pending promise (so no per-function promise of its own to wait on);
// reports live-B/fn, what each keeps on the heap while suspended: its frame and the promise its call
// returned, with that promise's resolving functions.
func BenchmarkGojaSuspended(b *testing.B) {
	var perFn float64
	for i := 0; i < b.N; i++ {
		perFn = gojaSuspendedBytes(b, fanoutTasks)
	}
	b.ReportMetric(perFn, "live-B/fn")
}

// gojaSuspendedBytes suspends n async functions on one promise, measures the live heap per function, then
// lets them all finish and checks they did.
func gojaSuspendedBytes(tb testing.TB, n int) float64 {
	r := goja.New()
	gate, resolve, _ := r.NewPromise()
	if err := r.Set("gate", gate); err != nil {
		tb.Fatal(err)
	}
	if _, err := r.RunString(`var done = 0; var calls = [];
async function worker() { await gate; done++; }`); err != nil {
		tb.Fatal(err)
	}
	base := liveHeap()
	if _, err := r.RunString(fmt.Sprintf(`for (let i = 0; i < %d; i++) calls.push(worker());`, n)); err != nil {
		tb.Fatal(err)
	}
	full := liveHeap()
	if err := resolve(nil); err != nil {
		tb.Fatal(err)
	}
	if _, err := r.RunString(`0`); err != nil { // runs the jobs the resolution queued
		tb.Fatal(err)
	}
	if got := r.Get("done").ToInteger(); got != int64(n) {
		tb.Fatalf("done = %d, want %d", got, n)
	}
	return (float64(full) - float64(base)) / float64(n)
}

// TestSmoke runs every benchmark's script at a tiny size, so `go test ./...` checks they still work
// without doing the heavy work.
func TestSmoke(t *testing.T) {
	run(t, fanoutSrc(10, false), nil)
	run(t, switchSrc(10), nil)
	run(t, pingpongSrc(10), nil)
	if got := liveAtMark(t, fanoutSrc(10, true), ""); got == 0 {
		t.Fatal("live heap at the mark reads 0")
	}
	r := goja.New()
	if _, err := r.RunString(awaitNullSrc(10)); err != nil {
		t.Fatal(err)
	}
	if got := r.Get("count").ToInteger(); got != 10 {
		t.Fatalf("await null: count = %d, want 10", got)
	}
	gojaSuspendedBytes(t, 10)
}
