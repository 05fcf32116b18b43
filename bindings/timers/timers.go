// Package timers provides Node's timers: setTimeout, setInterval, setImmediate, their clear functions and
// queueMicrotask. Delays are milliseconds, as in Node; the timers share the loop's one heap.
package timers

import (
	"time"

	"github.com/dop251/goja"

	"github.com/asyncrun/asyncrun/bindings/host"
	"github.com/asyncrun/asyncrun/runtime"
)

// Caller runs a JavaScript callback outside any task and reports what it throws.
type Caller func(fn goja.Value, this goja.Value, args ...goja.Value)

type timer struct {
	t         runtime.Timer
	fn        goja.Value
	args      []goja.Value
	interval  time.Duration
	repeat    bool
	immediate bool
	cleared   bool
	obj       *goja.Object
}

// Install defines the timer globals on the runtime's global object.
func Install(h *host.Host, call Caller) {
	r, loop := h.R, h.Loop
	var fire func(any)
	fire = func(arg any) {
		t := arg.(*timer)
		if t.cleared {
			return
		}
		if t.repeat {
			loop.After(&t.t, t.interval, fire, t)
		}
		call(t.fn, goja.Undefined(), t.args...)
	}
	proto := r.NewObject()
	h.Define(proto,
		host.Method{Name: "ref", Fn: func(c goja.FunctionCall) goja.Value { return c.This }},
		host.Method{Name: "unref", Fn: func(c goja.FunctionCall) goja.Value { return c.This }},
		host.Method{Name: "hasRef", Fn: func(c goja.FunctionCall) goja.Value { return r.ToValue(true) }},
	)
	start := func(name string, repeat, immediate bool) func(goja.FunctionCall) goja.Value {
		return func(c goja.FunctionCall) goja.Value {
			fn := c.Argument(0)
			if _, ok := goja.AssertFunction(fn); !ok {
				h.TypeError(name, "argument 1 (callback) must be a function, got %s", host.Describe(fn))
			}
			t := &timer{fn: fn, repeat: repeat, immediate: immediate}
			argsFrom := 2
			if immediate {
				argsFrom = 1
				loop.CallSoon(fire, t)
			} else {
				ms := c.Argument(1).ToFloat()
				if !(ms >= 1) { // Node: a delay below 1 ms, or not a number, is 1 ms
					ms = 1
				}
				t.interval = time.Duration(ms * float64(time.Millisecond))
				loop.After(&t.t, t.interval, fire, t)
			}
			if len(c.Arguments) > argsFrom {
				t.args = append([]goja.Value(nil), c.Arguments[argsFrom:]...)
			}
			t.obj = r.NewObject()
			t.obj.SetPrototype(proto)
			t.obj.DefineDataProperty("__timer", r.ToValue(t), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
			return t.obj
		}
	}
	clear := func(c goja.FunctionCall) goja.Value {
		if obj, ok := c.Argument(0).(*goja.Object); ok {
			if v := obj.Get("__timer"); v != nil {
				if t, ok := host.Wrapped(v).(*timer); ok {
					t.cleared = true
					loop.Cancel(&t.t)
				}
			}
		}
		return goja.Undefined()
	}
	g := r.GlobalObject()
	g.Set("setTimeout", h.Func("setTimeout", start("setTimeout", false, false)))
	g.Set("setInterval", h.Func("setInterval", start("setInterval", true, false)))
	g.Set("setImmediate", h.Func("setImmediate", start("setImmediate", false, true)))
	for _, name := range []string{"clearTimeout", "clearInterval", "clearImmediate"} {
		g.Set(name, h.Func(name, clear))
	}
	g.Set("queueMicrotask", h.Func("queueMicrotask", func(c goja.FunctionCall) goja.Value {
		fn := c.Argument(0)
		if _, ok := goja.AssertFunction(fn); !ok {
			h.TypeError("queueMicrotask", "argument 1 (callback) must be a function, got %s", host.Describe(fn))
		}
		p, resolve, _ := r.NewPromise()
		then, _ := goja.AssertFunction(r.ToValue(p).ToObject(r).Get("then"))
		then(r.ToValue(p), fn)
		resolve(goja.Undefined())
		return goja.Undefined()
	}))
}
