package asyncio

import (
	"fmt"
	"slices"

	"github.com/dop251/goja"

	"github.com/asyncrun/asyncrun/bindings/host"
	"github.com/asyncrun/asyncrun/runtime"
)

// ensureFutures wraps each awaitable in a future: futures and tasks as they are, coroutines and promises in
// new tasks, which claim what their calls did before they first suspended. The same coroutine or promise
// given twice is wrapped once, as Python's gather maps each awaitable to one future. An item that is not
// awaitable raises TypeError after the tasks made for the items before it are under way (they run, as
// Python's ensure_future had started them). inList says the items are the elements of the function's
// first argument (wait, as_completed), not its arguments.
func (a *Asyncio) ensureFutures(fn string, aws []goja.Value, inList bool) []*Future {
	out := make([]*Future, len(aws))
	var fresh []*Task
	var freshCoros []goja.Value
	var seen map[*goja.Object]int
	bad := -1
	for i, v := range aws {
		if f := a.toFuture(v); f != nil {
			out[i] = f
			continue
		}
		if c := a.takeImmediateGet(v); c != nil {
			v = c // wait_for(queue.get(), 1): the task gets its item when it starts, as Python's
		}
		obj, _ := v.(*goja.Object)
		if j, ok := seen[obj]; ok && obj != nil {
			out[i] = out[j]
			continue
		}
		if obj != nil {
			if seen == nil {
				seen = map[*goja.Object]int{}
			}
			seen[obj] = i
		}
		kind := a.coroutineKind(v)
		if kind == notCoroutine {
			bad = i
			break
		}
		t := a.newTask(v, "")
		out[i] = &t.Future
		if kind == promiseCoroutine {
			fresh = append(fresh, t)
			freshCoros = append(freshCoros, v)
		} else {
			a.start(t, v, kind, false)
		}
	}
	certain := a.track.claim(fresh)
	for i, t := range fresh {
		a.waitOnSleep(t, freshCoros[i])
		// Calls are matched with promises in order; a list in another order than the calls were made
		// (`const a = f(), b = g(); gather(b, a)`) swaps their first stretches. A task that polled would then
		// miss its own completion, so with several fresh promises each task follows its promise instead.
		prom, _ := host.Wrapped(freshCoros[i]).(*goja.Promise)
		a.followPromise(t, freshCoros[i], prom, certain[i] && len(fresh) == 1)
	}
	if bad >= 0 {
		what := fmt.Sprintf("argument %d", bad+1)
		if inList {
			what = fmt.Sprintf("item %d of argument 1", bad+1)
		}
		a.h.TypeError(fn, "%s must be an awaitable (a promise, future, task or coroutine), got %s", what, describe(aws[bad]))
	}
	return out
}

