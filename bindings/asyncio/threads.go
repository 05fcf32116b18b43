package asyncio

import (
	"github.com/dop251/goja"
	"slices"

	"github.com/asyncrun/asyncrun/bindings/concurrent"
)

// Threads (SPEC §7): to_thread and run_in_executor hand a function to another goroutine and give the
// awaiting task a future of its outcome. The work itself is concurrent.Module.Submit's; this file joins it
// to asyncio: cancelling the asyncio future gives the awaiting task CancelledError at once and drops the
// thread's late outcome (the thread runs on, as Python's do; a Go function sees its context cancelled).

// SetConcurrent connects the concurrent.futures module, which threads are built on.
func (a *Asyncio) SetConcurrent(m *concurrent.Module) { a.conc = m }

// wrapFuture implements asyncio.wrap_future(cf): an asyncio future that completes with cf.
func (a *Asyncio) wrapFuture(cf *concurrent.Future) *Future {
	f := a.newFuture()
	f.onCancel = func(*Future) { cf.Cancel() }
	copyState := func() {
		if f.done() {
			return // cancelled while the thread ran: its outcome is dropped
		}
		if cf.Cancelled() {
			f.cancelNow(nil)
			return
		}
		v, exc := cf.Outcome()
		if exc != nil {
			if a.isCancelledError(exc) {
				f.cancelWith(exc)
			} else {
				f.setException(exc)
			}
			return
		}
		f.setResult(v)
	}
	// Python's _chain_future copies the state from the loop's ready queue (call_soon_threadsafe): the
	// outcome of running work arrives through the loop's door, which is that already; a future wrapped
	// when done completes a step later.
	if cf.Done() {
		a.loop.CallSoon(func(any) { copyState() }, nil)
	} else {
		cf.OnDone(copyState)
	}
	return f
}

// toThread implements asyncio.to_thread(fn, ...args).
func (a *Asyncio) toThread(call goja.FunctionCall) goja.Value {
	if len(call.Arguments) == 0 {
		a.h.TypeError("to_thread", "argument 1 (func) is required")
	}
	return a.runOffLoop("to_thread", goja.Null(), call.Arguments[0], call.Arguments[1:])
}

// runInExecutor implements loop.run_in_executor(executor or null, fn, ...args).
func (a *Asyncio) runInExecutor(call goja.FunctionCall) goja.Value {
	if len(call.Arguments) < 2 {
		a.h.TypeError("run_in_executor", "arguments 1 (executor) and 2 (func) are required")
	}
	return a.runOffLoop("run_in_executor", call.Arguments[0], call.Arguments[1], call.Arguments[2:])
}

func (a *Asyncio) runOffLoop(fname string, executor, fn goja.Value, args []goja.Value) goja.Value {
	l := a.currentLoop()
	byDefault := isMissing(executor)
	if byDefault {
		executor = l.executor
	}
	var cf *concurrent.Future
	if isMissing(executor) {
		cf = a.conc.Submit(fname, a.h.Threads, fn, args)
	} else {
		e := concurrent.ExecutorOf(executor)
		if e == nil {
			a.h.TypeError(fname, "argument 1 must be an executor or null, got %s", describe(executor))
		}
		cf = e.Submit(fname, fn, args)
	}
	// The body's loop, before any run: main's first stretch, whose loop the run may adopt (adoptBodyLoop)
	// and then wait for these threads as Python's shutdown_default_executor does.
	if byDefault && (l == a.runLoop || a.runLoop == nil && l == a.bodyLoop) {
		// Finished ones are dropped first, so a body that starts threads for ever keeps no list of them.
		l.threads = append(slices.DeleteFunc(l.threads, (*concurrent.Future).Done), cf)
	}
	return a.wrapFuture(cf).Value()
}

func (a *Asyncio) installThreads() {
	a.h.Define(a.module,
		method("to_thread", a.toThread),
		method("wrap_future", func(call goja.FunctionCall) goja.Value {
			v := call.Argument(0)
			if f := a.toFuture(v); f != nil {
				return v
			}
			cf := concurrent.FutureOf(v)
			if cf == nil {
				a.h.TypeError("wrap_future", "argument 1 must be a concurrent.futures.Future, got %s", describe(v))
			}
			return a.wrapFuture(cf).Value()
		}),
	)
	a.h.Define(a.loopProto,
		method("run_in_executor", a.runInExecutor),
		method("set_default_executor", func(call goja.FunctionCall) goja.Value {
			v := call.Argument(0)
			if e := concurrent.ExecutorOf(v); e == nil || e.Kind() != "ThreadPoolExecutor" {
				a.h.TypeError("set_default_executor", "argument 1 must be a ThreadPoolExecutor, got %s", describe(v))
			}
			a.thisLoop("set_default_executor", call.This).executor = v
			return goja.Undefined()
		}),
	)
}
