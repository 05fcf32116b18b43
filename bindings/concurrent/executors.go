package concurrent

import (
	goruntime "runtime"
	"time"

	"github.com/dop251/goja"

	"github.com/asyncrun/asyncrun/bindings/host"
)

// Executor is a ThreadPoolExecutor or ProcessPoolExecutor: both run JavaScript on worker interpreters of
// their own (a process pool's isolation holds anyway: workers share nothing with the script).
type Executor struct {
	m        *Module
	kind     string
	max      int
	pool     host.Pool
	shutdown bool
	futures  []*Future
}

// ExecutorOf returns the executor behind v, or nil.
func ExecutorOf(v goja.Value) *Executor {
	if obj, ok := v.(*goja.Object); ok {
		if e, ok := host.Wrapped(obj.Get("__executor")).(*Executor); ok {
			return e
		}
	}
	return nil
}

// Kind is the executor's class: ThreadPoolExecutor or ProcessPoolExecutor.
func (e *Executor) Kind() string { return e.kind }

// Submit runs fn(...args) on one of the executor's workers. Loop goroutine only.
func (e *Executor) Submit(fname string, fn goja.Value, args []goja.Value) *Future {
	if e.shutdown {
		e.m.throw("RuntimeError", "cannot schedule new futures after shutdown")
	}
	f := e.m.Submit(fname, e.workers, fn, args)
	kept := e.futures[:0]
	for _, old := range e.futures { // forget finished futures as new ones come
		if s := old.state(); s == pending || s == running {
			kept = append(kept, old)
		}
	}
	e.futures = append(kept, f)
	return f
}

func (e *Executor) workers() host.Pool {
	if e.pool == nil {
		e.pool = e.m.h.NewPool(e.max)
	}
	return e.pool
}

// Shutdown stops taking work; with wait it blocks until every submitted future is done.
func (e *Executor) Shutdown(wait, cancelFutures bool) {
	e.shutdown = true
	if cancelFutures {
		for _, f := range e.futures {
			f.Cancel()
		}
	}
	if wait {
		for _, f := range e.futures {
			if !f.Done() {
				e.m.h.BlocksLoop("Executor.shutdown(wait=True)")
				break
			}
		}
		for _, f := range e.futures {
			f.wait(-1)
		}
	}
}

func (m *Module) thisExecutor(method string, this goja.Value) *Executor {
	if e := ExecutorOf(this); e != nil {
		return e
	}
	m.h.TypeError(method, "this must be an executor, got %s", host.Describe(this))
	return nil
}

