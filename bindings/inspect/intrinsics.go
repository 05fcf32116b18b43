package inspect

import (
	"strconv"

	"github.com/asyncrun/asyncrun/bindings/host"
	"github.com/dop251/goja"
)

// customSymbolKey is the registry key of Node's util.inspect.custom.
const customSymbolKey = "nodejs.util.inspect.custom"

var symbolCache = host.NewRuntimeCache[goja.Symbol]("asyncrun.inspect.symbol")

// CustomSymbol returns the symbol under which an object may define its own
// inspection method: Symbol.for('nodejs.util.inspect.custom'), the key Node
// uses for util.inspect.custom, so scripts can write
// `obj[Symbol.for('nodejs.util.inspect.custom')] = function (depth, options, inspect) {...}`.
// If the method returns a string, Inspect uses it verbatim; any other value
// is inspected in its place. The symbol is looked up once per runtime and
// cached as long as the runtime lives. It returns nil only if the script has
// replaced the global Symbol.for with something unusable.
func CustomSymbol(r *goja.Runtime) *goja.Symbol {
	if s := symbolCache.Get(r, func(r *goja.Runtime) *goja.Symbol { return symbolFor(r, customSymbolKey) }); s != nil {
		return s
	}
	return nil
}

// symbolFor calls the runtime's Symbol.for(key).
func symbolFor(r *goja.Runtime, key string) *goja.Symbol {
	ctor, ok := r.Get("Symbol").(*goja.Object)
	if !ok {
		return nil
	}
	fn, ok := goja.AssertFunction(ctor.Get("for"))
	if !ok {
		return nil
	}
	v, err := fn(ctor, r.ToValue(key))
	if err != nil {
		return nil
	}
	s, _ := v.(*goja.Symbol)
	return s
}

// intrinsicsProgram collects the built-in functions and prototypes the
// inspector calls instead of looking methods up on the inspected values.
var intrinsicsProgram = goja.MustCompile("inspect-intrinsics", `(function () {
	const gp = Object.getPrototypeOf, gopd = Object.getOwnPropertyDescriptor;
	const TA = gp(Uint8Array.prototype);
	const getter = (o, k) => gopd(o, k).get;
	return [
		gopd,
		Reflect.has,
		Function.prototype.toString,
		gp(async function () {}),
		gp(function* () {}),
		getter(TA, Symbol.toStringTag),
		getter(TA, 'length'),
		Error.prototype.toString,
		Date.prototype.getTime,
		Date.prototype.toString,
		RegExp.prototype.toString,
		Number.prototype.valueOf,
		String.prototype.valueOf,
		Boolean.prototype.valueOf,
		Symbol.prototype.valueOf,
		BigInt.prototype.valueOf,
		getter(Map.prototype, 'size'),
		getter(Set.prototype, 'size'),
		Map.prototype.entries,
		Set.prototype.values,
		Object.prototype,
		Function.prototype,
		WeakMap.prototype,
		WeakSet.prototype,
		DataView.prototype,
		Promise.prototype,
	];
})()`, true)

// Indices into the array intrinsicsProgram returns.
const (
	iGetOwnPropertyDescriptor = iota
	iReflectHas
	iFunctionToString
	iAsyncFunctionProto
	iGeneratorFunctionProto
	iTypedArrayTag
	iTypedArrayLength
	iErrorToString
	iDateGetTime
	iDateToString
	iRegExpToString
	iNumberValueOf
	iStringValueOf
	iBooleanValueOf
	iSymbolValueOf
	iBigIntValueOf
	iMapSize
	iSetSize
	iMapEntries
	iSetValues
	iObjectProto
	iFunctionProto
	iWeakMapProto
	iWeakSetProto
	iDataViewProto
	iPromiseProto
	numIntrinsics
)

// intrinsics holds the values of intrinsicsProgram for one runtime.
type intrinsics struct {
	fns    [numIntrinsics]goja.Callable
	protos [numIntrinsics]*goja.Object
}

var intrinsicsCache = host.NewRuntimeCache[intrinsics]("asyncrun.inspect")

// getIntrinsics returns the intrinsics of r, loading them on first use; the cache keeps them exactly as
// long as the runtime (host.RuntimeCache).
func getIntrinsics(r *goja.Runtime) *intrinsics { return intrinsicsCache.Get(r, loadIntrinsics) }

// loadIntrinsics runs intrinsicsProgram. It panics with the script error if
// the script has broken the built-ins it relies on.
func loadIntrinsics(r *goja.Runtime) *intrinsics {
	v, err := r.RunProgram(intrinsicsProgram)
	if err != nil {
		panic(err)
	}
	arr := v.(*goja.Object)
	in := &intrinsics{}
	for i := 0; i < numIntrinsics; i++ {
		o, _ := arr.Get(strconv.Itoa(i)).(*goja.Object)
		in.protos[i] = o
		if fn, ok := goja.AssertFunction(o); ok {
			in.fns[i] = fn
		}
	}
	return in
}
