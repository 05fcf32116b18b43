package asyncio

import (
	"github.com/dop251/goja"

	"github.com/asyncrun/asyncrun/bindings/host"
	"github.com/asyncrun/asyncrun/runtime"
)

type futureState uint8

const (
	pending futureState = iota
	finished
	failed
	cancelled
)

// Future is asyncio.Future: a result that arrives later, with done callbacks.
//
// Invariants: state moves once, from pending to finished, failed or cancelled. Callbacks registered
// before that run in registration order from one job on the ready queue, the way asyncio's call_soon runs
// them; a callback added afterwards is scheduled at once. A failed future whose exception nobody retrieved
// is reported when the program ends.
//
// Its JavaScript face is either a thenable backed by this struct (a goja DynamicObject: tasks and futures
// scripts make), where reading `then` marks the await and the `then` call that follows registers it; or,
// for futures scripts only await (sleep, a primitive's waiting call), a native promise (see nativeFace in
// sleep.go), whose `constructor` getter marks the await.
type Future struct {
	a     *Asyncio
	obj   *goja.Object
	kind  *goja.Object // the prototype: Future, Task or a gathering future
	value goja.Value   // the result, or the exception when failed

	callbacks []callback
	// awaitCells are the continuations waiting to call then(), in the order of their awaits.
	awaitCells []*cell
	task       *Task                     // set when this future is a task's
	timer      *runtime.Timer            // what ends its wait (a sleep's timer, a wait or wait_for's timeout): disarmed when it is cancelled, restarted by lateStart
	onCancel   func(f *Future)           // releases what a pending future holds (a waiter slot)
	cancelHook func(msg goja.Value) bool // replaces cancel() for composite futures (gather, wait_for)
	native     *nativeFace               // set when the future's face is a native promise (see nativeFace)
	desc       func() string             // what a pending future stands for, for reports (a lock's acquire, a queue's get)
	mark       uint64                    // dedupes a future passed to gather twice
	rare       *futureRare               // what few futures need, made on first use

	// The state and the flags, together so that they share one word.
	state futureState
	// unretrieved: failed and nobody has looked at the exception yet.
	unretrieved   bool
	scheduled     bool
	fromRun       bool      // asyncio.run's result: an error nobody awaited is reported as uncaught
	inline        bool      // callbacks run as the future completes (the end of an inline `async with`), not from the ready queue
	late          lateFlags // a sleep(0)'s queued wake-up, and a wait's restart (see lateStart)
	absorbsCancel bool      // wait_for's: a cancel that arrives with its outcome is swallowed (see settleAwaiter)
	goAwaited     bool      // a native face's future awaited from Go (a generator's yield): its rejection is handled
}

// callback is one done callback: Go (fn) or JavaScript (js, called with the future).
type callback struct {
	fn  func(f *Future, arg any)
	arg any
	js  goja.Value
}

// awaiter is an await's (or a then()'s) pair of resolving functions.
type awaiter struct {
	resolve, reject goja.Value
	cell            *cell
}

func (a *Asyncio) newFuture() *Future {
	return &Future{a: a, kind: a.futureProto}
}

// Value returns the future's JavaScript object, making it on first use.
func (f *Future) Value() *goja.Object {
	if f.native != nil {
		return f.native.obj
	}
	if f.obj == nil {
		if f.task != nil {
			f.obj = f.a.r.NewDynamicObject(f.task)
		} else {
			f.obj = f.a.r.NewDynamicObject(f)
		}
		f.obj.SetPrototype(f.kind)
	}
	return f.obj
}

// Get implements goja.DynamicObject. Reading `then` is the first step of `await fut` (and of
// Promise.resolve(fut)): it tells the tracker which future the next suspension waits on.
func (f *Future) Get(key string) goja.Value {
	if key == "then" {
		f.a.track.pendingAwait = f
		return nil
	}
	if f.rare == nil {
		return nil
	}
	return f.rare.Get(key)
}

// Set implements goja.DynamicObject: scripts may attach their own properties.
func (f *Future) Set(key string, val goja.Value) bool { return f.more().Set(key, val) }

// Has implements goja.DynamicObject.
func (f *Future) Has(key string) bool { return f.rare != nil && f.rare.Has(key) }

// Delete implements goja.DynamicObject.
func (f *Future) Delete(key string) bool { return f.rare == nil || f.rare.Delete(key) }

// Keys implements goja.DynamicObject.
func (f *Future) Keys() []string {
	if f.rare == nil {
		return nil
	}
	return f.rare.Keys()
}

