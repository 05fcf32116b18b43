// Package inspect formats goja values the way Node 20's util.inspect and
// console.log do, with Node's default options (depth 2, breakLength 80,
// compact 3, maxArrayLength 100, maxStringLength 10000, no colours).
//
// The code follows lib/internal/util/inspect.js of Node 20 function by
// function, including the line-breaking rules (reduceToSingleString) and the
// column grouping of long arrays (groupArrayElements).
//
// Known differences from Node:
//   - Error stacks come from goja, so their frames differ from V8's. Stacks
//     that goja wrote ("Error: m\n\tat f (file.js:1:2(3))\n") are given
//     V8's four-space frame indentation and lose their final newline
//     before Node's rules apply.
//   - Map and Set iterators (and other iterators) print as
//     `Object [Map Iterator] {}`: goja cannot preview iterator entries
//     without consuming them.
//   - A RegExp shows goja's `source`, which escapes a '/' of a pattern
//     built from a string as \u002f where V8 writes \/.
//   - Arrays and typed arrays longer than 10000 elements are shown without
//     their non-index string properties (symbol properties still show):
//     goja lists those only together with every index.
//   - String widths used for column grouping follow Node's non-ICU
//     estimate (East Asian wide characters count 2, combining marks 0), no
//     NFC normalisation; ICU builds of Node may differ for emoji sequences.
//   - Property order is goja's (it matches V8 for ordinary objects).
//   - Format does not interpret printf-style directives (%s, %d, %o, ...)
//     in its first argument.
//   - Only the default options exist; Proxies are shown as their target.
//
// goja quirks that are corrected: async methods (whose prototype goja sets
// to Function.prototype) are recognised from their source text, and Dates
// outside the years 0-9999 get V8's six-digit ISO years.
//
// Inspecting runs script code when the inspected values have getters on
// Symbol.toStringTag, custom inspection methods, or overridden iterators
// (Node runs the same code). If such code throws, Inspect and Format panic
// with the *goja.Exception, as goja's own API does; called from a Go
// function that a script invoked, this rethrows the exception in the script.
package inspect

import (
	"strings"

	"github.com/asyncrun/asyncrun/bindings/host"
	"github.com/dop251/goja"
)

// Inspect formats one value as util.inspect(v) does: strings are quoted
// with single quotes, as inside an array. It must run on the goroutine
// that owns r; it panics with a *goja.Exception if script code it runs
// throws (see the package documentation).
func Inspect(r *goja.Runtime, v goja.Value) (s string) {
	try(r, func() { s = newInspector(r).formatValue(v, 0) })
	return s
}

// Format formats console.log's arguments: strings as they are, everything
// else through Inspect, joined by one space. It adds no trailing newline.
// It panics as Inspect does.
func Format(r *goja.Runtime, args []goja.Value) string {
	var b strings.Builder
	var c *inspector
	for i, a := range args {
		if i > 0 {
			b.WriteByte(' ')
		}
		if goja.IsString(a) {
			b.WriteString(a.String())
			continue
		}
		if c == nil {
			c = newInspector(r)
		} else {
			c.reset()
		}
		try(r, func() { b.WriteString(c.formatValue(a, 0)) })
	}
	return b.String()
}

// try runs f, which may run script code, so that an exception leaves the
// runtime in order (goja's Go API does not unwind it when an exception
// escapes a getter called from outside a script), then panics with it.
func try(r *goja.Runtime, f func()) {
	if ex := r.Try(f); ex != nil {
		panic(ex)
	}
}

const (
	kObjectType = iota
	kArrayType
	kArrayExtrasType
)

// infiniteDepth stands for Node's `depth: null`.
const infiniteDepth = int(^uint(0) >> 2)

// inspector is Node's ctx: the options and the state of one inspection.
type inspector struct {
	r  *goja.Runtime
	in *intrinsics // loaded on the first object

	depth           int
	breakLength     int
	compact         int
	maxArrayLength  int
	maxStringLength int
	customInspect   bool

	indentationLvl int
	currentDepth   int
	seen           []*goja.Object
	circular       map[*goja.Object]int

	custom       *goja.Symbol
	customLoaded bool
}

func newInspector(r *goja.Runtime) *inspector {
	return &inspector{
		r:               r,
		depth:           2,
		breakLength:     80,
		compact:         3,
		maxArrayLength:  100,
		maxStringLength: 10000,
		customInspect:   true,
	}
}

// reset prepares the inspector for another top-level value.
func (c *inspector) reset() {
	c.indentationLvl = 0
	c.currentDepth = 0
	c.seen = c.seen[:0]
	c.circular = nil
}

// sub returns an inspector that shares the runtime state of c.
func (c *inspector) sub() *inspector {
	s := newInspector(c.r)
	s.in = c.in
	s.custom, s.customLoaded = c.custom, c.customLoaded
	return s
}

