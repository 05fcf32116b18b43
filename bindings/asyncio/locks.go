package asyncio

import (
	"math"

	"github.com/dop251/goja"

	"github.com/asyncrun/asyncrun/bindings/host"
)

// Lock, Event, Condition and Semaphore follow CPython 3.13's asyncio/locks.py line by line; waiters.go says
// how its coroutines map onto waiters and operations. Loop goroutine only.

// Lock is asyncio.Lock.
//
// Invariants: locked is Python's _locked. The lot holds the waiters in arrival order, woken and cancelled
// ones included until they resume. Only the first waiter is ever woken, and only when the lock is free; a
// free lock is taken at once only if every waiter is cancelled, so the lock is served first in, first out.
// A woken waiter takes the lock when it resumes; if it was cancelled in between, it wakes the next one.
type Lock struct {
	expando
	locked bool
	lot    lot
}

// free reports whether acquire() takes the lock without waiting.
func (l *Lock) free() bool { return !l.locked && l.lot.live() == 0 }

// acquire is Lock.acquire(); k gets nil or the CancelledError.
func (l *Lock) acquire(o *op, k func(err goja.Value)) {
	if l.free() {
		l.locked = true
		k(nil)
		return
	}
	o.park(&l.lot, func() string { return "Lock.acquire() on " + l.repr() }, func(w *waiter) {
		l.lot.remove(w)
		if w.raised() {
			// Ensure the lock invariant: if the lock is not taken, the first waiter will run.
			if !l.locked {
				l.wakeFirst()
			}
			k(w.cancelError())
			return
		}
		l.locked = true
		k(nil)
	})
}

// release is Lock.release(); it reports false when the lock was not locked.
func (l *Lock) release() bool {
	if !l.locked {
		return false
	}
	l.locked = false
	l.wakeFirst()
	return true
}

// wakeFirst wakes the first waiter unless it is already woken or cancelled: then its resume will take the
// lock or pass the wake-up on.
func (l *Lock) wakeFirst() {
	if w := l.lot.head; w != nil && !w.done() {
		w.wake()
	}
}

func (l *Lock) repr() string {
	s := "<Lock [unlocked"
	if l.locked {
		s = "<Lock [locked"
	}
	return s + waitersSuffix(&l.lot) + "]>"
}

func waitersSuffix(l *lot) string {
	if l.len() == 0 {
		return ""
	}
	return ", waiters:" + itoa(l.len())
}

// Event is asyncio.Event: set() wakes every waiter, in the order they came.
type Event struct {
	expando
	value bool
	lot   lot
}

// wait is Event.wait(); k gets nil or the CancelledError.
func (e *Event) wait(o *op, k func(err goja.Value)) {
	if e.value {
		k(nil)
		return
	}
	o.park(&e.lot, func() string { return "Event.wait() on " + e.repr() }, func(w *waiter) {
		e.lot.remove(w)
		if w.raised() {
			k(w.cancelError())
			return
		}
		k(nil)
	})
}

func (e *Event) set() {
	if e.value {
		return
	}
	e.value = true
	for w := e.lot.head; w != nil; w = w.next {
		if !w.done() {
			w.wake()
		}
	}
}

func (e *Event) repr() string {
	s := "<Event [unset"
	if e.value {
		s = "<Event [set"
	}
	return s + waitersSuffix(&e.lot) + "]>"
}

// Condition is asyncio.Condition over a Lock.
//
// wait() releases the lock, parks until notified, then re-acquires the lock even if it was cancelled
// meanwhile (retrying for every cancellation that hits the re-acquire) and only then raises; a wait that
// raises passes one notification on, so a notify() is never lost to a cancelled waiter.
type Condition struct {
	expando
	lock *Lock
	lot  lot
}

// wait is Condition.wait(); the caller has checked that the lock is held.
func (c *Condition) wait(o *op, k func(err goja.Value)) {
	c.lock.release()
	o.park(&c.lot, func() string { return "Condition.wait() on " + c.repr() }, func(w *waiter) {
		c.lot.remove(w)
		var err goja.Value
		if w.raised() {
			err = w.cancelError()
		}
		c.reacquire(o, err, func(err goja.Value) {
			if err != nil {
				// It may have been notified already: make sure another waiter is.
				c.notify(1)
			}
			k(err)
		})
	})
}

// reacquire takes the lock back for wait(): each CancelledError is kept and the acquire retried, and the
// most recent one is raised once the lock is held.
func (c *Condition) reacquire(o *op, err goja.Value, k func(err goja.Value)) {
	c.lock.acquire(o, func(e goja.Value) {
		if e != nil {
			c.reacquire(o, e, k)
			return
		}
		k(err)
	})
}

