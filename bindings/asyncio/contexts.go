package asyncio

import "github.com/dop251/goja"

// withBody runs Python's `async with X as v: body` as `await X.with(async v => body)`: enter, call body
// in the calling task, then exit with the body's outcome. exit returns the outcome of the whole statement
// through out. The returned future cannot be cancelled directly: cancelling the task reaches the body's
// own awaits (hook may instead take the cancellation while exit waits, as TaskGroup does).
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
	res, err := fn(goja.Undefined(), arg)
	if err != nil {
		if _, isJS := err.(*goja.Exception); !isJS {
			panic(err)
		}
		exit(false, a.errorValue(err), out)
		return out.Value()
	}
	if a.coroutineKind(res) == notCoroutine && a.toFuture(res) == nil {
		exit(true, res, out)
		return out.Value()
	}
	inner := a.newFuture()
	if f := a.toFuture(res); f != nil {
		inner = f
	} else if a.coroutineKind(res) == promiseCoroutine {
		inner = a.futureFromPromise(res)
	} else {
		a.awaitIn(a.track.cur, res, func(ok bool, v goja.Value) {
			if ok {
				inner.setResult(v)
			} else {
				inner.setException(v)
			}
		})
	}
	inner.retrieve()
	inner.addCallback(func(f *Future, _ any) {
		f.retrieve()
		if f.state == finished {
			exit(true, f.value, out)
		} else {
			exit(false, f.exception(), out)
		}
	}, nil)
	return out.Value()
}

// settleWith completes out with an outcome.
func settleWith(out *Future, ok bool, v goja.Value) {
	switch {
	case ok:
		out.setResult(v)
	case out.a.isCancelledError(v):
		out.cancelErr = v
		out.cancelNow(nil)
	default:
		out.setException(v)
	}
}
