package asyncio

import (
	"reflect"

	"github.com/dop251/goja"

	"github.com/asyncrun/asyncrun/bindings/host"
)

var (
	typeOfInt64   = reflect.TypeOf(int64(0))
	typeOfFloat64 = reflect.TypeOf(float64(0))
)

type barrierState uint8

const (
	barrierFilling barrierState = iota
	barrierDraining
	barrierResetting
	barrierBroken
)

var barrierStateNames = [...]string{"filling", "draining", "resetting", "broken"}

// Barrier is asyncio.Barrier: CPython's, built the same way on a Condition (whose lock every method holds
// while it changes the state), so that waiters are released, reset and broken in Python's order.
//
// Invariants: count is the number of tasks inside wait(); the state goes filling → draining when the last
// party arrives, back to filling when the last task leaves; resetting and broken make the waiters raise
// BrokenBarrierError.
type Barrier struct {
	expando
	cond    Condition
	lock    Lock
	parties int
	state   barrierState
	count   int
}

// with runs body holding the condition's lock (`async with self._cond`), releasing it however body ends.
func (b *Barrier) with(o *op, body func(k cont), k cont) {
	b.lock.acquire(o, func(err goja.Value) {
		if err != nil {
			k(nil, err)
			return
		}
		body(func(v, err goja.Value) {
			b.lock.release()
			k(v, err)
		})
	})
}

// waitUntil is `await self._cond.wait_for(pred)` for a Go predicate.
func (b *Barrier) waitUntil(o *op, pred func() bool, k func(err goja.Value)) {
	if pred() {
		k(nil)
		return
	}
	b.cond.wait(o, func(err goja.Value) {
		if err != nil {
			k(err)
			return
		}
		b.waitUntil(o, pred, k)
	})
}

// wait is Barrier.wait(): the task's index, from 0 to parties-1.
func (b *Barrier) wait(o *op, k cont) {
	a := o.a
	broken := func(msg string) goja.Value {
		return a.newError(a.errs.all.Get("BrokenBarrierError").ToObject(a.r), msg)
	}
	b.with(o, func(k cont) {
		// Block while the barrier drains or resets.
		b.waitUntil(o, func() bool { return b.state != barrierDraining && b.state != barrierResetting }, func(err goja.Value) {
			if err != nil {
				k(nil, err)
				return
			}
			if b.state == barrierBroken {
				k(nil, broken("Barrier aborted"))
				return
			}
			index := b.count
			b.count++
			leave := func(v, err goja.Value) {
				b.count--
				b.exit()
				k(v, err)
			}
			if index+1 == b.parties {
				// The last party releases the others.
				b.state = barrierDraining
				b.cond.notify(b.cond.lot.len())
				leave(a.r.ToValue(index), nil)
				return
			}
			b.waitUntil(o, func() bool { return b.state != barrierFilling }, func(err goja.Value) {
				switch {
				case err != nil:
					leave(nil, err)
				case b.state == barrierBroken || b.state == barrierResetting:
					leave(nil, broken("Abort or reset of barrier"))
				default:
					leave(a.r.ToValue(index), nil)
				}
			})
		})
	}, k)
}

// exit: the last task to leave wakes those waiting for the barrier to drain.
func (b *Barrier) exit() {
	if b.count == 0 {
		if b.state == barrierResetting || b.state == barrierDraining {
			b.state = barrierFilling
		}
		b.cond.notify(b.cond.lot.len())
	}
}

func (b *Barrier) reset(o *op, k cont) {
	b.with(o, func(k cont) {
		if b.count > 0 {
			if b.state != barrierResetting {
				b.state = barrierResetting
			}
		} else {
			b.state = barrierFilling
		}
		b.cond.notify(b.cond.lot.len())
		k(goja.Undefined(), nil)
	}, k)
}

func (b *Barrier) abort(o *op, k cont) {
	b.with(o, func(k cont) {
		b.state = barrierBroken
		b.cond.notify(b.cond.lot.len())
		k(goja.Undefined(), nil)
	}, k)
}

func (b *Barrier) nWaiting() int {
	if b.state == barrierFilling {
		return b.count
	}
	return 0
}

func (b *Barrier) repr() string {
	s := "<Barrier [" + barrierStateNames[b.state]
	if b.state != barrierBroken {
		s += ", waiters:" + itoa(b.nWaiting()) + "/" + itoa(b.parties)
	}
	return s + "]>"
}

func (a *Asyncio) thisBarrier(method string, this goja.Value) *Barrier {
	if obj, ok := this.(*goja.Object); ok {
		if b, ok := host.Wrapped(obj).(*Barrier); ok {
			return b
		}
	}
	a.h.TypeError(method, "this must be an asyncio.Barrier, got %s", describe(this))
	return nil
}

func (a *Asyncio) installBarrier(with goja.Value) {
	r := a.r
	proto := r.NewObject()
	a.h.Define(proto,
		method("wait", func(call goja.FunctionCall) goja.Value {
			b := a.thisBarrier("wait", call.This)
			return a.startOp(func(o *op, k cont) { b.wait(o, k) })
		}),
		method("reset", func(call goja.FunctionCall) goja.Value {
			b := a.thisBarrier("reset", call.This)
			return a.startOp(func(o *op, k cont) { b.reset(o, k) })
		}),
		method("abort", func(call goja.FunctionCall) goja.Value {
			b := a.thisBarrier("abort", call.This)
			return a.startOp(func(o *op, k cont) { b.abort(o, k) })
		}),
		method("toString", func(call goja.FunctionCall) goja.Value {
			return r.ToValue(a.thisBarrier("toString", call.This).repr())
		}),
	)
	proto.Set("with", with)
	a.getter(proto, "parties", func(this goja.Value) goja.Value {
		return r.ToValue(a.thisBarrier("parties", this).parties)
	})
	a.getter(proto, "n_waiting", func(this goja.Value) goja.Value {
		return r.ToValue(a.thisBarrier("n_waiting", this).nWaiting())
	})
	a.getter(proto, "broken", func(this goja.Value) goja.Value {
		return r.ToValue(a.thisBarrier("broken", this).state == barrierBroken)
	})
	a.setInspect(proto, func(this goja.Value) string { return a.thisBarrier("inspect", this).repr() })
	a.defineClass("Barrier", proto, func(call goja.ConstructorCall) goja.DynamicObject {
		args, _ := a.h.Bind(&host.Sig{Fn: "Barrier", Params: []string{"parties"}, Required: 1}, call.Arguments)
		v := args[0]
		parties := a.intArg("Barrier", 1, "parties", v)
		if parties < 1 {
			a.throw(a.errs.valueError, "parties must be > 0")
		}
		b := &Barrier{parties: parties}
		b.cond.lock = &b.lock
		return b
	})
}
