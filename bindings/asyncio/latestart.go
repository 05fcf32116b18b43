package asyncio

// lateStart moves the waits a call started before its first suspension to where Python starts them.
//
// A Python coroutine wrapped in a task starts in the task's first step, which create_task queues behind
// every ready callback; the call here ran at once, so its first sleep was armed before anything its caller
// does for the rest of its step. When the caller then sleeps as long (`create_task(worker())` then
// `await sleep(1)`), Python wakes the caller first and the worker second, its sleep having started later.
// So the task that claims the call restarts those waits from a callback queued where Python queues the
// first step: a timer is armed again for the same delay from then (behind the timers armed meanwhile for
// the same moment), an entered timeout(delay) counts from then, and a sleep(0)'s wake-up is queued again.
//
// The tasks a call creates before its own first suspension start, in Python, in steps queued by its
// task's first step: their restarts are held until the claiming task's restart has run, and queued again
// from there.
type lateStart struct {
	first    *Future // the usual case: one wait, no allocation
	more     []*Future
	timeouts []*Timeout
	held     []*Future    // the restarts of tasks the call created, queued again after this one
	parks    []*waiter    // the waiters the call parked (a lock's, an event's, a queue's), queued again
	awaits   []*heldAwait // the call's held awaits (heldawaits.go), released where its task starts
	heldAw   []*heldAwait // the held awaits of tasks the call created, queued again after this one
}

// lateFlags says where a future stands with respect to lateStart.
type lateFlags uint8

const (
	wakeQueued    lateFlags = 1 << iota // sleep(0): its wake-up is queued, and a cancel is delivered there, not later
	wakeDeferred                        // that wake-up waits for the restart to queue it again
	restartQueued                       // restartWait is queued for this future
	restartHeld                         // ... and waits for an enclosing call's restart
)

func (l *lateStart) addWait(f *Future) {
	if f == nil || f.state != pending && f.late&wakeQueued == 0 {
		return
	}
	if t := f.timer; f.late&wakeQueued == 0 && (t == nil || !t.Scheduled()) {
		return
	}
	if l.first == nil {
		l.first = f
	} else {
		l.more = append(l.more, f)
	}
}

func (l *lateStart) addTimeout(tm *Timeout) {
	if tm.state == timeoutEntered && tm.timer.Scheduled() {
		l.timeouts = append(l.timeouts, tm)
	}
}

// holdRestarts holds the queued restart of task t, made during the call being claimed.
func (l *lateStart) holdRestarts(t *Task) {
	for _, w := range t.waiters {
		if w.late&(restartQueued|restartHeld) == restartQueued {
			w.late |= restartHeld
			l.held = append(l.held, w)
		}
	}
	if t.rare != nil {
		if h := t.rare.heldStart; h != nil && h.queued && !h.heldBack {
			h.heldBack = true
			l.heldAw = append(l.heldAw, h)
		}
	}
}

func (l *lateStart) schedule(a *Asyncio) {
	defer l.queueAwaits(a)
	if l.first == nil && l.timeouts == nil && l.held == nil && l.heldAw == nil && l.parks == nil {
		return
	}
	for _, f := range l.more {
		f.deferWake()
	}
	if f := l.first; f != nil {
		f.deferWake()
		if l.more == nil && l.timeouts == nil && l.held == nil && l.heldAw == nil && l.parks == nil {
			f.late |= restartQueued // one wait: it can be held by an enclosing claim
			a.loop.CallSoon(restartWait, f)
			return
		}
	}
	late := *l
	a.loop.CallSoon(restartLate, &late)
}

// startLate restarts f's wait where Python starts the task just made of it (create_task(sleep(1)), where
// sleep is a coroutine in Python and the timer starts in the task's first step).
func (a *Asyncio) startLate(f *Future) {
	if !a.track.startsNow {
		var l lateStart
		l.addWait(f)
		l.schedule(a)
	}
}

// deferWake holds back a sleep(0)'s queued wake-up until the restart queues it again.
func (f *Future) deferWake() {
	if f.late&wakeQueued != 0 {
		f.late |= wakeDeferred
	}
}

func restartLate(arg any) {
	l := arg.(*lateStart)
	if l.first != nil {
		restartNow(l.first)
	}
	for _, f := range l.more {
		restartNow(f)
	}
	for _, tm := range l.timeouts {
		tm.restart()
	}
	for _, w := range l.parks {
		w.startPending = false
		switch {
		case w.state != waitParked:
			if !w.wokeEager {
				runResume(w) // woken (or cancelled) before the task started: it goes on now, at its start
			}
		case w.queued:
			lot := w.lot // still waiting: it parks now, behind those that parked since
			lot.remove(w)
			lot.push(w)
		}
	}
	for _, f := range l.held {
		f.late &^= restartHeld
		f.a.loop.CallSoon(restartWait, f)
	}
	for _, h := range l.heldAw {
		h.heldBack = false
		h.a.loop.CallSoon(releaseHeldLater, h)
	}
}

// queueAwaits queues the release of the call's held awaits where its task starts: behind the restarts
// queued above, and so behind what those queue for the tasks the call created first.
func (l *lateStart) queueAwaits(a *Asyncio) {
	for _, h := range l.awaits {
		h.claimed, h.queued = true, true
		h.cell.task.more().heldStart = h
		a.loop.CallSoon(releaseHeldLater, h)
	}
}

// releaseHeldLater is the queued release of a held await.
func releaseHeldLater(arg any) {
	h := arg.(*heldAwait)
	if h.heldBack {
		return // an enclosing call's restart queues it again
	}
	h.queued = false
	if t := h.cell.task; t.rare != nil && t.rare.heldStart == h {
		t.rare.heldStart = nil
	}
	h.a.releaseHeld(h)
}

// restartWait is a queued restart of one wait.
func restartWait(arg any) {
	f := arg.(*Future)
	if f.late&restartHeld != 0 {
		return // an enclosing call's restart queues it again
	}
	f.late &^= restartQueued
	restartNow(f)
}

func restartNow(f *Future) {
	if f.late&wakeDeferred != 0 {
		f.late &^= wakeDeferred
		if f.state == cancelled {
			fireSleep0(f) // cancelled before its task started: Python's first step throws at once
		} else {
			f.a.loop.CallSoon(fireSleep0, f)
		}
		return
	}
	if f.state == pending && f.timer != nil {
		f.a.loop.Restart(f.timer)
	}
}

// restart arms an entered timeout's timer again from now: timeout(delay) counts its delay from the
// moment Python would have made it, timeout_at(when) keeps its time.
func (tm *Timeout) restart() {
	if tm.state != timeoutEntered || !tm.timer.Scheduled() {
		return
	}
	a := tm.a
	if tm.relative {
		tm.when = a.now() + tm.delay
	}
	a.loop.Schedule(&tm.timer, seconds(tm.when), tm.fire, nil)
}
