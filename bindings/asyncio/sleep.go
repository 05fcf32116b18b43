package asyncio

import (
	"math"
	"slices"
	"time"

	"github.com/dop251/goja"

	"github.com/asyncrun/asyncrun/bindings/host"
	"github.com/asyncrun/asyncrun/runtime"
)

// nativeFace is the face of a future that scripts only await (a sleep, a lock's acquire, a queue's get:
// coroutines in Python, not Futures): a native goja promise, so that awaiting it costs goja no wrapping
// promise and no extra job. Its prototype's `constructor` getter, read by every await, tells the tracker
// which future the awaiting task now waits on, so cancel() reaches it.
//
// The face keeps only its promise's resolve function: a goja resolving function weighs about 650 bytes
// (an object with its own property map), and a pending sleep is the bulk of what a waiting task holds. A
// face that must reject resolves its promise with an already rejected one instead (see settleNative).
type nativeFace struct {
	obj     *goja.Object
	resolve func(any) error
	waiter  *Task // the task whose await registered first, if any
}

// newNativeFuture makes a future whose face is a native promise.
func (a *Asyncio) newNativeFuture() *Future {
	f := a.newFuture()
	a.giveNativeFace(f)
	return f
}

func (a *Asyncio) giveNativeFace(f *Future) { a.wearNativeFace(f, &nativeFace{}) }

// wearNativeFace gives f the native face n (which the caller may embed in a larger struct, as sleeper does,
// so the face costs no allocation of its own).
func (a *Asyncio) wearNativeFace(f *Future, n *nativeFace) {
	p, resolve, _ := a.r.NewPromise()
	n.obj, n.resolve = a.r.ToValue(p).(*goja.Object), resolve
	n.obj.SetPrototype(a.nativeProto)
	f.native = n
	if prev := a.lastNative; prev != nil && prev.state == pending {
		a.natives[prev.native.obj] = prev // not awaited at once: found by its object instead
	}
	a.lastNative = f
}

// nativeFutureOf returns the pending future whose native face v is, or nil.
func (a *Asyncio) nativeFutureOf(v goja.Value) *Future {
	obj, ok := v.(*goja.Object)
	if !ok {
		return nil
	}
	f := a.lastNative
	if f == nil || f.native.obj != obj {
		f = a.natives[obj]
	}
	if f == nil || f.state != pending {
		return nil
	}
	return f
}

// settleNative passes a future's outcome to its native face.
func (f *Future) settleNative() {
	n := f.native
	a := f.a
	if len(a.natives) > 0 {
		delete(a.natives, n.obj)
	}
	if a.lastNative == f {
		a.lastNative = nil
	}
	// Settling runs only goja's own jobs, each of which the tracker enters and exits itself.
	var err error
	var exc goja.Value
	if t := n.waiter; f.state == finished && t != nil && slices.Contains(t.waiters, f) {
		exc = t.pendingCancel() // cancelled after this future completed, before the task resumed
	} else if f.state != finished {
		exc = f.exception()
	}
	if exc == nil {
		err = n.resolve(f.value)
	} else {
		// Rejected through a promise that is already rejected: the face adopts its state two jobs later,
		// in the same run of goja's job queue (this call is the loop's, so that queue holds nothing else),
		// so the awaiting task sees the error before the loop runs anything else, as with reject itself.
		rejected, _, reject := a.r.NewPromise()
		if err = reject(exc); err == nil {
			err = n.resolve(rejected)
		}
	}
	n.resolve, n.waiter = nil, nil
	if p, ok := host.Wrapped(n.obj).(*goja.Promise); ok && exc != nil && f.goAwaited {
		a.rejectionHandled(p) // its awaiter took the outcome from the future itself
	}
	if err != nil {
		panic(err) // only an interrupt can fail here
	}
}

