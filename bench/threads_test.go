package bench_test

// In-process figures for the threads workload (bench/threads.js): where the CPU-bound to_thread speedup
// goes, next to what goja alone achieves with one runtime per goroutine. Besides wall time, each phase
// reports the CPU time the process used in it (getrusage), so cpu-s / wall-s says how many cores the
// phase actually had: on a machine other programs are loading, a speedup below 2 with "cores" near 2
// means the work itself did not scale, and one with "cores" near 1 means the machine had no second core
// to give.
//
//	go test -run '^$' -bench 'Threads' -benchtime 1x -count 5 ./bench/
//	BENCH_FIB_N=32 go test -run '^$' -bench 'Threads' -benchtime 1x ./bench/   # ~1 s per call, as run.sh
//	go test -run '^$' -bench 'AsyncrunThreads' -benchtime 1x -cpuprofile /tmp/threads.prof ./bench/

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/dop251/goja"

	"github.com/asyncrun/asyncrun/interp"
)

// threadCalls is how many fib calls each phase makes, as in bench/threads.js.
const threadCalls = 4

// fibDecl is the function bench/threads.js hands to to_thread.
const fibDecl = `function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }`

// fibN is the argument of each call: BENCH_FIB_N, or 30 (about a third of a second per call in goja here,
// a third of run.sh's 32).
func fibN(tb testing.TB) int {
	if s := os.Getenv("BENCH_FIB_N"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 {
			tb.Fatalf("BENCH_FIB_N=%q is not a positive integer", s)
		}
		return n
	}
	return 30
}

// cpuNow is the CPU time (user + system) the whole process has used.
func cpuNow() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// phase is the wall and CPU time of one stretch of work.
type phase struct{ wall, cpu time.Duration }

func (p phase) cores() float64 { return p.cpu.Seconds() / p.wall.Seconds() }

// measure runs f and returns its wall and CPU time.
func measure(f func()) phase {
	w, c := time.Now(), cpuNow()
	f()
	return phase{time.Since(w), cpuNow() - c}
}

// stampWriter is a script's stdout: each line "@@stamp NAME@@" the script prints records the wall and CPU
// clocks under NAME, on the loop's goroutine, while the script is paused in print.
type stampWriter struct {
	mu     sync.Mutex
	stamps map[string]phase
	other  bytes.Buffer
}

func (w *stampWriter) Write(p []byte) (int, error) {
	now, cpu := time.Now(), cpuNow()
	w.mu.Lock()
	defer w.mu.Unlock()
	for _, line := range strings.Split(string(p), "\n") {
		if name, ok := strings.CutPrefix(line, "@@stamp "); ok {
			w.stamps[strings.TrimSuffix(name, "@@")] = phase{time.Duration(now.UnixNano()), cpu}
		} else if line != "" {
			w.other.WriteString(line + "\n")
		}
	}
	return len(p), nil
}

// between is the phase from stamp a to stamp b.
func (w *stampWriter) between(tb testing.TB, a, b string) phase {
	x, okA := w.stamps[a]
	y, okB := w.stamps[b]
	if !okA || !okB {
		tb.Fatalf("stamps %q, %q missing (have %v); output: %s", a, b, w.stamps, w.other.String())
	}
	return phase{y.wall - x.wall, y.cpu - x.cpu}
}

// asyncrunThreadsSrc is bench/threads.js's sequential and parallel phases for fib(n), with stamps.
func asyncrunThreadsSrc(n int) string {
	return fmt.Sprintf(`%s
const N = %d, CALLS = %d;
await asyncio.gather(asyncio.to_thread((x) => x, 0), asyncio.to_thread((x) => x, 1));
print("@@stamp s0@@");
const seq = [];
for (let i = 0; i < CALLS; i++) seq.push(await asyncio.to_thread(fib, N));
print("@@stamp s1@@");
const par = await asyncio.gather(...Array.from({ length: CALLS }, () => asyncio.to_thread(fib, N)));
print("@@stamp s2@@");
const main = fib(N);
print("@@stamp s3@@");
for (const r of [...seq, ...par]) if (r !== main) throw new Error("threads: " + r + " != " + main);
`, fibDecl, n, threadCalls)
}

// BenchmarkAsyncrunThreads: one op is bench/threads.js's two phases in a fresh interpreter (real time:
// threads run in real time). Reports seq-s and par-s (four calls of fib(N) through to_thread, one after
// another, then gathered), speedup (seq/par), seq-cores and par-cores (CPU seconds per wall second in
// each phase), and main-call-s: one fib(N) on the main interpreter, the same function run without a
// worker.
func BenchmarkAsyncrunThreads(b *testing.B) {
	withCLIGC(b)
	src := asyncrunThreadsSrc(fibN(b))
	var seq, par, one []phase
	for i := 0; i < b.N; i++ {
		w := &stampWriter{stamps: map[string]phase{}}
		it := interp.New(interp.Options{Stdout: w, Stderr: &w.other})
		_, err := it.RunString(context.Background(), "threads.js", src)
		it.Close()
		if err != nil {
			b.Fatalf("script failed: %v\n%s", err, w.other.String())
		}
		seq = append(seq, w.between(b, "s0", "s1"))
		par = append(par, w.between(b, "s1", "s2"))
		one = append(one, w.between(b, "s2", "s3"))
	}
	reportThreads(b, seq, par)
	b.ReportMetric(median(walls(one)), "main-call-s")
}

