package asyncio

import (
	"context"
	"errors"

	"github.com/dop251/goja"

	"github.com/asyncrun/asyncrun/bindings/host"
)

// What an embedding Go program hands scripts and asks of them (SPEC §10): Go functions whose result comes
// later, and calls of a script's functions from Go.

// GoAsync returns a script function named name: each call exports its arguments, calls start with them on
// the loop and returns an awaitable future, which complete settles from any goroutine; ctx is cancelled
// when the awaiting task stops waiting (it was cancelled), and the outcome is then dropped. start must not
// block: it hands the work to a goroutine or a queue of its own. Loop goroutine only.
func (a *Asyncio) GoAsync(name string, start func(ctx context.Context, args []any, complete func(host.Outcome))) goja.Value {
	fn := a.r.ToValue(func(call goja.FunctionCall) goja.Value {
		args := make([]any, len(call.Arguments))
		for i, v := range call.Arguments {
			args[i] = v.Export()
		}
		cf, ctx, complete := a.conc.Later()
		start(ctx, args, complete)
		return a.wrapFuture(cf).Value()
	}).(*goja.Object)
	fn.DefineDataProperty("name", a.r.ToValue(name), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	return fn
}

// CallFunction calls the script function fn (named name in errors) with args outside any task, as a loop
// callback is called. When the call returns something awaitable (an async function's promise, a
// coroutine, a future) it runs as a task, and done receives the outcome once that task has it; cancel
// cancels that task. done receives the value, or the JavaScript exception thrown (exc), on the loop.
// Loop goroutine only.
func (a *Asyncio) CallFunction(name string, fnv goja.Value, vals []goja.Value, done func(value, exc goja.Value)) (cancel func()) {
	fn, ok := goja.AssertFunction(fnv)
	if !ok {
		done(nil, a.r.NewTypeError(name+" is not a function"))
		return func() {}
	}
	saved := a.track.enter(nil)
	v, err := fn(goja.Undefined(), vals...)
	var f *Future
	if err == nil && (a.toFuture(v) != nil || a.coroutineKind(v) != notCoroutine) {
		f = a.ensureFutures(name, []goja.Value{v}, false)[0]
	}
	a.track.leave(saved)
	if err != nil {
		var ex *goja.Exception
		if !errors.As(err, &ex) {
			panic(err) // an interrupt: let it unwind to the interpreter
		}
		done(nil, ex.Value())
		return func() {}
	}
	if f == nil {
		done(v, nil)
		return func() {}
	}
	f.addCallback(func(f *Future, _ any) {
		if f.state == finished {
			done(f.value, nil)
		} else {
			done(nil, f.exception())
		}
	}, nil)
	return func() { f.cancel(nil) }
}

// GoFuture returns an asyncio future for Go to settle later on the loop (a server's closed): awaiting it
// can be cancelled, as any future's await. settle does nothing once the future is done. Loop goroutine.
func (a *Asyncio) GoFuture() (value goja.Value, settle func(result goja.Value)) {
	f := a.newFuture()
	return f.Value(), f.setResult
}
