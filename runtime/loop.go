// Package runtime is asyncrun's event loop. It knows nothing of JavaScript: it runs Go callbacks from a FIFO
// ready queue, fires timers from one heap driven by a single Go timer, and takes results from other
// goroutines through exactly one door (Submit and Reservation.Complete). A Clock is injected, so the same
// loop runs on real time or on the virtual time of --virtual-time.
//
// Everything except the door, Stop and the Clock is for the loop goroutine only: the goroutine that calls Run.
package runtime

import (
	"sync"
	"time"
)

type job struct {
	fn  func(any)
	arg any
}

// Loop is one event loop. Make it with New; run it with Run on the goroutine that owns it.
type Loop struct {
	clock Clock
	real  Clock // paces a virtual clock while work is in flight

	ready  ring
	atEnd  []job // AtIterationEnd's
	timers timerHeap
	seq    uint64
	busy   int // iterations in a row that ran callbacks while timers waited (see charge)
	mon    Monitor

	// The door: everything below mu is shared with other goroutines.
	mu       sync.Mutex
	inbox    []job
	spare    []job // the inbox's previous backing array, reused to batch without allocating
	inflight int   // reservations not yet completed
	stopping bool
	closed   bool
	wake     chan struct{}

	goTimer *time.Timer
}

// Stats is a snapshot of the loop's work, for reports and tests.
type Stats struct {
	Ready    int // callbacks ready to run
	Timers   int // timers pending
	InFlight int // reservations not yet completed
}

// New returns a loop on the given clock (a RealClock if nil).
func New(clock Clock) *Loop {
	if clock == nil {
		clock = NewRealClock()
	}
	return &Loop{clock: clock, real: NewRealClock(), wake: make(chan struct{}, 1)}
}

// Clock returns the loop's clock. Safe from any goroutine.
func (l *Loop) Clock() Clock { return l.clock }

// Now reads the loop's clock. Safe from any goroutine.
func (l *Loop) Now() time.Duration { return l.clock.Now() }

// CallSoon queues fn(arg) behind every callback already ready. Loop goroutine only.
func (l *Loop) CallSoon(fn func(any), arg any) { l.ready.push(job{fn, arg}) }

// Monitor watches the loop's callbacks one by one (asyncio's debug mode reports the slow ones).
type Monitor interface {
	// Begin is called before a callback runs, End after it with how long it took on the loop's clock
	// (a virtual clock moves only when the callback moves it: a blocking sleep).
	Begin()
	End(took time.Duration)
}

// SetMonitor makes m watch every callback from now on (nil: none). Loop goroutine only.
func (l *Loop) SetMonitor(m Monitor) { l.mon = m }

// AtIterationEnd runs fn(arg) once the callbacks of the iteration in progress have run, before the loop takes
// in anything new: where asyncio's run_forever checks whether stop() was called. Called between
// iterations, it runs at the end of the next one. Loop goroutine only.
func (l *Loop) AtIterationEnd(fn func(any), arg any) { l.atEnd = append(l.atEnd, job{fn, arg}) }

// Schedule arms t to call fn(arg) at clock reading when. Timers due at the same reading fire in the order
// they were scheduled. Loop goroutine only.
func (l *Loop) Schedule(t *Timer, when time.Duration, fn func(any), arg any) {
	l.arm(t, l.clock.Now(), when, false, fn, arg)
}

// After arms t to fire d after the current clock reading. Loop goroutine only.
func (l *Loop) After(t *Timer, d time.Duration, fn func(any), arg any) {
	now := l.clock.Now()
	l.arm(t, now, now+d, true, fn, arg)
}

func (l *Loop) arm(t *Timer, now, when time.Duration, relative bool, fn func(any), arg any) {
	if t.fn != nil && t.index >= 0 {
		l.timers.remove(int(t.index))
	}
	l.seq++
	t.when, t.armed, t.seq, t.relative, t.fn, t.arg = when, now, l.seq, relative, fn, arg
	l.timers.push(t)
}

// Restart arms a pending timer again as if it were armed now: one armed with After fires as long after
// now as it was set for, one armed with Schedule at the same reading, and either way behind the timers
// already armed for the same moment. It reports whether t was pending. Loop goroutine only.
func (l *Loop) Restart(t *Timer) bool {
	if t.fn == nil || t.index < 0 {
		return false
	}
	now, when := l.clock.Now(), t.when
	if t.relative {
		when += now - t.armed
	}
	l.arm(t, now, when, t.relative, t.fn, t.arg)
	return true
}

// Cancel disarms t; it reports whether t was pending. Loop goroutine only.
func (l *Loop) Cancel(t *Timer) bool {
	if t.fn == nil || t.index < 0 {
		return false
	}
	l.timers.remove(int(t.index))
	t.fn, t.arg = nil, nil
	return true
}

// Stats reports the work the loop holds. Loop goroutine only.
func (l *Loop) Stats() Stats {
	l.mu.Lock()
	inflight := l.inflight + len(l.inbox)
	l.mu.Unlock()
	return Stats{Ready: l.ready.len(), Timers: len(l.timers), InFlight: inflight}
}

// Submit hands fn(arg) to the loop from any goroutine; it runs on the loop goroutine in the order received.
// Submit does not keep the loop alive by itself: work that will report back later takes a Reservation.
// After Close it returns ErrClosed and fn never runs.
func (l *Loop) Submit(fn func(any), arg any) error {
	l.mu.Lock()
	if l.closed {
		l.mu.Unlock()
		return ErrClosed
	}
	l.inbox = append(l.inbox, job{fn, arg})
	l.mu.Unlock()
	l.signal()
	return nil
}