// waitFor is Condition.wait_for(predicate): wait until the predicate is true, returning its last value.
func (c *Condition) waitFor(o *op, pred goja.Callable, k cont) {
	res, err := o.a.callIn(o.awaiter(), o.out != nil, pred)
	if err != nil || res.ToBoolean() {
		k(res, err)
		return
	}
	if !c.lock.locked {
		k(nil, o.a.newError(o.a.errs.runtimeError, "cannot wait on un-acquired lock"))
		return
	}
	c.wait(o, func(err goja.Value) {
		if err != nil {
			k(nil, err)
			return
		}
		c.waitFor(o, pred, k)
	})
}

// notify wakes up to n waiters that are neither woken nor cancelled yet.
func (c *Condition) notify(n int) {
	for w := c.lot.head; w != nil && n > 0; w = w.next {
		if !w.done() {
			n--
			w.wake()
		}
	}
}

func (c *Condition) repr() string {
	s := "<Condition [unlocked"
	if c.lock.locked {
		s = "<Condition [locked"
	}
	return s + waitersSuffix(&c.lot) + "]>"
}

// Semaphore is asyncio.Semaphore (and BoundedSemaphore when bounded).
//
// Invariants: value counts the free slots, minus those handed to woken waiters that have not resumed yet.
// acquire() takes a slot at once only if no waiter that is not cancelled is ahead of it (FIFO). A woken
// waiter that is cancelled before it resumes gives its slot back; every resume wakes as many waiters as
// there are free slots.
type Semaphore struct {
	expando
	value   int
	bound   int
	bounded bool
	lot     lot
}

// locked is Semaphore.locked(): acquire() would have to wait.
func (s *Semaphore) locked() bool { return s.value == 0 || s.lot.live() > 0 }

// acquire is Semaphore.acquire(); k gets nil or the CancelledError.
func (s *Semaphore) acquire(o *op, k func(err goja.Value)) {
	if !s.locked() {
		s.value--
		k(nil)
		return
	}
	o.park(&s.lot, func() string { return "acquire() on " + s.repr() }, func(w *waiter) {
		s.lot.remove(w)
		var err goja.Value
		if w.raised() {
			if w.state == waitWoken {
				// It was handed a slot but will not take it.
				s.value++
			}
			err = w.cancelError()
		}
		// Waiters that came meanwhile had to wait their turn: wake as many as may go.
		for s.value > 0 && s.wakeNext() {
		}
		k(err)
	})
}

func (s *Semaphore) release() {
	s.value++
	s.wakeNext()
}

// wakeNext hands a slot to the first waiter that is neither woken nor cancelled; false if there is none.
func (s *Semaphore) wakeNext() bool {
	for w := s.lot.head; w != nil; w = w.next {
		if !w.done() {
			s.value--
			w.wake()
			return true
		}
	}
	return false
}

func (s *Semaphore) repr() string {
	name := "Semaphore"
	if s.bounded {
		name = "BoundedSemaphore"
	}
	extra := "locked"
	if !s.locked() {
		extra = "unlocked, value:" + itoa(s.value)
	}
	return "<" + name + " [" + extra + waitersSuffix(&s.lot) + "]>"
}

var (
	lockSig      = host.Sig{Fn: "Lock"}
	eventSig     = host.Sig{Fn: "Event"}
	conditionSig = host.Sig{Fn: "Condition", Params: []string{"lock"}}
	notifySig    = host.Sig{Fn: "notify", Params: []string{"n"}}
)

// installLocks defines Lock, Event, Condition, Semaphore, BoundedSemaphore and Barrier on the module.
func (a *Asyncio) installLocks() {
	lockWith, barrierWith := a.withHelpers()
	yes := a.settled(a.r.ToValue(true), nil) // what awaiting a free lock, a set event … gives: true, at once
	a.installLock(lockWith, yes)
	a.installEvent(yes)
	a.installCondition(lockWith, yes)
	a.installSemaphores(lockWith, yes)
	a.installBarrier(barrierWith)
}

func (a *Asyncio) thisLock(method string, this goja.Value) *Lock {
	if obj, ok := this.(*goja.Object); ok {
		if l, ok := host.Wrapped(obj).(*Lock); ok {
			return l
		}
	}
	a.h.TypeError(method, "this must be an asyncio.Lock, got %s", describe(this))
	return nil
}

// lockAcquire is acquire() on a lock: a settled promise if the lock is free, else the operation.
func (a *Asyncio) lockAcquire(l *Lock, yes goja.Value) goja.Value {
	if l.free() {
		l.locked = true
		return yes
	}
	return a.startOp(func(o *op, k cont) {
		l.acquire(o, func(err goja.Value) { k(a.r.ToValue(true), err) })
	})
}

func (a *Asyncio) lockRelease(l *Lock) {
	if !l.release() {
		a.throw(a.errs.runtimeError, "Lock is not acquired.")
	}
}

