package clone

import (
	"bytes"
	"strconv"

	"github.com/asyncrun/asyncrun/bindings/host"
	"github.com/dop251/goja"
)

// exporter copies one value out of a runtime.
type exporter struct {
	r    *goja.Runtime
	in   *intrinsics
	seen map[*goja.Object]*node
	ids  uint32 // ids handed out so far
}

func export(r *goja.Runtime, v goja.Value) (out Value, err error) {
	if v == nil {
		return Value{}, nil
	}
	if _, ok := v.(*goja.Object); !ok {
		if _, ok := v.(*goja.Symbol); !ok {
			return primitive(v), nil
		}
	}
	// A value that cannot be cloned panics with *Error; script exceptions
	// (from getters) are caught by Try.
	defer func() {
		if x := recover(); x != nil {
			ce, ok := x.(*Error)
			if !ok {
				panic(x)
			}
			out, err = Value{}, ce
		}
	}()
	e := exporter{r: r}
	if ex := r.Try(func() { out = e.value(v) }); ex != nil {
		return Value{}, ex
	}
	return out, nil
}

// primitive wraps a primitive other than a symbol.
func primitive(v goja.Value) Value {
	if goja.IsUndefined(v) {
		return Value{}
	}
	if s, ok := v.(goja.String); ok {
		// A string made by ToValue scans its contents on first use; do it
		// now, on the goroutine that owns the runtime, so that the value is
		// only read afterwards.
		s.Length()
	}
	return Value{kind: kindPrimitive, prim: v}
}

func (e *exporter) intr() *intrinsics {
	if e.in == nil {
		e.in = getIntrinsics(e.r)
	}
	return e.in
}

// fail aborts the export with a DataCloneError for v.
func (e *exporter) fail(v goja.Value) {
	panic(&Error{Message: e.describe(v) + " could not be cloned."})
}

// call calls a built-in; a script exception panics, to be caught by Try.
func call(f goja.Callable, this goja.Value, args ...goja.Value) goja.Value {
	v, err := f(this, args...)
	if err != nil {
		panic(err)
	}
	return v
}

func (e *exporter) value(v goja.Value) Value {
	switch v := v.(type) {
	case nil:
		return Value{}
	case *goja.Object:
		return e.object(v)
	case *goja.Symbol:
		e.fail(v)
	}
	return primitive(v)
}

// newNode records o as visited, so that later references to it become refs.
func (e *exporter) newNode(o *goja.Object) *node {
	n := &node{}
	if e.seen == nil {
		e.seen = make(map[*goja.Object]*node)
	}
	e.seen[o] = n
	return n
}

func (e *exporter) object(o *goja.Object) Value {
	if n, ok := e.seen[o]; ok {
		if n.id == 0 {
			e.ids++
			n.id = e.ids
		}
		return Value{kind: kindRef, obj: n}
	}
	t := o.ExportType()
	if t == host.TypeProxy {
		e.fail(o)
	}
	if _, ok := goja.AssertFunction(o); ok {
		e.fail(o)
	}
	in := e.intr()
	switch o.ClassName() {
	case "Array":
		return e.array(o)
	case "Error":
		return e.error(o)
	case "Date":
		n := e.newNode(o)
		return Value{kind: kindDate, prim: call(in.dateGetTime, o), obj: n}
	case "RegExp":
		n := e.newNode(o)
		flags := make([]byte, 0, len(in.flags))
		for _, f := range in.flags {
			if call(f.get, o).ToBoolean() {
				flags = append(flags, f.char)
			}
		}
		n.vals = []Value{primitive(call(in.reSource, o)), primitive(e.r.ToValue(string(flags)))}
		return Value{kind: kindRegExp, obj: n}
	case "Number":
		return e.boxed(o, in.numberValueOf)
	case "String":
		return e.boxed(o, in.stringValueOf)
	case "Boolean":
		return e.boxed(o, in.booleanValueOf)
	case "Object": // told apart by the export type, below
	default:
		e.fail(o)
	}
	switch {
	case t == host.TypeObject:
		if p := o.Prototype(); (p == nil || p == in.objectProto) && o != e.r.GlobalObject() {
			return e.plain(o)
		}
		if _, err := in.dvByteLength(o); err == nil {
			return e.view(o, kindDataView, 0, in.dvBuffer, in.dvByteOffset, in.dvByteLength)
		}
	case t == host.TypeMap:
		return e.collection(o, kindMap, in.mapForEach)
	case t == host.TypeSet:
		return e.collection(o, kindSet, in.setForEach)
	case t == host.TypeArrayBuffer:
		ab := o.Export().(goja.ArrayBuffer)
		if ab.Detached() {
			panic(&Error{Message: "An ArrayBuffer is detached and could not be cloned."})
		}
		n := e.newNode(o)
		n.data = bytes.Clone(ab.Bytes())
		return Value{kind: kindArrayBuffer, obj: n}
	case t == host.TypeBigInt:
		if _, err := in.bigintValueOf(o); err == nil {
			return e.boxed(o, in.bigintValueOf)
		}
	case host.IsNumericSlice(t):
		if tag, err := in.taTag(o); err == nil && goja.IsString(tag) {
			for i, name := range typedArrayNames {
				if name == tag.String() {
					return e.view(o, kindTypedArray, uint32(i), in.taBuffer, in.taByteOffset, in.taLength)
				}
			}
		}
	}
	e.fail(o)
	panic("unreachable")
}

