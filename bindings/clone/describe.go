package clone

import (
	"github.com/asyncrun/asyncrun/bindings/host"
	"github.com/dop251/goja"
)

// describe renders a value that cannot be cloned the way V8's
// NoSideEffectsToString does for its DataCloneError message: it never calls
// script code (no getters, no toString methods, no proxy traps).
func (e *exporter) describe(v goja.Value) string {
	switch v := v.(type) {
	case *goja.Symbol:
		return "Symbol(" + v.String() + ")"
	case *goja.Object:
		return e.describeObject(v)
	}
	return v.String()
}

// Functions whose source is longer than maxSource UTF-16 units are shown as
// their first sourceHead units, "...<omitted>...", and the last two, as V8
// does.
const (
	maxSource  = 128
	sourceHead = 111
)

func (e *exporter) describeObject(o *goja.Object) string {
	// V8 looks through a proxy at its target.
	for o.ExportType() == host.TypeProxy {
		o = o.Export().(goja.Proxy).Target()
		if o == nil {
			return "null" // revoked
		}
	}
	in := e.intr()
	if _, ok := goja.AssertFunction(o); ok {
		src, err := in.funcToString(o)
		if err != nil {
			return "[object Function]"
		}
		s, ok := src.(goja.String)
		if !ok {
			return src.String()
		}
		if n := s.Length(); n > maxSource {
			s = s.Substring(0, sourceHead).Concat(e.r.ToValue("...<omitted>...").(goja.String)).
				Concat(s.Substring(n-2, n))
		}
		return s.String()
	}
	toString := e.dataProperty(o, e.r.ToValue("toString"))
	if o.ClassName() == "Error" || toString == goja.Value(in.errorToString) {
		return e.describeError(o)
	}
	if toString == goja.Value(in.objectToString) {
		if ctor, ok := e.dataProperty(o, e.r.ToValue("constructor")).(*goja.Object); ok {
			if _, ok := goja.AssertFunction(ctor); ok {
				if name := e.dataProperty(ctor, e.r.ToValue("name")); goja.IsString(name) && name.String() != "" {
					return "#<" + name.String() + ">"
				}
			}
		}
		if _, ok := host.Wrapped(o).(*goja.Promise); ok {
			// Promise.prototype.constructor is an accessor where asyncio is loaded (it sees every await).
			return "#<Promise>"
		}
	}
	if tag := e.dataProperty(o, goja.SymToStringTag); goja.IsString(tag) {
		return "[object " + tag.String() + "]"
	}
	switch c := o.ClassName(); c {
	case "Array", "Function", "Error", "Boolean", "Number", "String", "Date", "RegExp":
		return "[object " + c + "]"
	}
	return "[object Object]"
}

// describeError is V8's side-effect-free Error.prototype.toString.
func (e *exporter) describeError(o *goja.Object) string {
	name, msg := "Error", ""
	if v := e.dataProperty(o, e.r.ToValue("name")); goja.IsString(v) {
		name = v.String()
	}
	if v := e.dataProperty(o, e.r.ToValue("message")); goja.IsString(v) {
		msg = v.String()
	}
	switch {
	case name == "":
		return msg
	case msg == "":
		return name
	}
	return name + ": " + msg
}

// dataProperty finds key on o or its prototypes and returns its value if it
// is a data property; nil for an accessor, a missing property, or one behind
// a proxy.
func (e *exporter) dataProperty(o *goja.Object, key goja.Value) goja.Value {
	for p := o; p != nil; p = p.Prototype() {
		if p.ExportType() == host.TypeProxy {
			return nil
		}
		if desc := e.ownDescriptor(p, key); desc != nil {
			return desc.Get("value")
		}
	}
	return nil
}

// ownDescriptor returns Object.getOwnPropertyDescriptor(o, key), or nil
// when o has no such own property. o must not be a proxy (its trap would
// run).
func (e *exporter) ownDescriptor(o *goja.Object, key goja.Value) *goja.Object {
	d, err := e.intr().gopd(nil, o, key)
	if err != nil {
		return nil
	}
	desc, _ := d.(*goja.Object)
	return desc
}
