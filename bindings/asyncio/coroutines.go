package asyncio

import (
	"github.com/dop251/goja"

	"github.com/asyncrun/asyncrun/bindings/host"
)

type coroutineKind uint8

const (
	notCoroutine     coroutineKind = iota
	promiseCoroutine               // the promise of an async call (or any thenable): already running
	coroObject                     // from asyncio.coroutine: starts when awaited or wrapped
	generatorObject                // a generator-based coroutine: driven by its task
)

// Coro is the coroutine object asyncio.coroutine(fn)(...args) returns: a call that has not started, as in
// Python. It starts when awaited (in the awaiting task) or wrapped in a task. It can run once.
type Coro struct {
	a       *Asyncio
	fn      goja.Value
	this    goja.Value
	args    []goja.Value
	started bool
	out     *Future // its result when awaited from an async function
}

// Get implements goja.DynamicObject; reading `then` marks the await as for futures.
func (c *Coro) Get(key string) goja.Value {
	if key == "then" {
		c.a.track.pendingAwait = c.output()
	}
	return nil
}

// output is the future an await of the coroutine waits on. Awaiting a coroutine runs it inside the
// awaiting task: when it returns, the awaiter goes on in the same step, as Python's `await coro` does,
// not from the ready queue (the future is inline).
func (c *Coro) output() *Future {
	if c.out == nil {
		c.out = c.a.newFuture()
		c.out.inline = true
		c.out.cancelHook = runsInline
	}
	return c.out
}

// runsInline is the cancelHook of the future an await of a coroutine waits on: the coroutine runs in the
// awaiting task, so a cancel reaches the await it is suspended on, and its CancelledError comes back out
// of it after its finally blocks ran, as in Python. The future itself is not cancelled.
func runsInline(goja.Value) bool { return false }

func (c *Coro) Set(string, goja.Value) bool { return false }
func (c *Coro) Has(string) bool             { return false }
func (c *Coro) Delete(string) bool          { return false }
func (c *Coro) Keys() []string              { return nil }

func (a *Asyncio) coroutineKind(v goja.Value) coroutineKind {
	obj, ok := v.(*goja.Object)
	if !ok {
		return notCoroutine
	}
	switch host.Wrapped(obj).(type) {
	case *Coro:
		return coroObject
	case *Future, *Task:
		return notCoroutine
	case *goja.Promise:
		return promiseCoroutine // an async function's call, mostly: no need to look for `then`
	}
	if a.isGenerator(obj) {
		return generatorObject
	}
	if _, ok := goja.AssertFunction(obj.Get("then")); ok {
		return promiseCoroutine
	}
	return notCoroutine
}

func (a *Asyncio) isGenerator(obj *goja.Object) bool {
	return a.instanceOf(obj, a.generatorCtor)
}

// call starts the coroutine on behalf of task and returns what its function returned: a promise, a
// generator, or a plain value.
func (c *Coro) call(task *Task) (goja.Value, goja.Value) {
	if c.started {
		return nil, c.a.newError(c.a.errs.runtimeError, errReused.Error())
	}
	c.started = true
	fn, _ := goja.AssertFunction(c.fn)
	saved := c.a.track.enter(task)
	defer c.a.track.leave(saved)
	v, err := fn(c.this, c.args...)
	if err != nil {
		return nil, c.a.errorValue(err)
	}
	return v, nil
}

type coroStart struct {
	t    *Task
	coro goja.Value
}

// stepCoroutine runs a task's first step for a coroutine object or a generator, from the ready queue as
// Python's Task.__step does: a task cancelled before it started never runs its code.
func stepCoroutine(arg any) {
	s := arg.(*coroStart)
	t, a := s.t, s.t.a
	if t.done() || t.frozen {
		return
	}
	if exc := t.pendingCancel(); exc != nil {
		t.settle(false, exc)
		return
	}
	a.runCoroutine(t, s.coro, func(ok bool, v goja.Value) { t.settle(ok, v) })
}

// runCoroutine runs coro inside task t and calls finish with its outcome.
func (a *Asyncio) runCoroutine(t *Task, coro goja.Value, finish func(ok bool, v goja.Value)) {
	obj := coro.(*goja.Object)
	if c, ok := host.Wrapped(obj).(*Coro); ok {
		res, exc := c.call(t)
		if exc != nil {
			finish(false, exc)
			return
		}
		switch a.coroutineKind(res) {
		case generatorObject:
			obj = res.(*goja.Object)
		case promiseCoroutine:
			if a.nativeFutureOf(res) != nil {
				// A function that returned an asyncio operation's promise (queue.get(), sleep(1)): t waits
				// on it, so that cancelling t cancels it, as Python's task cancels the coroutine's await.
				a.awaitIn(t, res, finish)
				return
			}
			// An async function called in t's context: its awaits are t's own, so cancelling t reaches
			// them. Follow its promise without waiting on it (a waiter would end t before its code did),
			// finishing in the very job in which it settles, as Python's task does in the step in which
			// its coroutine returns.
			a.whenSettledIn(t, res, finish)
			return
		default:
			finish(true, res)
			return
		}
	}
	d := &driver{a: a, t: t, gen: obj, finish: finish}
	d.next, _ = goja.AssertFunction(obj.Get("next"))
	d.throw, _ = goja.AssertFunction(obj.Get("throw"))
	d.step(goja.Undefined(), nil)
}

