// Package asyncio is the asyncio module scripts see: futures, tasks, waiting, timeouts, task groups,
// runners and the loop object, with Python's semantics (SPEC §5–§6), on the runtime's event loop.
//
// Everything here runs on the loop goroutine.
package asyncio

import (
	"errors"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/dop251/goja"

	"github.com/asyncrun/asyncrun/bindings/concurrent"
	"github.com/asyncrun/asyncrun/bindings/host"
	"github.com/asyncrun/asyncrun/bindings/inspect"
	"github.com/asyncrun/asyncrun/runtime"
)

var errReused = errors.New("cannot reuse already awaited coroutine")

// Asyncio is one runtime's asyncio module and the state behind it.
type Asyncio struct {
	h     *host.Host
	r     *goja.Runtime
	loop  *runtime.Loop
	track tracker
	errs  errorClasses

	module, loopProto                         *goja.Object
	futureProto, taskProto, coroProto         *goja.Object
	timeoutProto                              *goja.Object
	futureCtor, taskCtor, taskGroupCtor       *goja.Object
	generatorCtor, asyncFunctionCtor, setCtor *goja.Object
	coroMark                                  *goja.Symbol
	inspectSym                                goja.Value
	promiseThen, promiseResolve, arrayFrom    goja.Callable
	onTaskFulfilled, onTaskRejected           goja.Value

	promiseCtor goja.Value
	nativeProto *goja.Object
	heldThen    goja.Value // the own then of a held await's promise (heldawaits.go)
	// promiseLookalike is what Promise.prototype.constructor answers for a held await (heldawaits.go).
	promiseLookalike goja.Value
	promiseProto     *goja.Object             // Promise.prototype
	queueGet         goja.Value               // Queue.prototype.get, which a deferred immediate get calls again
	lastNative       *Future                  // the newest native face, until awaited
	natives          map[*goja.Object]*Future // pending native faces that were not awaited at once

	gatherMark uint64
	rejections []*goja.Promise // rejected promises nobody handled yet, in order

	conc *concurrent.Module

	taskCounter int
	pending     taskList
	spreadAt    int // the number of pending tasks at which newTask makes room for spreading them
	unretrieved map[*Future]struct{}
	main        *Task // the script body's task
	running     *Task // asyncio.run's task while it runs
	loops       map[*goja.Object]*eventLoop
	bodyLoop    *eventLoop // the loop the script body runs in (set_event_loop replaces it)
	runLoop     *eventLoop // asyncio.run's loop while it runs
	// handouts are the times code running in the body's task was given bodyLoop (see adoptBodyLoop);
	// pinned says set_event_loop chose it.
	handouts []*loopHandout
	pinned   bool
	// unset: the body has no current loop, as Python's main thread after asyncio.run or
	// set_event_loop(None), where get_event_loop at module level raises.
	unset bool
	debug *debugWatch // debug mode's loop monitor, once a loop turned debug on
	// runningHandle is the call_soon/call_later callback running now, if any.
	runningHandle *handle
}

// New builds the module on h's runtime and loop.
func New(h *host.Host) *Asyncio {
	a := &Asyncio{h: h, r: h.R, loop: h.Loop, unretrieved: map[*Future]struct{}{}, spreadAt: bigFanout}
	a.track.a = a
	r := a.r
	r.SetAsyncContextTracker(&a.track)
	r.SetPromiseRejectionTracker(a.trackRejection)
	promise := r.Get("Promise").ToObject(r)
	a.promiseThen, _ = goja.AssertFunction(promise.Get("prototype").ToObject(r).Get("then"))
	resolve, _ := goja.AssertFunction(promise.Get("resolve"))
	a.promiseResolve = func(this goja.Value, args ...goja.Value) (goja.Value, error) { return resolve(promise, args...) }
	array := r.Get("Array").ToObject(r)
	from, _ := goja.AssertFunction(array.Get("from"))
	a.arrayFrom = func(this goja.Value, args ...goja.Value) (goja.Value, error) { return from(array, args...) }
	a.setCtor = r.Get("Set").ToObject(r)
	sym, err := r.RunString(`Symbol.for('nodejs.util.inspect.custom')`)
	if err != nil {
		panic(err)
	}
	a.inspectSym = sym
	a.loadExceptions()
	a.settleHandlers()
	a.installFuture()
	a.installNative()
	a.installHeldAwaits()
	a.installTask()
	a.installCoroutines()
	a.installTimeout()
	a.installTaskGroup()
	a.installLoop()
	a.installModule()
	a.installLocks()  // locks.go
	a.installQueues() // queues.go
	a.installThreads()
	return a
}

