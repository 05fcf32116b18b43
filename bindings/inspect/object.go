package inspect

import (
	"fmt"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/asyncrun/asyncrun/bindings/host"
	"github.com/dop251/goja"
)

// This file holds Node's formatRaw: it classifies an object, picks its
// prefix and braces, and hands the entries to reduceToSingleString.

func itoa(i int) string { return strconv.Itoa(i) }

// kind is the internal type of an object, what Node learns from the
// isXxx checks of internal/util/types.
type kind int

const (
	kindObject kind = iota
	kindArray
	kindFunction
	kindError
	kindDate
	kindRegExp
	kindBoxed
	kindArguments
	kindMap
	kindSet
	kindPromise
	kindArrayBuffer
	kindTypedArray
	kindWeakMap
	kindWeakSet
	kindDataView
)

// kindOf classifies o. For typed arrays the second result is the type name
// ("Uint8Array"), for boxed primitives the primitive type ("Number").
func (c *inspector) kindOf(o *goja.Object) (kind, string) {
	switch cls := o.ClassName(); cls {
	case "Array":
		return kindArray, ""
	case "Function", "AsyncFunction", "GeneratorFunction":
		return kindFunction, ""
	case "Error":
		return kindError, ""
	case "Date":
		return kindDate, ""
	case "RegExp":
		return kindRegExp, ""
	case "Number", "String", "Boolean":
		return kindBoxed, cls
	case "Arguments":
		return kindArguments, ""
	}
	if _, ok := goja.AssertFunction(o); ok {
		return kindFunction, ""
	}
	t := o.ExportType()
	switch t {
	case host.TypeMap:
		return kindMap, ""
	case host.TypeSet:
		return kindSet, ""
	case host.TypePromise:
		return kindPromise, ""
	case host.TypeArrayBuffer:
		return kindArrayBuffer, ""
	case host.TypeBigInt:
		if _, ok := c.tryIntrinsic(iBigIntValueOf, o); ok {
			return kindBoxed, "BigInt"
		}
	}
	if t != nil && t.Kind() == reflect.String {
		if _, ok := c.tryIntrinsic(iSymbolValueOf, o); ok {
			return kindBoxed, "Symbol"
		}
	}
	if host.IsNumericSlice(t) {
		if tag := c.callIntrinsic(iTypedArrayTag, o); goja.IsString(tag) {
			return kindTypedArray, tag.String()
		}
	}
	in := c.intr()
	for p := o.Prototype(); p != nil; p = p.Prototype() {
		switch p {
		case in.protos[iObjectProto]:
			return kindObject, ""
		case in.protos[iWeakMapProto]:
			return kindWeakMap, ""
		case in.protos[iWeakSetProto]:
			return kindWeakSet, ""
		case in.protos[iDataViewProto]:
			return kindDataView, ""
		}
	}
	return kindObject, ""
}

// internalName stands for V8's GetConstructorName, which Node uses for
// objects whose prototype chain names no constructor.
func internalName(o *goja.Object, k kind, extra string) string {
	switch k {
	case kindObject:
		// V8 prefers a Symbol.toStringTag data property.
		if t := o.GetSymbol(goja.SymToStringTag); goja.IsString(t) && t.String() != "" {
			return t.String()
		}
	case kindArray:
		return "Array"
	case kindFunction:
		return "Function"
	case kindError:
		return "Error"
	case kindDate:
		return "Date"
	case kindRegExp:
		return "RegExp"
	case kindBoxed, kindTypedArray:
		return extra
	case kindMap:
		return "Map"
	case kindSet:
		return "Set"
	case kindPromise:
		return "Promise"
	case kindArrayBuffer:
		return "ArrayBuffer"
	case kindWeakMap:
		return "WeakMap"
	case kindWeakSet:
		return "WeakSet"
	case kindDataView:
		return "DataView"
	}
	return "Object"
}

// propKey is a property key: a string or a symbol.
type propKey struct {
	name string
	sym  *goja.Symbol
}

func (c *inspector) keyValue(k propKey) goja.Value {
	if k.sym != nil {
		return k.sym
	}
	return c.r.ToValue(k.name)
}

func get(o *goja.Object, k propKey) goja.Value {
	if k.sym != nil {
		return o.GetSymbol(k.sym)
	}
	return o.Get(k.name)
}

// descriptor is a property descriptor; nil fields are absent or undefined.
type descriptor struct {
	value, get, set goja.Value
	enumerable      bool
}

func defined(v goja.Value) goja.Value {
	if v == nil || goja.IsUndefined(v) {
		return nil
	}
	return v
}