// futureRare holds what few futures need, out of line so that every Future (and so every Task and
// sleep) is smaller.
type futureRare struct {
	msg       goja.Value // cancel() message
	cancelErr goja.Value // the CancelledError a cancelled coroutine ended with
	source    *Future    // as_completed: retrieving this output retrieves the future it copies
	expando              // the properties scripts attach to the future

	// A task's: the cancel() requests not yet withdrawn by uncancel(), and the latest one's message.
	numCancels int
	requestMsg goja.Value
	kids       []*Task    // the tasks its call created before its first suspension (see renumber)
	created    string     // debug mode: the call stack that created the task (see creationStack)
	heldStart  *heldAwait // the held await whose queued release starts the task (see heldawaits.go)
}

// more returns f's rare part, making it on first use.
func (f *Future) more() *futureRare {
	if f.rare == nil {
		f.rare = &futureRare{}
	}
	return f.rare
}

// cancelMsg is the message f was cancelled with (nil for none).
func (f *Future) cancelMsg() goja.Value {
	if f.rare == nil {
		return nil
	}
	return f.rare.msg
}

func (f *Future) done() bool { return f.state != pending }

// setResult completes the future with v. Loop goroutine only.
func (f *Future) setResult(v goja.Value) {
	if f.state != pending {
		return
	}
	f.state, f.value = finished, v
	f.schedule()
}

// setException fails the future with err. Loop goroutine only.
func (f *Future) setException(err goja.Value) {
	if f.state != pending {
		return
	}
	f.state, f.value, f.unretrieved = failed, err, true
	if f.task == nil || !f.task.isMain {
		f.a.unretrieved[f] = struct{}{}
	}
	f.schedule()
}

// cancel cancels a pending future; it reports whether it did.
func (f *Future) cancel(msg goja.Value) bool {
	if f.task != nil {
		return f.task.cancel(msg)
	}
	if f.cancelHook != nil {
		return f.cancelHook(msg)
	}
	return f.cancelNow(msg)
}

func (f *Future) cancelNow(msg goja.Value) bool {
	if f.state != pending {
		return false
	}
	f.state = cancelled
	if msg != nil {
		f.more().msg = msg
	}
	if f.timer != nil {
		f.a.loop.Cancel(f.timer)
	}
	if f.onCancel != nil {
		f.onCancel(f)
	}
	if f.late&wakeQueued == 0 {
		f.schedule()
	}
	return true
}

// exception returns what awaiting the future throws: the exception, or a CancelledError. As CPython's
// _make_cancelled_error, the CancelledError a cancelled coroutine ended with is handed out once; later
// retrievals get a new one with the future's own cancel message (none for a task).
func (f *Future) exception() goja.Value {
	f.retrieve()
	if f.state == cancelled {
		if r := f.rare; r != nil && r.cancelErr != nil {
			err := r.cancelErr
			r.cancelErr = nil
			return err
		}
		return f.a.newCancelledError(f.cancelMsg())
	}
	return f.value
}

// cancelWith cancels a pending future with err, the CancelledError it passes on (handed out once, see
// exception).
func (f *Future) cancelWith(err goja.Value) {
	if f.state == pending {
		f.more().cancelErr = err
		f.cancelNow(nil)
	}
}

func (f *Future) retrieve() {
	if f.unretrieved {
		f.unretrieved = false
		delete(f.a.unretrieved, f)
	}
	if f.rare != nil && f.rare.source != nil {
		f.rare.source.retrieve()
	}
}

// schedule queues the callbacks on the ready queue, in one job, as call_soon would queue each.
func (f *Future) schedule() {
	if f.inline && len(f.callbacks) > 0 && !f.scheduled {
		runCallbacks(f)
		return
	}
	if (len(f.callbacks) > 0 || f.native != nil) && !f.scheduled {
		f.scheduled = true
		f.a.track.sideEffect(nil)
		f.a.loop.CallSoon(runCallbacks, f)
	}
}

func runCallbacks(arg any) {
	f := arg.(*Future)
	f.scheduled = false
	if f.native != nil && f.native.resolve != nil {
		f.settleNative()
	}
	cbs := f.callbacks
	f.callbacks = nil
	for _, cb := range cbs {
		f.a.invoke(f, cb)
	}
}

// addCallback registers a Go done callback. Loop goroutine only.
func (f *Future) addCallback(fn func(f *Future, arg any), arg any) {
	f.add(callback{fn: fn, arg: arg})
}

