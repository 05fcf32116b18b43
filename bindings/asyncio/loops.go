package asyncio

import (
	"slices"

	"github.com/dop251/goja"

	"github.com/asyncrun/asyncrun/bindings/concurrent"
)

// eventLoop is one loop object as scripts see it. Underneath there is one event loop, the runtime's;
// Python programs make, run and close several (asyncio.run makes one per run, new_event_loop another),
// and each object keeps the state Python's would show: closed, debug, whether it runs.
type eventLoop struct {
	obj    *goja.Object
	closed bool
	debug  bool
	// runs are the run_until_complete, run_forever and asyncio.run calls in progress on it, which stop()
	// ends; stopping is set by stop() until a run ends at the end of an iteration, as Python's _stopping.
	runs     []*loopRun
	stopping bool
	ran      bool // run_until_complete or run_forever ran it: its tasks run only in its runs (see freezeIdle)
	// executor is set_default_executor's; threads is the work handed to the default executor while an
	// asyncio.run lasts, which the run waits for before it returns (Python's shutdown_default_executor).
	executor goja.Value
	threads  []*concurrent.Future
	// handles are its call_soon, call_later and call_at callbacks still to run: close() drops them.
	handles map[*handle]struct{}
}

// add notes a callback scheduled on the loop.
func (l *eventLoop) add(h *handle) {
	if l.handles == nil {
		l.handles = map[*handle]struct{}{}
	}
	h.loop = l
	l.handles[h] = struct{}{}
}

// close closes the loop, dropping the callbacks scheduled on it that have not run, as Python's
// BaseEventLoop.close clears its ready queue and its timers.
func (l *eventLoop) close(a *Asyncio) {
	l.closed = true
	for h := range l.handles {
		h.dropped = true
		a.loop.Cancel(&h.timer)
	}
	l.handles = nil
}

// loopRun is a run in progress on a loop.
type loopRun struct {
	out *Future // what the call returned
	src *Future // what run_until_complete waits for, or asyncio.run's task; nil for run_forever
	// stopped: asyncio.run's task was cancelled by stop(), and the run raises RuntimeError once it unwound.
	stopped bool
}

// startRun notes a run in progress on l. One that begins after stop() was called with no run in progress
// runs for one iteration, as Python's run_forever does with _stopping already set.
func (a *Asyncio) startRun(l *eventLoop, r *loopRun) {
	l.runs = append(l.runs, r)
	r.out.addCallback(func(*Future, any) {
		if i := slices.Index(l.runs, r); i >= 0 {
			l.runs = slices.Delete(l.runs, i, i+1)
		}
	}, nil)
	if l.stopping {
		a.loop.CallSoon(func(any) { a.loop.AtIterationEnd(a.endStopped, l) }, nil)
	}
}

// endStopped ends the runs of a loop stop() was called on, at the end of the iteration: run_forever
// returns, run_until_complete returns its future's outcome if it has one and raises RuntimeError if not,
// and asyncio.run cancels its task and raises RuntimeError once everything unwound. The code that made the
// call resumes before anything queued in the meantime, as Python's returns from its call.
func (a *Asyncio) endStopped(arg any) {
	l := arg.(*eventLoop)
	if !l.stopping {
		return
	}
	l.stopping = false
	for _, r := range slices.Clone(l.runs) {
		out := r.out
		if out.done() || r.stopped {
			continue
		}
		if r.src != nil && r.src.task != nil && r.src.task == a.running {
			if !r.src.done() {
				r.stopped = true
				r.src.task.cancel(nil)
			}
			continue
		}
		out.inline = true
		switch {
		case r.src == nil: // run_forever's
			out.setResult(goja.Undefined())
		case r.src.done():
			copyOutcome(out, r.src)
		default:
			out.setException(a.newError(a.errs.runtimeError, "Event loop stopped before Future completed."))
		}
		out.inline = false
	}
}

// freezeTasks freezes the pending tasks whose loop matches (see Asyncio.freeze).
func (a *Asyncio) freezeTasks(match func(*eventLoop) bool) {
	for t := a.pending.head; t != nil; {
		next := t.next
		if !t.isMain && match(a.loopOf(t)) {
			a.freeze(t)
		}
		t = next
	}
}

// freezeIdle is the end of the script body for the tasks of loops the script ran itself
// (run_until_complete, run_forever) and that no longer run: a Python script ends there, and those tasks
// with it, where the body's other tasks keep the program alive (SPEC §3).
func (a *Asyncio) freezeIdle() {
	a.freezeTasks(func(l *eventLoop) bool { return l.ran && len(l.runs) == 0 && l != a.runLoop })
}

func (a *Asyncio) newEventLoop() *eventLoop {
	l := &eventLoop{obj: a.r.NewObject(), debug: a.h.Debug}
	if l.debug {
		a.debugOn()
	}
	l.obj.SetPrototype(a.loopProto)
	a.loops[l.obj] = l
	return l
}