func (e *exporter) boxed(o *goja.Object, valueOf goja.Callable) Value {
	n := e.newNode(o)
	return Value{kind: kindBoxed, prim: primitive(call(valueOf, o)).prim, obj: n}
}

// plain copies the own enumerable string-keyed properties of an object.
func (e *exporter) plain(o *goja.Object) Value {
	n := e.newNode(o)
	n.keys, n.vals = e.properties(o)
	return Value{kind: kindObject, obj: n}
}

// properties copies the own enumerable string-keyed properties of o, calling
// getters. A property that a getter met earlier has deleted is left out, as
// V8 does, and so is one whose key holds a lone surrogate (Get cannot name
// it).
func (e *exporter) properties(o *goja.Object) ([]string, []Value) {
	keys := o.Keys()
	vals := make([]Value, 0, len(keys))
	kept := keys[:0]
	for _, k := range keys {
		v := o.Get(k)
		if v == nil {
			continue
		}
		kept = append(kept, k)
		vals = append(vals, e.value(v))
	}
	return kept, vals
}

// array copies an array's length and own enumerable string-keyed
// properties. The leading run of properties 0, 1, 2... is stored without
// keys.
func (e *exporter) array(o *goja.Object) Value {
	n := e.newNode(o)
	n.tag = uint32(o.Get("length").ToInteger())
	keys, vals := e.properties(o)
	dense := 0
	for dense < len(keys) && isIndex(keys[dense], dense) {
		dense++
	}
	n.vals = vals
	if dense < len(keys) {
		n.keys = keys[dense:]
	}
	return Value{kind: kindArray, obj: n}
}

// isIndex reports whether s is the decimal form of i.
func isIndex(s string, i int) bool {
	var buf [20]byte
	return string(strconv.AppendInt(buf[:0], int64(i), 10)) == s
}

// collection copies the entries of a Map or Set. The entries are taken
// first, as V8 does, so that getters met while copying them cannot change
// what is copied.
func (e *exporter) collection(o *goja.Object, k kind, forEach goja.Callable) Value {
	var entries []goja.Value
	cb := e.r.ToValue(func(c goja.FunctionCall) goja.Value {
		if k == kindMap {
			entries = append(entries, c.Argument(1), c.Argument(0))
		} else {
			entries = append(entries, c.Argument(0))
		}
		return goja.Undefined()
	})
	if _, err := forEach(o, cb); err != nil {
		e.fail(o) // not really a Map or Set
	}
	n := e.newNode(o)
	n.vals = make([]Value, len(entries))
	for i, v := range entries {
		n.vals[i] = e.value(v)
	}
	return Value{kind: k, obj: n}
}

// view copies a typed array or DataView: its buffer (one object, shared by
// every view of it) and its offset and length.
func (e *exporter) view(o *goja.Object, k kind, tag uint32, buffer, offset, length goja.Callable) Value {
	n := e.newNode(o)
	n.tag = tag
	buf := call(buffer, o)
	n.vals = []Value{e.value(buf), primitive(call(offset, o)), primitive(call(length, o))}
	return Value{kind: k, obj: n}
}

// error copies an error: its name (a string found through the prototype
// chain, getters included), the own data properties message (as a string),
// cause and, for an AggregateError, errors, and the stack if it is a string.
func (e *exporter) error(o *goja.Object) Value {
	n := e.newNode(o)
	in := e.intr()
	v := Value{kind: kindError, obj: n}
	if name := o.Get("name"); goja.IsString(name) {
		v.prim = primitive(name).prim
	}
	base := 0
	for p := o.Prototype(); p != nil && base == 0; p = p.Prototype() {
		for i := len(errorNames) - 1; i > 0; i-- {
			if p == in.errorProtos[i] {
				base = i
				break
			}
		}
	}
	n.tag = uint32(base)
	if desc := e.ownDescriptor(o, e.r.ToValue("name")); desc != nil && desc.Get("enumerable").ToBoolean() {
		n.tag |= errorTagNameEnum
	}
	add := func(key string, v Value) {
		n.keys = append(n.keys, key)
		n.vals = append(n.vals, v)
	}
	stack := o.Get("stack")
	if !goja.IsString(stack) {
		stack = nil
	}
	add("stack", e.value(stack))
	if msg := e.ownData(o, "message"); msg != nil {
		if !goja.IsString(msg) {
			msg = e.r.ToValue(msg.String())
		}
		add("message", primitive(msg))
	}
	if cause := e.ownData(o, "cause"); cause != nil {
		add("cause", e.value(cause))
	}
	if base == aggregateError || v.prim != nil && v.prim.String() == "AggregateError" {
		if errs := e.ownData(o, "errors"); errs != nil {
			add("errors", e.value(errs))
		}
	}
	return v
}

// ownData returns the value of o's own data property key, or nil.
func (e *exporter) ownData(o *goja.Object, key string) goja.Value {
	desc := e.ownDescriptor(o, e.r.ToValue(key))
	if desc == nil {
		return nil
	}
	return desc.Get("value")
}