// Stop makes Run return ErrStopped before it runs another callback. Safe from any goroutine.
func (l *Loop) Stop() {
	l.mu.Lock()
	l.stopping = true
	l.mu.Unlock()
	l.signal()
}

// Close shuts the door: Submit and Complete answer ErrClosed from now on, and outstanding reservations are
// forgotten. Call it once Run has returned. Safe from any goroutine.
func (l *Loop) Close() {
	l.mu.Lock()
	l.closed = true
	l.inbox, l.spare = nil, nil
	l.inflight = 0
	l.mu.Unlock()
	if l.goTimer != nil {
		l.goTimer.Stop()
	}
}

func (l *Loop) signal() {
	select {
	case l.wake <- struct{}{}:
	default:
	}
}

// Run runs callbacks until no work is left: nothing ready, no timer pending, no reservation outstanding.
// Then it asks finished: if the program is finished Run returns nil; if finished queued more work the
// loop goes on; otherwise nothing can ever wake the waiting code again and Run returns ErrDeadlock. Run returns ErrStopped after Stop. Each iteration takes
// the whole inbox at once, then the timers that are due, then the callbacks that were ready when the
// iteration began (callbacks they queue wait for the next iteration), as asyncio's _run_once does, and
// last what AtIterationEnd asked for.
func (l *Loop) Run(finished func() bool) error {
	for {
		l.mu.Lock()
		if l.stopping {
			l.stopping = false
			l.mu.Unlock()
			return ErrStopped
		}
		batch := l.inbox
		l.inbox = l.spare[:0]
		inflight := l.inflight
		l.mu.Unlock()

		for i := range batch {
			l.ready.push(batch[i])
			batch[i] = job{}
		}
		l.mu.Lock()
		if l.closed {
			l.mu.Unlock()
			return ErrClosed
		}
		l.spare = batch[:0]
		l.mu.Unlock()

		now := l.clock.Now()
		for len(l.timers) > 0 && l.timers[0].when <= now {
			t := l.timers.remove(0)
			fn, arg := t.fn, t.arg
			t.fn, t.arg = nil, nil
			l.ready.push(job{fn, arg})
		}

		if n := l.ready.len(); n > 0 || len(l.atEnd) > 0 {
			for ; n > 0; n-- {
				j := l.ready.pop()
				if l.mon != nil {
					l.watch(j)
				} else {
					j.fn(j.arg)
				}
			}
			for len(l.atEnd) > 0 {
				jobs := l.atEnd
				l.atEnd = nil
				for _, j := range jobs {
					j.fn(j.arg)
				}
			}
			l.charge()
			continue
		}
		l.busy = 0

		if len(l.timers) == 0 && inflight == 0 {
			if l.hasInbox() {
				continue
			}
			if finished == nil || finished() {
				return nil
			}
			if l.ready.len() > 0 || len(l.timers) > 0 {
				continue // finished found work to do after all
			}
			return ErrDeadlock
		}
		l.wait(inflight)
	}
}

func (l *Loop) watch(j job) {
	m := l.mon
	m.Begin()
	start := l.clock.Now()
	j.fn(j.arg)
	m.End(l.clock.Now() - start)
}

// A virtual clock stands still while code runs, so code that polls (`while (!done) await sleep(0)`, done
// set by a task that sleeps) would keep it still for ever. From the busyFree-th iteration in a row that
// runs callbacks while timers wait, each iteration is charged busyCost of virtual time: about what an
// iteration of CPython's loop costs, so polling ends after as many rounds as it would in real time, and
// the same ones on every run. Ordinary programs, which wait far sooner than that, never see it.
const (
	busyFree = 10_000
	busyCost = 10 * time.Microsecond
)

func (l *Loop) charge() {
	vc, virtual := l.clock.(*VirtualClock)
	if !virtual || len(l.timers) == 0 {
		l.busy = 0
		return
	}
	if l.busy++; l.busy > busyFree {
		vc.Advance(busyCost)
	}
}

func (l *Loop) hasInbox() bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.inbox) > 0 || l.stopping
}

// wait blocks until the next timer is due or the door has something, whichever comes first. A virtual
// clock with nothing in flight jumps straight to the next timer instead.
func (l *Loop) wait(inflight int) {
	vc, virtual := l.clock.(*VirtualClock)
	if len(l.timers) > 0 {
		next := l.timers[0].when
		if virtual && inflight == 0 {
			if !l.hasInbox() {
				vc.AdvanceTo(next)
			}
			return
		}
		d := next - l.clock.Now()
		if d <= 0 {
			return
		}
		if l.goTimer == nil {
			l.goTimer = time.NewTimer(d)
		} else {
			l.goTimer.Reset(d)
		}
		start := l.real.Now()
		select {
		case <-l.wake:
			l.goTimer.Stop()
			if virtual {
				vc.Advance(min(l.real.Now()-start, d))
			}
		case <-l.goTimer.C:
			if virtual {
				vc.AdvanceTo(next)
			}
		}
		return
	}
	start := l.real.Now()
	<-l.wake
	if virtual {
		vc.Advance(l.real.Now() - start) // in flight: the virtual clock keeps real time's pace
	}
}
