// Package pytime is Python's time module for scripts: time(), time_ns(), monotonic(), perf_counter() and
// sleep(seconds), all read from the loop's clock so that virtual time gives the readings real time would.
package pytime

import (
	"context"
	"fmt"
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
			secs := h.Seconds("sleep", 1, call.Argument(0))
			d := time.Duration(secs * float64(time.Second))
			h.BlocksLoop(fmt.Sprintf("time.sleep(%g)", secs))
			if h.Loop.Stats().InFlight > 0 {
				SleepReal(clock, d) // threads or I/O in flight: the virtual clock must not jump past them
			} else {
				Sleep(clock, d)
			}
			return goja.Undefined()
		}},
	)
	// On a thread (to_thread(time.sleep, 2)) the sleep is real: threads run in real time.
	h.RegisterBlocking(obj.Get("sleep"), func(ctx context.Context, args []any) (any, error) {
		var secs float64
		switch v := args[0].(type) {
		case int64:
			secs = float64(v)
		case float64:
			secs = v
		}
		sleepFor(ctx, time.Duration(secs*float64(time.Second)))
		return nil, nil
	})
	return obj
}

// SleepReal blocks for d of real time; a virtual clock advances by the same amount.
func SleepReal(clock runtime.Clock, d time.Duration) {
	if d <= 0 {
		return
	}
	sleepFor(nil, d)
	if vc, ok := clock.(*runtime.VirtualClock); ok {
		vc.Advance(d)
	}
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
	sleepFor(nil, d)
}
