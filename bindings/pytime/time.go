// Package pytime is Python's time module for scripts: time(), time_ns(), monotonic(), perf_counter() and
// sleep(seconds), all read from the loop's clock so that virtual time gives the readings real time would.
package pytime

import (
	"time"

	"github.com/dop251/goja"

	"github.com/asyncrun/asyncrun/bindings/host"
	"github.com/asyncrun/asyncrun/runtime"
)

// New returns the time module.
func New(h *host.Host) *goja.Object {
	r := h.R
	clock := h.Loop.Clock()
	obj := r.NewObject()
	wall := func() time.Time { return clock.Epoch().Add(clock.Now()) }
	h.Define(obj,
		host.Method{Name: "time", Fn: func(goja.FunctionCall) goja.Value {
			return r.ToValue(float64(wall().UnixNano()) / 1e9)
		}},
		host.Method{Name: "time_ns", Fn: func(goja.FunctionCall) goja.Value {
			return r.ToValue(wall().UnixNano())
		}},
		host.Method{Name: "monotonic", Fn: func(goja.FunctionCall) goja.Value { return r.ToValue(clock.Now().Seconds()) }},
		host.Method{Name: "perf_counter", Fn: func(goja.FunctionCall) goja.Value { return r.ToValue(clock.Now().Seconds()) }},
		host.Method{Name: "sleep", Fn: func(call goja.FunctionCall) goja.Value {
			d := time.Duration(h.Seconds("sleep", 1, call.Argument(0)) * float64(time.Second))
			Sleep(clock, d)
			return goja.Undefined()
		}},
	)
	return obj
}

// Sleep blocks the calling goroutine for d, as Python's time.sleep does. On a virtual clock it moves the
// clock instead: the loop stalls for d of virtual time and returns at once.
func Sleep(clock runtime.Clock, d time.Duration) {
	if d <= 0 {
		return
	}
	if vc, ok := clock.(*runtime.VirtualClock); ok {
		vc.Advance(d)
		return
	}
	time.Sleep(d)
}
