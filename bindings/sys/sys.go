// Package sys is Python's sys module for scripts: argv, exit, stdout/stderr.write, platform, version.
package sys

import (
	goruntime "runtime"

	"github.com/dop251/goja"

	"github.com/asyncrun/asyncrun/bindings/host"
)

// Version is asyncrun's version, as sys.version and --version report it.
const Version = "0.1.0"

// New returns the sys module.
func New(h *host.Host) *goja.Object {
	r := h.R
	obj := r.NewObject()
	argv := make([]any, len(h.Argv))
	for i, a := range h.Argv {
		argv[i] = a
	}
	obj.Set("argv", r.NewArray(argv...))
	obj.Set("platform", goruntime.GOOS)
	obj.Set("version", "asyncrun "+Version+" (goja, "+goruntime.Version()+")")
	stream := func(w *host.LineWriter) *goja.Object {
		s := r.NewObject()
		h.Define(s, host.Method{Name: "write", Fn: func(call goja.FunctionCall) goja.Value {
			str := call.Argument(0).String()
			w.WriteString(str)
			return r.ToValue(len([]rune(str)))
		}})
		return s
	}
	obj.Set("stdout", stream(h.Stdout))
	obj.Set("stderr", stream(h.Stderr))
	h.Define(obj, host.Method{Name: "exit", Fn: func(call goja.FunctionCall) goja.Value {
		code := 0
		if v := call.Argument(0); !host.IsMissing(v) {
			if n, ok := v.Export().(int64); ok {
				code = int(n)
			} else {
				h.Stderr.WriteString(v.String() + "\n")
				code = 1
			}
		}
		h.Exit(code)
		return goja.Undefined()
	}})
	return obj
}