// awaitIn makes finish receive the outcome of awaitable v, with t waiting on it (so cancel reaches it).
func (a *Asyncio) awaitIn(t *Task, v goja.Value, finish func(ok bool, v goja.Value)) {
	f := a.toFuture(v)
	if f == nil {
		// A sleep, a lock's acquire …: its own future, not a promise to follow.
		if f = a.nativeFutureOf(v); f != nil {
			f.goAwaited = true
		}
	}
	if f == nil {
		switch a.coroutineKind(v) {
		case coroObject, generatorObject:
			f = a.newFuture()
			f.inline, f.cancelHook = true, runsInline // see Coro.output
			out := f
			a.runCoroutine(t, v, func(ok bool, r goja.Value) {
				if ok {
					out.setResult(r)
				} else if a.isCancelledError(r) {
					out.cancelWith(r)
				} else {
					out.setException(r)
				}
			})
		case promiseCoroutine:
			f = a.futureFromPromise(v)
		default:
			// Python raises for a bare value; a generator may yield nothing to give way once, like sleep(0).
			f = a.newFuture()
			f.setResult(v)
		}
	}
	t.addWaiter(f)
	f.retrieve()
	f.addCallback(func(f *Future, _ any) {
		t.removeWaiter(f)
		if f.state != cancelled {
			if exc := t.pendingCancel(); exc != nil {
				finish(false, exc)
				return
			}
		}
		if f.state == finished {
			finish(true, f.value)
		} else {
			finish(false, f.exception())
		}
	}, nil)
}

// driver steps a generator-based coroutine: each yielded value is awaited, and its outcome is sent back in.
type driver struct {
	a           *Asyncio
	t           *Task
	gen         *goja.Object
	next, throw goja.Callable
	finish      func(ok bool, v goja.Value)
}

func (d *driver) step(send, exc goja.Value) {
	a := d.a
	for {
		saved := a.track.enter(d.t)
		var res goja.Value
		var err error
		if exc != nil {
			res, err = d.throw(d.gen, exc)
		} else {
			res, err = d.next(d.gen, send)
		}
		a.track.leave(saved)
		if err != nil {
			d.finish(false, a.errorValue(err))
			return
		}
		r := res.ToObject(a.r)
		if r.Get("done").ToBoolean() {
			d.finish(true, r.Get("value"))
			return
		}
		v := r.Get("value")
		if !goja.IsUndefined(v) && !goja.IsNull(v) && a.toFuture(v) == nil && a.coroutineKind(v) == notCoroutine {
			// As Task.__step: a value that cannot be awaited is thrown back in at the next step.
			err := a.newError(a.errs.runtimeError, "Task got bad yield: "+a.inspect(v))
			a.loop.CallSoon(func(any) { d.step(nil, err) }, nil)
			return
		}
		// `yield from` something already complete goes on at once, as Future.__await__ does without
		// yielding to the task; only a bare yield gives way for a round.
		var done bool
		if send, exc, done = a.outcomeNow(v); done {
			continue
		}
		a.awaitIn(d.t, v, func(ok bool, v goja.Value) {
			if ok {
				d.step(v, nil)
			} else {
				d.step(nil, v)
			}
		})
		return
	}
}

// outcomeNow returns the outcome of awaitable v if it already has one: a done future or task, the native
// face of a done future, or a settled promise (an async function call that finished in its first stretch).
func (a *Asyncio) outcomeNow(v goja.Value) (result, exc goja.Value, done bool) {
	obj, ok := v.(*goja.Object)
	if !ok {
		return nil, nil, false
	}
	f := a.toFuture(obj)
	if f == nil {
		if f = a.lastNative; f == nil || f.native.obj != obj {
			f = a.natives[obj]
		}
	}
	if f != nil {
		switch f.state {
		case pending:
			return nil, nil, false
		case finished:
			return f.value, nil, true
		default:
			f.goAwaited = true // its face's rejection is handled here
			return nil, f.exception(), true
		}
	}
	p, ok := host.Wrapped(obj).(*goja.Promise)
	if !ok {
		return nil, nil, false
	}
	switch p.State() {
	case goja.PromiseStateFulfilled:
		return p.Result(), nil, true
	case goja.PromiseStateRejected:
		a.rejectionHandled(p)
		return nil, p.Result(), true
	}
	return nil, nil, false
}

