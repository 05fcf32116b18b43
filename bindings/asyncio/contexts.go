package asyncio

import (
	"github.com/dop251/goja"

	"github.com/asyncrun/asyncrun/bindings/host"
)

// withBody runs Python's `async with X as v: body` as `await X.with(async v => body)`: enter, call body
// in the calling task, then exit with the body's outcome. exit settles out with the outcome of the whole
// statement. Like Python's inline `async with`, a body that never suspends exits at once, and one that
// does exits in the same step as its last line, the caller resuming with it (out's callbacks run inline
// while exit settles it). The returned future cannot be cancelled directly: cancelling the task reaches
// the body's own awaits (hook may instead take the cancellation while exit waits, as TaskGroup does).
func (a *Asyncio) withBody(method string, body goja.Value, arg goja.Value, exit func(ok bool, v goja.Value, out *Future), hook func(msg goja.Value) bool) goja.Value {
	fn, ok := goja.AssertFunction(body)
	if !ok {
		a.h.TypeError(method, "argument 1 must be a function, got %s", describe(body))
	}
	out := a.newFuture()
	out.cancelHook = func(msg goja.Value) bool {
		if hook != nil {
			return hook(msg)
		}
		return false
	}
	finish := func(ok bool, v goja.Value) {
		out.inline = true
		exit(ok, v, out)
		out.inline = false
	}
	res, err := fn(goja.Undefined(), arg)
	if err != nil {
		finish(false, a.errorValue(err))
		return out.Value()
	}
	if _, ok := host.Wrapped(res).(*goja.Promise); ok {
		a.whenSettledIn(a.track.cur, res, finish)
		return out.Value()
	}
	if f := a.toFuture(res); f != nil {
		f.retrieve()
		f.addCallback(func(f *Future, _ any) {
			if f.state == finished {
				finish(true, f.value)
			} else {
				finish(false, f.exception())
			}
		}, nil)
		return out.Value()
	}
	switch a.coroutineKind(res) {
	case promiseCoroutine:
		a.whenSettledIn(a.track.cur, res, finish)
	case coroObject, generatorObject:
		a.runCoroutine(a.track.cur, res, finish)
	default:
		finish(true, res)
	}
	return out.Value()
}

// whenSettledIn calls fn with p's outcome: at once if p has settled, otherwise from the job in which it
// settles. That reaction belongs to task (recorded in the stretch, so a claim can hand it to the task that
// wraps the current call).
func (a *Asyncio) whenSettledIn(task *Task, p goja.Value, fn func(ok bool, v goja.Value)) {
	if prom, ok := host.Wrapped(p).(*goja.Promise); ok {
		switch prom.State() {
		case goja.PromiseStateFulfilled:
			fn(true, prom.Result())
			return
		case goja.PromiseStateRejected:
			a.rejectionHandled(prom)
			fn(false, prom.Result())
			return
		}
	}
	native, err := a.promiseResolve(goja.Undefined(), p)
	if err != nil {
		panic(err)
	}
	c := &cell{task: task}
	a.track.record(c, false)
	a.track.internalCell = c
	_, err = a.promiseThen(native,
		a.r.ToValue(func(call goja.FunctionCall) goja.Value { fn(true, call.Argument(0)); return goja.Undefined() }),
		a.r.ToValue(func(call goja.FunctionCall) goja.Value { fn(false, call.Argument(0)); return goja.Undefined() }))
	a.track.internalCell = nil
	if err != nil {
		panic(err)
	}
}

// settleWith completes out with an outcome.
func settleWith(out *Future, ok bool, v goja.Value) {
	switch {
	case ok:
		out.setResult(v)
	case out.a.isCancelledError(v):
		out.cancelWith(v)
	default:
		out.setException(v)
	}
}
