package asyncio

import (
	"github.com/dop251/goja"

	"github.com/asyncrun/asyncrun/bindings/host"
	"github.com/asyncrun/asyncrun/runtime"
)

type timeoutState uint8

const (
	timeoutCreated timeoutState = iota
	timeoutEntered
	timeoutExpiring
	timeoutExpired
	timeoutExited
)

// timeoutStateNames are Python's names for the states, as repr and errors show them.
var timeoutStateNames = []string{"created", "active", "expiring", "expired", "finished"}

// Timeout is asyncio.timeout / timeout_at: when the deadline passes it cancels the task that entered it,
// and on exit turns that cancellation into TimeoutError (Python 3.11's asyncio.Timeout).
type Timeout struct {
	a          *Asyncio
	when       float64 // loop time in seconds; NaN-free; <0 means never (None)
	never      bool
	relative   bool    // made by timeout(delay): its deadline was delay after it was made
	delay      float64 // ... that delay
	state      timeoutState
	task       *Task
	cancelling int
	timer      runtime.Timer
	soon       bool // a past deadline's call_soon is pending
}

// claim implements claimable: a timeout entered during a call's synchronous start belongs to its task.
func (tm *Timeout) claim(from, to *Task) {
	if tm.task == from {
		tm.task = to
	}
}

func (tm *Timeout) reschedule(when float64, never bool) {
	a := tm.a
	tm.when, tm.never = when, never
	a.loop.Cancel(&tm.timer)
	tm.soon = false
	if never || tm.state != timeoutEntered {
		return
	}
	if when <= a.now() {
		// A deadline already past fires from the ready queue, as Python's call_soon(_on_timeout).
		tm.soon = true
		a.loop.CallSoon(func(any) {
			if tm.soon {
				tm.soon = false
				tm.fire(nil)
			}
		}, nil)
		return
	}
	a.loop.Schedule(&tm.timer, seconds(when), tm.fire, nil)
}

func (tm *Timeout) fire(any) {
	if tm.task != nil {
		tm.task.cancel(nil)
	}
	tm.state = timeoutExpiring
}

// newTimeout gives tm (its deadline set) a JavaScript face.
func (a *Asyncio) newTimeout(tm *Timeout) goja.Value {
	tm.a = a
	obj := a.r.NewObject()
	obj.SetPrototype(a.timeoutProto)
	obj.Set("__timeout", a.r.ToValue(tm))
	return obj
}

func (a *Asyncio) thisTimeout(method string, this goja.Value) *Timeout {
	if obj, ok := this.(*goja.Object); ok {
		if v := obj.Get("__timeout"); v != nil {
			if tm, ok := host.Wrapped(v).(*Timeout); ok {
				return tm
			}
		}
	}
	a.h.TypeError(method, "this must be an asyncio.Timeout")
	return nil
}

func (a *Asyncio) timeoutWith(call goja.FunctionCall) goja.Value {
	tm := a.thisTimeout("with", call.This)
	// Errors come where the entry is awaited, as from Python's __aenter__.
	if tm.state != timeoutCreated {
		return a.failedWith(a.errs.runtimeError, "Timeout has already been entered")
	}
	if a.track.cur == nil {
		return a.failedWith(a.errs.runtimeError, "Timeout should be used inside a task")
	}
	tm.task = a.track.cur
	a.track.record(tm, false)
	tm.state = timeoutEntered
	tm.cancelling = tm.task.cancelling()
	tm.reschedule(tm.when, tm.never)
	return a.withBody("with", call.Argument(0), call.This, func(ok bool, v goja.Value, out *Future) {
		a.loop.Cancel(&tm.timer)
		tm.soon = false
		if tm.state == timeoutExpiring {
			tm.state = timeoutExpired
			tm.task.more().numCancels--
			if tm.task.cancelling() <= tm.cancelling && !ok && a.isCancelledError(v) {
				out.setException(a.timeoutFrom(v))
				return
			}
		} else {
			tm.state = timeoutExited
		}
		settleWith(out, ok, v)
	}, nil)
}

func (a *Asyncio) installTimeout() {
	r := a.r
	proto := r.NewObject()
	a.timeoutProto = proto
	a.h.Define(proto,
		method("with", a.timeoutWith),
		method("when", func(call goja.FunctionCall) goja.Value {
			tm := a.thisTimeout("when", call.This)
			if tm.never {
				return goja.Null()
			}
			return r.ToValue(tm.when)
		}),
		method("reschedule", func(call goja.FunctionCall) goja.Value {
			tm := a.thisTimeout("reschedule", call.This)
			switch tm.state {
			case timeoutEntered:
			case timeoutCreated:
				a.throw(a.errs.runtimeError, "Timeout has not been entered")
			default:
				a.throw(a.errs.runtimeError, "Cannot change state of "+timeoutStateNames[tm.state]+" Timeout")
			}
			w := call.Argument(0)
			if isMissing(w) {
				tm.reschedule(0, true)
			} else {
				tm.reschedule(a.h.Seconds("reschedule", 1, w), false)
			}
			return goja.Undefined()
		}),
		method("expired", func(call goja.FunctionCall) goja.Value {
			s := a.thisTimeout("expired", call.This).state
			return r.ToValue(s == timeoutExpiring || s == timeoutExpired)
		}),
	)
	a.setInspect(proto, func(this goja.Value) string {
		tm := a.thisTimeout("inspect", this)
		return "<Timeout [" + timeoutStateNames[tm.state] + "]>"
	})
}

var (
	timeoutSig   = host.Sig{Fn: "timeout", Params: []string{"delay"}, Required: 1}
	timeoutAtSig = host.Sig{Fn: "timeout_at", Params: []string{"when"}, Required: 1}
)

// timeout implements asyncio.timeout(delay): null means no deadline.
func (a *Asyncio) timeout(call goja.FunctionCall) goja.Value {
	args, _ := a.h.Bind(&timeoutSig, call.Arguments)
	d := args[0]
	if isMissing(d) {
		return a.newTimeout(&Timeout{never: true})
	}
	delay := a.h.Seconds("timeout", 1, d)
	return a.newTimeout(&Timeout{when: a.now() + delay, relative: true, delay: delay})
}

// timeoutAt implements asyncio.timeout_at(when), when on the loop's clock (loop.time()).
func (a *Asyncio) timeoutAt(call goja.FunctionCall) goja.Value {
	args, _ := a.h.Bind(&timeoutAtSig, call.Arguments)
	w := args[0]
	if isMissing(w) {
		return a.newTimeout(&Timeout{never: true})
	}
	return a.newTimeout(&Timeout{when: a.h.Seconds("timeout_at", 1, w)})
}
