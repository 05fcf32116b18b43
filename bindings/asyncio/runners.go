package asyncio

import (
	"strings"

	"github.com/dop251/goja"

	"github.com/asyncrun/asyncrun/bindings/concurrent"
	"github.com/asyncrun/asyncrun/bindings/host"
	"github.com/asyncrun/asyncrun/runtime"
)

var runSig = host.Sig{Fn: "run", Params: []string{"main"}, Required: 1, Keywords: []string{"debug"}}

// run implements asyncio.run(coro): the coroutine's task is Task-1 (if nothing took a number before), and
// when it finishes the tasks it left pending, created by it directly or through its children, are
// cancelled and awaited before the returned promise settles.
func (a *Asyncio) run(call goja.FunctionCall) goja.Value {
	args, _ := a.h.Bind(&runSig, call.Arguments)
	if a.running != nil || a.track.cur != a.main || a.main == nil {
		a.throw(a.errs.runtimeError, "asyncio.run() cannot be called from a running event loop")
	}
	if a.toFuture(args[0]) == nil && a.coroutineKind(args[0]) == notCoroutine {
		// Python's Runner.run raises ValueError here, where create_task raises TypeError.
		a.throw(a.errs.valueError, "a coroutine was expected, got "+a.inspect(args[0]))
	}
	aw := args[0]
	var t *Task
	if f := a.toFuture(aw); f != nil {
		t = a.newTask(aw, "")
		a.awaitIn(t, aw, func(ok bool, v goja.Value) { t.settle(ok, v) })
	} else {
		// The coroutine's task is the first thing the new loop runs: what its call started stays where it is.
		a.track.startsNow = true
		t = a.createTask("run", aw, nil)
		a.track.startsNow = false
	}
	// Each run has its own loop, closed when the run ends.
	loop := a.adoptBodyLoop(t)
	if loop == nil {
		loop = a.newEventLoop()
	}
	if v := args[1]; !isMissing(v) {
		loop.debug = v.ToBoolean()
		if loop.debug {
			a.debugOn()
		}
	}
	a.running, a.runLoop = t, loop
	t.loop = loop
	out := a.newFuture()
	out.fromRun = true
	r := &loopRun{out: out, src: &t.Future}
	t.addCallback(func(*Future, any) { a.shutdownRun(t, r) }, nil)
	a.startRun(loop, r)
	return out.Value()
}

// afterThreads calls fn once every future in fs is done.
func (a *Asyncio) afterThreads(fs []*concurrent.Future, fn func()) {
	left := len(fs)
	if left == 0 {
		fn()
		return
	}
	for _, f := range fs {
		f.OnDone(func() {
			if left--; left == 0 {
				fn()
			}
		})
	}
}

// shutdownRun cancels what the run's task left pending and settles the run's promise once they have
// unwound: with the task's outcome, or RuntimeError if stop() ended the run.
func (a *Asyncio) shutdownRun(t *Task, r *loopRun) {
	var left []*Task
	for p := a.pending.head; p != nil; p = p.next {
		if p.descendsFrom(t) {
			left = append(left, p)
		}
	}
	remaining := len(left)
	finish := func() {
		// CPython's asyncio.run then runs two shutdown tasks (shutdown_asyncgens and
		// shutdown_default_executor), which use up two Task-N numbers; the second waits for the work
		// handed to the loop's default executor, and shuts down an executor set_default_executor gave it.
		a.taskCounter += 2
		l := a.runLoop
		a.afterThreads(l.threads, func() {
			if e := concurrent.ExecutorOf(l.executor); e != nil {
				e.Shutdown(false, false) // its work is done: no wait
			}
			a.running, a.unset = nil, true // Runner.close: set_event_loop(None)
			l.close(a)
			l.threads = nil
			a.runLoop = nil
			t.retrieve()
			if r.stopped {
				r.out.setException(a.newError(a.errs.runtimeError, "Event loop stopped before Future completed."))
			} else {
				copyOutcome(r.out, &t.Future)
			}
		})
	}
	if remaining == 0 {
		finish()
		return
	}
	for _, p := range left {
		p.cancel(nil)
		p.addCallback(func(f *Future, _ any) {
			if f.state == failed {
				f.retrieve()
				a.h.Stderr.WriteString("unhandled exception during asyncio.run() shutdown\ntask: " + f.repr() + "\n" + a.ErrorText(f.value) + "\n")
			}
			remaining--
			if remaining == 0 {
				finish()
			}
		}, nil)
	}
}