// ownDescriptor is Object.getOwnPropertyDescriptor(o, k).
func (c *inspector) ownDescriptor(o *goja.Object, k propKey) (descriptor, bool) {
	d, ok := c.callIntrinsic(iGetOwnPropertyDescriptor, goja.Undefined(), o, c.keyValue(k)).(*goja.Object)
	if !ok {
		return descriptor{}, false
	}
	desc := descriptor{
		value:      defined(d.Get("value")),
		enumerable: d.Get("enumerable").ToBoolean(),
	}
	if desc.value == nil {
		desc.get = defined(d.Get("get"))
		desc.set = defined(d.Get("set"))
	}
	return desc, true
}

// getKeys is Object.keys(o) plus the enumerable own symbols.
func (c *inspector) getKeys(o *goja.Object) []propKey {
	names := o.Keys()
	keys := make([]propKey, 0, len(names))
	for _, n := range names {
		keys = append(keys, propKey{name: n})
	}
	return c.appendSymbols(keys, o)
}

func (c *inspector) appendSymbols(keys []propKey, o *goja.Object) []propKey {
	for _, s := range o.Symbols() {
		k := propKey{sym: s}
		if d, ok := c.ownDescriptor(o, k); ok && d.enumerable {
			keys = append(keys, k)
		}
	}
	return keys
}

var numberRegExp = regexp.MustCompile(`^(0|[1-9][0-9]*)$`)

func isArrayIndex(s string) bool {
	if !numberRegExp.MatchString(s) {
		return false
	}
	n, err := strconv.ParseUint(s, 10, 64)
	return err == nil && n < 1<<32-1
}

// keyScanLimit is the length above which nonIndexKeys no longer looks for
// string keys: goja lists them only together with every index, which
// takes about half a second for a million elements.
const keyScanLimit = 10000

// nonIndexKeys lists the enumerable own keys of an array or typed array
// that are not indices (only the symbols if the array is longer than
// keyScanLimit).
func (c *inspector) nonIndexKeys(o *goja.Object, length int) []propKey {
	var keys []propKey
	if length <= keyScanLimit {
		for _, n := range o.Keys() {
			if !isArrayIndex(n) {
				keys = append(keys, propKey{name: n})
			}
		}
	}
	return c.appendSymbols(keys, o)
}

func removeKey(keys []propKey, name string) []propKey {
	for i, k := range keys {
		if k.sym == nil && k.name == name {
			return append(keys[:i:i], keys[i+1:]...)
		}
	}
	return keys
}

func hasKey(keys []propKey, name string) bool {
	for _, k := range keys {
		if k.sym == nil && k.name == name {
			return true
		}
	}
	return false
}

// instanceOf is `o instanceof ctor`, false if that throws.
func (c *inspector) instanceOf(o goja.Value, ctor *goja.Object) (res bool) {
	if ex := c.r.Try(func() { res = c.r.InstanceOf(o, ctor) }); ex != nil {
		return false
	}
	return res
}

// constructorName is Node's getConstructorName; ok is false for objects
// whose prototype chain has no constructor and ends right away in null.
func (c *inspector) constructorName(obj *goja.Object, recurseTimes int) (name string, ok bool) {
	in := c.intr()
	var firstProto *goja.Object
	first := true
	for cur := obj; cur != nil; {
		switch cur {
		case in.protos[iObjectProto]:
			return "Object", true
		case in.protos[iFunctionProto]:
			return "Function", true
		case in.protos[iPromiseProto]:
			// Its constructor is an accessor where asyncio is loaded (it sees every await through it),
			// which the descriptor test below would pass over: it names Promise all the same.
			return "Promise", true
		}
		if d, ok := c.ownDescriptor(cur, propKey{name: "constructor"}); ok {
			if fn, ok := d.value.(*goja.Object); ok {
				if _, isFn := goja.AssertFunction(fn); isFn {
					n := fn.Get("name")
					if !(goja.IsString(n) && n.String() == "") && c.instanceOf(obj, fn) {
						return stringOf(n), true
					}
				}
			}
		}
		cur = cur.Prototype()
		if first {
			firstProto, first = cur, false
		}
	}
	if firstProto == nil {
		return "", false
	}
	k, extra := c.kindOf(obj)
	res := internalName(obj, k, extra)
	if recurseTimes > c.depth {
		return res + " <Complex prototype>", true
	}
	protoName, ok := c.constructorName(firstProto, recurseTimes+1)
	if !ok {
		s := c.sub()
		s.depth = -1
		s.customInspect = false
		return res + " <" + s.formatValue(firstProto, 0) + ">", true
	}
	return res + " <" + protoName + ">", true
}