// add registers a callback. On a done future it is queued at once on its own, as Python's
// add_done_callback calls call_soon: it runs after whatever was queued before it.
func (f *Future) add(cb callback) {
	if f.done() && !f.inline {
		f.a.track.sideEffect(nil)
		f.a.loop.CallSoon(runLateCallback, &lateCallback{f, cb})
		return
	}
	f.callbacks = append(f.callbacks, cb)
	if f.done() {
		f.schedule()
	}
}

type lateCallback struct {
	f  *Future
	cb callback
}

func runLateCallback(arg any) {
	l := arg.(*lateCallback)
	l.f.a.invoke(l.f, l.cb)
}

// removeCallback drops Go callbacks registered with arg; it reports how many.
func (f *Future) removeCallback(arg any) int {
	n := 0
	kept := f.callbacks[:0]
	for _, cb := range f.callbacks {
		if cb.fn != nil && cb.arg == arg {
			n++
			continue
		}
		kept = append(kept, cb)
	}
	clear(f.callbacks[len(kept):])
	f.callbacks = kept
	return n
}

func (a *Asyncio) invoke(f *Future, cb callback) {
	if cb.fn != nil {
		cb.fn(f, cb.arg)
		return
	}
	fn, _ := goja.AssertFunction(cb.js)
	saved := a.track.enter(nil)
	_, err := fn(goja.Undefined(), f.Value())
	a.track.leave(saved)
	if err != nil {
		a.reportCallbackError(err)
	}
}

// settleAwaiter passes the outcome of f to an await or a then() callback pair, waking the awaiting task.
func settleAwaiter(f *Future, arg any) { passOutcome(f, arg.(*awaiter), true) }

// passOutcome passes the outcome of f to aw. A task woken by it (wakes) that was cancelled while the outcome
// was on its way gets a CancelledError instead, as Task.__step with _must_cancel.
func passOutcome(f *Future, aw *awaiter, wakes bool) {
	a := f.a
	var fn goja.Callable
	var v goja.Value
	if f.state == finished {
		fn, _ = goja.AssertFunction(aw.resolve)
		v = f.value
	} else {
		fn, _ = goja.AssertFunction(aw.reject)
		v = f.exception()
	}
	if fn == nil {
		return
	}
	var task *Task
	if aw.cell != nil {
		task = aw.cell.task
	}
	if !wakes {
		a.deliver(task, fn, v)
		return
	}
	if exc := task.pendingCancel(); exc != nil && !(f.absorbsCancel && f.state != cancelled) && !(f.state != finished && a.isCancelledError(v)) {
		// The task was cancelled while this future's result was on its way: CancelledError instead of the
		// result. wait_for's result absorbs it: Python's wait_for receives the CancelledError, finds its
		// inner work done and returns its outcome (CPython 3.11). A CancelledError already on its way stays
		// (its message too).
		fn, _ = goja.AssertFunction(aw.reject)
		v = exc
	}
	a.deliver(task, fn, v)
}

// deliver calls an await's (or a then()'s) handler fn with v, in task's context.
func (a *Asyncio) deliver(task *Task, fn goja.Callable, v goja.Value) {
	saved := a.track.enter(task)
	_, err := fn(goja.Undefined(), v)
	a.track.leave(saved)
	if err != nil {
		a.reportCallbackError(err)
	}
}

// rejection is an error on its way to an await, from the ready queue.
type rejection struct {
	aw  *awaiter
	err goja.Value
}

func rejectAwaiter(arg any) {
	r := arg.(*rejection)
	fn, _ := goja.AssertFunction(r.aw.reject)
	if fn != nil {
		task := r.aw.cell.task
		task.a.deliver(task, fn, r.err)
	}
}