func (a *Asyncio) installLock(with, yes goja.Value) {
	r := a.r
	proto := r.NewObject()
	a.h.Define(proto,
		method("acquire", func(call goja.FunctionCall) goja.Value {
			return a.lockAcquire(a.thisLock("acquire", call.This), yes)
		}),
		method("release", func(call goja.FunctionCall) goja.Value {
			a.lockRelease(a.thisLock("release", call.This))
			return goja.Undefined()
		}),
		method("locked", func(call goja.FunctionCall) goja.Value {
			return r.ToValue(a.thisLock("locked", call.This).locked)
		}),
		method("toString", func(call goja.FunctionCall) goja.Value {
			return r.ToValue(a.thisLock("toString", call.This).repr())
		}),
	)
	proto.Set("with", with)
	a.setInspect(proto, func(this goja.Value) string { return a.thisLock("inspect", this).repr() })
	a.defineClass("Lock", proto, func(call goja.ConstructorCall) goja.DynamicObject {
		a.h.Bind(&lockSig, call.Arguments)
		return &Lock{}
	})
}

func (a *Asyncio) thisEvent(method string, this goja.Value) *Event {
	if obj, ok := this.(*goja.Object); ok {
		if e, ok := host.Wrapped(obj).(*Event); ok {
			return e
		}
	}
	a.h.TypeError(method, "this must be an asyncio.Event, got %s", describe(this))
	return nil
}

func (a *Asyncio) installEvent(yes goja.Value) {
	r := a.r
	proto := r.NewObject()
	a.h.Define(proto,
		method("wait", func(call goja.FunctionCall) goja.Value {
			e := a.thisEvent("wait", call.This)
			if e.value {
				return yes
			}
			return a.startOp(func(o *op, k cont) {
				e.wait(o, func(err goja.Value) { k(r.ToValue(true), err) })
			})
		}),
		method("set", func(call goja.FunctionCall) goja.Value {
			a.thisEvent("set", call.This).set()
			return goja.Undefined()
		}),
		method("clear", func(call goja.FunctionCall) goja.Value {
			a.thisEvent("clear", call.This).value = false
			return goja.Undefined()
		}),
		method("is_set", func(call goja.FunctionCall) goja.Value {
			return r.ToValue(a.thisEvent("is_set", call.This).value)
		}),
		method("toString", func(call goja.FunctionCall) goja.Value {
			return r.ToValue(a.thisEvent("toString", call.This).repr())
		}),
	)
	a.setInspect(proto, func(this goja.Value) string { return a.thisEvent("inspect", this).repr() })
	a.defineClass("Event", proto, func(call goja.ConstructorCall) goja.DynamicObject {
		a.h.Bind(&eventSig, call.Arguments)
		return &Event{}
	})
}

func (a *Asyncio) thisCondition(method string, this goja.Value) *Condition {
	if obj, ok := this.(*goja.Object); ok {
		if c, ok := host.Wrapped(obj).(*Condition); ok {
			return c
		}
	}
	a.h.TypeError(method, "this must be an asyncio.Condition, got %s", describe(this))
	return nil
}

// intArg reads an integer argument, throwing a TypeError naming fn and the argument.
func (a *Asyncio) intArg(fn string, n int, name string, v goja.Value) int {
	if t := v.ExportType(); t == nil || (t != typeOfInt64 && t != typeOfFloat64) {
		a.h.TypeError(fn, "argument %d (%s) must be an integer, got %s", n, name, describe(v))
	}
	f := v.ToFloat()
	if f != math.Trunc(f) || math.IsInf(f, 0) {
		a.h.TypeError(fn, "argument %d (%s) must be an integer, got %v", n, name, v)
	}
	return int(f)
}