// currentLoop is the loop the running code belongs to: the one of the asyncio.run in progress, else the
// script body's.
func (a *Asyncio) currentLoop() *eventLoop {
	if a.runLoop != nil {
		return a.runLoop
	}
	return a.bodyLoop
}

// handOutLoop is currentLoop for a script that asked for it (get_running_loop, get_event_loop …). A
// script's loop object that the body's task received is noted, so that asyncio.run can tell whether only
// its coroutine's first stretch has it (see adoptBodyLoop).
func (a *Asyncio) handOutLoop() *eventLoop {
	l := a.callerLoop()
	if l == a.bodyLoop && a.runLoop == nil {
		h := &loopHandout{}
		a.handouts = append(a.handouts, h)
		a.track.record(h, false)
	}
	return l
}

// callerLoop is the loop the running code runs on: a task's own, a callback's, else currentLoop.
func (a *Asyncio) callerLoop() *eventLoop {
	if t := a.track.cur; t != nil && !t.isMain {
		return a.loopOf(t) // a task runs on the loop it was made on (another loop's run_until_complete)
	}
	if h := a.runningHandle; h != nil && h.loop != nil {
		return h.loop // a callback, on the loop it was scheduled on
	}
	return a.currentLoop()
}

// loopHandout is one time the body's task was given the body's loop: claimed when that happened in the
// first stretch of a call a task wraps.
type loopHandout struct{ claimedBy *Task }

func (h *loopHandout) claim(_, to *Task) { h.claimedBy = to }

// adoptBodyLoop returns the body's loop for asyncio.run's task t to run on, if only t's own coroutine has
// seen it: `async function main` asked for the running loop before its first await, while it ran in the
// script body, eagerly (Python's main would have asked inside the run). The run then closes that loop
// (dropping its leftover call_later callbacks), and the body gets a new one. Otherwise (the body kept it,
// set_event_loop chose it, it is closed or running) it returns nil and the run makes its own loop.
func (a *Asyncio) adoptBodyLoop(t *Task) *eventLoop {
	l := a.bodyLoop
	if a.pinned || l.closed || len(l.runs) > 0 {
		return nil
	}
	for _, h := range a.handouts {
		if h.claimedBy != t {
			return nil
		}
	}
	a.handouts = nil
	a.bodyLoop = a.newEventLoop()
	return l
}

// running is Python's is_running(): an asyncio.run's loop while it lasts, a loop inside
// run_until_complete, and the body's loop for code that runs in a task. The body's own code stands for a
// Python script's module level, where the loop is not running.
func (l *eventLoop) running(a *Asyncio) bool {
	switch {
	case l.closed:
		return false
	case len(l.runs) > 0, l == a.runLoop:
		return true
	default:
		return l == a.bodyLoop && a.runLoop == nil && a.track.cur != nil && a.track.cur != a.main
	}
}

func (a *Asyncio) thisLoop(method string, this goja.Value) *eventLoop {
	if obj, ok := this.(*goja.Object); ok {
		if l := a.loops[obj]; l != nil {
			return l
		}
	}
	a.h.TypeError(method, "this must be an event loop, got %s", describe(this))
	return nil
}

// openLoop is this as a loop that is not closed: Python's _check_closed.
func (a *Asyncio) openLoop(method string, this goja.Value) *eventLoop {
	l := a.thisLoop(method, this)
	if l.closed {
		a.throw(a.errs.runtimeError, "Event loop is closed")
	}
	return l
}

