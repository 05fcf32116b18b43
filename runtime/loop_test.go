package runtime

import (
	"cmp"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

func record(log *[]string) func(any) {
	return func(a any) { *log = append(*log, fmt.Sprint(a)) }
}

func TestReadyQueueIsFIFOAndQueuedCallbacksWaitForNextIteration(t *testing.T) {
	l := New(NewVirtualClock())
	var log []string
	rec := record(&log)
	l.CallSoon(func(any) {
		log = append(log, "a")
		l.CallSoon(rec, "c") // queued during the iteration: runs after b
	}, nil)
	l.CallSoon(rec, "b")
	if err := l.Run(nil); err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(log, ","); got != "a,b,c" {
		t.Fatalf("order %s", got)
	}
}

type recMonitor struct{ log *[]string }

func (m recMonitor) Begin()                 { *m.log = append(*m.log, "begin") }
func (m recMonitor) End(took time.Duration) { *m.log = append(*m.log, "end "+took.String()) }

func TestMonitorSeesEachCallbackAndItsTimeOnTheLoopsClock(t *testing.T) {
	vc := NewVirtualClock()
	l := New(vc)
	var log []string
	l.CallSoon(func(any) { l.SetMonitor(recMonitor{&log}) }, nil) // from the next callback on
	l.CallSoon(func(any) { log = append(log, "a"); vc.Advance(150 * time.Millisecond) }, nil)
	var tm Timer
	l.After(&tm, time.Second, func(any) { log = append(log, "timer") }, nil)
	if err := l.Run(nil); err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(log, ","); got != "begin,a,end 150ms,begin,timer,end 0s" {
		t.Fatalf("log %s", got)
	}
}

func TestAtIterationEndRunsAfterTheIterationsSnapshotBeforeWhatItQueued(t *testing.T) {
	l := New(NewVirtualClock())
	var log []string
	rec := record(&log)
	l.AtIterationEnd(rec, "end0") // between iterations: the end of the first one
	l.CallSoon(func(any) {
		log = append(log, "a")
		l.CallSoon(rec, "c") // the next iteration
		l.AtIterationEnd(func(any) {
			log = append(log, "end1")
			l.AtIterationEnd(rec, "end1b") // from the end: the same end, after it
		}, nil)
	}, nil)
	l.CallSoon(rec, "b")
	if err := l.Run(nil); err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(log, ","); got != "a,b,end0,end1,end1b,c" {
		t.Fatalf("order %s", got)
	}
}

func TestTimersFireInDeadlineThenSchedulingOrderOnVirtualClock(t *testing.T) {
	vc := NewVirtualClock()
	l := New(vc)
	var log []string
	rec := record(&log)
	timers := make([]Timer, 5)
	l.After(&timers[0], 3*time.Second, rec, "3s")
	l.After(&timers[1], time.Second, rec, "1s-first")
	l.After(&timers[2], time.Second, rec, "1s-second")
	l.After(&timers[3], 2*time.Second, rec, "cancelled")
	l.After(&timers[4], time.Hour, rec, "1h")
	if !l.Cancel(&timers[3]) || l.Cancel(&timers[3]) {
		t.Fatal("Cancel should report true once")
	}
	start := time.Now()
	if err := l.Run(nil); err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(log, ","); got != "1s-first,1s-second,3s,1h" {
		t.Fatalf("order %s", got)
	}
	if vc.Now() != time.Hour {
		t.Fatalf("virtual clock reads %v, want 1h", vc.Now())
	}
	if time.Since(start) > 10*time.Second {
		t.Fatal("virtual clock waited in real time")
	}
}

func TestRunReportsDeadlockWhenProgramIsNotFinished(t *testing.T) {
	l := New(NewVirtualClock())
	done := false
	l.CallSoon(func(any) {}, nil)
	if err := l.Run(func() bool { return done }); !errors.Is(err, ErrDeadlock) {
		t.Fatalf("got %v, want ErrDeadlock", err)
	}
	done = true
	if err := l.Run(func() bool { return done }); err != nil {
		t.Fatalf("got %v, want nil", err)
	}
}

func TestReservationKeepsLoopAliveAndCompletesOnce(t *testing.T) {
	for _, clock := range []Clock{NewVirtualClock(), NewRealClock()} {
		l := New(clock)
		var got []string
		var timer Timer
		l.After(&timer, time.Millisecond, record(&got), "timer")
		r, err := l.Reserve()
		if err != nil {
			t.Fatal(err)
		}
		release := make(chan struct{})
		var wg sync.WaitGroup
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-release
			if err := r.Complete(record(&got), "result"); err != nil {
				t.Error(err)
			}
			if err := r.Complete(nil, nil); !errors.Is(err, ErrCompleted) {
				t.Errorf("second Complete: %v", err)
			}
		}()
		l.CallSoon(func(any) { close(release) }, nil)
		if err := l.Run(func() bool { return false }); !errors.Is(err, ErrDeadlock) {
			t.Fatalf("%T: %v", clock, err)
		}
		wg.Wait()
		if strings.Join(got, ",") != "timer,result" && strings.Join(got, ",") != "result,timer" {
			t.Fatalf("%T: got %v", clock, got)
		}
		l.Close()
	}
}