// futureFromPromise returns a future that follows a promise or thenable.
func (a *Asyncio) futureFromPromise(p goja.Value) *Future {
	f := a.newFuture()
	ful := a.r.ToValue(func(call goja.FunctionCall) goja.Value { f.setResult(call.Argument(0)); return goja.Undefined() })
	rej := a.r.ToValue(func(call goja.FunctionCall) goja.Value {
		if e := call.Argument(0); a.isCancelledError(e) {
			f.cancelNow(nil)
		} else {
			f.setException(e)
		}
		return goja.Undefined()
	})
	native, err := a.promiseResolve(goja.Undefined(), p)
	if err != nil {
		panic(err)
	}
	a.track.internalCell = &cell{} // a context that no task owns
	_, err = a.promiseThen(native, ful, rej)
	a.track.internalCell = nil
	if err != nil {
		panic(err)
	}
	return f
}

// coroThen implements the coroutine object's then(): the await that reads `then` starts the coroutine in
// the awaiting task, and the await waits on its result.
func (a *Asyncio) coroThen(call goja.FunctionCall) goja.Value {
	obj, _ := call.This.(*goja.Object)
	c, _ := host.Wrapped(obj).(*Coro)
	if c == nil {
		a.h.TypeError("then", "this must be a coroutine object")
	}
	out := c.output()
	var task *Task
	if len(out.awaitCells) > 0 {
		task = out.awaitCells[0].task
	}
	if c.started {
		// Awaited before or wrapped in a task: awaiting it again is reuse, as in Python.
		rej, _ := goja.AssertFunction(call.Argument(1))
		if len(out.awaitCells) > 0 {
			out.awaitCells = out.awaitCells[1:]
		}
		if rej != nil {
			rej(goja.Undefined(), a.newError(a.errs.runtimeError, errReused.Error()))
		}
		return goja.Undefined()
	}
	if !c.started {
		if task == nil {
			task = a.track.cur
		}
		a.runCoroutine(task, call.This, func(ok bool, v goja.Value) {
			if ok {
				out.setResult(v)
			} else if a.isCancelledError(v) {
				out.cancelWith(v)
			} else {
				out.setException(v)
			}
		})
	}
	return a.then(goja.FunctionCall{This: out.Value(), Arguments: call.Arguments})
}

// newCoro makes a coroutine object that calls fn with this and args when it is awaited or its task starts.
func (a *Asyncio) newCoro(fn, this goja.Value, args []goja.Value) *goja.Object {
	obj := a.r.NewDynamicObject(&Coro{a: a, fn: fn, this: this, args: args})
	obj.SetPrototype(a.coroProto)
	return obj
}

// coroutine implements asyncio.coroutine(fn).
func (a *Asyncio) coroutine(call goja.FunctionCall) goja.Value {
	fn := call.Argument(0)
	if _, ok := goja.AssertFunction(fn); !ok {
		a.h.TypeError("coroutine", "argument 1 must be a function, got %s", describe(fn))
	}
	wrapper := a.r.ToValue(func(c goja.FunctionCall) goja.Value {
		return a.newCoro(fn, c.This, append([]goja.Value(nil), c.Arguments...))
	}).ToObject(a.r)
	wrapper.DefineDataProperty("name", fn.ToObject(a.r).Get("name"), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	wrapper.SetSymbol(a.coroMark, a.r.ToValue(true))
	return wrapper
}

func (a *Asyncio) iscoroutinefunction(v goja.Value) bool {
	obj, ok := v.(*goja.Object)
	if !ok {
		return false
	}
	if _, ok := goja.AssertFunction(obj); !ok {
		return false
	}
	if m := obj.GetSymbol(a.coroMark); m != nil && m.ToBoolean() {
		return true
	}
	return a.instanceOf(obj, a.asyncFunctionCtor)
}

func (a *Asyncio) installCoroutines() {
	r := a.r
	proto := r.NewObject()
	a.coroProto = proto
	a.h.Define(proto, method("then", a.coroThen))
	a.setInspect(proto, func(this goja.Value) string {
		c, _ := host.Wrapped(this).(*Coro)
		name := "coroutine"
		if c != nil {
			name = c.fn.ToObject(r).Get("name").String()
		}
		return "<coroutine object " + name + ">"
	})
	a.coroMark = goja.NewSymbol("asyncio.coroutine")
	v, err := r.RunString(`[Object.getPrototypeOf(function*(){}), Object.getPrototypeOf(async function(){}).constructor]`)
	if err != nil {
		panic(err)
	}
	pair := v.ToObject(r)
	genFnProto := pair.Get("0").ToObject(r)
	// Generator objects inherit from the generator function prototype's prototype.
	a.generatorCtor = r.NewObject()
	a.generatorCtor.Set("prototype", genFnProto.Get("prototype"))
	a.asyncFunctionCtor = pair.Get("1").ToObject(r)
}