// Module returns the asyncio object.
func (a *Asyncio) Module() *goja.Object { return a.module }

func method(name string, fn func(goja.FunctionCall) goja.Value) host.Method {
	return host.Method{Name: name, Fn: fn}
}

var (
	ensureFutureSig = host.Sig{Fn: "ensure_future", Params: []string{"coro_or_future"}, Required: 1, Keywords: []string{"loop"}}
	currentTaskSig  = host.Sig{Fn: "current_task", Params: []string{"loop"}}
	allTasksSig     = host.Sig{Fn: "all_tasks", Params: []string{"loop"}}
)

func (a *Asyncio) installModule() {
	r := a.r
	m := r.NewObject()
	a.module = m
	for _, k := range a.errs.all.Keys() {
		m.Set(k, a.errs.all.Get(k))
	}
	m.Set("Future", a.futureCtor)
	m.Set("Task", a.taskCtor)
	m.Set("TaskGroup", a.taskGroupCtor)
	m.Set("FIRST_COMPLETED", firstCompleted)
	m.Set("FIRST_EXCEPTION", firstException)
	m.Set("ALL_COMPLETED", allCompleted)
	getLoop := func(goja.FunctionCall) goja.Value { return a.handOutLoop().obj }
	a.h.Define(m,
		method("run", a.run),
		method("get_event_loop", func(goja.FunctionCall) goja.Value {
			// Only the body's own lines stand for Python's module level for certain: a function it calls
			// may be an async function's first stretch, inside the run that will wrap it.
			if a.unset && a.runLoop == nil && a.track.cur == a.main && a.track.depth() <= 2 {
				a.throw(a.errs.runtimeError, "There is no current event loop in thread 'MainThread'.")
			}
			return a.handOutLoop().obj
		}),
		method("get_running_loop", getLoop),
		method("new_event_loop", func(goja.FunctionCall) goja.Value { return a.newEventLoop().obj }),
		method("set_event_loop", func(call goja.FunctionCall) goja.Value {
			if v := call.Argument(0); !goja.IsNull(v) && !goja.IsUndefined(v) {
				a.bodyLoop, a.pinned, a.unset = a.thisLoop("set_event_loop", v), true, false
			} else {
				a.unset = true
			}
			return goja.Undefined()
		}),
		method("create_task", a.createTaskJS),
		method("ensure_future", func(call goja.FunctionCall) goja.Value {
			args, _ := a.h.Bind(&ensureFutureSig, call.Arguments)
			return a.ensureFutures("ensure_future", args[:1], false)[0].Value()
		}),
		method("current_task", func(call goja.FunctionCall) goja.Value {
			a.h.Bind(&currentTaskSig, call.Arguments)
			if t := a.track.cur; t != nil {
				return t.Value()
			}
			return goja.Null()
		}),
		method("all_tasks", func(call goja.FunctionCall) goja.Value {
			// The pending tasks of a loop (by default the running one: the caller's), each task on the loop
			// it was made on. The body's own task `main` is the body's loop's while no run is in progress
			// and the body has not chosen another loop, the one case where Python has no task at all.
			var l *eventLoop
			if v, _ := a.h.Bind(&allTasksSig, call.Arguments); !isMissing(v[0]) {
				l = a.thisLoop("all_tasks", v[0])
			} else {
				l = a.callerLoop()
			}
			withMain := l == a.bodyLoop && a.runLoop == nil && !a.pinned
			var ts []any
			for t := a.pending.head; t != nil; t = t.next {
				if t.isMain && withMain || !t.isMain && a.loopOf(t) == l {
					ts = append(ts, t.Value())
				}
			}
			return a.newSet(ts)
		}),
		method("sleep", a.sleep),
		method("gather", a.gather),
		method("wait", a.wait),
		method("wait_for", a.waitFor),
		method("shield", a.shield),
		method("as_completed", a.asCompleted),
		method("timeout", a.timeout),
		method("timeout_at", a.timeoutAt),
		method("coroutine", a.coroutine),
		method("iscoroutine", func(call goja.FunctionCall) goja.Value {
			k := a.coroutineKind(call.Argument(0))
			return r.ToValue(k == coroObject || k == generatorObject)
		}),
		method("iscoroutinefunction", func(call goja.FunctionCall) goja.Value {
			return r.ToValue(a.iscoroutinefunction(call.Argument(0)))
		}),
		method("isfuture", func(call goja.FunctionCall) goja.Value {
			return r.ToValue(a.toFuture(call.Argument(0)) != nil)
		}),
	)
}

