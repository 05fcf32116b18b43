package web

import (
	"net/http"
	"strings"

	"github.com/dop251/goja"

	"github.com/asyncrun/asyncrun/bindings/host"
)

// A Response (and the Headers it holds) keep their Go data under a symbol, so the methods on the
// prototypes find it from `this`.
type responseData struct {
	status     int
	statusText string
	header     http.Header
	body       []byte
}

var dataKey = goja.NewSymbol("asyncrun.response")

func (m *Module) dataOf(fn string, this goja.Value) *responseData {
	if obj, ok := this.(*goja.Object); ok {
		if d, ok := host.Wrapped(obj.GetSymbol(dataKey)).(*responseData); ok {
			return d
		}
	}
	panic(m.h.R.NewTypeError(fn + ": this must be a Response"))
}

// resolved returns a promise already fulfilled with v (or rejected with exc).
func (m *Module) resolved(v, exc goja.Value) goja.Value {
	p, resolve, reject := m.h.R.NewPromise()
	if exc != nil {
		reject(exc)
	} else {
		resolve(v)
	}
	return m.h.R.ToValue(p)
}

// parseJSON parses body with the script's JSON.parse, so errors are the SyntaxError scripts expect.
func (m *Module) parseJSON(body []byte) (goja.Value, goja.Value) {
	r := m.h.R
	parse, _ := goja.AssertFunction(r.Get("JSON").ToObject(r).Get("parse"))
	v, err := parse(goja.Undefined(), r.ToValue(string(body)))
	if err != nil {
		if ex, ok := err.(*goja.Exception); ok {
			return nil, ex.Value()
		}
		panic(err)
	}
	return v, nil
}

