package asyncio

import (
	"slices"

	"github.com/dop251/goja"

	"github.com/asyncrun/asyncrun/bindings/host"
)

// The one wait queue behind every synchronization primitive and queue (trio's parking lot), and the
// operations that park in it.
//
// CPython writes each primitive as a coroutine that parks a future in a deque and, once the future is done,
// resumes in the task's next step: the code after `await fut` removes the future, takes the lock or the
// item, or passes the wake-up on if a cancellation arrived. Here that code is a Go continuation (resume),
// and a waiter stands for the pair of Python's future and the task wake-up its completion schedules:
//
//   - wake (fut.set_result) and cancel (fut.cancel) schedule resume on the ready queue, exactly where
//     Python's call_soon(task.__wakeup) goes, so tasks interleave as they do in CPython;
//   - resume runs the primitive's own post-await logic at the moment the Python task would have resumed, so
//     locked(), qsize() and the printed state agree with CPython's at every step, and then settles the
//     future the script awaits in the same job, so the script's continuation runs right away;
//   - a cancellation that arrives after the wake-up but before resume (Python's Task._must_cancel) makes
//     the await raise CancelledError all the same; resume sees it and passes the wake-up on.
//
// Invariant: a waiter's resume is scheduled exactly once (by its first wake or cancel), and resume is the
// only place a waiter that was woken or cancelled leaves its lot, unless the primitive pops it at wake-up
// time as CPython's queues do. Everything here runs on the loop goroutine.

type waitState uint8

const (
	waitParked    waitState = iota // in the lot, untouched: Python's pending future
	waitWoken                      // woken: the future has its result
	waitCancelled                  // cancelled while parked: the future was cancelled
)

// waiter is one coroutine parked in a lot.
type waiter struct {
	lot         *lot
	prev, next  *waiter
	queued      bool
	state       waitState
	interrupted bool // cancelled after the wake-up, before resume
	// startPending: parked by a call a task claimed, before that task's start (see lateStart), where
	// Python's coroutine would have made this wait. A wake-up or cancel by running code before then takes
	// effect at the start, as Python's coroutine, starting there, would find the event set or the item
	// there; one by another claimed call's first stretch (wokeEager), which Python runs after this start,
	// keeps its place in the ready queue.
	startPending bool
	wokeEager    bool
	resumed      bool       // resume ran (perhaps early, at the task's start: the queued run then does nothing)
	msg          goja.Value // the cancel() message
	op           *op
	resume       func(w *waiter)
}

// done is Python's fut.done(): woken or cancelled.
func (w *waiter) done() bool { return w.state != waitParked }

// cancelled is Python's fut.cancelled(): cancelled before it was woken.
func (w *waiter) cancelled() bool { return w.state == waitCancelled }

// raised reports whether the await on w raises CancelledError.
func (w *waiter) raised() bool { return w.state == waitCancelled || w.interrupted }

// wake gives a parked waiter its wake-up, as fut.set_result() does.
func (w *waiter) wake() {
	w.state = waitWoken
	w.op.a.track.sideEffect(w)
	w.op.a.loop.CallSoon(runResume, w)
}

// cancel is a task's cancellation reaching the await on w. It always lands: a parked waiter is cancelled
// (and resumes with CancelledError); a woken one resumes with CancelledError instead of its wake-up.
func (w *waiter) cancel(msg goja.Value) bool {
	w.msg = msg
	switch w.state {
	case waitParked:
		w.state = waitCancelled
		if w.queued {
			w.lot.cancelled++
		}
		w.op.a.track.sideEffect(w)
		w.op.a.loop.CallSoon(runResume, w)
	case waitWoken:
		w.interrupted = true
	}
	return true
}

func runResume(arg any) {
	w := arg.(*waiter)
	if w.resumed || w.startPending && !w.wokeEager {
		return // ran at its task's start already, or runs there
	}
	w.resumed = true
	if w.op.cur == w {
		w.op.cur = nil
	}
	w.resume(w)
}

// cancelError is the CancelledError the await on w raises.
func (w *waiter) cancelError() goja.Value { return w.op.a.newCancelledError(w.msg) }

// lot is a FIFO of waiters. Python keeps a deque of futures per primitive; this is that deque.
type lot struct {
	head, tail *waiter
	n          int
	cancelled  int // entries cancelled while parked, not yet resumed
}

func (l *lot) push(w *waiter) {
	w.lot, w.queued = l, true
	w.prev, w.next = l.tail, nil
	if l.tail != nil {
		l.tail.next = w
	} else {
		l.head = w
	}
	l.tail = w
	l.n++
}