var createTaskSig = host.Sig{Fn: "create_task", Params: []string{"coro"}, Required: 1, Keywords: []string{"name", "context"}}

// createTaskJS is create_task(coro, {name, context}) (the module's, a loop's).
func (a *Asyncio) createTaskJS(call goja.FunctionCall) goja.Value {
	coro, name := a.taskArgs(&createTaskSig, call.Arguments)
	return a.createTask("create_task", coro, name).Value()
}

// taskArgs binds the arguments of a function that makes a task (s names coro, then name and context), with
// no work for the common call of one coroutine.
func (a *Asyncio) taskArgs(s *host.Sig, args []goja.Value) (coro, name goja.Value) {
	if len(args) == 1 && !a.h.IsOptions(args[0]) {
		return args[0], nil
	}
	vals, _ := a.h.Bind(s, args)
	return vals[0], vals[1]
}

// StartMain runs the script body as the task named main: body is called with the tracker in main's
// context and must return the promise of the body's async wrapper.
func (a *Asyncio) StartMain(body func() (goja.Value, error)) {
	t := a.newTask(goja.Undefined(), "main")
	a.taskCounter-- // the body's task does not use a Task-N number
	t.isMain = true
	t.parent = nil
	a.main = t
	t.addCallback(func(*Future, any) { a.freezeIdle() }, nil)
	saved := a.track.enter(t)
	p, err := body()
	a.track.leave(saved)
	if err != nil {
		t.settle(false, a.errorValue(err))
		return
	}
	a.track.internal = t
	_, err = a.promiseThen(p, a.onTaskFulfilled, a.onTaskRejected)
	a.track.internal = nil
	if err != nil {
		t.settle(false, a.errorValue(err))
	}
}

// WhenMainDone calls fn (on the loop) once the body's task has finished.
func (a *Asyncio) WhenMainDone(fn func()) {
	if a.main.done() {
		fn()
		return
	}
	a.main.addCallback(func(*Future, any) { fn() }, nil)
}

// Resolved returns v if it is awaitable, else a promise resolved with v: what a worker's main task follows.
func (a *Asyncio) Resolved(v goja.Value) goja.Value {
	if _, ok := host.Wrapped(v).(*goja.Promise); ok {
		return v
	}
	p, err := a.promiseResolve(goja.Undefined(), v)
	if err != nil {
		panic(err)
	}
	return p
}

// ErrorClass returns the asyncio exception class called name (CancelledError, TimeoutError, …), or nil.
func (a *Asyncio) ErrorClass(name string) *goja.Object {
	if c, ok := a.errs.all.Get(name).(*goja.Object); ok {
		return c
	}
	return nil
}

// NewError makes an instance of the asyncio exception class called name.
func (a *Asyncio) NewError(name, message string) goja.Value {
	return a.newError(a.ErrorClass(name), message)
}

// MainDone reports whether the body's task has finished.
func (a *Asyncio) MainDone() bool { return a.main != nil && a.main.done() }

// MainError returns the error the body's task ended with: its exception, a CancelledError, or nil.
func (a *Asyncio) MainError() goja.Value {
	if a.main == nil || a.main.state == finished || a.main.state == pending {
		return nil
	}
	return a.main.exception()
}