func (m *Module) installResponse() {
	r := m.h.R
	proto := r.NewObject()
	m.respProto = proto
	m.h.Define(proto,
		host.Method{Name: "text", Fn: func(call goja.FunctionCall) goja.Value {
			return m.resolved(r.ToValue(string(m.dataOf("text", call.This).body)), nil)
		}},
		host.Method{Name: "json", Fn: func(call goja.FunctionCall) goja.Value {
			return m.resolved(m.parseJSON(m.dataOf("json", call.This).body))
		}},
		host.Method{Name: "arrayBuffer", Fn: func(call goja.FunctionCall) goja.Value {
			return m.resolved(r.ToValue(r.NewArrayBuffer(append([]byte(nil), m.dataOf("arrayBuffer", call.This).body...))), nil)
		}},
	)
	ctor := m.h.Func("Response", func(call goja.ConstructorCall) *goja.Object {
		d := &responseData{status: 200, header: http.Header{}}
		if body := call.Argument(0); !host.IsMissing(body) && !goja.IsNull(body) {
			d.body = bodyBytes(body)
			d.header.Set("Content-Type", "text/plain;charset=UTF-8")
		}
		m.applyInit("Response", d, call.Argument(1))
		obj := m.responseObject(d, "")
		if p := call.This.Prototype(); p != nil {
			obj.SetPrototype(p) // a subclass's
		}
		return obj
	})
	ctor.Set("prototype", proto)
	proto.DefineDataProperty("constructor", ctor, goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	m.h.Define(ctor, host.Method{Name: "json", Fn: func(call goja.FunctionCall) goja.Value {
		// Response.json(data, init): the data as JSON, with its content type.
		b := []byte(m.stringify(call.Argument(0)))
		d := &responseData{status: 200, header: http.Header{"Content-Type": {"application/json"}}, body: b}
		m.applyInit("Response.json", d, call.Argument(1))
		return m.responseObject(d, "")
	}})
	m.respCtor = ctor
}

// bodyBytes is a Response body given by a script: bytes as they are, anything else as its string.
func bodyBytes(v goja.Value) []byte {
	switch b := v.Export().(type) {
	case goja.ArrayBuffer:
		return append([]byte(nil), b.Bytes()...)
	case []byte:
		return append([]byte(nil), b...)
	}
	return []byte(v.String())
}

// applyInit reads {status, statusText, headers} into d.
func (m *Module) applyInit(fn string, d *responseData, init goja.Value) {
	if host.IsMissing(init) || goja.IsNull(init) {
		return
	}
	opts, ok := init.(*goja.Object)
	if !ok {
		panic(m.h.R.NewTypeError(fn + ": argument 2 (init) must be an object"))
	}
	if v := host.Option(opts, "status"); v != nil {
		s := int(v.ToInteger())
		if s < 200 || s > 599 {
			panic(m.h.R.NewTypeError(fn + ": status must be in the range 200 to 599, got " + v.String()))
		}
		d.status = s
	}
	if v := host.Option(opts, "statusText"); v != nil {
		d.statusText = v.String()
	}
	if v := host.Option(opts, "headers"); v != nil {
		hs, ok := v.(*goja.Object)
		if !ok {
			panic(m.h.R.NewTypeError(fn + ": headers must be an object"))
		}
		if src := m.headersOf(hs); src != nil {
			for k, vs := range src {
				d.header[k] = append([]string(nil), vs...)
			}
		} else {
			for _, k := range hs.Keys() {
				d.header.Set(k, hs.Get(k).String())
			}
		}
	}
	if d.statusText == "" {
		d.statusText = http.StatusText(d.status)
	}
}

// newResponse is fetch's Response for a result.
func (m *Module) newResponse(res *result) *goja.Object {
	return m.responseObject(&responseData{status: res.status, statusText: res.statusText, header: res.header, body: res.body}, res.url)
}

func (m *Module) responseObject(d *responseData, url string) *goja.Object {
	r := m.h.R
	if d.statusText == "" {
		d.statusText = http.StatusText(d.status)
	}
	obj := r.NewObject()
	obj.SetPrototype(m.respProto)
	obj.SetSymbol(dataKey, r.ToValue(d))
	obj.Set("status", d.status)
	obj.Set("statusText", d.statusText)
	obj.Set("ok", d.status >= 200 && d.status < 300)
	obj.Set("url", url)
	obj.Set("headers", m.headersObject(d.header))
	return obj
}

var headersKey = goja.NewSymbol("asyncrun.headers")

func (m *Module) headersOf(obj *goja.Object) http.Header {
	if hd, ok := host.Wrapped(obj.GetSymbol(headersKey)).(*http.Header); ok {
		return *hd
	}
	return nil
}

// headersObject is a Headers-like view of hd: get (values joined by ", ", null when absent), has,
// entries, keys and forEach, names in lower case.
func (m *Module) headersObject(hd http.Header) *goja.Object {
	r := m.h.R
	obj := r.NewObject()
	obj.SetSymbol(headersKey, r.ToValue(&hd))
	get := func(name string) goja.Value {
		vs := hd.Values(name)
		if len(vs) == 0 {
			return goja.Null()
		}
		return r.ToValue(strings.Join(vs, ", "))
	}
	m.h.Define(obj,
		host.Method{Name: "get", Fn: func(call goja.FunctionCall) goja.Value { return get(call.Argument(0).String()) }},
		host.Method{Name: "has", Fn: func(call goja.FunctionCall) goja.Value {
			return r.ToValue(len(hd.Values(call.Argument(0).String())) > 0)
		}},
		host.Method{Name: "keys", Fn: func(goja.FunctionCall) goja.Value { return r.ToValue(headerNames(hd)) }},
		host.Method{Name: "entries", Fn: func(goja.FunctionCall) goja.Value {
			var out []any
			for _, k := range headerNames(hd) {
				out = append(out, []any{k, get(k)})
			}
			return r.ToValue(out)
		}},
		host.Method{Name: "forEach", Fn: func(call goja.FunctionCall) goja.Value {
			fn, ok := goja.AssertFunction(call.Argument(0))
			if !ok {
				panic(r.NewTypeError("forEach: argument 1 must be a function"))
			}
			for _, k := range headerNames(hd) {
				if _, err := fn(goja.Undefined(), get(k), r.ToValue(k), obj); err != nil {
					panic(err)
				}
			}
			return goja.Undefined()
		}},
	)
	return obj
}