// remove takes w out of the lot; it reports false if w was not in it (Python's deque.remove raising
// ValueError, which the queues ignore).
func (l *lot) remove(w *waiter) bool {
	if !w.queued || w.lot != l {
		return false
	}
	if w.prev != nil {
		w.prev.next = w.next
	} else {
		l.head = w.next
	}
	if w.next != nil {
		w.next.prev = w.prev
	} else {
		l.tail = w.prev
	}
	w.prev, w.next, w.queued = nil, nil, false
	l.n--
	if w.state == waitCancelled {
		l.cancelled--
	}
	return true
}

// popFront removes and returns the first waiter, or nil.
func (l *lot) popFront() *waiter {
	w := l.head
	if w != nil {
		l.remove(w)
	}
	return w
}

// len counts every entry, woken and cancelled ones included, as len(self._waiters) does.
func (l *lot) len() int { return l.n }

// live counts the entries not cancelled: any(not w.cancelled() for w in self._waiters).
func (l *lot) live() int { return l.n - l.cancelled }

// op is one call of a primitive's asynchronous method (acquire, wait, get, put, join …): Python's
// coroutine, run as Go continuations. out is the future behind what the script awaits, made when the call
// first has to park; its face is a native promise (a coroutine in Python, not a Future), which a task made
// from it (create_task, gather, wait_for …) waits on, so cancelling that task cancels the call. cur is the
// waiter the call is parked on now, where a cancellation of out goes.
type op struct {
	a    *Asyncio
	task *Task // the task that made the call
	out  *Future
	cur  *waiter

	// The outcome of a call that completed before it ever parked.
	now    bool
	v, err goja.Value
}

// cont receives an operation's outcome: its value, or the exception it raised.
type cont func(v, err goja.Value)

func (a *Asyncio) newOp() *op { return &op{a: a, task: a.track.cur} }

// park parks the operation in l; resume runs when the waiter is woken or cancelled. what describes the
// call for reports ("Queue.get() on <Queue …>"): a deadlock report says what each task waits on.
func (o *op) park(l *lot, what func() string, resume func(w *waiter)) {
	if o.out == nil {
		o.out = o.a.newNativeFuture()
		o.out.desc = what
		o.out.cancelHook = o.cancel
	}
	w := &waiter{op: o, resume: resume}
	l.push(w)
	o.cur = w
	o.a.track.parked(w)
}

// claim hands the operation a call made before its first suspension to the task that wraps the call (a
// stretch entry: see lateStart, which parks it again where that task starts).
func (w *waiter) claim(from, to *Task) {
	if w.op.task == from {
		w.op.task = to
	}
}

// cancel is out's cancel(): the cancellation goes to the await the operation is parked on, as Task.cancel
// cancels the future its coroutine waits for. The operation decides what it means (Condition.wait
// re-acquires its lock first) and ends out itself.
func (o *op) cancel(msg goja.Value) bool {
	if o.out.done() || o.cur == nil {
		return false
	}
	return o.cur.cancel(msg)
}

// awaiter returns the task awaiting the operation now: the one that made the call, unless the call was
// handed to another task (create_task(cond.wait_for(f))).
func (o *op) awaiter() *Task {
	if o.out == nil || o.task != nil && slices.Contains(o.task.waiters, o.out) {
		return o.task
	}
	for t := o.a.pending.head; t != nil; t = t.next {
		if slices.Contains(t.waiters, o.out) {
			return t
		}
	}
	return o.task
}

// finish settles out with the operation's outcome and passes it to the native face at once, so the
// awaiting task continues in this job: the one Python's wake-up of that task runs in.
func (o *op) finish(v, err goja.Value) {
	f := o.out
	if f.done() {
		return
	}
	a := o.a
	switch {
	case err == nil:
		f.state, f.value = finished, v
	case a.isCancelledError(err):
		f.state = cancelled
		f.more().cancelErr = err
	default:
		f.state, f.value, f.unretrieved = failed, err, true
		a.unretrieved[f] = struct{}{}
	}
	runCallbacks(f)
}

// startOp starts an asynchronous method. body calls k once with the outcome: at once if the call need not
// wait (then the script gets a settled promise, and awaiting it lets no other task run), or later from a
// resume (then the script awaits out).
func (a *Asyncio) startOp(body func(o *op, k cont)) goja.Value {
	o := a.newOp()
	body(o, o.done)
	if o.now {
		return a.settled(o.v, o.err)
	}
	return o.out.Value()
}

// done is the continuation that ends a call: it settles out or, if the call never parked, keeps the
// outcome for startOp.
func (o *op) done(v, err goja.Value) {
	if o.out == nil {
		o.now, o.v, o.err = true, v, err
		return
	}
	o.finish(v, err)
}