// MainResult returns the value the body's task finished with, or nil.
func (a *Asyncio) MainResult() goja.Value {
	if a.main == nil || a.main.state != finished {
		return nil
	}
	return a.main.value
}

// CancelMain cancels the body's task (Ctrl-C, a cancelled context). It reports whether it was pending.
func (a *Asyncio) CancelMain(msg string) bool {
	if a.main == nil {
		return false
	}
	a.h.Cancelling()
	if a.running != nil && !a.running.done() {
		a.running.cancel(a.r.ToValue(msg))
	}
	return a.main.cancel(a.r.ToValue(msg))
}

func (a *Asyncio) trackRejection(p *goja.Promise, op goja.PromiseRejectionOperation) {
	if op == goja.PromiseRejectionReject {
		a.rejections = append(a.rejections, p)
	} else {
		a.rejectionHandled(p)
	}
}

func (a *Asyncio) rejectionHandled(p *goja.Promise) {
	for i, q := range a.rejections {
		if q == p {
			a.rejections = append(a.rejections[:i], a.rejections[i+1:]...)
			return
		}
	}
}

// UnhandledRejections returns the reasons of promises rejected with no handler, in order.
func (a *Asyncio) UnhandledRejections() []goja.Value {
	out := make([]goja.Value, len(a.rejections))
	for i, p := range a.rejections {
		out[i] = p.Result()
	}
	return out
}

// Finished reports whether the program is done: the body's task has finished. Asked by the loop when it
// has nothing left to run, it first settles any polling task whose promise settled unseen, so that a
// missed settlement can never pass for a deadlock.
func (a *Asyncio) Finished() bool {
	for t := a.pending.head; t != nil; {
		next := t.next
		if t.polled {
			t.poll()
		}
		t = next
	}
	return a.MainDone()
}

// TaskInfo describes a pending task for a deadlock report.
type TaskInfo struct {
	Name    string
	Waiting string // what it waits on
	Where   string // where it was created
}

// Pending lists the pending tasks in creation order.
func (a *Asyncio) Pending() []TaskInfo {
	var out []TaskInfo
	for t := a.pending.head; t != nil; t = t.next {
		info := TaskInfo{Name: t.getName(), Where: t.where(), Waiting: "a promise that no asyncio object owns"}
		if len(t.waiters) > 0 {
			var w []string
			for _, f := range t.waiters {
				r := f.repr()
				if f.task != nil && len(f.task.waiters) > 0 {
					r = r[:len(r)-1] + " wait_for=" + f.task.waiters[0].repr() + ">"
				}
				w = append(w, r)
			}
			info.Waiting = strings.Join(w, ", ")
		}
		out = append(out, info)
	}
	return out
}

// ReportUnretrieved writes "Task exception was never retrieved" for every failed future whose exception
// nobody retrieved, in the order they failed, and reports whether there was any.
func (a *Asyncio) ReportUnretrieved() bool {
	fs := make([]*Future, 0, len(a.unretrieved))
	for f := range a.unretrieved {
		fs = append(fs, f)
	}
	sort.Slice(fs, func(i, j int) bool { return fs[i].seq() < fs[j].seq() })
	for _, f := range fs {
		delete(a.unretrieved, f)
		f.unretrieved = false
		var b strings.Builder
		switch {
		case f.fromRun:
			b.WriteString("Uncaught " + a.ErrorText(f.value) + "\n")
		case f.task != nil:
			b.WriteString("Task exception was never retrieved\nfuture: " + f.repr() + "\n")
			b.WriteString(a.ErrorText(f.value) + "\n")
			if w := f.task.where(); w != "" {
				b.WriteString("task created at " + w + "\n")
			}
			if r := f.rare; r != nil && r.created != "" {
				b.WriteString("source_traceback: Task created at (most recent call last):\n" + r.created)
			}
		default:
			b.WriteString("Future exception was never retrieved\nfuture: " + f.repr() + "\n" + a.ErrorText(f.value) + "\n")
		}
		a.h.Stderr.WriteString(b.String())
	}
	return len(fs) > 0
}

