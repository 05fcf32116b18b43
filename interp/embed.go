package interp

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"sync"

	"github.com/dop251/goja"

	"github.com/asyncrun/asyncrun/bindings/concurrent"
	"github.com/asyncrun/asyncrun/bindings/host"
)

// What a Go program gives scripts (Set, SetBlocking, SetAsync) and asks of them (Start, Call): SPEC §10.

// global is one name an embedding program defined: value makes its script value in a new run.
type global struct {
	name  string
	value func(rn *run) goja.Value
}

func (it *Interpreter) define(name string, value func(rn *run) goja.Value) {
	it.state.Lock()
	defer it.state.Unlock()
	gs := make([]global, 0, len(it.globals)+1) // runs in progress keep the slice they were given
	for _, g := range it.globals {
		if g.name != name {
			gs = append(gs, g)
		}
	}
	it.globals = append(gs, global{name, value})
}

// Set makes value a global named name in the scripts the interpreter runs from now on (not in a run
// already in progress). Go values are converted as goja converts them: numbers, strings, maps, slices
// and structs become their JavaScript counterparts, and a Go function becomes a plain function, called
// on the loop with its arguments converted (it must not block: see SetBlocking). Safe from any goroutine.
func (it *Interpreter) Set(name string, value any) {
	it.define(name, func(rn *run) goja.Value { return rn.r.ToValue(value) })
}

// SetBlocking makes fn a global async function named name: each call runs fn on a goroutine of its own,
// never on the loop, with the call's arguments exported to Go values, and returns a future the script
// awaits (`await name(x)`), which resolves to fn's result or rejects with its error. ctx is cancelled
// when the awaiting task is cancelled (the task sees CancelledError at once; fn's late result is
// dropped) and when the run ends; the run's end (and Close) waits for fn to return, so fn must return
// once ctx is cancelled. A panic in fn becomes the call's error. Safe from any goroutine.
func (it *Interpreter) SetBlocking(name string, fn func(ctx context.Context, args []any) (any, error)) {
	it.define(name, func(rn *run) goja.Value {
		return rn.env.Asyncio.GoAsync(name, func(ctx context.Context, args []any, complete func(host.Outcome)) {
			rn.goFuncs.Add(1) // on the loop, so before the run's end waits
			go func() {
				defer rn.goFuncs.Done()
				complete(concurrent.GoOutcome(callBlocking(ctx, name, fn, args)))
			}()
		})
	})
}

func callBlocking(ctx context.Context, name string, fn func(context.Context, []any) (any, error), args []any) (res any, err error) {
	defer func() {
		if x := recover(); x != nil {
			res, err = nil, fmt.Errorf("%s panicked: %v", name, x)
		}
	}()
	return fn(ctx, args)
}

// SetAsync makes fn a global async function named name whose result Go delivers later: each call runs
// fn on the loop with the arguments exported to Go values and a Completion, and returns a future the
// script awaits. fn must return at once, handing the work on (to a goroutine, a queue, a callback of its
// own); whoever finishes it calls Resolve or Reject, from any goroutine. Until then, or until the awaiting
// task is cancelled, the run stays alive. A panic in fn rejects the call. Safe from any goroutine.
func (it *Interpreter) SetAsync(name string, fn func(args []any, c *Completion)) {
	it.define(name, func(rn *run) goja.Value {
		return rn.env.Asyncio.GoAsync(name, func(ctx context.Context, args []any, complete func(host.Outcome)) {
			c := &Completion{ctx: ctx, complete: complete}
			defer func() {
				if x := recover(); x != nil {
					c.Reject(fmt.Errorf("%s panicked: %v", name, x))
				}
			}()
			fn(args, c)
		})
	})
}

// Completion settles the future of one call of a SetAsync function. The first Resolve or Reject counts;
// later ones do nothing. Safe from any goroutine.
type Completion struct {
	ctx      context.Context
	complete func(host.Outcome)
	once     sync.Once
}

// Context is cancelled when the script stops waiting for the result (the awaiting task was cancelled,
// or the run ended) or the result has been delivered.
func (c *Completion) Context() context.Context { return c.ctx }

// Resolve delivers the result, converted as Set converts values.
func (c *Completion) Resolve(value any) {
	c.once.Do(func() { c.complete(concurrent.GoOutcome(value, nil)) })
}

// Reject makes the awaiting script throw err (a nil err stands for an error saying so).
func (c *Completion) Reject(err error) {
	if err == nil {
		err = errors.New("rejected with a nil error")
	}
	c.once.Do(func() { c.complete(concurrent.GoOutcome(nil, err)) })
}