func TestVirtualClockDoesNotJumpWhileWorkIsInFlight(t *testing.T) {
	vc := NewVirtualClock()
	l := New(vc)
	r, _ := l.Reserve()
	var at time.Duration
	var timer Timer
	l.After(&timer, time.Hour, func(any) {}, nil)
	finish := make(chan struct{})
	go func() {
		<-finish
		r.Complete(func(any) { at = vc.Now() }, nil)
	}()
	l.CallSoon(func(any) { close(finish) }, nil)
	if err := l.Run(nil); err != nil {
		t.Fatal(err)
	}
	if at >= time.Hour {
		t.Fatalf("result arrived at virtual %v: the clock jumped while a reservation was open", at)
	}
	if vc.Now() != time.Hour {
		t.Fatalf("clock %v after the timer", vc.Now())
	}
}

func TestDoorAnswersErrClosedAfterClose(t *testing.T) {
	l := New(nil)
	r, _ := l.Reserve()
	l.Close()
	if err := l.Submit(func(any) {}, nil); !errors.Is(err, ErrClosed) {
		t.Fatalf("Submit: %v", err)
	}
	if err := r.Complete(func(any) {}, nil); !errors.Is(err, ErrClosed) {
		t.Fatalf("Complete: %v", err)
	}
	if _, err := l.Reserve(); !errors.Is(err, ErrClosed) {
		t.Fatalf("Reserve: %v", err)
	}
}

func TestStopInterruptsAWaitingLoop(t *testing.T) {
	l := New(NewRealClock())
	var timer Timer
	l.After(&timer, time.Hour, func(any) {}, nil)
	go l.Stop()
	if err := l.Run(nil); !errors.Is(err, ErrStopped) {
		t.Fatalf("got %v", err)
	}
}

func TestSubmitFromManyGoroutinesIsBatchedIntoTheLoop(t *testing.T) {
	l := New(nil)
	const n = 1000
	count := 0
	r, _ := l.Reserve()
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			l.Submit(func(any) { count++ }, nil)
		}()
	}
	go func() { wg.Wait(); r.Complete(nil, nil) }()
	if err := l.Run(nil); err != nil {
		t.Fatal(err)
	}
	if count != n {
		t.Fatalf("ran %d of %d", count, n)
	}
}

func BenchmarkCallSoon(b *testing.B) {
	l := New(NewVirtualClock())
	fn := func(any) {}
	for i := 0; i < b.N; i++ {
		l.CallSoon(fn, nil)
		if l.ready.len() >= 1024 {
			l.Run(nil)
		}
	}
	l.Run(nil)
}

func BenchmarkTimer(b *testing.B) {
	l := New(NewVirtualClock())
	timers := make([]Timer, 1024)
	fn := func(any) {}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		l.After(&timers[i%1024], time.Duration(i%97)*time.Millisecond, fn, nil)
		if i%1024 == 1023 {
			l.Run(nil)
		}
	}
	l.Run(nil)
}

// TestRealClocksShareEpoch: the real clocks of one process read the same time (the main interpreter's and
// its thread workers' time.monotonic() agree).
func TestRealClocksShareEpoch(t *testing.T) {
	a := NewRealClock()
	time.Sleep(time.Millisecond)
	b := NewRealClock()
	if !a.Epoch().Equal(b.Epoch()) {
		t.Fatalf("epochs differ: %v and %v", a.Epoch(), b.Epoch())
	}
	if x, y := a.Now(), b.Now(); y < x {
		t.Fatalf("a clock made later reads less: %v after %v", y, x)
	}
}

// TestTimersFireInOrderThroughCancelsAndReschedules: with thousands of timers scheduled, cancelled and
// scheduled again at random, the ones left fire in (deadline, scheduling order), each once.
func TestTimersFireInOrderThroughCancelsAndReschedules(t *testing.T) {
	l := New(NewVirtualClock())
	rng := rand.New(rand.NewPCG(1, 2))
	type sched struct {
		when time.Duration
		seq  int
	}
	timers := make([]Timer, 3000)
	want := make(map[int]sched) // timer index -> its last scheduling, while scheduled
	seq := 0
	var fired []int
	fn := func(arg any) { fired = append(fired, arg.(int)) }
	for step := 0; step < 20000; step++ {
		i := rng.IntN(len(timers))
		switch rng.IntN(3) {
		case 0:
			if l.Cancel(&timers[i]) != (want[i] != sched{}) {
				t.Fatalf("step %d: Cancel(%d) disagrees with whether it was scheduled", step, i)
			}
			delete(want, i)
		default:
			d := time.Duration(rng.IntN(50)) * time.Millisecond
			seq++
			l.After(&timers[i], d, fn, i)
			want[i] = sched{d, seq}
		}
	}
	order := make([]int, 0, len(want))
	for i := range want {
		order = append(order, i)
	}
	slices.SortFunc(order, func(a, b int) int {
		if c := cmp.Compare(want[a].when, want[b].when); c != 0 {
			return c
		}
		return cmp.Compare(want[a].seq, want[b].seq)
	})
	if err := l.Run(nil); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(fired, order) {
		t.Fatalf("fired %d timers, want %d; first difference at %d", len(fired), len(order), firstDiff(fired, order))
	}
}