// BenchmarkGojaThreads: the floor. One op is four calls of fib(N) on four plain goja runtimes (made
// beforehand), one after another on this goroutine, then each on a goroutine of its own. The function is
// compiled the way asyncrun's workers compile a thread function: its source in parentheses, so a named
// function expression (whose recursive calls go through the expression's own name); decl-call-s is one
// call of the same function declared at the top level of a script (its recursive calls look up a
// global), for comparison. go-speedup and go-par-cores are the same two phases for a compiled Go
// fib(N+8) (about as long), in the same op: the control that says what the machine gave plain Go.
func BenchmarkGojaThreads(b *testing.B) {
	withCLIGC(b)
	n := fibN(b)
	prg := goja.MustCompile("<thread>", "("+fibDecl+"\n)", false)
	decl := goja.MustCompile("decl.js", fibDecl, false)
	want := fibGo(n)
	newFib := func() goja.Callable {
		r := goja.New()
		v, err := r.RunProgram(prg)
		if err != nil {
			b.Fatal(err)
		}
		fn, _ := goja.AssertFunction(v)
		return fn
	}
	call := func(fn goja.Callable) {
		v, err := fn(goja.Undefined(), goja.New().ToValue(n))
		if err != nil {
			b.Error(err)
			return
		}
		if got := v.ToInteger(); got != want {
			b.Errorf("fib(%d) = %d, want %d", n, got, want)
		}
	}
	var seq, par, declOne, goSeq, goPar []phase
	for i := 0; i < b.N; i++ {
		s, p := goFibPhases(n + 8)
		goSeq, goPar = append(goSeq, s), append(goPar, p)
		fns := make([]goja.Callable, threadCalls)
		for j := range fns {
			fns[j] = newFib()
		}
		seq = append(seq, measure(func() {
			for _, fn := range fns {
				call(fn)
			}
		}))
		par = append(par, measure(func() {
			var wg sync.WaitGroup
			for _, fn := range fns {
				wg.Add(1)
				go func() {
					defer wg.Done()
					call(fn)
				}()
			}
			wg.Wait()
		}))
		r := goja.New()
		if _, err := r.RunProgram(decl); err != nil {
			b.Fatal(err)
		}
		fn, _ := goja.AssertFunction(r.Get("fib"))
		declOne = append(declOne, measure(func() { call(fn) }))
	}
	reportThreads(b, seq, par)
	b.ReportMetric(median(walls(declOne)), "decl-call-s")
	var goSpeedup, goCores []float64
	for i := range goSeq {
		goSpeedup = append(goSpeedup, goSeq[i].wall.Seconds()/goPar[i].wall.Seconds())
		goCores = append(goCores, goPar[i].cores())
	}
	b.ReportMetric(median(goSpeedup), "go-speedup")
	b.ReportMetric(median(goCores), "go-par-cores")
}

// goFibPhases is the machine's control: four calls of a compiled Go fib(n), one after another, then each on
// a goroutine of its own. No interpreter, no allocation: what two cores give plain Go code right now.
func goFibPhases(n int) (seq, par phase) {
	var sink [threadCalls]int64
	seq = measure(func() {
		for j := range sink {
			sink[j] = fibGo(n)
		}
	})
	par = measure(func() {
		var wg sync.WaitGroup
		for j := range sink {
			wg.Add(1)
			go func() {
				defer wg.Done()
				sink[j] = fibGo(n)
			}()
		}
		wg.Wait()
	})
	return seq, par
}

func fibGo(n int) int64 {
	if n < 2 {
		return int64(n)
	}
	return fibGo(n-1) + fibGo(n-2)
}

// reportThreads reports the medians over the ops of seq-s, par-s, speedup (seq/par, op by op),
// seq-cores and par-cores.
func reportThreads(b *testing.B, seq, par []phase) {
	var seqS, parS, speedup, seqC, parC []float64
	for i := range seq {
		seqS = append(seqS, seq[i].wall.Seconds())
		parS = append(parS, par[i].wall.Seconds())
		speedup = append(speedup, seq[i].wall.Seconds()/par[i].wall.Seconds())
		seqC = append(seqC, seq[i].cores())
		parC = append(parC, par[i].cores())
	}
	b.ReportMetric(median(seqS), "seq-s")
	b.ReportMetric(median(parS), "par-s")
	b.ReportMetric(median(speedup), "speedup")
	b.ReportMetric(median(seqC), "seq-cores")
	b.ReportMetric(median(parC), "par-cores")
}

// walls is the wall seconds of each phase.
func walls(ps []phase) []float64 {
	v := make([]float64, len(ps))
	for i, p := range ps {
		v[i] = p.wall.Seconds()
	}
	return v
}

// median is the median of v (0 for none).
func median(v []float64) float64 {
	v = append([]float64(nil), v...)
	sort.Float64s(v)
	switch {
	case len(v) == 0:
		return 0
	case len(v)%2 == 1:
		return v[len(v)/2]
	}
	return (v[len(v)/2-1] + v[len(v)/2]) / 2
}

// TestThreadsSmoke runs the threads script at a tiny size, so `go test ./...` checks it still works.
func TestThreadsSmoke(t *testing.T) {
	w := &stampWriter{stamps: map[string]phase{}}
	it := interp.New(interp.Options{Stdout: w, Stderr: &w.other})
	defer it.Close()
	if _, err := it.RunString(context.Background(), "threads.js", asyncrunThreadsSrc(10)); err != nil {
		t.Fatalf("script failed: %v\n%s", err, w.other.String())
	}
	for _, pair := range [][2]string{{"s0", "s1"}, {"s1", "s2"}, {"s2", "s3"}} {
		if p := w.between(t, pair[0], pair[1]); p.wall < 0 {
			t.Fatalf("%s..%s: negative wall time %v", pair[0], pair[1], p.wall)
		}
	}
	if s, p := goFibPhases(10); s.wall < 0 || p.wall < 0 {
		t.Fatal("negative wall time")
	}
}