func (m *Module) installExecutors() {
	r := m.h.R
	proto := r.NewObject()
	m.executorProto = proto
	m.h.Define(proto,
		host.Method{Name: "submit", Fn: func(c goja.FunctionCall) goja.Value {
			e := m.thisExecutor("submit", c.This)
			if len(c.Arguments) == 0 {
				m.h.TypeError("submit", "argument 1 (fn) is required")
			}
			return e.Submit("submit", c.Arguments[0], c.Arguments[1:]).Value()
		}},
		host.Method{Name: "map", Fn: func(c goja.FunctionCall) goja.Value {
			e := m.thisExecutor("map", c.This)
			args, opts := m.h.SplitOptions(c.Arguments)
			if len(args) < 2 {
				m.h.TypeError("map", "arguments 1 (fn) and 2 (iterable) are required")
			}
			timeout := m.timeoutArg("map", optsValue(opts))
			// fn(a[i], b[i], …) for each i, as far as the shortest iterable goes (Python's zip).
			var columns [][]goja.Value
			n := -1
			for k, it := range args[1:] {
				col := m.items("map", k+2, it)
				columns = append(columns, col)
				if n < 0 || len(col) < n {
					n = len(col)
				}
			}
			fs := make([]*Future, n)
			for i := range fs {
				call := make([]goja.Value, len(columns))
				for k, col := range columns {
					call[k] = col[i]
				}
				fs[i] = e.Submit("map", args[0], call)
			}
			var deadline time.Time // the timeout counts from the call to map, as in Python
			if timeout >= 0 {
				deadline = time.Now().Add(timeout)
			}
			i := 0
			return m.iterator(func() (goja.Value, bool) {
				if i == len(fs) {
					return nil, false
				}
				i++
				wait := time.Duration(-1)
				if timeout >= 0 {
					wait = max(0, time.Until(deadline))
				}
				defer func() {
					if x := recover(); x != nil {
						for _, f := range fs[i:] {
							f.Cancel() // an error or a timeout ends the map: the calls not started are dropped
						}
						panic(x)
					}
				}()
				return m.result(fs[i-1], wait, false), true
			})
		}},
		host.Method{Name: "shutdown", Fn: func(c goja.FunctionCall) goja.Value {
			e := m.thisExecutor("shutdown", c.This)
			args, opts := m.h.SplitOptions(c.Arguments)
			wait := true
			if len(args) > 0 {
				wait = args[0].ToBoolean()
			} else if v := host.Option(opts, "wait"); v != nil {
				wait = v.ToBoolean()
			}
			cancel := false
			if v := host.Option(opts, "cancel_futures"); v != nil {
				cancel = v.ToBoolean()
			}
			e.Shutdown(wait, cancel)
			return goja.Undefined()
		}},
		host.Method{Name: "with", Fn: func(c goja.FunctionCall) goja.Value {
			e := m.thisExecutor("with", c.This)
			fn, ok := goja.AssertFunction(c.Argument(0))
			if !ok {
				m.h.TypeError("with", "argument 1 must be a function, got %s", host.Describe(c.Argument(0)))
			}
			res, err := fn(goja.Undefined(), c.This)
			if err != nil {
				e.Shutdown(true, false)
				panic(err)
			}
			if _, isPromise := host.Wrapped(res).(*goja.Promise); !isPromise {
				e.Shutdown(true, false)
				return res
			}
			// An async body: shut down (waiting) once it settles, then pass its outcome on.
			then, _ := goja.AssertFunction(res.ToObject(r).Get("then"))
			out, err := then(res,
				r.ToValue(func(c goja.FunctionCall) goja.Value { e.Shutdown(true, false); return c.Argument(0) }),
				r.ToValue(func(c goja.FunctionCall) goja.Value { e.Shutdown(true, false); panic(c.Argument(0)) }))
			if err != nil {
				panic(err)
			}
			return out
		}},
	)
	sym, _ := r.RunString(`Symbol.for('nodejs.util.inspect.custom')`)
	proto.DefineDataPropertySymbol(sym.(*goja.Symbol), r.ToValue(func(c goja.FunctionCall) goja.Value {
		e := m.thisExecutor("inspect", c.This)
		return r.ToValue("<" + e.kind + " max_workers=" + itoa(e.max) + ">")
	}), goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	for _, kind := range []string{"ThreadPoolExecutor", "ProcessPoolExecutor"} {
		kind := kind
		ctor := m.h.Func(kind, func(c goja.ConstructorCall) *goja.Object {
			args, opts := m.h.SplitOptions(c.Arguments)
			var given goja.Value
			if len(args) > 0 && !host.IsMissing(args[0]) {
				given = args[0]
			} else {
				given = host.Option(opts, "max_workers")
			}
			max := min(32, goruntime.NumCPU()+4)
			if kind == "ProcessPoolExecutor" {
				max = goruntime.NumCPU()
			}
			if given != nil && !goja.IsNull(given) {
				if max = int(given.ToInteger()); max <= 0 {
					m.throw("ValueError", "max_workers must be greater than 0")
				}
			}
			e := &Executor{m: m, kind: kind, max: max}
			obj := r.NewObject()
			obj.SetPrototype(proto)
			obj.DefineDataProperty("__executor", r.ToValue(e), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
			obj.Set("_max_workers", max)
			return obj
		})
		ctor.Set("prototype", proto)
		m.futures.Set(kind, ctor)
	}
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	neg := i < 0
	if neg {
		i = -i
	}
	var b [20]byte
	n := len(b)
	for i > 0 {
		n--
		b[n] = byte('0' + i%10)
		i /= 10
	}
	if neg {
		n--
		b[n] = '-'
	}
	return string(b[n:])
}
