// Package bindings assembles the modules scripts see. The table below is the one place that lists them:
// each module's globals and the names require() answers to.
package bindings

import (
	"github.com/dop251/goja"

	"github.com/asyncrun/asyncrun/bindings/asyncio"
	"github.com/asyncrun/asyncrun/bindings/concurrent"
	"github.com/asyncrun/asyncrun/bindings/console"
	"github.com/asyncrun/asyncrun/bindings/host"
	"github.com/asyncrun/asyncrun/bindings/pytime"
	"github.com/asyncrun/asyncrun/bindings/sys"
	"github.com/asyncrun/asyncrun/bindings/timers"
	"github.com/asyncrun/asyncrun/bindings/web"
)

// Env is the installed script environment of one runtime.
type Env struct {
	Host    *host.Host
	Asyncio *asyncio.Asyncio
}

// Install defines every global of SPEC §3 on h's runtime and returns the environment.
func Install(h *host.Host) *Env {
	r := h.R
	a := asyncio.New(h)
	conc := concurrent.New(h, a.Call, a.ErrorClass)
	a.SetConcurrent(conc)
	httpm := web.New(h, a)
	modules := []struct {
		global  string   // the global name, if any
		require []string // names require() answers to
		value   goja.Value
	}{
		{"asyncio", []string{"asyncio"}, a.Module()},
		{"time", []string{"time"}, pytime.New(h)},
		{"sys", []string{"sys"}, sys.New(h)},
		{"concurrent", nil, conc.Object()},
		{"", []string{"concurrent.futures"}, conc.Futures()},
		{"console", nil, console.New(h)},
		{"print", nil, console.Print(h)},
		{"fetch", nil, httpm.Fetch()},
		{"Response", nil, httpm.Response()},
		{"http", []string{"http"}, httpm.HTTP()},
	}
	g := r.GlobalObject()
	byName := map[string]goja.Value{}
	for _, m := range modules {
		if m.global != "" {
			g.Set(m.global, m.value)
		}
		for _, n := range m.require {
			byName[n] = m.value
		}
	}
	timers.Install(h, a.Call)
	g.Set("require", h.Func("require", func(call goja.FunctionCall) goja.Value {
		name := call.Argument(0).String()
		if v, ok := byName[name]; ok {
			return v
		}
		panic(r.NewGoError(&moduleError{name}))
	}))
	return &Env{Host: h, Asyncio: a}
}

type moduleError struct{ name string }

func (e *moduleError) Error() string { return "require: no module named '" + e.name + "'" }