// timeoutFrom is the TimeoutError that timeout() and wait_for raise from the CancelledError their work
// ended with (Python's `raise TimeoutError from exc`: JavaScript's `cause`).
func (a *Asyncio) timeoutFrom(cancelled goja.Value) goja.Value {
	err := a.newError(a.errs.timeout, "")
	if cancelled != nil {
		err.DefineDataProperty("cause", cancelled, goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	}
	return err
}

// copyOutcome completes dst as src completed.
func copyOutcome(dst, src *Future) {
	switch src.state {
	case finished:
		dst.setResult(src.value)
	case cancelled:
		dst.cancelWith(src.exception())
	case failed:
		dst.setException(src.exception())
	}
}

var (
	gatherSig      = host.Sig{Fn: "gather", Keywords: []string{"return_exceptions"}, Variadic: true}
	waitSig        = host.Sig{Fn: "wait", Params: []string{"fs"}, Required: 1, Keywords: []string{"timeout", "return_when"}}
	waitForSig     = host.Sig{Fn: "wait_for", Params: []string{"fut", "timeout"}, Required: 2}
	shieldSig      = host.Sig{Fn: "shield", Params: []string{"arg"}, Required: 1}
	asCompletedSig = host.Sig{Fn: "as_completed", Params: []string{"fs"}, Required: 1, Keywords: []string{"timeout"}}
)

// gather implements asyncio.gather(...aws, {return_exceptions}).
func (a *Asyncio) gather(call goja.FunctionCall) goja.Value {
	opts, args := a.h.Bind(&gatherSig, call.Arguments)
	returnExceptions := opts[0] != nil && opts[0].ToBoolean()
	children := a.ensureFutures("gather", args, false)
	outer := a.newFuture()
	if len(children) == 0 {
		outer.setResult(a.r.NewArray())
		return outer.Value()
	}
	g := &gathering{outer: outer, children: children, returnExceptions: returnExceptions}
	outer.cancelHook = g.cancel
	a.gatherMark++
	for _, c := range children {
		if c.mark != a.gatherMark {
			c.mark = a.gatherMark
			g.unique++
			c.addCallback(g.childDone, nil)
		}
	}
	return outer.Value()
}

type gathering struct {
	outer            *Future
	children         []*Future
	unique, finished int
	returnExceptions bool
	cancelRequested  bool
}

func (g *gathering) cancel(msg goja.Value) bool {
	if g.outer.done() {
		return false
	}
	ret := false
	for _, c := range g.children {
		if c.cancel(msg) {
			ret = true
		}
	}
	if ret {
		g.cancelRequested = true
	}
	return ret
}

func (g *gathering) childDone(c *Future, _ any) {
	a := c.a
	g.finished++
	if g.outer.done() {
		if c.state != cancelled {
			c.retrieve()
		}
		return
	}
	if !g.returnExceptions && c.state != finished {
		g.outer.setException(c.exception())
		return
	}
	if g.finished < g.unique {
		return
	}
	results := make([]any, len(g.children))
	for i, ch := range g.children {
		switch ch.state {
		case finished:
			results[i] = ch.value
		case cancelled:
			// CPython 3.11 puts a new CancelledError with the child's own cancel message here (none for a
			// task), leaving the child's own error where it is.
			results[i] = a.newCancelledError(ch.cancelMsg())
		default:
			results[i] = ch.exception()
		}
	}
	if g.cancelRequested {
		g.outer.setException(a.newCancelledError(nil))
		return
	}
	g.outer.setResult(a.r.NewArray(results...))
}

// Wait conditions for asyncio.wait.
const (
	firstCompleted = "FIRST_COMPLETED"
	firstException = "FIRST_EXCEPTION"
	allCompleted   = "ALL_COMPLETED"
)

// wait implements asyncio.wait(aws, {timeout, return_when}) → [done, pending] as Sets, as Python's _wait:
// it always waits for the futures' callbacks, even when some are already done.
func (a *Asyncio) wait(call goja.FunctionCall) goja.Value {
	vals, _ := a.h.Bind(&waitSig, call.Arguments)
	aws := a.iterate("wait", 1, vals[0])
	if len(aws) == 0 {
		a.throw(a.errs.valueError, "Set of Tasks/Futures is empty.")
	}
	returnWhen := allCompleted
	if v := vals[2]; v != nil {
		returnWhen = v.String()
		if returnWhen != firstCompleted && returnWhen != firstException && returnWhen != allCompleted {
			a.throw(a.errs.valueError, "Invalid return_when value: "+returnWhen)
		}
	}
	fs := unique(a.ensureFutures("wait", aws, true))
	w := &waiting{a: a, fs: fs, returnWhen: returnWhen, outer: a.newFuture(), remaining: len(fs)}
	for _, f := range fs {
		f.addCallback(w.onCompletion, w)
	}
	if t := vals[1]; !isMissing(t) {
		a.loop.After(&w.timer, seconds(a.h.Seconds("wait", 2, t)), func(any) { w.release() }, nil)
		w.outer.timer = &w.timer
	}
	w.outer.onCancel = func(*Future) { w.cleanup() }
	return w.outer.Value()
}

// unique drops repeated futures, keeping the first of each (Python's wait and as_completed take sets).
func unique(fs []*Future) []*Future {
	out := fs[:0:0]
	for _, f := range fs {
		if !slices.Contains(out, f) {
			out = append(out, f)
		}
	}
	return out
}

type waiting struct {
	a          *Asyncio
	fs         []*Future
	returnWhen string
	remaining  int
	outer      *Future
	timer      runtime.Timer
}

func (w *waiting) onCompletion(f *Future, _ any) {
	w.remaining--
	if w.remaining <= 0 || w.returnWhen == firstCompleted ||
		w.returnWhen == firstException && f.state == failed {
		w.release()
	}
}

func (w *waiting) cleanup() {
	w.a.loop.Cancel(&w.timer)
	for _, f := range w.fs {
		f.removeCallback(w)
	}
}

func (w *waiting) release() {
	if w.outer.done() {
		return
	}
	w.cleanup()
	var done, pend []any
	for _, f := range w.fs {
		if f.done() {
			done = append(done, f.Value())
		} else {
			pend = append(pend, f.Value())
		}
	}
	w.outer.setResult(w.a.r.NewArray(w.a.newSet(done), w.a.newSet(pend)))
}

// waitFor implements asyncio.wait_for(aw, timeout): on timeout it cancels aw, waits for it to finish
// unwinding, then raises TimeoutError; cancelled itself, it cancels aw and ends when aw has.
func (a *Asyncio) waitFor(call goja.FunctionCall) goja.Value {
	args, _ := a.h.Bind(&waitForSig, call.Arguments)
	timeout := args[1]
	if host.IsMissing(timeout) && a.toFuture(args[0]) == nil && a.coroutineKind(args[0]) != notCoroutine {
		// Python's `return await fut`: a coroutine runs in the caller's task, with no task of its own.
		return args[0]
	}
	inner := a.ensureFutures("wait_for", args[:1], false)[0]
	if host.IsMissing(timeout) {
		// Awaiting the result is awaiting aw itself (cancelling the caller cancels it), and a done one
		// continues at once.
		return inner.Value()
	}
	d := a.h.Seconds("wait_for", 2, timeout)
	if d <= 0 && inner.done() {
		// Python returns fut.result() without yielding.
		return inner.Value()
	}
	outer := a.newFuture()
	outer.absorbsCancel = true
	wf := &waitingFor{inner: inner, outer: outer}
	outer.cancelHook = wf.cancel
	inner.addCallback(wf.innerDone, nil)
	if d <= 0 {
		wf.expire(nil)
	} else {
		a.loop.After(&wf.timer, seconds(d), wf.timerFired, nil)
		outer.timer = &wf.timer
	}
	return outer.Value()
}

type waitingFor struct {
	inner, outer    *Future
	timer           runtime.Timer
	timedOut        bool
	cancelRequested bool
	cancelPending   bool // cancelled, and cancelStep has not run yet
	unwinding       bool // aw has been cancelled (timed out, or wait_for was): waiting for it to unwind
	cancelMsg       goja.Value
}

// timerFired wakes wait_for, which looks at aw a step later, as Python's does (its timer releases a
// waiter, and the coroutine resumes from the ready queue): aw finishing at the same moment wins.
func (w *waitingFor) timerFired(any) {
	if !w.inner.done() && !w.outer.done() {
		w.outer.a.loop.CallSoon(w.expire, nil)
	}
}

func (w *waitingFor) expire(any) {
	if w.inner.done() || w.outer.done() {
		return
	}
	w.timedOut = true
	w.cancelInner()
}

// cancelInner cancels aw once: wait_for is then in Python's _cancel_and_wait, waiting for aw to unwind.
func (w *waitingFor) cancelInner() {
	if !w.unwinding {
		w.unwinding = true
		w.inner.cancel(nil)
	}
}

func (w *waitingFor) cancel(msg goja.Value) bool {
	if w.unwinding && !w.outer.done() {
		// Cancelled while aw unwinds (Python's _cancel_and_wait): the wait ends at once with this
		// cancellation, and aw is left to finish unwinding on its own.
		return w.outer.cancelNow(msg)
	}
	if w.outer.done() || w.cancelRequested {
		return false
	}
	w.cancelRequested, w.cancelMsg, w.cancelPending = true, msg, true
	w.outer.a.loop.CallSoon(w.cancelStep, nil)
	return true
}

// cancelStep is the step in which Python's wait_for sees its CancelledError: if aw is done by then, 3.11
// returns its result and the cancellation is lost (bpo-42130); otherwise it cancels aw without the message
// (_cancel_and_wait) and, once aw has unwound, re-raises its own CancelledError, which has it.
func (w *waitingFor) cancelStep(any) {
	w.cancelPending = false
	if w.outer.done() {
		return
	}
	if w.inner.done() {
		w.cancelRequested = false
		w.finish()
		return
	}
	w.cancelInner()
}

func (w *waitingFor) innerDone(*Future, any) { w.finish() }

func (w *waitingFor) finish() {
	if w.cancelPending {
		return // cancelStep decides
	}
	a := w.outer.a
	a.loop.Cancel(&w.timer)
	if w.outer.done() {
		w.inner.retrieve()
		return
	}
	switch {
	case w.cancelRequested:
		w.inner.retrieve()
		w.outer.cancelNow(w.cancelMsg)
	case w.timedOut && (w.inner.state == cancelled || w.inner.state == failed && a.isCancelledError(w.inner.value)):
		// Python's wait_for turns the CancelledError that fut.result() raises into TimeoutError, also when
		// the future failed with one (a gather cancelled while its children ran).
		w.outer.setException(a.timeoutFrom(w.inner.exception()))
	default:
		copyOutcome(w.outer, w.inner)
	}
}

// shield implements asyncio.shield(aw): cancelling the result does not cancel aw.
func (a *Asyncio) shield(call goja.FunctionCall) goja.Value {
	args, _ := a.h.Bind(&shieldSig, call.Arguments)
	in := a.ensureFutures("shield", args, false)[0]
	if in.done() {
		return in.Value()
	}
	outer := a.newFuture()
	dropped := false // as Python's _outer_done_callback removing the inner's callback
	outer.addCallback(func(*Future, any) { dropped = !in.done() }, nil)
	in.addCallback(func(in *Future, _ any) {
		if dropped {
			return // nobody retrieves aw's outcome: an error is reported as never retrieved
		}
		if outer.state == cancelled {
			if in.state != cancelled {
				in.retrieve()
			}
			return
		}
		if in.state == cancelled {
			outer.cancelNow(nil) // CPython 3.11: outer.cancel(), without the inner's message
			return
		}
		copyOutcome(outer, in)
	}, nil)
	return outer.Value()
}

// asCompleted implements asyncio.as_completed(aws, {timeout}): an array of awaitables that complete in the
// order the given ones do.
func (a *Asyncio) asCompleted(call goja.FunctionCall) goja.Value {
	args, _ := a.h.Bind(&asCompletedSig, call.Arguments)
	fs := unique(a.ensureFutures("as_completed", a.iterate("as_completed", 1, args[0]), true))
	outs := make([]*Future, len(fs))
	vals := make([]any, len(fs))
	for i := range outs {
		outs[i] = a.newFuture()
		vals[i] = outs[i].Value()
	}
	next := 0
	var timer runtime.Timer
	for _, f := range fs {
		f.addCallback(func(f *Future, _ any) {
			if next < len(outs) {
				// As Python's _wait_for_one, the outcome is only looked at when the output is awaited:
				// an output nobody awaits logs nothing, and its source keeps its own report.
				out := outs[next]
				out.more().source = f
				switch f.state {
				case finished:
					out.setResult(f.value)
				case cancelled:
					out.cancelNow(f.cancelMsg())
				default:
					out.setException(f.value)
					out.unretrieved = false
					delete(a.unretrieved, out)
				}
				next++
				if next == len(outs) {
					a.loop.Cancel(&timer)
				}
			}
		}, nil)
	}
	if t := args[1]; !isMissing(t) {
		a.loop.After(&timer, seconds(a.h.Seconds("as_completed", 2, t)), func(any) {
			for ; next < len(outs); next++ {
				outs[next].setException(a.newError(a.errs.timeout, ""))
				outs[next].retrieve() // an unawaited timeout is not an error to report
			}
		}, nil)
	}
	return a.r.NewArray(vals...)
}

// iterate turns an iterable argument (an array, a Set, any iterable) into its values.
func (a *Asyncio) iterate(fn string, arg int, v goja.Value) []goja.Value {
	obj, ok := v.(*goja.Object)
	if !ok || a.toFuture(v) != nil || a.coroutineKind(v) != notCoroutine {
		// Python: "expect a list of futures, not Task"; a single awaitable is not a collection of them.
		a.h.TypeError(fn, "argument %d must be an iterable of awaitables, got %s", arg, describe(v))
	}
	var out []goja.Value
	if obj.ClassName() == "Array" {
		n := int(obj.Get("length").ToInteger())
		for i := 0; i < n; i++ {
			out = append(out, obj.Get(itoa(i)))
		}
		return out
	}
	res, err := a.arrayFrom(goja.Undefined(), v)
	if err != nil {
		a.h.TypeError(fn, "argument %d must be an iterable of awaitables, got %s", arg, describe(v))
	}
	ro := res.ToObject(a.r)
	n := int(ro.Get("length").ToInteger())
	for i := 0; i < n; i++ {
		out = append(out, ro.Get(itoa(i)))
	}
	return out
}
