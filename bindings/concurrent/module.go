package concurrent

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/dop251/goja"

	"github.com/asyncrun/asyncrun/bindings/clone"
	"github.com/asyncrun/asyncrun/bindings/host"
)

// Caller runs a JavaScript callback on the loop outside any task, reporting what it throws.
type Caller func(fn goja.Value, this goja.Value, args ...goja.Value)

// Module is concurrent.futures for one runtime.
type Module struct {
	h        *host.Host
	call     Caller
	errClass func(name string) *goja.Object

	concurrent, futures        *goja.Object
	futureProto, executorProto *goja.Object
	arrayFrom                  func(goja.Value) (goja.Value, error)
}

// New builds the module. errClass finds the exception classes (asyncio's TimeoutError, CancelledError).
func New(h *host.Host, call Caller, errClass func(name string) *goja.Object) *Module {
	m := &Module{h: h, call: call, errClass: errClass}
	m.installFuture()
	m.installExecutors()
	return m
}

// Object returns the `concurrent` global, whose `futures` is the module.
func (m *Module) Object() *goja.Object { return m.concurrent }

// Futures returns concurrent.futures.
func (m *Module) Futures() *goja.Object { return m.futures }

func (m *Module) newError(class, msg string) goja.Value {
	c := m.errClass(class)
	if c == nil {
		return m.h.R.NewGoError(errors.New(class + ": " + msg))
	}
	v, err := m.h.R.New(c, m.h.R.ToValue(msg))
	if err != nil {
		panic(err)
	}
	return v
}

func (m *Module) throw(class, msg string) { panic(m.newError(class, msg)) }

// Submit runs fn(...args) off the loop and returns its future. A host function registered as blocking runs
// on a goroutine (its arguments exported here, on the loop); a JavaScript function runs on a worker of
// pool, travelling as its source with its arguments cloned; any other host function runs at once on the
// loop. The loop stays alive (and a virtual clock stays put) until the outcome is back. Loop goroutine only.
func (m *Module) Submit(fname string, pool func() host.Pool, fn goja.Value, args []goja.Value) *Future {
	r := m.h.R
	f := m.newFuture()
	if _, ok := goja.AssertFunction(fn); !ok {
		m.h.TypeError(fname, "argument 1 must be a function, got %s", host.Describe(fn))
	}
	resv, err := m.h.Loop.Reserve()
	if err != nil {
		panic(r.NewGoError(err))
	}
	f.resv = resv
	ctx, cancel := context.WithCancel(context.Background())
	f.cancel = cancel

	if impl := m.h.Blocking(fn); impl != nil {
		goArgs := make([]any, len(args))
		for i, a := range args {
			goArgs[i] = a.Export()
		}
		pool().Run(host.Job{Ctx: ctx, Start: f.start, Done: f.finish, Go: func(ctx context.Context) {
			if !f.start() {
				return
			}
			f.finish(GoOutcome(impl(ctx, goArgs))) // nil is undefined: Python's None, as on the loop
		}})
		return f
	}

	src := fn.String()
	if strings.Contains(src, "[native code]") {
		// A host function that is not known to be safe off the loop: run it here and now.
		f.start()
		callable, _ := goja.AssertFunction(fn)
		v, err := callable(goja.Undefined(), args...)
		f.finish(func(*goja.Runtime) (goja.Value, goja.Value) {
			if err != nil {
				var ex *goja.Exception
				if errors.As(err, &ex) {
					return nil, ex.Value()
				}
				panic(err)
			}
			return v, nil
		})
		return f
	}
	cloned := make([]any, len(args))
	for i, a := range args {
		cv, err := clone.Export(r, a)
		if err != nil {
			f.start()
			msg := err.Error()
			f.finish(func(r *goja.Runtime) (goja.Value, goja.Value) { return nil, dataCloneError(r, msg) })
			return f
		}
		cloned[i] = cv
	}
	pool().Run(host.Job{Source: src, Args: cloned, Ctx: ctx, Start: f.start, Done: f.finish})
	return f
}