// nativeAwaited is the getter of `constructor` on native faces: reading it is the first step of an await
// (PromiseResolve), so it marks the future as what the next suspension waits on.
func (a *Asyncio) nativeAwaited(call goja.FunctionCall) goja.Value {
	obj, _ := call.This.(*goja.Object)
	f := a.lastNative
	if f != nil && f.native.obj == obj {
		a.lastNative = nil // awaited at once, as almost every one is: it never needs the map
	} else {
		f = a.natives[obj]
	}
	if f != nil && f.state == pending {
		a.track.pendingAwait = f
	}
	return a.promiseCtor
}

func (a *Asyncio) installNative() {
	r := a.r
	a.promiseCtor = r.Get("Promise")
	proto := r.NewObject()
	proto.SetPrototype(a.promiseCtor.ToObject(r).Get("prototype").ToObject(r))
	proto.DefineAccessorProperty("constructor", r.ToValue(a.nativeAwaited), nil, goja.FLAG_FALSE, goja.FLAG_TRUE)
	a.nativeProto = proto
	a.natives = map[*goja.Object]*Future{}
}

// sleeper is what asyncio.sleep returns: a future with a native face and its timer inside it, so a sleep
// costs one allocation of its own.
type sleeper struct {
	Future
	face  nativeFace
	timer runtime.Timer
}

func fireSleep(arg any) {
	s := arg.(*sleeper)
	s.setResult(takeResult(&s.Future))
}

// fireSleep0 ends sleep(0) in the iteration it was queued for: a bare yield, as Python's __sleep0.
func fireSleep0(arg any) {
	f := arg.(*Future)
	switch {
	case f.late&wakeDeferred != 0:
		return // queued again where the call's task starts (lateStart)
	case f.state == pending:
		f.state, f.value = finished, takeResult(f)
	case f.state == cancelled:
		// Cancelled while queued: the CancelledError arrives here, at the wake-up Python had queued
		// (Task.__step with _must_cancel), not at a later place in the ready queue.
	default:
		return
	}
	f.late &^= wakeQueued
	runCallbacks(f)
}

// takeResult hands out a sleep's result (undefined when none was given), once.
func takeResult(f *Future) goja.Value {
	v := f.value
	f.value = nil
	if v == nil {
		return goja.Undefined()
	}
	return v
}

var sleepSig = host.Sig{Fn: "sleep", Params: []string{"delay", "result"}, Required: 1}

// sleep implements asyncio.sleep(delay, result). sleep(0) gives way to every other ready task once. A delay
// that is not a number of seconds fails the sleep, not the call: Python's sleep is a coroutine, whose
// errors come where it is awaited.
func (a *Asyncio) sleep(call goja.FunctionCall) goja.Value {
	d, result := call.Argument(0), call.Argument(1)
	if n := len(call.Arguments); n == 0 || n > 2 || a.h.IsOptions(call.Arguments[n-1]) {
		vals, _ := a.h.Bind(&sleepSig, call.Arguments)
		d, result = vals[0], vals[1]
	}
	s := &sleeper{}
	s.Future = Future{a: a, kind: a.futureProto, value: optional(result)}
	a.wearNativeFace(&s.Future, &s.face)
	delay, problem := host.SecondsOf(d)
	switch {
	case problem != "":
		s.value = nil
		s.setException(a.r.NewTypeError("sleep: argument 1 " + problem))
	case delay <= 0:
		s.late = wakeQueued
		a.loop.CallSoon(fireSleep0, &s.Future)
	default:
		a.loop.After(&s.timer, seconds(delay), fireSleep, s)
		s.Future.timer = &s.timer
	}
	return s.native.obj
}

// seconds converts a delay in seconds to the nearest Duration (0.1 * 3 is 0.3 s, not a nanosecond more or
// less), and a positive delay to at least a nanosecond: however small, it moves a virtual clock (a loop
// that sleeps "the rest" of a deadline, 1e-10 s say, would otherwise spin at the same reading for ever).
func seconds(s float64) time.Duration {
	if s >= math.MaxInt64/float64(time.Second) {
		return math.MaxInt64 / 2
	}
	d := time.Duration(math.Round(s * float64(time.Second)))
	if d <= 0 && s > 0 {
		d = 1
	}
	return d
}
