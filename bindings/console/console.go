// Package console provides print and console: values separated by one space, strings as they are and
// everything else as Node's console.log prints it.
package console

import (
	"github.com/dop251/goja"

	"github.com/asyncrun/asyncrun/bindings/host"
	"github.com/asyncrun/asyncrun/bindings/inspect"
)

// Print returns the print function: print(...values) writes one line to standard output.
func Print(h *host.Host) goja.Value {
	return h.Func("print", func(call goja.FunctionCall) goja.Value {
		h.Stdout.WriteString(inspect.Format(h.R, call.Arguments) + "\n")
		return goja.Undefined()
	})
}

// New returns the console object: log/info/debug to standard output, error/warn/trace to standard error.
func New(h *host.Host) *goja.Object {
	obj := h.R.NewObject()
	out := func(w *host.LineWriter) func(goja.FunctionCall) goja.Value {
		return func(call goja.FunctionCall) goja.Value {
			w.WriteString(inspect.Format(h.R, call.Arguments) + "\n")
			return goja.Undefined()
		}
	}
	h.Define(obj,
		host.Method{Name: "log", Fn: out(h.Stdout)},
		host.Method{Name: "info", Fn: out(h.Stdout)},
		host.Method{Name: "debug", Fn: out(h.Stdout)},
		host.Method{Name: "error", Fn: out(h.Stderr)},
		host.Method{Name: "warn", Fn: out(h.Stderr)},
	)
	return obj
}