func (c *inspector) intr() *intrinsics {
	if c.in == nil {
		c.in = getIntrinsics(c.r)
	}
	return c.in
}

// call calls fn and panics with the exception if it throws.
func call(fn goja.Callable, this goja.Value, args ...goja.Value) goja.Value {
	v, err := fn(this, args...)
	if err != nil {
		panic(err)
	}
	return v
}

// callIntrinsic calls intrinsic i, as a method of this.
func (c *inspector) callIntrinsic(i int, this goja.Value, args ...goja.Value) goja.Value {
	return call(c.intr().fns[i], this, args...)
}

// tryIntrinsic calls intrinsic i and reports whether it returned without throwing.
func (c *inspector) tryIntrinsic(i int, this goja.Value, args ...goja.Value) (goja.Value, bool) {
	v, err := c.intr().fns[i](this, args...)
	return v, err == nil
}

func (c *inspector) customSymbol() *goja.Symbol {
	if !c.customLoaded {
		c.custom = CustomSymbol(c.r)
		c.customLoaded = true
	}
	return c.custom
}

// formatValue is Node's formatValue.
func (c *inspector) formatValue(v goja.Value, recurseTimes int) string {
	context, ok := v.(*goja.Object)
	if !ok {
		return c.formatPrimitive(v)
	}
	value := context
	if value.ExportType() == host.TypeProxy {
		target := value.Export().(goja.Proxy).Target()
		if target == nil {
			return "<Revoked Proxy>"
		}
		value = target
	}

	if c.customInspect {
		if s, ok := c.customInspection(value, context, recurseTimes); ok {
			return s
		}
	}

	for _, s := range c.seen {
		if s == value {
			index, ok := c.circular[value]
			if !ok {
				if c.circular == nil {
					c.circular = map[*goja.Object]int{}
				}
				index = len(c.circular) + 1
				c.circular[value] = index
			}
			return "[Circular *" + itoa(index) + "]"
		}
	}
	return c.formatRaw(value, recurseTimes)
}

// customInspection calls the value's custom inspection method, if any.
func (c *inspector) customInspection(value, context *goja.Object, recurseTimes int) (string, bool) {
	sym := c.customSymbol()
	if sym == nil {
		return "", false
	}
	fn, ok := goja.AssertFunction(value.GetSymbol(sym))
	if !ok {
		return "", false
	}
	// Skip prototype objects: value.constructor.prototype === value.
	if ctor, ok := value.Get("constructor").(*goja.Object); ok {
		if p, ok := ctor.Get("prototype").(*goja.Object); ok && p == value {
			return "", false
		}
	}
	depth := goja.Null()
	if c.depth != infiniteDepth {
		depth = c.r.ToValue(c.depth - recurseTimes)
	}
	ret := call(fn, context, depth, c.userOptions(), c.r.ToValue(c.inspectFunction))
	if o, ok := ret.(*goja.Object); ok && o == context {
		return "", false
	}
	if !goja.IsString(ret) {
		return c.formatValue(ret, recurseTimes), true
	}
	return strings.ReplaceAll(ret.String(), "\n", "\n"+spaces(c.indentationLvl)), true
}

// userOptions builds the options object handed to custom inspection
// methods, as Node's getUserOptions does.
func (c *inspector) userOptions() *goja.Object {
	o := c.r.NewObject()
	set := func(k string, v interface{}) { _ = o.Set(k, v) }
	set("stylize", func(call goja.FunctionCall) goja.Value { return call.Argument(0) })
	set("showHidden", false)
	if c.depth == infiniteDepth {
		set("depth", goja.Null())
	} else {
		set("depth", c.depth)
	}
	set("colors", false)
	set("customInspect", c.customInspect)
	set("showProxy", false)
	set("maxArrayLength", c.maxArrayLength)
	set("maxStringLength", c.maxStringLength)
	set("breakLength", c.breakLength)
	set("compact", c.compact)
	set("sorted", false)
	set("getters", false)
	set("numericSeparator", false)
	return o
}

// inspectFunction is the `inspect` argument of custom inspection methods.
// It honours the depth and customInspect options.
func (c *inspector) inspectFunction(call goja.FunctionCall) goja.Value {
	s := c.sub()
	if opts, ok := call.Argument(1).(*goja.Object); ok {
		if d := opts.Get("depth"); d != nil && !goja.IsUndefined(d) {
			if goja.IsNull(d) || goja.IsInfinity(d) {
				s.depth = infiniteDepth
			} else {
				s.depth = int(d.ToInteger())
			}
		}
		if ci := opts.Get("customInspect"); ci != nil && !goja.IsUndefined(ci) {
			s.customInspect = ci.ToBoolean()
		}
	}
	return c.r.ToValue(s.formatValue(call.Argument(0), 0))
}