func firstDiff(a, b []int) int {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}

// BenchmarkTimerFanout: 100,000 timers due in the order they were scheduled (a fan-out of sleeps), all
// fired by one Run. One op is one timer.
func BenchmarkTimerFanout(b *testing.B) {
	const n = 100000
	// Each timer inside an object of its own, as a sleep's is (its timer is spread over the heap).
	type sleep struct {
		_     [200]byte
		timer Timer
	}
	sleeps := make([]*sleep, n)
	for i := range sleeps {
		sleeps[i] = new(sleep)
	}
	rand.New(rand.NewPCG(1, 2)).Shuffle(n, func(i, j int) { sleeps[i], sleeps[j] = sleeps[j], sleeps[i] })
	fn := func(any) {}
	b.ReportAllocs()
	b.ResetTimer()
	for done := 0; done < b.N; done += n {
		l := New(NewVirtualClock())
		for i, s := range sleeps {
			l.After(&s.timer, time.Duration(i)*time.Microsecond, fn, nil)
		}
		if err := l.Run(nil); err != nil {
			b.Fatal(err)
		}
	}
}

func TestRestartKeepsADelayOrATimeAndGoesBehindTheSameMoment(t *testing.T) {
	vc := NewVirtualClock()
	l := New(vc)
	var log []string
	var fired []time.Duration
	rec := func(a any) { log = append(log, fmt.Sprint(a)); fired = append(fired, vc.Now()) }
	var early, other, at, gone Timer
	l.After(&early, time.Second, rec, "restarted")
	l.After(&other, time.Second, rec, "armed later")
	l.Schedule(&at, 3*time.Second, rec, "at 3s")
	if l.Restart(&gone) {
		t.Fatal("Restart of a timer never armed reported true")
	}
	l.CallSoon(func(any) {
		// Half a second later, before anything fired: the After timer keeps its delay (due at 1.5 s), the
		// Schedule timer its time (3 s).
		vc.Advance(500 * time.Millisecond)
		if !l.Restart(&early) || !l.Restart(&at) {
			t.Error("Restart of a pending timer reported false")
		}
	}, nil)
	if err := l.Run(nil); err != nil {
		t.Fatal(err)
	}
	want := "armed later@1s,restarted@1.5s,at 3s@3s"
	var got []string
	for i := range log {
		got = append(got, fmt.Sprintf("%s@%v", log[i], fired[i]))
	}
	if strings.Join(got, ",") != want {
		t.Fatalf("fired %s, want %s", strings.Join(got, ","), want)
	}

	// At the same reading, the restarted timer goes behind the ones armed before the restart.
	log = nil
	var a, b Timer
	l.After(&a, time.Second, rec, "a")
	l.After(&b, time.Second, rec, "b")
	l.Restart(&a)
	if err := l.Run(nil); err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(log, ","); got != "b,a" {
		t.Fatalf("order %s, want b,a", got)
	}
}

// A callback that keeps requeueing itself until a timer fires (a polling loop) would hold a virtual clock
// still for ever; from the busyFree-th busy iteration on, each costs busyCost.
func TestVirtualClockMovesUnderAPollingLoop(t *testing.T) {
	vc := NewVirtualClock()
	l := New(vc)
	var timer Timer
	fired := false
	l.After(&timer, 10*time.Millisecond, func(any) { fired = true }, nil)
	rounds := 0
	var poll func(any)
	poll = func(any) {
		if !fired {
			rounds++
			l.CallSoon(poll, nil)
		}
	}
	l.CallSoon(poll, nil)
	if err := l.Run(nil); err != nil {
		t.Fatal(err)
	}
	// The iteration in which the timer is due runs the poll queued before it first: one round more.
	if want := busyFree + int(10*time.Millisecond/busyCost) + 1; rounds != want {
		t.Errorf("polled %d rounds, want %d", rounds, want)
	}
	if vc.Now() != 10*time.Millisecond {
		t.Errorf("virtual clock reads %v, want 10ms", vc.Now())
	}
}