// callSoon is loop.call_soon(fn, ...args), named name in errors.
func (a *Asyncio) callSoon(name string) func(goja.FunctionCall) goja.Value {
	return func(call goja.FunctionCall) goja.Value {
		l := a.openLoop(name, call.This)
		h := &handle{a: a, fn: a.callback(name, 1, call.Argument(0)), args: rest(call.Arguments, 1)}
		l.add(h)
		a.track.sideEffect(nil)
		a.loop.CallSoon(runHandle, h)
		return a.newHandle(h, false)
	}
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func (a *Asyncio) installLoop() {
	r := a.r
	a.loops = map[*goja.Object]*eventLoop{}
	proto := r.NewObject()
	a.loopProto = proto
	a.h.Define(proto,
		method("run_until_complete", func(call goja.FunctionCall) goja.Value {
			l := a.openLoop("run_until_complete", call.This)
			if l.running(a) {
				a.throw(a.errs.runtimeError, "This event loop is already running")
			}
			if len(call.Arguments) == 0 {
				a.h.TypeError("run_until_complete", "argument 1 (future) is required")
			}
			a.track.startsNow = true // as asyncio.run's (see run)
			f := a.ensureFutures("run_until_complete", call.Arguments[:1], false)[0]
			a.track.startsNow = false
			if t := f.task; t != nil && a.toFuture(call.Arguments[0]) == nil {
				t.loop = l // made here for a coroutine: it runs on l
			}
			if f.done() {
				return f.Value()
			}
			out := a.newFuture()
			f.addCallback(func(f *Future, _ any) {
				if !out.done() {
					copyOutcome(out, f)
				} else if f.state != cancelled {
					f.retrieve()
				}
			}, nil)
			l.ran = true
			a.startRun(l, &loopRun{out: out, src: f})
			return out.Value()
		}),
		method("run_forever", func(call goja.FunctionCall) goja.Value {
			l := a.openLoop("run_forever", call.This)
			if l.running(a) {
				a.throw(a.errs.runtimeError, "This event loop is already running")
			}
			out := a.newFuture()
			l.ran = true
			a.startRun(l, &loopRun{out: out})
			return out.Value()
		}),
		method("create_task", func(call goja.FunctionCall) goja.Value {
			l := a.openLoop("create_task", call.This)
			coro, name := a.taskArgs(&createTaskSig, call.Arguments)
			t := a.createTask("create_task", coro, name)
			t.loop = l
			return t.Value()
		}),
		method("create_future", func(goja.FunctionCall) goja.Value { return a.newFuture().Value() }),
		method("call_soon", a.callSoon("call_soon")),
		// Scripts run on the loop's goroutine only (thread functions run on worker interpreters, which
		// cannot reach this loop), so from a script call_soon_threadsafe is call_soon.
		method("call_soon_threadsafe", a.callSoon("call_soon_threadsafe")),
		method("call_later", func(call goja.FunctionCall) goja.Value {
			l := a.openLoop("call_later", call.This)
			d := a.h.Seconds("call_later", 1, call.Argument(0))
			h := &handle{a: a, fn: a.callback("call_later", 2, call.Argument(1)), args: rest(call.Arguments, 2)}
			h.when = a.now() + d
			l.add(h)
			a.loop.After(&h.timer, seconds(d), runHandle, h)
			return a.newHandle(h, true)
		}),
		method("call_at", func(call goja.FunctionCall) goja.Value {
			l := a.openLoop("call_at", call.This)
			w := a.h.Seconds("call_at", 1, call.Argument(0))
			h := &handle{a: a, fn: a.callback("call_at", 2, call.Argument(1)), args: rest(call.Arguments, 2), when: w}
			l.add(h)
			a.loop.Schedule(&h.timer, seconds(w), runHandle, h)
			return a.newHandle(h, true)
		}),
		method("time", func(goja.FunctionCall) goja.Value { return r.ToValue(a.now()) }),
		method("is_running", func(call goja.FunctionCall) goja.Value {
			return r.ToValue(a.thisLoop("is_running", call.This).running(a))
		}),
		method("is_closed", func(call goja.FunctionCall) goja.Value {
			return r.ToValue(a.thisLoop("is_closed", call.This).closed)
		}),
		method("close", func(call goja.FunctionCall) goja.Value {
			l := a.thisLoop("close", call.This)
			if l.running(a) {
				a.throw(a.errs.runtimeError, "Cannot close a running event loop")
			}
			// The body's own loop may be closed from the body, as a Python script closes its loop after
			// run_until_complete returned: the runtime's loop runs on for what is left, and the tasks still
			// pending on the closed loop never run again.
			l.close(a)
			a.freezeTasks(func(tl *eventLoop) bool { return tl == l })
			return goja.Undefined()
		}),
		method("stop", func(call goja.FunctionCall) goja.Value {
			// Python's loop stops at the end of the iteration in progress; with no run in progress, the
			// next run stops after one iteration (see startRun and endStopped).
			l := a.thisLoop("stop", call.This)
			if !l.stopping {
				l.stopping = true
				if len(l.runs) > 0 {
					a.loop.AtIterationEnd(a.endStopped, l)
				}
			}
			return goja.Undefined()
		}),
		method("get_debug", func(call goja.FunctionCall) goja.Value {
			return r.ToValue(a.thisLoop("get_debug", call.This).debug)
		}),
		method("set_debug", func(call goja.FunctionCall) goja.Value {
			l := a.thisLoop("set_debug", call.This)
			if l.debug = call.Argument(0).ToBoolean(); l.debug {
				a.debugOn()
			}
			return goja.Undefined()
		}),
	)
	proto.Set("slow_callback_duration", 0.1)
	a.setInspect(proto, func(this goja.Value) string {
		l := a.thisLoop("inspect", this)
		return "<_UnixSelectorEventLoop running=" + pyBool(l.running(a)) + " closed=" + pyBool(l.closed) +
			" debug=" + pyBool(l.debug) + ">"
	})
	a.bodyLoop = a.newEventLoop()
}