// seq orders futures for reports: tasks by creation number, others last.
func (f *Future) seq() int {
	if f.task != nil {
		return f.task.num
	}
	return 1 << 30
}

// Call calls a JavaScript function outside any task (a loop callback), reporting what it throws.
func (a *Asyncio) Call(fn goja.Value, this goja.Value, args ...goja.Value) {
	f, ok := goja.AssertFunction(fn)
	if !ok {
		return
	}
	saved := a.track.enter(nil)
	_, err := f(this, args...)
	a.track.leave(saved)
	if err != nil {
		a.reportCallbackError(err)
	}
}

// reportCallbackError logs an exception raised by a callback, as asyncio's default exception handler does.
func (a *Asyncio) reportCallbackError(err error) {
	var ex *goja.Exception
	if !errors.As(err, &ex) {
		panic(err) // an interrupt: let it unwind to the interpreter
	}
	a.h.Stderr.WriteString("Exception in callback\n" + a.ErrorText(ex.Value()) + "\n")
}

// errorValue turns a Go error from goja into the JavaScript value thrown.
func (a *Asyncio) errorValue(err error) goja.Value {
	var ex *goja.Exception
	if errors.As(err, &ex) {
		return ex.Value()
	}
	panic(err)
}

// ErrorText is an exception's stack, as reports show it, or the inspection of a thrown non-error.
func (a *Asyncio) ErrorText(v goja.Value) string {
	if obj, ok := v.(*goja.Object); ok {
		if s := obj.Get("stack"); s != nil && !goja.IsUndefined(s) {
			return host.FormatStack(s.String())
		}
	}
	return a.inspect(v)
}

// errorRepr formats an exception as Python's repr does: ValueError('boom').
func (a *Asyncio) errorRepr(v goja.Value) string {
	if obj, ok := v.(*goja.Object); ok {
		name := obj.Get("name")
		msg := obj.Get("message")
		if name != nil && msg != nil {
			if m := msg.String(); m != "" {
				return name.String() + "(" + pyRepr(m) + ")"
			}
			return name.String() + "()" // Python's repr of an exception made without arguments
		}
	}
	return a.inspect(v)
}

// pyRepr quotes s as Python's repr does: single quotes unless s holds one and no double quote.
func pyRepr(s string) string {
	q := "'"
	if strings.Contains(s, "'") && !strings.Contains(s, `"`) {
		q = `"`
	}
	var b strings.Builder
	b.WriteString(q)
	for _, r := range s {
		switch {
		case r == '\\':
			b.WriteString(`\\`)
		case string(r) == q:
			b.WriteString(`\` + q)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteString(q)
	return b.String()
}

func (a *Asyncio) inspect(v goja.Value) string { return inspect.Inspect(a.r, v) }

// setInspect gives objects of proto a custom console.log form.
func (a *Asyncio) setInspect(proto *goja.Object, fn func(this goja.Value) string) {
	f := a.h.Func("inspect", func(call goja.FunctionCall) goja.Value { return a.r.ToValue(fn(call.This)) })
	proto.DefineDataPropertySymbol(a.inspectSym.(*goja.Symbol), f, goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	if !hasOwn(proto, "toString") {
		// String(x) and template literals show what print shows, as Python's str() of these objects is their repr.
		proto.DefineDataProperty("toString", f, goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	}
}

func hasOwn(obj *goja.Object, name string) bool {
	return slices.Contains(obj.GetOwnPropertyNames(), name)
}

func (a *Asyncio) newSet(items []any) goja.Value {
	s, err := a.r.New(a.setCtor, a.r.NewArray(items...))
	if err != nil {
		panic(err)
	}
	return s
}

func optional(v goja.Value) goja.Value {
	if v == nil || goja.IsUndefined(v) {
		return nil
	}
	return v
}

func isMissing(v goja.Value) bool { return host.IsMissing(v) }

func optionValue(opts *goja.Object, name string) goja.Value { return host.Option(opts, name) }

func optionBool(opts *goja.Object, name string) bool {
	v := host.Option(opts, name)
	return v != nil && v.ToBoolean()
}

func describe(v goja.Value) string { return host.Describe(v) }

func itoa(i int) string { return strconv.Itoa(i) }