// stringOf is String(v).
func stringOf(v goja.Value) string {
	if v == nil {
		return "undefined"
	}
	if s, ok := v.(*goja.Symbol); ok {
		return symbolString(s)
	}
	return v.String()
}

// toStringTag returns value[Symbol.toStringTag] when it is a non-empty
// string that is not an own enumerable property (Node prints those as
// ordinary properties).
func (c *inspector) toStringTag(value *goja.Object) string {
	t := value.GetSymbol(goja.SymToStringTag)
	if !goja.IsString(t) {
		return ""
	}
	s := t.String()
	if s == "" {
		return ""
	}
	if d, ok := c.ownDescriptor(value, propKey{sym: goja.SymToStringTag}); ok && d.enumerable {
		return ""
	}
	return s
}

// getPrefix is Node's getPrefix; hasCtor false stands for a null
// constructor.
func getPrefix(ctor string, hasCtor bool, tag, fallback, size string) string {
	if !hasCtor {
		if tag != "" && fallback != tag {
			return "[" + fallback + size + ": null prototype] [" + tag + "] "
		}
		return "[" + fallback + size + ": null prototype] "
	}
	if tag != "" && ctor != tag {
		return ctor + size + " [" + tag + "] "
	}
	return ctor + size + " "
}

// ctxStyle is Node's getCtxStyle.
func ctxStyle(value *goja.Object, k kind, extra, ctor string, hasCtor bool, tag string) string {
	fallback := ""
	if !hasCtor {
		fallback = internalName(value, k, extra)
		if fallback == tag {
			fallback = "Object"
		}
	}
	return getPrefix(ctor, hasCtor, tag, fallback, "")
}

// formatRaw is Node's formatRaw.
func (c *inspector) formatRaw(value *goja.Object, recurseTimes int) string {
	ctor, hasCtor := c.constructorName(value, recurseTimes)
	tag := c.toStringTag(value)
	k, extra := c.kindOf(value)
	var keys []propKey
	base := ""
	braces := [2]string{"{", "}"}
	var formatter func(recurseTimes int) []string
	extrasType := kObjectType

	switch k {
	case kindArray:
		length := int(value.Get("length").ToInteger())
		prefix := ""
		if !hasCtor || ctor != "Array" || tag != "" {
			prefix = getPrefix(ctor, hasCtor, tag, "Array", "("+itoa(length)+")")
		}
		keys = c.nonIndexKeys(value, length)
		braces[0] = prefix + "["
		braces[1] = "]"
		if length == 0 && len(keys) == 0 {
			return braces[0] + "]"
		}
		extrasType = kArrayExtrasType
		formatter = func(rt int) []string { return c.formatArray(value, length, rt) }
	case kindSet, kindMap:
		name, sizeGetter := "Set", iSetSize
		if k == kindMap {
			name, sizeGetter = "Map", iMapSize
		}
		size := int(c.callIntrinsic(sizeGetter, value).ToInteger())
		prefix := getPrefix(ctor, hasCtor, tag, name, "("+itoa(size)+")")
		keys = c.getKeys(value)
		if size == 0 && len(keys) == 0 {
			return prefix + "{}"
		}
		braces[0] = prefix + "{"
		formatter = func(rt int) []string { return c.formatCollection(value, k == kindMap, hasCtor, size, rt) }
	case kindTypedArray:
		size := int(c.callIntrinsic(iTypedArrayLength, value).ToInteger())
		keys = c.nonIndexKeys(value, size)
		fallback := ""
		if !hasCtor {
			fallback = extra
		}
		braces[0] = getPrefix(ctor, hasCtor, tag, fallback, "("+itoa(size)+")") + "["
		braces[1] = "]"
		if size == 0 && len(keys) == 0 {
			return braces[0] + "]"
		}
		formatter = func(int) []string { return c.formatTypedArray(value, size) }
		extrasType = kArrayExtrasType
	default:
		keys = c.getKeys(value)
		switch {
		case k == kindFunction:
			base = c.functionBase(value, ctor, hasCtor, tag)
			if len(keys) == 0 {
				return base
			}
		case hasCtor && ctor == "Object":
			if k == kindArguments {
				braces[0] = "[Arguments] {"
			} else if tag != "" {
				braces[0] = getPrefix(ctor, hasCtor, tag, "Object", "") + "{"
			}
			if len(keys) == 0 {
				return braces[0] + "}"
			}
		case k == kindRegExp:
			base = c.callIntrinsic(iRegExpToString, value).String()
			if prefix := getPrefix(ctor, hasCtor, tag, "RegExp", ""); prefix != "RegExp " {
				base = prefix + base
			}
			if len(keys) == 0 || recurseTimes > c.depth {
				return base
			}
		case k == kindDate:
			if t := c.callIntrinsic(iDateGetTime, value); goja.IsNaN(t) {
				base = c.callIntrinsic(iDateToString, value).String()
			} else {
				base = isoString(t.ToInteger())
			}
			if prefix := getPrefix(ctor, hasCtor, tag, "Date", ""); prefix != "Date " {
				base = prefix + base
			}
			if len(keys) == 0 {
				return base
			}
		case k == kindError:
			base, keys = c.formatError(value, ctor, hasCtor, tag, keys)
			if len(keys) == 0 {
				return base
			}
		case k == kindArrayBuffer:
			braces[0] = getPrefix(ctor, hasCtor, tag, "ArrayBuffer", "") + "{"
			formatter = func(int) []string { return c.formatArrayBuffer(value) }
			keys = append([]propKey{{name: "byteLength"}}, keys...)
		case k == kindDataView:
			braces[0] = getPrefix(ctor, hasCtor, tag, "DataView", "") + "{"
			keys = append([]propKey{{name: "byteLength"}, {name: "byteOffset"}, {name: "buffer"}}, keys...)
		case k == kindPromise:
			braces[0] = getPrefix(ctor, hasCtor, tag, "Promise", "") + "{"
			formatter = func(rt int) []string { return c.formatPromise(value, rt) }
		case k == kindWeakSet || k == kindWeakMap:
			braces[0] = getPrefix(ctor, hasCtor, tag, internalName(value, k, extra), "") + "{"
			formatter = func(int) []string { return []string{"<items unknown>"} }
		case k == kindBoxed:
			base, keys = c.boxedBase(value, extra, keys, ctor, hasCtor, tag)
			if len(keys) == 0 {
				return base
			}
		default:
			style := ctxStyle(value, k, extra, ctor, hasCtor, tag)
			if len(keys) == 0 {
				return style + "{}"
			}
			braces[0] = style + "{"
		}
	}

	if recurseTimes > c.depth {
		name := ctxStyle(value, k, extra, ctor, hasCtor, tag)
		name = name[:len(name)-1]
		if hasCtor {
			name = "[" + name + "]"
		}
		return name
	}
	recurseTimes++
	c.seen = append(c.seen, value)
	c.currentDepth = recurseTimes
	var output []string
	if formatter != nil {
		output = formatter(recurseTimes)
	}
	for _, key := range keys {
		output = append(output, c.formatProperty(value, recurseTimes, key, extrasType, nil))
	}
	if index, ok := c.circular[value]; ok {
		ref := "<ref *" + itoa(index) + ">"
		if base == "" {
			base = ref
		} else {
			base = ref + " " + base
		}
	}
	c.seen = c.seen[:len(c.seen)-1]
	return c.reduceToSingleString(output, base, braces, extrasType, recurseTimes, value)
}