// ErrNotRunning is Call's error when no script is running, or the script ended before the call did.
var ErrNotRunning = errors.New("asyncrun: no script is running")

// Start runs src as a script named name, as RunString does, but returns once the script body has
// finished and keeps the script running for Call: its functions and its tasks stay alive until Close, or
// until ctx is cancelled. It returns the body's error if the body failed (the run then ends), else nil.
// A Go server makes one interpreter, Starts a script that defines its handlers, and hands each request to
// Call. Safe from any goroutine.
func (it *Interpreter) Start(ctx context.Context, name, src string) error {
	started := make(chan error, 1)
	go func() {
		_, err := it.runScript(ctx, name, src, started)
		select {
		case started <- err: // the run ended before its body had
		default:
		}
	}()
	return <-started
}

// served is called on the loop when the body of a run made by Start has finished.
func (rn *run) served() {
	if rn.env.Asyncio.MainError() != nil {
		rn.keep.Complete(nil, nil) // the run ends and reports it; Start returns its error
		return
	}
	rn.started <- nil
}

// Call calls the running script's global function name with args (converted as Set converts values),
// from any goroutine, and returns its result exported to Go: for an async function (or one returning a
// promise, a coroutine or a future), the awaited result, the call running as a task of its own. A thrown
// error is an *Error of Kind RuntimeError. Cancelling ctx cancels that task and returns ctx's error. Call
// needs a script in progress: one made by Start, or a RunString still running; otherwise, and when the
// script ends before the call does, it returns ErrNotRunning.
func (it *Interpreter) Call(ctx context.Context, name string, args ...any) (any, error) {
	it.state.Lock()
	rn := it.cur
	it.state.Unlock()
	if rn == nil {
		return nil, ErrNotRunning
	}
	type result struct {
		v   any
		err error
	}
	res := make(chan result, 1)
	cancels := make(chan func(), 1)
	err := rn.loop.Submit(func(any) {
		vals := make([]goja.Value, len(args))
		for i, v := range args {
			vals[i] = rn.r.ToValue(v)
		}
		cancels <- rn.env.Asyncio.CallFunction(name, rn.lookup(name), vals, func(v, exc goja.Value) {
			if exc != nil {
				msg, stack := describeError(exc)
				res <- result{nil, &Error{Kind: RuntimeError, Message: msg, Stack: host.FormatStack(stack)}}
				return
			}
			var out any
			if v != nil {
				out = v.Export()
			}
			res <- result{out, nil}
		})
	}, nil)
	if err != nil {
		return nil, ErrNotRunning
	}
	select {
	case r := <-res:
		return r.v, r.err
	case <-ctx.Done():
		rn.loop.Submit(func(any) { // after the call's own job, which filled cancels unless interrupted
			select {
			case cancel := <-cancels:
				cancel()
			default:
			}
		}, nil)
		return nil, ctx.Err()
	case <-rn.ended:
		select {
		case r := <-res:
			return r.v, r.err
		default:
			return nil, ErrNotRunning
		}
	}
}

// scopeBinder is the name of the global through which a served script's body hands over its scope: the
// body's declarations are local to the async function that wraps it (for top-level await), and Call
// must find them by name.
const scopeBinder = "__asyncrun_scope__"

// bindScope returns the code that starts a served script's body: it hands a function that evaluates a
// name in the body's scope to a global that deletes itself once called. (Direct eval makes goja keep the
// body's variables in a dynamic scope, a little slower, so only served scripts have it.)
func (rn *run) bindScope() string {
	g := rn.r.GlobalObject()
	g.Set(scopeBinder, func(call goja.FunctionCall) goja.Value {
		rn.scope, _ = goja.AssertFunction(call.Argument(0))
		g.Delete(scopeBinder)
		return goja.Undefined()
	})
	return scopeBinder + "(function (__asyncrun_name__) { return eval(__asyncrun_name__); });"
}

var identifier = regexp.MustCompile(`^[\p{L}_$][\p{L}\p{N}_$]*$`)

// lookup finds the function Call names: a global, else a declaration of the served body. Loop goroutine.
func (rn *run) lookup(name string) goja.Value {
	if v := rn.r.GlobalObject().Get(name); v != nil && !goja.IsUndefined(v) {
		return v
	}
	if rn.scope == nil || !identifier.MatchString(name) {
		return goja.Undefined()
	}
	v, err := rn.scope(goja.Undefined(), rn.r.ToValue(name))
	if err != nil {
		return goja.Undefined() // not declared (a ReferenceError), or still in its temporal dead zone
	}
	return v
}