// handle is a loop.call_soon/call_later handle.
type handle struct {
	a         *Asyncio
	fn        goja.Value
	args      []goja.Value
	cancelled bool
	dropped   bool       // its loop was closed before it ran
	loop      *eventLoop // the loop it was scheduled on
	timer     runtime.Timer
	when      float64
	timed     bool // call_later/call_at's: a TimerHandle
}

func runHandle(arg any) {
	h := arg.(*handle)
	if w := h.a.debug; w != nil {
		w.handle = h
	}
	if h.loop != nil {
		delete(h.loop.handles, h)
	}
	if h.cancelled || h.dropped {
		return
	}
	saved := h.a.runningHandle
	h.a.runningHandle = h
	defer func() { h.a.runningHandle = saved }()
	h.a.Call(h.fn, goja.Undefined(), h.args...)
}

func (a *Asyncio) newHandle(h *handle, timer bool) goja.Value {
	h.timed = timer
	obj := a.r.NewObject()
	a.h.Define(obj,
		method("cancel", func(goja.FunctionCall) goja.Value {
			if !h.cancelled {
				h.cancelled = true
				a.loop.Cancel(&h.timer)
				if h.loop != nil {
					delete(h.loop.handles, h)
				}
			}
			return goja.Undefined()
		}),
		method("cancelled", func(goja.FunctionCall) goja.Value { return a.r.ToValue(h.cancelled) }),
	)
	if timer {
		a.h.Define(obj, method("when", func(goja.FunctionCall) goja.Value { return a.r.ToValue(h.when) }))
	}
	a.setInspect(obj, func(goja.Value) string { return h.repr() })
	return obj
}

// repr is Python's: <Handle cb('x', 1)>, <TimerHandle when=3.5 cb()>, <Handle cancelled>.
func (h *handle) repr() string {
	s := "<Handle"
	if h.timed {
		s = "<TimerHandle"
	}
	if h.cancelled {
		s += " cancelled"
	}
	if h.timed {
		s += " when=" + h.a.inspect(h.a.r.ToValue(h.when))
	}
	if !h.cancelled {
		s += " " + h.a.callRepr(h.fn, h.args)
	}
	return s + ">"
}

// callRepr shows a call as Python's handles do: name('x', 1).
func (a *Asyncio) callRepr(fn goja.Value, args []goja.Value) string {
	name := "<anonymous>"
	if obj, ok := fn.(*goja.Object); ok {
		if n := obj.Get("name"); n != nil && n.String() != "" {
			name = n.String()
		}
	}
	parts := make([]string, len(args))
	for i, v := range args {
		parts[i] = a.inspect(v)
	}
	return name + "(" + strings.Join(parts, ", ") + ")"
}

func (a *Asyncio) callback(fn string, argi int, v goja.Value) goja.Value {
	if _, ok := goja.AssertFunction(v); !ok {
		a.h.TypeError(fn, "argument %d must be a function, got %s", argi, describe(v))
	}
	return v
}

// now reads the loop's clock in seconds (loop.time()).
func (a *Asyncio) now() float64 { return a.loop.Now().Seconds() }

func rest(args []goja.Value, from int) []goja.Value {
	if len(args) <= from {
		return nil
	}
	return append([]goja.Value(nil), args[from:]...)
}
