package clone

import (
	"math"
	"runtime"
	"strings"
	"sync"
	"testing"

	"github.com/dop251/goja"
)

// checkCases clones each src into a second runtime as the global c and
// evaluates cond there, which must be true.
func checkCases(t *testing.T, cases []struct{ src, cond string }) {
	t.Helper()
	for _, tc := range cases {
		r, v := roundTrip(t, tc.src)
		r.Set("c", v)
		ok, err := r.RunString(tc.cond)
		if err != nil || !ok.ToBoolean() {
			t.Errorf("%s\n  %s: %v %v", tc.src, tc.cond, ok, err)
		}
	}
}

func TestIdentity(t *testing.T) {
	checkCases(t, []struct{ src, cond string }{
		{`(() => { const s = {v: 1}; return {a: s, b: [s, new Map([[s, s]])], d: new Set([s])} })()`,
			`c.a === c.b[0] && c.b[1].get(c.a) === c.a && c.d.has(c.a) && c.a.v === 1`},
		{`(() => { const o = {}; o.self = o; const a = [o]; a.push(a); return a })()`,
			`c[0].self === c[0] && c[1] === c && c.length === 2`},
		{`(() => { const a = [1, , 3]; a.self = a; a[5] = a; return a })()`,
			`c.self === c && c[5] === c && c.length === 6 && !(1 in c) && c[2] === 3 && Object.keys(c).join() === '0,2,5,self'`},
		{`(() => { const m = new Map(); m.set(m, m); m.set('k', m); return m })()`,
			`c.get(c) === c && c.get('k') === c && c.size === 2`},
		{`(() => { const s = new Set(); s.add(s); s.add(1); return s })()`, `c.has(c) && c.size === 2`},
		{`(() => { const o = {m: new Map()}; o.m.set('o', o); return o })()`, `c.m.get('o') === c`},
		{`(() => { const d = new Date(5); return [d, d] })()`, `c[0] === c[1] && c[0].getTime() === 5`},
		{`(() => { const n = new Number(5); return [n, {n}] })()`, `c[0] === c[1].n && c[0] instanceof Number`},
		{`(() => { const r = /a/g; return [r, r] })()`, `c[0] === c[1] && c[0].global`},
		{`(() => { const b = new ArrayBuffer(2); return [b, b] })()`, `c[0] === c[1] && c[0] instanceof ArrayBuffer`},
		{`(() => { const u = new Uint8Array(2); return {u, v: u} })()`, `c.u === c.v`},
		{`(() => { const a = [1]; return [a, a, {a}] })()`, `c[0] === c[1] && c[2].a === c[0]`},
		{`(() => { const o = {x: 1}; return [o, o] })()`, `c[0] !== undefined && c[0] === c[1]`},
		{`[{x: 1}, {x: 1}]`, `c[0] !== c[1]`},
	})
}

func TestShapes(t *testing.T) {
	checkCases(t, []struct{ src, cond string }{
		{`-0`, `Object.is(c, -0)`},
		{`[-0, NaN, {z: -0}]`, `Object.is(c[0], -0) && Number.isNaN(c[1]) && Object.is(c[2].z, -0)`},
		{`new Map([[1, -0]])`, `Object.is(c.get(1), -0)`},
		{`new Set([NaN])`, `c.has(NaN)`},
		{`'\ud800x'`, `c.length === 2 && c.charCodeAt(0) === 0xd800`},
		{`({s: 'a\udc00'})`, `c.s.charCodeAt(1) === 0xdc00`},
		{`2n ** 100n`, `typeof c === 'bigint' && c === 2n ** 100n`},
		{`Object(-7n)`, `typeof c === 'object' && c.valueOf() === -7n`},
		{`new String('ab')`, `c instanceof String && c.length === 2 && c.valueOf() === 'ab'`},
		{`Object.create(null)`, `Object.getPrototypeOf(c) === Object.prototype`},
		{`JSON.parse('{"__proto__": {"x": 1}}')`,
			`Object.getOwnPropertyNames(c).join() === '__proto__' && Object.getPrototypeOf(c) === Object.prototype && c.x === undefined`},
		{`(() => { class M extends Map {}; return new M([[1, 2]]) })()`, `c.constructor === Map && c.get(1) === 2`},
		{`(() => { const r = /a/gimsuy; r.lastIndex = 3; return r })()`,
			`c instanceof RegExp && c.flags === 'gimsuy' && c.lastIndex === 0 && c.source === 'a'`},
		{`new Date(NaN)`, `c instanceof Date && Number.isNaN(c.getTime())`},
		{`new Date(1234.5)`, `c.getTime() === 1234`},
		{`[1, 2, 3]`, `Array.isArray(c) && Object.getPrototypeOf(c) === Array.prototype`},
		{`({get a() { return {n: 1} }})`, `Object.getOwnPropertyDescriptor(c, 'a').value.n === 1`},
		{`(() => { const a = []; a.length = 3; return a })()`, `c.length === 3 && Object.keys(c).length === 0`},
	})
}