// then implements Future.prototype.then. Called by an await's job it registers the await (and delivers a
// cancellation requested while the task was not waiting on asyncio); called by a script it behaves as
// Promise.prototype.then does.
func (a *Asyncio) then(call goja.FunctionCall) goja.Value {
	f := a.thisFuture("then", call.This)
	onFul, onRej := call.Argument(0), call.Argument(1)
	if a.track.pendingAwait != f && len(f.awaitCells) > 0 {
		c := f.awaitCells[0]
		f.awaitCells = f.awaitCells[1:]
		f.retrieve()
		cancelledNow := false
		if t := c.task; t != nil && t.mustCancel && !f.done() {
			cancelledNow = true
			// A cancellation that found the task waiting on no asyncio object goes to what it awaits now, as
			// Task.__step cancels its new _fut_waiter: a plain future (a lock's, a queue's) is cancelled, so
			// its owner sees it go; an awaited task is asked to cancel, and this one waits for its end.
			if f.cancel(t.requestMsg()) {
				t.mustCancel = false
			}
		}
		aw := &awaiter{resolve: onFul, reject: onRej, cell: c}
		if t := c.task; t != nil && f.task == t {
			// As Task.__step: a task that awaits itself gets a RuntimeError at its next step.
			t.removeWaiter(f)
			err := a.newError(a.errs.runtimeError, "Task cannot await on itself: "+t.repr())
			a.loop.CallSoon(rejectAwaiter, &rejection{aw, err})
			return goja.Undefined()
		}
		if f.done() && !cancelledNow {
			// Already complete: the await continues without letting other tasks run (SPEC §6), even while
			// the future's callbacks are still queued (Python's __await__ looks at done() only). Not a step
			// of the task: a cancellation it has pending waits for its next suspension.
			passOutcome(f, aw, false)
			return goja.Undefined()
		}
		f.addCallback(settleAwaiter, aw)
		return goja.Undefined()
	}
	// A script's own call: return a promise for the handlers' result, as Promise.prototype.then does.
	a.track.pendingAwait = nil
	f.retrieve()
	p, resolve, reject := a.r.NewPromise()
	aw := &awaiter{
		resolve: a.r.ToValue(func(c goja.FunctionCall) goja.Value {
			a.chain(onFul, c.Argument(0), resolve, reject, false)
			return goja.Undefined()
		}),
		reject: a.r.ToValue(func(c goja.FunctionCall) goja.Value {
			a.chain(onRej, c.Argument(0), resolve, reject, true)
			return goja.Undefined()
		}),
	}
	f.addCallback(settleAwaiter, aw)
	return a.r.ToValue(p)
}

func (a *Asyncio) chain(handler, v goja.Value, resolve, reject func(any) error, rejected bool) {
	fn, ok := goja.AssertFunction(handler)
	if !ok {
		if rejected {
			reject(v)
		} else {
			resolve(v)
		}
		return
	}
	res, err := fn(goja.Undefined(), v)
	if err != nil {
		if ex, ok := err.(*goja.Exception); ok {
			reject(ex.Value())
			return
		}
		panic(err)
	}
	resolve(res)
}

func (a *Asyncio) thisFuture(method string, this goja.Value) *Future {
	if obj, ok := this.(*goja.Object); ok {
		switch f := host.Wrapped(obj).(type) {
		case *Future:
			return f
		case *Task:
			return &f.Future
		}
	}
	a.h.TypeError(method, "this must be an asyncio.Future, got %s", describe(this))
	return nil
}

// toFuture returns the asyncio future behind v, or nil.
func (a *Asyncio) toFuture(v goja.Value) *Future {
	if obj, ok := v.(*goja.Object); ok {
		switch f := host.Wrapped(obj).(type) {
		case *Future:
			return f
		case *Task:
			return &f.Future
		}
	}
	return nil
}

// Export lets goja return the struct from Object.Export.
func (f *Future) String() string { return f.repr() }

func (f *Future) stateName() string {
	switch f.state {
	case pending:
		return "pending"
	case cancelled:
		return "cancelled"
	default:
		return "finished"
	}
}

func (f *Future) repr() string {
	if f.task != nil {
		return f.task.repr()
	}
	if f.desc != nil && f.state == pending {
		return f.desc()
	}
	s := "<Future " + f.stateName()
	switch f.state {
	case finished:
		s += " result=" + f.a.inspect(f.value)
	case failed:
		s += " exception=" + f.a.errorRepr(f.value)
	}
	return s + ">"
}

