package clone

import (
	"strconv"

	"github.com/asyncrun/asyncrun/bindings/host"
	"github.com/dop251/goja"
)

// intrinsicsSource collects the built-in functions, constructors and
// prototypes that cloning uses instead of looking methods up on the values
// (structured clone reads internal slots, so overriding Map.prototype.forEach
// or a `buffer` getter on a subclass must not change what is copied).
const intrinsicsSource = `(function () {
	const gp = Object.getPrototypeOf, gopd = Object.getOwnPropertyDescriptor;
	const getter = (o, k) => { const d = gopd(o, k); return d && d.get; };
	const TA = gp(Uint8Array.prototype), RP = RegExp.prototype, DV = DataView.prototype;
	const flags = [];
	for (const [c, n] of [['d', 'hasIndices'], ['g', 'global'], ['i', 'ignoreCase'], ['m', 'multiline'],
			['s', 'dotAll'], ['u', 'unicode'], ['v', 'unicodeSets'], ['y', 'sticky']]) {
		const g = getter(RP, n);
		if (g) flags.push(c, g);
	}
	return {
		gopd, flags,
		funcToString: Function.prototype.toString,
		objectToString: Object.prototype.toString,
		errorToString: Error.prototype.toString,
		objectProto: Object.prototype,
		mapForEach: Map.prototype.forEach, setForEach: Set.prototype.forEach,
		mapSet: Map.prototype.set, setAdd: Set.prototype.add,
		dateGetTime: Date.prototype.getTime,
		reSource: getter(RP, 'source'),
		bigintValueOf: BigInt.prototype.valueOf,
		numberValueOf: Number.prototype.valueOf,
		stringValueOf: String.prototype.valueOf,
		booleanValueOf: Boolean.prototype.valueOf,
		taBuffer: getter(TA, 'buffer'), taByteOffset: getter(TA, 'byteOffset'),
		taLength: getter(TA, 'length'), taTag: getter(TA, Symbol.toStringTag),
		dvBuffer: getter(DV, 'buffer'), dvByteOffset: getter(DV, 'byteOffset'),
		dvByteLength: getter(DV, 'byteLength'),
		Map, Set, Date, RegExp, DataView,
		Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
		Float32Array, Float64Array, BigInt64Array, BigUint64Array,
		Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError, AggregateError,
	};
})()`

var intrinsicsProgram = goja.MustCompile("clone-intrinsics", intrinsicsSource, true)

// typedArrayNames are the typed array constructors, in the order of
// intrinsics.typed; a node's tag holds the index.
var typedArrayNames = [...]string{
	"Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array", "Int32Array",
	"Uint32Array", "Float32Array", "Float64Array", "BigInt64Array", "BigUint64Array",
}

// errorNames are the built-in error constructors, in the order of
// intrinsics.errors. Index 0 (Error) is the default class.
var errorNames = [...]string{
	"Error", "EvalError", "RangeError", "ReferenceError", "SyntaxError", "TypeError", "URIError",
	"AggregateError",
}

const aggregateError = 7 // index of AggregateError in errorNames

// errorIndex returns the index of name in errorNames, or -1.
func errorIndex(name string) int {
	for i, n := range errorNames {
		if n == name {
			return i
		}
	}
	return -1
}

// regexpFlag is one RegExp flag the runtime knows, with its getter.
type regexpFlag struct {
	char byte
	get  goja.Callable
}

// intrinsics holds the values of intrinsicsProgram for one runtime.
type intrinsics struct {
	gopd, funcToString                               goja.Callable
	objectToString, errorToString                    *goja.Object // compared by identity
	objectProto                                      *goja.Object
	mapForEach, setForEach, mapSet, setAdd           goja.Callable
	dateGetTime, reSource                            goja.Callable
	bigintValueOf, numberValueOf                     goja.Callable
	stringValueOf, booleanValueOf                    goja.Callable
	taBuffer, taByteOffset, taLength, taTag          goja.Callable
	dvBuffer, dvByteOffset, dvByteLength             goja.Callable
	mapCtor, setCtor, dateCtor, regexpCtor, dataView *goja.Object
	flags                                            []regexpFlag
	typed                                            [len(typedArrayNames)]*goja.Object
	errors, errorProtos                              [len(errorNames)]*goja.Object
}

var intrinsicsCache = host.NewRuntimeCache[intrinsics]("asyncrun.clone")

// Prepare loads the built-ins that cloning uses in r (they are otherwise
// loaded on first use). Call it before r runs scripts, so that a script that
// replaces Map.prototype.forEach, Date.prototype.getTime and the like cannot
// change how values are cloned.
func Prepare(r *goja.Runtime) {
	getIntrinsics(r)
}

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
	o := v.(*goja.Object)
	obj := func(name string) *goja.Object {
		res, _ := o.Get(name).(*goja.Object)
		return res
	}
	fn := func(name string) goja.Callable {
		f, _ := goja.AssertFunction(o.Get(name))
		return f
	}
	in := &intrinsics{
		gopd: fn("gopd"), funcToString: fn("funcToString"),
		objectToString: obj("objectToString"), errorToString: obj("errorToString"),
		objectProto: obj("objectProto"),
		mapForEach:  fn("mapForEach"), setForEach: fn("setForEach"), mapSet: fn("mapSet"), setAdd: fn("setAdd"),
		dateGetTime: fn("dateGetTime"), reSource: fn("reSource"),
		bigintValueOf: fn("bigintValueOf"), numberValueOf: fn("numberValueOf"),
		stringValueOf: fn("stringValueOf"), booleanValueOf: fn("booleanValueOf"),
		taBuffer: fn("taBuffer"), taByteOffset: fn("taByteOffset"), taLength: fn("taLength"), taTag: fn("taTag"),
		dvBuffer: fn("dvBuffer"), dvByteOffset: fn("dvByteOffset"), dvByteLength: fn("dvByteLength"),
		mapCtor: obj("Map"), setCtor: obj("Set"), dateCtor: obj("Date"), regexpCtor: obj("RegExp"),
		dataView: obj("DataView"),
	}
	flags := obj("flags")
	for i := 0; ; i += 2 {
		c := flags.Get(strconv.Itoa(i))
		if c == nil {
			break
		}
		g, _ := goja.AssertFunction(flags.Get(strconv.Itoa(i + 1)))
		in.flags = append(in.flags, regexpFlag{c.String()[0], g})
	}
	for i, name := range typedArrayNames {
		in.typed[i] = obj(name)
	}
	for i, name := range errorNames {
		in.errors[i] = obj(name)
		in.errorProtos[i], _ = in.errors[i].Get("prototype").(*goja.Object)
	}
	return in
}
