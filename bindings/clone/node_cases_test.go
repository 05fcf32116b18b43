package clone

import (
	"testing"

	"github.com/dop251/goja"

	"github.com/asyncrun/asyncrun/bindings/inspect"
)

// roundTrip evaluates src in one runtime, clones the result into a second
// runtime and returns it there.
func roundTrip(t testing.TB, src string) (*goja.Runtime, goja.Value) {
	t.Helper()
	from, to := goja.New(), goja.New()
	v, err := from.RunString(src)
	if err != nil {
		t.Fatalf("%s: %v", src, err)
	}
	c, err := Export(from, v)
	if err != nil {
		t.Fatalf("Export(%s): %v", src, err)
	}
	return to, Import(to, c)
}

// nodeCases are values and what Node 20 prints (util.inspect) for
// structuredClone of them (generated with node, so every case checks the
// clone against Node's).
var nodeCases = []struct{ src, want string }{
	{"undefined", `undefined`},
	{"null", `null`},
	{"true", `true`},
	{"false", `false`},
	{"42", `42`},
	{"-0", `-0`},
	{"NaN", `NaN`},
	{"Infinity", `Infinity`},
	{"-1.5e300", `-1.5e+300`},
	{"12345678901234567890123n", `12345678901234567890123n`},
	{"-5n", `-5n`},
	{"''", `''`},
	{"'héllo wörld 😀'", `'héllo wörld 😀'`},
	{"'\\ud800x'", `'\ud800x'`},
	{"[]", `[]`},
	{"[1, 'a', null, undefined, true]", `[ 1, 'a', null, undefined, true ]`},
	{"[1, , 3]", `[ 1, <1 empty item>, 3 ]`},
	{"(() => { const a = []; a[5] = 1; return a })()", `[ <5 empty items>, 1 ]`},
	{"(() => { const a = [1, 2, 3]; a.length = 5; return a })()", `[ 1, 2, 3, <2 empty items> ]`},
	{"(() => { const a = [1, 2]; a.x = 3; a[-1] = 4; return a })()", `[ 1, 2, x: 3, '-1': 4 ]`},
	{"(() => { const a = [1, 2]; Object.defineProperty(a, 0, {value: 9, enumerable: false}); return a })()", `[ <1 empty item>, 2 ]`},
	{"(() => { const a = [1, 2]; Object.defineProperty(a, 0, {get() { return 9 }, enumerable: true}); return a })()", `[ 9, 2 ]`},
	{"({})", `{}`},
	{"({a: 1, b: 'two', c: [3], d: {e: null}})", `{ a: 1, b: 'two', c: [ 3 ], d: { e: null } }`},
	{"({b: 1, a: 2, 1: 3, 0: 4})", `{ '0': 4, '1': 3, b: 1, a: 2 }`},
	{"({[Symbol('s')]: 1, a: 2})", `{ a: 2 }`},
	{"Object.defineProperty({a: 1}, 'b', {value: 2})", `{ a: 1 }`},
	{"({get a() { return 5 }})", `{ a: 5 }`},
	{"({get a() { delete this.b; return 1 }, b: 2})", `{ a: 1 }`},
	{"Object.assign(Object.create(null), {x: 1})", `{ x: 1 }`},
	{"Math", `{}`},
	{"JSON.parse('{\"__proto__\": {\"x\": 1}}')", `{ ['__proto__']: { x: 1 } }`},
	{"new Map([[1, 'a'], ['b', {c: 2}], [{k: 1}, [1]]])", `Map(3) { 1 => 'a', 'b' => { c: 2 }, { k: 1 } => [ 1 ] }`},
	{"new Map([[-0, -0]])", `Map(1) { 0 => -0 }`},
	{"new Set([1, 'a', {b: 1}, 1])", `Set(3) { 1, 'a', { b: 1 } }`},
	{"new Date(0)", `1970-01-01T00:00:00.000Z`},
	{"new Date(8.64e15)", `+275760-09-13T00:00:00.000Z`},
	{"new Date(NaN)", `Invalid Date`},
	{"/a+b/gi", `/a+b/gi`},
	// goja's source escapes a '/' as \u002f (in the original too) where V8
	// writes \/ or nothing: Node prints /x\/y[/]/msy and /a\/b/u.
	{"/x\\/y[/]/msy", `/x\/y[\u002f]/msy`},
	{"new RegExp('a/b', 'u')", `/a\u002fb/u`},
	{"(() => { const r = /a/g; r.lastIndex = 3; return r })()", `/a/g`},
	{"new ArrayBuffer(0)", `ArrayBuffer { [Uint8Contents]: <>, byteLength: 0 }`},
	{"new Uint8Array(0)", `Uint8Array(0) []`},
	{"new ArrayBuffer(4)", `ArrayBuffer { [Uint8Contents]: <00 00 00 00>, byteLength: 4 }`},
	{"new Uint8Array([1, 2, 255]).buffer", `ArrayBuffer { [Uint8Contents]: <01 02 ff>, byteLength: 3 }`},
	{"new Int8Array([-1, 127])", `Int8Array(2) [ -1, 127 ]`},
	{"new Uint8Array([0, 255])", `Uint8Array(2) [ 0, 255 ]`},
	{"new Uint8ClampedArray([0, 255])", `Uint8ClampedArray(2) [ 0, 255 ]`},
	{"new Int16Array([-2, 300])", `Int16Array(2) [ -2, 300 ]`},
	{"new Uint16Array([65535])", `Uint16Array(1) [ 65535 ]`},
	{"new Int32Array([-3])", `Int32Array(1) [ -3 ]`},
	{"new Uint32Array([4294967295])", `Uint32Array(1) [ 4294967295 ]`},
	{"new Float32Array([1.5, -0])", `Float32Array(2) [ 1.5, -0 ]`},
	{"new Float64Array([Math.PI, -0, NaN])", `Float64Array(3) [ 3.141592653589793, -0, NaN ]`},
	{"new BigInt64Array([-5n])", `BigInt64Array(1) [ -5n ]`},
	{"new BigUint64Array([18446744073709551615n])", `BigUint64Array(1) [ 18446744073709551615n ]`},
	{"new Uint8Array(new ArrayBuffer(8), 2, 4)", `Uint8Array(4) [ 0, 0, 0, 0 ]`},
	{"new DataView(new Uint8Array([1, 2, 3, 4]).buffer, 1, 2)", `DataView {
  byteLength: 2,
  byteOffset: 1,
  buffer: ArrayBuffer { [Uint8Contents]: <01 02 03 04>, byteLength: 4 }
}`},
	{"(() => { const a = new Uint8Array(2); a.x = 1; return a })()", `Uint8Array(2) [ 0, 0 ]`},
	{"new Number(3)", `[Number: 3]`},
	{"new Number(-0)", `[Number: -0]`},
	{"new String('ab')", `[String: 'ab']`},
	{"new Boolean(false)", `[Boolean: false]`},
	{"Object(5n)", `[BigInt: 5n]`},
	{"(() => { class M extends Map {}; return new M([[1, 2]]) })()", `Map(1) { 1 => 2 }`},
	{"(() => { class S extends Set {}; return new S([1]) })()", `Set(1) { 1 }`},
	{"(() => { class A extends Array {}; return A.from([1, 2]) })()", `[ 1, 2 ]`},
	{"(() => { class D extends Date {}; return new D(0) })()", `1970-01-01T00:00:00.000Z`},
	{"(() => { class U extends Uint16Array {}; return new U([7]) })()", `Uint16Array(1) [ 7 ]`},
	{"[new Map([[1, new Set([2])]]), {d: new Date(1)}]", `[ Map(1) { 1 => Set(1) { 2 } }, { d: 1970-01-01T00:00:00.001Z } ]`},
}

func TestNodeCases(t *testing.T) {
	for _, c := range nodeCases {
		r, v := roundTrip(t, c.src)
		if got := inspect.Inspect(r, v); got != c.want {
			t.Errorf("%s:\n got %s\nwant %s", c.src, got, c.want)
		}
	}
}
