package asyncio

import (
	"github.com/dop251/goja"
	"github.com/dop251/goja/file"

	"github.com/asyncrun/asyncrun/bindings/host"
)

// Held awaits: a call's first suspension on a promise that had already settled, kept for its task's start.
//
// In Python, `await helper()` where helper returns without suspending goes straight on, and a coroutine
// wrapped in a task runs nothing before the task's first step. Here the call ran at once, and when its
// first await is of a promise that is already settled (an async helper that returned without waiting),
// goja queues the continuation at once: it would run as soon as the caller's code gives way, before the
// callbacks and tasks Python runs first, and interleaved with the other calls started in the same step
// (two `gather`ed workers each awaiting two such helpers print a, b, a, b where Python prints a, a, b, b).
//
// So an await of a settled promise, made in a call nested in the running code (the only place a call can
// be wrapped in a task afterwards), does not take the promise itself. Reading `constructor`, the first
// step of every await, answers a stand-in for Promise instead of Promise, and gives the promise an own
// `then` for one call: goja then awaits a fresh promise and queues a job that hands that promise's
// resolve function to the own `then`. If a task claimed the call meanwhile (claims come in the same run
// of code, before any job), the function is kept until the task starts (lateStart) and the continuation
// runs there, in a run of goja's job queue of its own; otherwise it settles the fresh promise at once,
// which puts the continuation one job later than a plain await would, in the same run.
//
// Two exceptions keep the continuation where JavaScript puts it: a call that queued something for the
// loop before its first await (woke a task: see sideEffect), whose continuation Python runs in the same
// step as those effects; and a place (the await, and the call in its caller) where a held await once went
// unclaimed, which is almost always an `await helper()` that no task will ever claim.
type heldAwait struct {
	a        *Asyncio
	x        *goja.Object // the settled promise
	site     holdSite
	cell     *cell      // the await's context, once goja registered it
	resolve  goja.Value // the awaited promise's resolve function, once the job handed it over
	claimed  bool       // a task claimed the call: its start releases the await
	queued   bool       // its release is queued (releaseHeldLater)
	heldBack bool       // ... and waits for an enclosing call's restart
	next     *heldAwait // the next held await of the same promise waiting for its then call
}

// heldThenSource is the own `then` of a held await's promise. It is JavaScript so that what hold does
// (settle the awaiting promise, or call the real then) happens inside a script call, which only queues
// goja's jobs: a Go function called directly by goja's job would run the whole job queue in each call.
const heldThenSource = `(function (hold) {
	return function then(onFulfilled, onRejected) { return hold(this, onFulfilled, onRejected); };
})`

// promiseLookalikeSource makes the stand-in for Promise that a held await's promise names as its
// constructor.
const promiseLookalikeSource = `(function () {
	const P = Promise;
	const L = function Promise(executor) { return new P(executor); };
	L.prototype = P.prototype;
	Object.setPrototypeOf(L, P);
	return L;
})()`

// installHeldAwaits makes Promise.prototype.constructor the getter that holds such awaits.
func (a *Asyncio) installHeldAwaits() {
	r := a.r
	proto := a.promiseCtor.ToObject(r).Get("prototype").ToObject(r)
	a.promiseProto = proto
	err := proto.DefineAccessorProperty("constructor", r.ToValue(a.promiseConstructor), nil, goja.FLAG_FALSE,
		goja.FLAG_TRUE)
	if err != nil {
		panic(err)
	}
	v, err := r.RunScript(host.InternalSource, heldThenSource)
	if err != nil {
		panic(err)
	}
	mk, _ := goja.AssertFunction(v)
	if a.heldThen, err = mk(goja.Undefined(), r.ToValue(a.hold)); err != nil {
		panic(err)
	}
	// What the getter answers for a held await: anything but Promise itself makes goja await a fresh
	// promise; a stand-in for it also serves code that read constructor for its own use (new
	// p.constructor(…), p instanceof p.constructor, p.constructor.resolve(…)).
	if a.promiseLookalike, err = r.RunScript(host.InternalSource, promiseLookalikeSource); err != nil {
		panic(err)
	}
}

// promiseConstructor is the getter of Promise.prototype.constructor.
func (a *Asyncio) promiseConstructor(call goja.FunctionCall) goja.Value {
	x, ok := call.This.(*goja.Object)
	if !ok || x.Prototype() != a.promiseProto {
		return a.promiseCtor // Promise.prototype itself, say, or a subclass's promise
	}
	site, ok := a.track.mayHold(x)
	if !ok {
		return a.promiseCtor
	}
	if err := x.DefineDataProperty("then", a.heldThen, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
		return a.promiseCtor
	}
	if p, _ := host.Wrapped(x).(*goja.Promise); p != nil && p.State() == goja.PromiseStateRejected {
		a.rejectionHandled(p) // the await handles it, when it goes on
	}
	t := &a.track
	t.dropHolding()
	h := &heldAwait{a: a, x: x, site: site}
	t.holding = h
	if t.thenFor == nil {
		t.thenFor = map[*goja.Object]*heldAwait{}
	}
	if first := t.thenFor[x]; first != nil {
		last := first
		for last.next != nil {
			last = last.next
		}
		last.next = h
	} else {
		t.thenFor[x] = h
	}
	return a.promiseLookalike
}

// holdSite is where a held await was made: the await, and the call to its function in the caller.
type holdSite struct {
	await, call file.Position
}