// settled returns a native promise already fulfilled with v, or rejected with err.
func (a *Asyncio) settled(v, err goja.Value) goja.Value {
	p, resolve, reject := a.r.NewPromise()
	if err != nil {
		reject(err)
	} else {
		if v == nil {
			v = goja.Undefined()
		}
		resolve(v)
	}
	return a.r.ToValue(p)
}

// callIn calls a script function as code of task, returning what it returned or the exception it threw.
// Called from a resume (a job of its own) it enters the task's context; called during the script's own
// call it runs in the caller's context, whose current stretch must stay as it is.
func (a *Asyncio) callIn(task *Task, resumed bool, fn goja.Callable) (goja.Value, goja.Value) {
	var v goja.Value
	var err error
	if resumed {
		saved := a.track.enter(task)
		v, err = fn(goja.Undefined())
		a.track.leave(saved)
	} else {
		v, err = fn(goja.Undefined())
	}
	if err != nil {
		return nil, a.errorValue(err)
	}
	return v, nil
}

// expando gives the primitives' Go structs (goja DynamicObjects) room for the properties scripts attach.
type expando struct{ props map[string]goja.Value }

func (e *expando) Get(key string) goja.Value { return e.props[key] }

func (e *expando) Set(key string, val goja.Value) bool {
	if e.props == nil {
		e.props = make(map[string]goja.Value)
	}
	e.props[key] = val
	return true
}

func (e *expando) Has(key string) bool { _, ok := e.props[key]; return ok }

func (e *expando) Delete(key string) bool { delete(e.props, key); return true }

func (e *expando) Keys() []string {
	keys := make([]string, 0, len(e.props))
	for k := range e.props {
		keys = append(keys, k)
	}
	return keys
}

// withSource is `async with` for the primitives (SPEC §4): `await lock.with(async () => …)`. It is
// JavaScript so that the body runs as an ordinary continuation of the calling task, with no extra turn
// of the loop on the way in or out, exactly where Python's `async with` runs it; and so that a call
// wrapped at once (create_task(lock.with(f))) is claimed by its task like any async call.
const withSource = `(function (describe) {
	function check(body) {
		if (typeof body !== 'function') {
			throw new TypeError('with: argument 1 must be a function, got ' + describe(body));
		}
	}
	const lock = async function (body) {
		check(body);
		await this.acquire();
		try {
			return await body();
		} finally {
			this.release();
		}
	};
	const barrier = async function (body) {
		check(body);
		return await body(await this.wait());
	};
	for (const f of [lock, barrier]) Object.defineProperty(f, 'name', { value: 'with' });
	return { lock, barrier };
})`

// withHelpers compiles the `with` methods: one for the lock-like primitives (acquire, run, release), one
// for Barrier (wait, run with the index).
func (a *Asyncio) withHelpers() (lockWith, barrierWith goja.Value) {
	v, err := a.r.RunScript(host.InternalSource, withSource)
	if err != nil {
		panic(err)
	}
	mk, _ := goja.AssertFunction(v)
	res, err := mk(goja.Undefined(), a.r.ToValue(func(call goja.FunctionCall) goja.Value {
		return a.r.ToValue(describe(call.Argument(0)))
	}))
	if err != nil {
		panic(err)
	}
	obj := res.ToObject(a.r)
	return obj.Get("lock"), obj.Get("barrier")
}

// defineClass makes a constructor for proto; make builds the Go object behind each instance. It works with
// and without `new` (`asyncio.Lock()` reads as in Python), and a subclass made with
// `class X extends asyncio.Lock` keeps its own prototype.
func (a *Asyncio) defineClass(name string, proto *goja.Object, make func(call goja.ConstructorCall) goja.DynamicObject) *goja.Object {
	r := a.r
	var ctor *goja.Object
	ctor = a.h.Func(name, func(call goja.ConstructorCall) *goja.Object {
		obj := r.NewDynamicObject(make(call))
		if call.NewTarget != nil && !call.NewTarget.SameAs(ctor) && call.This != nil {
			obj.SetPrototype(call.This.Prototype())
		} else {
			obj.SetPrototype(proto)
		}
		return obj
	})
	ctor.Set("prototype", proto)
	proto.DefineDataProperty("constructor", ctor, goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	a.module.Set(name, ctor)
	return ctor
}

// getter defines a read-only property under name and its camelCase alias.
func (a *Asyncio) getter(proto *goja.Object, name string, get func(this goja.Value) goja.Value) {
	a.h.Getter(proto, name, get)
	if c := host.Camel(name); c != name {
		a.h.Getter(proto, c, get)
	}
}