// boxedBase is Node's getBoxedBase, for Number, String, Boolean, BigInt
// and Symbol objects.
func (c *inspector) boxedBase(value *goja.Object, typ string, keys []propKey, ctor string, hasCtor bool, tag string) (string, []propKey) {
	var prim goja.Value
	switch typ {
	case "Number":
		prim = c.callIntrinsic(iNumberValueOf, value)
	case "String":
		prim = c.callIntrinsic(iStringValueOf, value)
		// Drop the index keys: they only repeat the string.
		_, n := prefixUTF16(prim, 0)
		if n > len(keys) {
			n = len(keys)
		}
		keys = keys[n:]
	case "Boolean":
		prim = c.callIntrinsic(iBooleanValueOf, value)
	case "BigInt":
		prim = c.callIntrinsic(iBigIntValueOf, value)
	default:
		prim = c.callIntrinsic(iSymbolValueOf, value)
	}
	var b strings.Builder
	b.WriteString("[" + typ)
	if !hasCtor {
		b.WriteString(" (null prototype)")
	} else if typ != ctor {
		b.WriteString(" (" + ctor + ")")
	}
	b.WriteString(": " + c.formatPrimitive(prim) + "]")
	if tag != "" && tag != ctor {
		b.WriteString(" [" + tag + "]")
	}
	return b.String(), keys
}

// isoString is Date.prototype.toISOString for a valid time value in
// milliseconds. (goja writes years before 0 and after 9999 with too few
// digits.)
func isoString(ms int64) string {
	t := time.UnixMilli(ms).UTC()
	year := ""
	switch y := t.Year(); {
	case y < 0:
		year = fmt.Sprintf("-%06d", -y)
	case y > 9999:
		year = fmt.Sprintf("+%06d", y)
	default:
		year = fmt.Sprintf("%04d", y)
	}
	return year + t.Format("-01-02T15:04:05.000Z")
}