// Later returns a running future that Go completes with complete, once, from any goroutine, and the
// context that is cancelled when the future's caller stops waiting (its task was cancelled). The loop
// stays alive until complete is called or the caller stops waiting, whichever comes first: an outcome
// that comes after that is dropped. Loop goroutine only.
func (m *Module) Later() (f *Future, ctx context.Context, complete func(host.Outcome)) {
	f = m.newFuture()
	resv, err := m.h.Loop.Reserve()
	if err != nil {
		panic(m.h.R.NewGoError(err))
	}
	f.resv = resv
	ctx, cancel := context.WithCancel(m.h.Ctx)
	f.cancel = func() {
		cancel()
		f.release() // nobody waits for the outcome any more
	}
	f.start()
	return f, ctx, func(o host.Outcome) {
		f.finish(o)
		cancel()
	}
}

// GoOutcome is the outcome of a Go call: err thrown as a Go error (or as the exception it makes, if it is
// a host.JSValuer), a nil result as undefined.
func GoOutcome(res any, err error) host.Outcome {
	return func(r *goja.Runtime) (goja.Value, goja.Value) {
		if err != nil {
			var jv host.JSValuer
			if errors.As(err, &jv) {
				return nil, jv.JSValue(r) // an error that makes its own exception
			}
			return nil, r.NewGoError(err)
		}
		switch v := res.(type) {
		case nil:
			return goja.Undefined(), nil
		case host.JSValuer:
			return v.JSValue(r), nil
		}
		return r.ToValue(res), nil
	}
}

func dataCloneError(r *goja.Runtime, msg string) goja.Value {
	e := r.NewGoError(errors.New(strings.TrimPrefix(msg, "DataCloneError: ")))
	e.Set("name", "DataCloneError")
	return e
}

// FutureOf returns the concurrent future behind v, or nil.
func FutureOf(v goja.Value) *Future {
	if obj, ok := v.(*goja.Object); ok {
		if f, ok := host.Wrapped(obj.Get("__future")).(*Future); ok {
			return f
		}
	}
	return nil
}