func TestBuffers(t *testing.T) {
	checkCases(t, []struct{ src, cond string }{
		{`(() => { const b = new ArrayBuffer(8); return {a: new Uint8Array(b, 2, 4), d: new DataView(b, 1), f: new Uint16Array(b), b} })()`,
			`c.a.buffer === c.b && c.d.buffer === c.b && c.f.buffer === c.b && c.b.byteLength === 8 &&
			 c.a.byteOffset === 2 && c.a.length === 4 && c.d.byteOffset === 1 && c.d.byteLength === 7 &&
			 (c.a[0] = 7, c.f[1] === 7 && c.d.getUint8(1) === 7)`},
		{`(() => { const b = new ArrayBuffer(8); return [new Uint8Array(b, 2, 4), new Int32Array(b, 4, 1)] })()`,
			`c[0].buffer === c[1].buffer && c[0].buffer.byteLength === 8 && (c[1][0] = -1, c[0][2] === 255 && c[0][1] === 0)`},
		{`new Uint8Array([1, 2, 3, 4]).subarray(1, 3)`,
			`c.length === 2 && c.byteOffset === 1 && c.buffer.byteLength === 4 && c[0] === 2 && new Uint8Array(c.buffer)[3] === 4`},
		{`new Float64Array([-0, NaN, 1e300])`, `Object.is(c[0], -0) && Number.isNaN(c[1]) && c[2] === 1e300`},
		{`new BigUint64Array([2n ** 64n - 1n])`, `c[0] === 2n ** 64n - 1n`},
		{`(() => { class U extends Uint8Array { get buffer() { return null } }; return new U([5]) })()`,
			`c.constructor === Uint8Array && c[0] === 5`},
	})
}

// The copy owns its bytes: neither side sees the other's later writes.
func TestBytesAreCopied(t *testing.T) {
	from, to := goja.New(), goja.New()
	src, _ := from.RunString(`globalThis.u = new Uint8Array([1, 2]); u`)
	v, err := Export(from, src)
	if err != nil {
		t.Fatal(err)
	}
	from.RunString(`u[0] = 9`)
	a, b := Import(to, v), Import(to, v)
	to.Set("a", a)
	to.Set("b", b)
	ok, err := to.RunString(`a[0] === 1 && b[0] === 1 && (a[1] = 7, b[1] === 2) && a.buffer !== b.buffer`)
	if err != nil || !ok.ToBoolean() {
		t.Fatalf("copies share bytes: %v %v", ok, err)
	}
}

// A Value goes from the goroutine of one runtime to others, and one Value is
// imported into several runtimes at once.
func TestAcrossGoroutines(t *testing.T) {
	ch := make(chan Value)
	go func() {
		r := goja.New()
		v, _ := r.RunString(`const o = {n: 1, s: 'x'.repeat(40), a: [1, 2], m: new Map([[1, {}]]), b: new Uint8Array(4)}; o.self = o; o`)
		c, err := Export(r, v)
		if err != nil {
			panic(err)
		}
		ch <- c
		r.RunString(`o.n = 2; o.a.push(3); o.b[0] = 1`) // must not affect the copy
	}()
	c := <-ch
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := goja.New()
			r.Set("c", Import(r, c))
			ok, err := r.RunString(`c.self === c && c.n === 1 && c.a.length === 2 && c.m.get(1) instanceof Object &&
				c.s.length === 40 && c.b[0] === 0`)
			if err != nil || !ok.ToBoolean() {
				t.Errorf("bad copy: %v %v", ok, err)
			}
		}()
	}
	wg.Wait()
}

func TestZeroValueAndPrimitives(t *testing.T) {
	r := goja.New()
	if v := Import(r, Value{}); !goja.IsUndefined(v) {
		t.Errorf("zero Value imports as %v", v)
	}
	if v, err := Export(r, nil); err != nil || v.kind != kindUndefined {
		t.Errorf("Export(nil) = %v, %v", v, err)
	}
	v, err := Export(r, r.ToValue(math.Inf(-1)))
	if err != nil {
		t.Fatal(err)
	}
	if got := Import(goja.New(), v); got.ToFloat() != math.Inf(-1) {
		t.Errorf("got %v", got)
	}
	long := strings.Repeat("é", 30) // ToValue makes a lazily scanned string
	v, _ = Export(r, r.ToValue(long))
	if got := Import(goja.New(), v).String(); got != long {
		t.Errorf("got %q", got)
	}
}

// Cloning runs script getters and sees a script's replaced methods nowhere.
func TestOverriddenBuiltins(t *testing.T) {
	from, to := goja.New(), goja.New()
	Prepare(from)
	runtime.GC() // the intrinsics survive
	v, err := from.RunString(`
		const m = new Map([[1, 2]]), s = new Set([3]), d = new Date(7), u = new Uint8Array([1, 2]);
		const res = [m, s, d, /x/g, u];
		Map.prototype.forEach = Set.prototype.forEach = () => { throw new Error('forEach') };
		Date.prototype.getTime = () => 0;
		Object.defineProperty(RegExp.prototype, 'source', {get() { return 'y' }});
		res`)
	if err != nil {
		t.Fatal(err)
	}
	c, err := Export(from, v)
	if err != nil {
		t.Fatal(err)
	}
	to.Set("c", Import(to, c))
	ok, err := to.RunString(`c[0].get(1) === 2 && c[1].has(3) && c[2].getTime() === 7 && c[3].source === 'x' && c[4][1] === 2`)
	if err != nil || !ok.ToBoolean() {
		t.Errorf("got %v %v", ok, err)
	}
}

func TestImportFromScript(t *testing.T) {
	from, to := goja.New(), goja.New()
	v, _ := from.RunString(`({a: [1, {b: new Set([2])}]})`)
	c, _ := Export(from, v)
	to.Set("get", func() goja.Value { return Import(to, c) })
	ok, err := to.RunString(`const x = get(); x.a[1].b.has(2) && get() !== x`)
	if err != nil || !ok.ToBoolean() {
		t.Errorf("got %v %v", ok, err)
	}
}