func (a *Asyncio) installFuture() {
	r := a.r
	proto := r.NewObject()
	proto.SetPrototype(r.Get("Object").ToObject(r).Get("prototype").ToObject(r))
	a.futureProto = proto
	a.h.Define(proto,
		method("then", a.then),
		method("catch", func(call goja.FunctionCall) goja.Value {
			return a.then(goja.FunctionCall{This: call.This, Arguments: []goja.Value{goja.Undefined(), call.Argument(0)}})
		}),
		method("finally", func(call goja.FunctionCall) goja.Value {
			fn := call.Argument(0)
			f := a.thisFuture("finally", call.This)
			pass := a.r.ToValue(func(c goja.FunctionCall) goja.Value {
				if g, ok := goja.AssertFunction(fn); ok {
					if _, err := g(goja.Undefined()); err != nil {
						panic(err)
					}
				}
				if f.state != finished {
					panic(f.exception())
				}
				return c.Argument(0)
			})
			return a.then(goja.FunctionCall{This: call.This, Arguments: []goja.Value{pass, pass}})
		}),
		method("result", func(call goja.FunctionCall) goja.Value {
			return a.result(a.thisFuture("result", call.This))
		}),
		method("exception", func(call goja.FunctionCall) goja.Value {
			f := a.thisFuture("exception", call.This)
			switch f.state {
			case pending:
				a.throw(a.errs.invalidState, "Exception is not set.")
			case cancelled:
				panic(f.exception())
			case failed:
				return f.exception()
			}
			return goja.Null()
		}),
		method("done", func(call goja.FunctionCall) goja.Value {
			return r.ToValue(a.thisFuture("done", call.This).done())
		}),
		method("cancelled", func(call goja.FunctionCall) goja.Value {
			return r.ToValue(a.thisFuture("cancelled", call.This).state == cancelled)
		}),
		method("cancel", func(call goja.FunctionCall) goja.Value {
			f := a.thisFuture("cancel", call.This)
			return r.ToValue(f.cancel(a.cancelMsgArg(call.Arguments)))
		}),
		method("set_result", func(call goja.FunctionCall) goja.Value {
			f := a.thisFuture("set_result", call.This)
			a.checkSettable("set_result", f)
			f.setResult(call.Argument(0))
			return goja.Undefined()
		}),
		method("set_exception", func(call goja.FunctionCall) goja.Value {
			f := a.thisFuture("set_exception", call.This)
			a.checkSettable("set_exception", f)
			err := call.Argument(0)
			if _, ok := err.(*goja.Object); !ok {
				a.h.TypeError("set_exception", "argument 1 must be an exception, got %s", describe(err))
			}
			if ctor, ok := goja.AssertConstructor(err); ok {
				// An exception class stands for an instance made without arguments, as in Python.
				obj, cerr := ctor(nil)
				if cerr != nil {
					panic(cerr)
				}
				err = obj
			}
			// A CancelledError is taken as any exception (Python 3.11): the future fails with it, it is not
			// cancelled.
			f.setException(err)
			return goja.Undefined()
		}),
		method("add_done_callback", func(call goja.FunctionCall) goja.Value {
			f := a.thisFuture("add_done_callback", call.This)
			fn := call.Argument(0)
			if _, ok := goja.AssertFunction(fn); !ok {
				a.h.TypeError("add_done_callback", "argument 1 must be a function, got %s", describe(fn))
			}
			f.add(callback{js: fn})
			return goja.Undefined()
		}),
		method("remove_done_callback", func(call goja.FunctionCall) goja.Value {
			f := a.thisFuture("remove_done_callback", call.This)
			fn := call.Argument(0)
			if f.done() {
				// Python hands a done future's callbacks to the ready queue as it completes: none is left
				// to remove, and those queued still run.
				return a.r.ToValue(0)
			}
			n := 0
			kept := f.callbacks[:0]
			for _, cb := range f.callbacks {
				if cb.js != nil && cb.js.SameAs(fn) {
					n++
					continue
				}
				kept = append(kept, cb)
			}
			f.callbacks = kept
			return r.ToValue(n)
		}),
		method("get_loop", func(call goja.FunctionCall) goja.Value {
			if t, ok := host.Wrapped(call.This).(*Task); ok {
				return a.loopOf(t).obj // the loop the task was made on
			}
			return a.handOutLoop().obj
		}),
		method("toString", func(call goja.FunctionCall) goja.Value {
			return r.ToValue(a.thisFuture("toString", call.This).repr())
		}),
	)
	a.setInspect(proto, func(this goja.Value) string { return a.thisFuture("inspect", this).repr() })
	ctor := a.h.Func("Future", func(call goja.ConstructorCall) *goja.Object {
		f := a.newFuture()
		return f.Value()
	})
	ctor.Set("prototype", proto)
	proto.DefineDataProperty("constructor", ctor, goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	a.futureCtor = ctor
}

func (a *Asyncio) checkSettable(method string, f *Future) {
	if f.task != nil {
		a.throw(a.errs.runtimeError, "Task does not support "+method+" operation")
	}
	if f.done() {
		a.throw(a.errs.invalidState, "invalid state")
	}
}

// result implements Future.result(): the value, or throws the exception.
func (a *Asyncio) result(f *Future) goja.Value {
	switch f.state {
	case pending:
		a.throw(a.errs.invalidState, "Result is not set.")
	case finished:
		return f.value
	}
	panic(f.exception())
}

var cancelSig = host.Sig{Fn: "cancel", Params: []string{"msg"}}

// cancelMsgArg is the message of cancel(msg) or cancel({msg}), nil for none.
func (a *Asyncio) cancelMsgArg(args []goja.Value) goja.Value {
	vals, _ := a.h.Bind(&cancelSig, args)
	return optional(vals[0])
}