// Value returns the future's JavaScript object. Loop goroutine only.
func (f *Future) Value() *goja.Object {
	if f.obj == nil {
		r := f.m.h.R
		f.obj = r.NewObject()
		f.obj.SetPrototype(f.m.futureProto)
		f.obj.DefineDataProperty("__future", r.ToValue(f), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	}
	return f.obj
}

func (m *Module) thisFuture(method string, this goja.Value) *Future {
	if f := FutureOf(this); f != nil {
		return f
	}
	m.h.TypeError(method, "this must be a concurrent.futures.Future, got %s", host.Describe(this))
	return nil
}

// timeoutArg reads an optional timeout in seconds (negative: none).
func (m *Module) timeoutArg(fn string, args []goja.Value) time.Duration {
	args, opts := m.h.SplitOptions(args)
	var v goja.Value
	if len(args) > 0 {
		v = args[0]
	} else {
		v = host.Option(opts, "timeout")
	}
	if host.IsMissing(v) {
		return -1
	}
	return time.Duration(m.h.Seconds(fn, 1, v) * float64(time.Second))
}

func (m *Module) result(f *Future, timeout time.Duration, wantExc bool) goja.Value {
	if !f.Done() {
		call := "Future.result()"
		if wantExc {
			call = "Future.exception()"
		}
		m.h.BlocksLoop("concurrent.futures." + call)
	}
	if !f.wait(timeout) {
		m.throw("TimeoutError", "")
	}
	v, exc := f.Outcome()
	if wantExc {
		if exc != nil && f.state() != cancelled {
			return exc
		}
		if exc != nil {
			panic(exc)
		}
		return goja.Null()
	}
	if exc != nil {
		panic(exc)
	}
	return v
}

func (m *Module) installFuture() {
	r := m.h.R
	proto := r.NewObject()
	m.futureProto = proto
	m.h.Define(proto,
		host.Method{Name: "done", Fn: func(c goja.FunctionCall) goja.Value {
			s := m.thisFuture("done", c.This).state()
			return r.ToValue(s == finished || s == cancelled)
		}},
		host.Method{Name: "running", Fn: func(c goja.FunctionCall) goja.Value {
			return r.ToValue(m.thisFuture("running", c.This).state() == running)
		}},
		host.Method{Name: "cancelled", Fn: func(c goja.FunctionCall) goja.Value {
			return r.ToValue(m.thisFuture("cancelled", c.This).state() == cancelled)
		}},
		host.Method{Name: "cancel", Fn: func(c goja.FunctionCall) goja.Value {
			return r.ToValue(m.thisFuture("cancel", c.This).Cancel())
		}},
		host.Method{Name: "result", Fn: func(c goja.FunctionCall) goja.Value {
			f := m.thisFuture("result", c.This)
			return m.result(f, m.timeoutArg("result", c.Arguments), false)
		}},
		host.Method{Name: "exception", Fn: func(c goja.FunctionCall) goja.Value {
			f := m.thisFuture("exception", c.This)
			return m.result(f, m.timeoutArg("exception", c.Arguments), true)
		}},
		host.Method{Name: "add_done_callback", Fn: func(c goja.FunctionCall) goja.Value {
			f := m.thisFuture("add_done_callback", c.This)
			fn := c.Argument(0)
			if _, ok := goja.AssertFunction(fn); !ok {
				m.h.TypeError("add_done_callback", "argument 1 must be a function, got %s", host.Describe(fn))
			}
			f.OnDone(func() { m.call(fn, goja.Undefined(), f.Value()) })
			return goja.Undefined()
		}},
		host.Method{Name: "toString", Fn: func(c goja.FunctionCall) goja.Value {
			return r.ToValue(m.thisFuture("toString", c.This).repr())
		}},
	)
	sym, _ := r.RunString(`Symbol.for('nodejs.util.inspect.custom')`)
	proto.DefineDataPropertySymbol(sym.(*goja.Symbol), r.ToValue(func(c goja.FunctionCall) goja.Value {
		return r.ToValue(m.thisFuture("inspect", c.This).repr())
	}), goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_TRUE)

	m.futures = r.NewObject()
	ctor := m.h.Func("Future", func(goja.ConstructorCall) *goja.Object { return m.newFuture().Value() })
	ctor.Set("prototype", proto)
	m.futures.Set("Future", ctor)
	m.futures.Set("FIRST_COMPLETED", "FIRST_COMPLETED")
	m.futures.Set("FIRST_EXCEPTION", "FIRST_EXCEPTION")
	m.futures.Set("ALL_COMPLETED", "ALL_COMPLETED")
	for _, name := range []string{"TimeoutError", "CancelledError", "InvalidStateError"} {
		if c := m.errClass(name); c != nil {
			m.futures.Set(name, c)
		}
	}
	m.h.Define(m.futures,
		host.Method{Name: "as_completed", Fn: m.asCompleted},
		host.Method{Name: "wait", Fn: m.wait},
	)
	m.concurrent = r.NewObject()
	m.concurrent.Set("futures", m.futures)
}

func (f *Future) repr() string {
	switch f.state() {
	case pending:
		return "<Future state=pending>"
	case running:
		return "<Future state=running>"
	case cancelled:
		return "<Future state=cancelled>"
	}
	v, exc := f.Outcome()
	if exc != nil {
		name := "Error"
		if o, ok := exc.(*goja.Object); ok && o.Get("name") != nil {
			name = o.Get("name").String()
		}
		return "<Future state=finished raised " + name + ">"
	}
	return fmt.Sprintf("<Future state=finished returned %s>", host.Describe(v))
}

// futuresArg reads an iterable of concurrent futures.
func (m *Module) futuresArg(fn string, v goja.Value) []*Future {
	items := m.items(fn, 1, v)
	out := make([]*Future, 0, len(items))
	for i, item := range items {
		f := FutureOf(item)
		if f == nil {
			m.h.TypeError(fn, "item %d must be a concurrent.futures.Future", i)
		}
		out = append(out, f)
	}
	return out
}

// items reads an iterable argument (an array, a Set, a generator …) through Array.from.
func (m *Module) items(fn string, argi int, v goja.Value) []goja.Value {
	r := m.h.R
	if m.arrayFrom == nil {
		array := r.Get("Array").ToObject(r)
		from, _ := goja.AssertFunction(array.Get("from"))
		m.arrayFrom = func(v goja.Value) (goja.Value, error) { return from(array, v) }
	}
	list, err := m.arrayFrom(v)
	if err != nil || host.IsMissing(v) {
		m.h.TypeError(fn, "argument %d must be iterable, got %s", argi, host.Describe(v))
	}
	obj := list.ToObject(r)
	out := make([]goja.Value, obj.Get("length").ToInteger())
	for i := range out {
		out[i] = obj.Get(itoa(i))
	}
	return out
}

// iterator makes a JavaScript iterator (for for…of and spread) whose values come from next, which blocks
// as long as it needs to, as Python's as_completed and Executor.map do.
func (m *Module) iterator(next func() (goja.Value, bool)) *goja.Object {
	r := m.h.R
	it := r.NewObject()
	it.Set("next", func(goja.FunctionCall) goja.Value {
		res := r.NewObject()
		v, ok := next()
		res.Set("done", !ok)
		if ok {
			res.Set("value", v)
		}
		return res
	})
	it.SetSymbol(goja.SymIterator, func(c goja.FunctionCall) goja.Value { return c.This })
	return it
}

// asCompleted implements concurrent.futures.as_completed(fs, {timeout}): an iterator that blocks until the
// next future completes and yields futures in completion order.
func (m *Module) asCompleted(c goja.FunctionCall) goja.Value {
	args, opts := m.h.SplitOptions(c.Arguments)
	if len(args) == 0 {
		m.h.TypeError("as_completed", "argument 1 (fs) is required")
	}
	fs := dedupe(m.futuresArg("as_completed", args[0]))
	timeout := m.timeoutArg("as_completed", append(args[1:], optsValue(opts)...))
	ch := make(chan *Future, len(fs))
	for _, f := range fs {
		f.watch(ch)
	}
	deadline := time.Now().Add(timeout)
	left := len(fs)
	return m.iterator(func() (goja.Value, bool) {
		if left == 0 {
			return nil, false
		}
		var f *Future
		select {
		case f = <-ch: // one is done already: the deadline, passed or not, does not matter
		default:
			m.h.BlocksLoop("concurrent.futures.as_completed()")
			if timeout < 0 {
				f = <-ch
				break
			}
			t := time.NewTimer(time.Until(deadline))
			select {
			case f = <-ch:
				t.Stop()
			case <-t.C:
				m.throw("TimeoutError", fmt.Sprintf("%d (of %d) futures unfinished", left, len(fs)))
			}
		}
		left--
		return f.Value(), true
	})
}

func optsValue(opts *goja.Object) []goja.Value {
	if opts == nil {
		return nil
	}
	return []goja.Value{opts}
}

func dedupe(fs []*Future) []*Future {
	seen := map[*Future]bool{}
	out := fs[:0:0]
	for _, f := range fs {
		if !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	}
	return out
}

// wait implements concurrent.futures.wait(fs, {timeout, return_when}) → [done, not_done] (Sets); it blocks.
func (m *Module) wait(c goja.FunctionCall) goja.Value {
	r := m.h.R
	args, opts := m.h.SplitOptions(c.Arguments)
	if len(args) == 0 {
		m.h.TypeError("wait", "argument 1 (fs) is required")
	}
	fs := dedupe(m.futuresArg("wait", args[0]))
	timeout := m.timeoutArg("wait", append(args[1:], optsValue(opts)...))
	when := "ALL_COMPLETED"
	if v := host.Option(opts, "return_when"); v != nil {
		when = v.String()
	}
	ch := make(chan *Future, len(fs))
	for _, f := range fs {
		f.watch(ch)
	}
	var timer <-chan time.Time
	if timeout >= 0 {
		t := time.NewTimer(timeout)
		defer t.Stop()
		timer = t.C
	}
	doneSet := map[*Future]bool{}
	satisfied := func() bool {
		switch {
		case len(doneSet) == len(fs):
			return true
		case when == "FIRST_COMPLETED":
			return len(doneSet) > 0
		case when == "FIRST_EXCEPTION":
			for f := range doneSet {
				if _, exc := f.Outcome(); exc != nil && f.state() != cancelled {
					return true // a future that raised; a cancelled one does not count (Python's waiter)
				}
			}
		}
		return false
	}
	if !satisfied() && len(ch) < len(fs) {
		m.h.BlocksLoop("concurrent.futures.wait()")
	}
loop:
	for !satisfied() {
		select {
		case f := <-ch:
			doneSet[f] = true
		case <-timer:
			break loop
		}
	}
	for len(ch) > 0 {
		doneSet[<-ch] = true
	}
	var done, notDone []any
	for _, f := range fs {
		if doneSet[f] {
			done = append(done, f.Value())
		} else {
			notDone = append(notDone, f.Value())
		}
	}
	set := r.Get("Set")
	d, _ := r.New(set, r.NewArray(done...))
	n, _ := r.New(set, r.NewArray(notDone...))
	return r.NewArray(d, n)
}