func (a *Asyncio) installCondition(with, yes goja.Value) {
	r := a.r
	proto := r.NewObject()
	a.h.Define(proto,
		method("acquire", func(call goja.FunctionCall) goja.Value {
			return a.lockAcquire(a.thisCondition("acquire", call.This).lock, yes)
		}),
		method("release", func(call goja.FunctionCall) goja.Value {
			a.lockRelease(a.thisCondition("release", call.This).lock)
			return goja.Undefined()
		}),
		method("locked", func(call goja.FunctionCall) goja.Value {
			return r.ToValue(a.thisCondition("locked", call.This).lock.locked)
		}),
		method("wait", func(call goja.FunctionCall) goja.Value {
			c := a.thisCondition("wait", call.This)
			return a.startOp(func(o *op, k cont) {
				if !c.lock.locked {
					k(nil, a.newError(a.errs.runtimeError, "cannot wait on un-acquired lock"))
					return
				}
				c.wait(o, func(err goja.Value) { k(r.ToValue(true), err) })
			})
		}),
		method("wait_for", func(call goja.FunctionCall) goja.Value {
			c := a.thisCondition("wait_for", call.This)
			pred, ok := goja.AssertFunction(call.Argument(0))
			if !ok {
				a.h.TypeError("wait_for", "argument 1 (predicate) must be a function, got %s", describe(call.Argument(0)))
			}
			return a.startOp(func(o *op, k cont) { c.waitFor(o, pred, k) })
		}),
		method("notify", func(call goja.FunctionCall) goja.Value {
			c := a.thisCondition("notify", call.This)
			n := 1
			if v, _ := a.h.Bind(&notifySig, call.Arguments); !isMissing(v[0]) {
				n = a.intArg("notify", 1, "n", v[0])
			}
			if !c.lock.locked {
				a.throw(a.errs.runtimeError, "cannot notify on un-acquired lock")
			}
			c.notify(n)
			return goja.Undefined()
		}),
		method("notify_all", func(call goja.FunctionCall) goja.Value {
			c := a.thisCondition("notify_all", call.This)
			if !c.lock.locked {
				a.throw(a.errs.runtimeError, "cannot notify on un-acquired lock")
			}
			c.notify(c.lot.len())
			return goja.Undefined()
		}),
		method("toString", func(call goja.FunctionCall) goja.Value {
			return r.ToValue(a.thisCondition("toString", call.This).repr())
		}),
	)
	proto.Set("with", with)
	a.setInspect(proto, func(this goja.Value) string { return a.thisCondition("inspect", this).repr() })
	lockCtor := a.module.Get("Lock")
	a.defineClass("Condition", proto, func(call goja.ConstructorCall) goja.DynamicObject {
		args, _ := a.h.Bind(&conditionSig, call.Arguments)
		arg := args[0]
		if isMissing(arg) {
			obj, err := r.New(lockCtor)
			if err != nil {
				panic(err)
			}
			arg = obj
		}
		obj, _ := arg.(*goja.Object)
		var l *Lock
		if obj != nil {
			l, _ = host.Wrapped(obj).(*Lock)
		}
		if l == nil {
			a.h.TypeError("Condition", "argument 1 (lock) must be an asyncio.Lock, got %s", describe(arg))
		}
		return &Condition{lock: l}
	})
}

func (a *Asyncio) thisSemaphore(method string, this goja.Value) *Semaphore {
	if obj, ok := this.(*goja.Object); ok {
		if s, ok := host.Wrapped(obj).(*Semaphore); ok {
			return s
		}
	}
	a.h.TypeError(method, "this must be an asyncio.Semaphore, got %s", describe(this))
	return nil
}

func (a *Asyncio) installSemaphores(with, yes goja.Value) {
	r := a.r
	proto := r.NewObject()
	a.h.Define(proto,
		method("acquire", func(call goja.FunctionCall) goja.Value {
			s := a.thisSemaphore("acquire", call.This)
			if !s.locked() {
				s.value--
				return yes
			}
			return a.startOp(func(o *op, k cont) {
				s.acquire(o, func(err goja.Value) { k(r.ToValue(true), err) })
			})
		}),
		method("release", func(call goja.FunctionCall) goja.Value {
			s := a.thisSemaphore("release", call.This)
			if s.bounded && s.value >= s.bound {
				a.throw(a.errs.valueError, "BoundedSemaphore released too many times")
			}
			s.release()
			return goja.Undefined()
		}),
		method("locked", func(call goja.FunctionCall) goja.Value {
			return r.ToValue(a.thisSemaphore("locked", call.This).locked())
		}),
		method("toString", func(call goja.FunctionCall) goja.Value {
			return r.ToValue(a.thisSemaphore("toString", call.This).repr())
		}),
	)
	proto.Set("with", with)
	a.setInspect(proto, func(this goja.Value) string { return a.thisSemaphore("inspect", this).repr() })
	newSemaphore := func(name string, bounded bool) func(call goja.ConstructorCall) goja.DynamicObject {
		return func(call goja.ConstructorCall) goja.DynamicObject {
			value := 1
			if v, _ := a.h.Bind(&host.Sig{Fn: name, Params: []string{"value"}}, call.Arguments); !isMissing(v[0]) {
				v := v[0]
				value = a.intArg(name, 1, "value", v)
			}
			if value < 0 {
				a.throw(a.errs.valueError, "Semaphore initial value must be >= 0")
			}
			return &Semaphore{value: value, bound: value, bounded: bounded}
		}
	}
	a.defineClass("Semaphore", proto, newSemaphore("Semaphore", false))
	// BoundedSemaphore is a Semaphore whose release() checks the bound (the check is in release above).
	bproto := r.NewObject()
	bproto.SetPrototype(proto)
	a.defineClass("BoundedSemaphore", bproto, newSemaphore("BoundedSemaphore", true))
}