// mayHold reports whether reading x.constructor now may be an await to hold, and where: x is a settled
// plain promise, the code reading it is a call nested in the running code, outside asyncio's own
// reactions, and no await held at the same place went unclaimed before. The last rule keeps the cost of
// holding (two more promises and jobs) off `await helper()` in loops: a place where a task claimed the
// call once is almost always one where a task claims it every time (create_task(worker()) in a loop), and
// one where none did, one where none will.
func (t *tracker) mayHold(x *goja.Object) (holdSite, bool) {
	if t.internal != nil || t.internalCell != nil {
		return holdSite{}, false
	}
	p, ok := host.Wrapped(x).(*goja.Promise)
	if !ok || p.State() == goja.PromiseStatePending {
		return holdSite{}, false
	}
	// An await reads it with the awaiting function's frame on top; Promise.resolve, then and finally
	// read it from a native frame.
	frames := t.stack()
	if len(frames) == 0 || frames[0].SrcName() == "<native>" {
		return holdSite{}, false
	}
	for i := 1; i < len(frames); i++ {
		if frames[i].SrcName() == "<native>" {
			continue
		}
		site := holdSite{await: frames[0].Position(), call: frames[i].Position()}
		_, unclaimed := t.unclaimedSites[site]
		return site, !unclaimed
	}
	return holdSite{}, false
}

// hold is called by a held await's promise's own then, once, by goja's job with the resolving functions
// of the promise the await took instead.
func (a *Asyncio) hold(call goja.FunctionCall) goja.Value {
	x, _ := call.Argument(0).(*goja.Object)
	if x != nil {
		x.Delete("then")
	}
	t := &a.track
	h := t.takeThen(x)
	if h != nil && t.calledByScript() {
		// A script's own x.then(...) after it read x.constructor: that read was no await.
		if t.holding == h {
			t.holding = nil
		}
		h = nil
	}
	if h == nil {
		// Not an await after all: behave as the promise's own then.
		v, err := a.promiseThen(x, call.Argument(1), call.Argument(2))
		if err != nil {
			panic(err)
		}
		return v
	}
	h.resolve = call.Argument(1) // a rejection goes through it too: kept alone, a held task weighs less
	if !h.claimed {
		if t.unclaimedSites == nil {
			t.unclaimedSites = map[holdSite]struct{}{}
		}
		t.unclaimedSites[h.site] = struct{}{}
		a.releaseHeld(h)
	}
	return goja.Undefined()
}

// sideEffect notes that the running code queued something for the loop (woke waiter w, or another
// task, say): a call that does so before its first suspension had effects that Python's task would have
// had in its first step, just before its continuation, so that continuation is not held apart from them
// (hand releases it), and a waiter it woke was woken, in Python's time, when that task started (see
// waiter.startPending).
func (t *tracker) sideEffect(w *waiter) {
	if d := t.depth(); d >= 2 {
		t.recordAt(d, sideMark{w}, false)
	}
}

// sideMark is the stretch's record of a side effect.
type sideMark struct{ woke *waiter }

func (sideMark) claim(from, to *Task) {}

// parked notes a waiter parked by code nested in the running code: if a task claims the call that parked
// it, the waiter goes to the back of its queue where that task starts, where Python's coroutine parks.
func (t *tracker) parked(w *waiter) {
	if d := t.depth(); d >= 2 {
		t.recordAt(d, w, false)
	}
}

// calledByScript reports whether the held then running now was called by a script rather than by goja's
// job: a frame below its own.
func (t *tracker) calledByScript() bool {
	for _, f := range t.stack() {
		if n := f.SrcName(); n != "<native>" && n != host.InternalSource {
			return true
		}
	}
	return false
}

// heldOf returns the held await whose context c is, or nil.
func (t *tracker) heldOf(c *cell) *heldAwait {
	if len(t.heldByCell) == 0 {
		return nil
	}
	return t.heldByCell[c]
}

// takeThen takes the first held await of x that waits for its then call.
func (t *tracker) takeThen(x *goja.Object) *heldAwait {
	h := t.thenFor[x]
	if h == nil {
		return nil
	}
	if h.next != nil {
		t.thenFor[x] = h.next
		h.next = nil
	} else {
		delete(t.thenFor, x)
	}
	return h
}

// dropHolding forgets a getter read that no await followed (code that read x.constructor itself).
func (t *tracker) dropHolding() {
	h := t.holding
	if h == nil {
		return
	}
	t.holding = nil
	if first := t.thenFor[h.x]; first == h {
		t.takeThen(h.x)
	} else {
		for p := first; p != nil; p = p.next {
			if p.next == h {
				p.next = h.next
				break
			}
		}
	}
}

// releaseHeld lets a held await go on: its promise's outcome passes to the promise the await took, or,
// when its task was cancelled meanwhile, a CancelledError does (the first step of a cancelled task throws).
func (a *Asyncio) releaseHeld(h *heldAwait) {
	t := &a.track
	if h.cell != nil {
		delete(t.heldByCell, h.cell)
	}
	if h.resolve == nil {
		return // never awaited: nothing waits for it
	}
	var task *Task
	if h.cell != nil {
		task = h.cell.task
	}
	if task != nil && task.frozen {
		return // its loop was closed: it never runs
	}
	v := goja.Value(h.x) // a rejected promise: resolving with it passes its rejection on
	if p, ok := host.Wrapped(h.x).(*goja.Promise); ok && p.State() == goja.PromiseStateFulfilled {
		v = p.Result()
	}
	if exc := task.pendingCancel(); exc != nil {
		v = a.settled(nil, exc)
	}
	fn, _ := goja.AssertFunction(h.resolve)
	if _, err := fn(goja.Undefined(), v); err != nil {
		panic(err) // only an interrupt can fail here
	}
}
