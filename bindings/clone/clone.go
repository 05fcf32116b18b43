// Package clone copies JavaScript values between goja runtimes by structured
// clone, the algorithm of the HTML standard that Node's structuredClone and
// worker_threads use. Threads in asyncrun (SPEC §7) send a worker function's
// arguments and its result or error this way: Export copies a value out of
// the runtime that owns it into a Value, which any goroutine may hold, and
// Import builds the copy in another runtime.
//
// Cloned, as Node 20 clones them: undefined, null, booleans, numbers
// (including -0 and NaN), bigints, strings (lone surrogates included),
// arrays (length, holes and every own enumerable string-keyed property),
// plain objects (own enumerable string-keyed properties; getters are called
// and their values copied), Map, Set, Date, RegExp (source and flags; not
// lastIndex), ArrayBuffer, every typed array and DataView (the bytes are
// copied; views of one buffer share one buffer in the copy), the boxed
// Number, String, Boolean and BigInt objects, and errors. An object reached
// twice is one object in the copy, and cycles are kept. Subclass instances of
// Map, Set, arrays, Date, RegExp and typed arrays become instances of the
// built-in class, as in Node. Anything else gives an *Error with Node's
// message.
//
// Differences from Node 20:
//   - Objects whose prototype is neither Object.prototype nor null (class
//     instances, Object.create(proto), the objects of asyncio) are not
//     cloned: Node would copy their own properties into a plain object,
//     silently dropping the class; here they give a DataCloneError
//     ("#<Future> could not be cloned."). Go values wrapped by the runtime
//     (other than map[string]interface{} and slices) are refused as well.
//   - Errors keep their `name`: Node keeps the class only for the built-in
//     names and turns every other error into a plain Error named 'Error'.
//     Here a name that is not built in is resolved by the lookup function
//     given to ImportWith (asyncio's 'CancelledError' and the like); when it
//     is not resolved, the copy is an instance of the nearest built-in error
//     class of the original's prototype chain with its own `name`.
//   - An AggregateError keeps its class and its `errors` (Node makes a plain
//     Error without them), and an error whose cause is itself is cloned
//     (Node 20 fails to deserialize it).
//   - A property whose key holds a lone surrogate is left out: goja's Go API
//     names properties by Go strings, which cannot hold one. (Strings as
//     values, Map keys included, keep lone surrogates.)
//   - Messages for functions show goja's source text, which differs from
//     V8's for bound functions ("function bound f() { [native code] }" where
//     V8 writes "function () { [native code] }").
//
// Export and Import use the built-ins of the runtime (Map.prototype.forEach,
// the typed array getters, the constructors...) as they were when Prepare or
// the first Export or Import ran in that runtime, never the methods of the
// values themselves. They keep them in a non-enumerable symbol-keyed
// property of the global object.
package clone

import "github.com/dop251/goja"

// Value is a runtime-independent copy of a JavaScript value, safe to hand to
// another goroutine. It is immutable: it may be imported any number of times,
// into any runtimes, from several goroutines at once. The zero Value is
// undefined.
type Value struct {
	kind kind
	// prim holds the primitive of kindPrimitive and kindBoxed, and a Date's
	// time value. goja primitives are immutable and belong to no runtime.
	prim goja.Value
	// obj holds the contents of objects; for kindRef, the object referred to.
	obj *node
}

// kind tags a Value.
type kind uint8

const (
	kindUndefined   kind = iota
	kindPrimitive        // null, boolean, number, bigint or string in prim
	kindRef              // a second reference to obj, which comes earlier in the tree
	kindObject           // keys/vals
	kindArray            // vals: elements 0..n-1, then the values of keys; tag: length
	kindMap              // vals: key, value, key, value...
	kindSet              // vals: the elements
	kindDate             // prim: the time value
	kindRegExp           // vals: source, flags
	kindArrayBuffer      // data: the bytes
	kindTypedArray       // vals: buffer, byteOffset, length; tag: index in typedArrayNames
	kindDataView         // vals: buffer, byteOffset, byteLength
	kindBoxed            // prim: the wrapped primitive
	kindError            // prim: name (a string) or nil; keys/vals: own properties; tag: see errorTag*
)

// node holds the contents of one object. Nodes are created by Export and
// never changed once it returns.
type node struct {
	// id is the 1-based number of an object that the tree reaches more than
	// once (set when Export first meets it again); 0 for the others.
	id   uint32
	tag  uint32
	keys []string
	vals []Value
	data []byte
}

// Bits of a kindError node's tag: the index in errorNames of the nearest
// built-in class of the original, and whether an own `name` was enumerable.
const (
	errorTagBase     = 0xff
	errorTagNameEnum = 0x100
)

// Error is a DataCloneError: the value, or a value inside it, cannot be
// cloned. Message is Node's message, such as
// "function foo() {} could not be cloned."; Error() prefixes it with
// "DataCloneError: ", as String(err) does in Node.
type Error struct{ Message string }

// Error returns "DataCloneError: " followed by the message.
func (e *Error) Error() string { return "DataCloneError: " + e.Message }

// Object makes the error for scripts of runtime r: an Error whose name is
// 'DataCloneError' and whose code is 25, as the DOMException that Node throws.
func (e *Error) Object(r *goja.Runtime) *goja.Object {
	in := getIntrinsics(r)
	obj, err := r.New(in.errors[0], r.ToValue(e.Message))
	if err != nil {
		panic(err)
	}
	_ = obj.DefineDataProperty("name", r.ToValue("DataCloneError"), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = obj.DefineDataProperty("code", r.ToValue(25), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return obj
}

// Export copies v out of runtime r, which must be the runtime v belongs to;
// call it on the goroutine that runs r. Values that cannot be cloned give an
// *Error; if a getter throws while v is read, the error is that
// *goja.Exception.
func Export(r *goja.Runtime, v goja.Value) (Value, error) {
	return export(r, v)
}

// Import makes the value in runtime r; call it on the goroutine that runs r.
// Errors whose name is not a built-in error class become plain Errors with
// that name (see ImportWith).
func Import(r *goja.Runtime, v Value) goja.Value {
	return ImportWith(r, v, nil)
}

// ImportWith is Import with a lookup for error classes. For a cloned error
// whose name is not one of the built-in error classes (Error, EvalError,
// RangeError, ReferenceError, SyntaxError, TypeError, URIError,
// AggregateError), lookup(name) may return a constructor of r: the copy then
// gets its `prototype` (the constructor itself is not called). A nil lookup,
// or a nil result, leaves the copy an instance of the original's nearest
// built-in error class with its own `name`. lookup is called only for such
// names, once per error.
//
// ImportWith panics with a *goja.Exception only if the script of r has
// destroyed a built-in it needs (such as the global Map).
func ImportWith(r *goja.Runtime, v Value, lookup func(name string) *goja.Object) goja.Value {
	switch v.kind {
	case kindUndefined:
		return goja.Undefined()
	case kindPrimitive:
		return v.prim
	}
	im := importer{r: r, lookup: lookup}
	return im.value(v)
}
