package clone

import (
	"errors"
	"runtime"
	"strings"
	"testing"

	"github.com/dop251/goja"
)

// uncloneable are values Export refuses, with the message Node 20 gives
// (e.message of structuredClone's DataCloneError) unless noted.
var uncloneable = []struct{ src, msg string }{
	{`() => 1`, `() => 1`},
	{`(function foo() {})`, `function foo() {}`},
	{`({a: function foo() {}})`, `function foo() {}`},
	{`(class A {})`, `class A {}`},
	{`(async function g() {})`, `async function g() {}`},
	{`(function* h() {})`, `function* h() {}`},
	{`Math.max`, `function max() { [native code] }`},
	{`(function aVeryLongFunctionName() { return 1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9 + 10 + 11 + 12 + 13 + 14 + 15 + 16 + 17 + 18 + 19 + 20 + 21 + 22 + 23 + 24 + 25 })`,
		`function aVeryLongFunctionName() { return 1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9 + 10 + 11 + 12 + 13 + 14 + 15 + 16 ...<omitted>... }`},
	{`({toString() { return 'X' }})`, `toString() { return 'X' }`},
	{`Symbol('x')`, `Symbol(x)`},
	{`[Symbol()]`, `Symbol()`},
	{`new Map([[Symbol('k'), 1]])`, `Symbol(k)`},
	{`new Set([1, {a: [Symbol('deep')]}])`, `Symbol(deep)`},
	{`Object(Symbol('q'))`, `[object Symbol]`},
	{`Promise.resolve(1)`, `#<Promise>`},
	{`new WeakMap()`, `#<WeakMap>`},
	{`new WeakSet()`, `#<WeakSet>`},
	{`new Proxy({}, {})`, `#<Object>`},
	{`new Proxy([1], {})`, `[object Array]`},
	{`new Proxy(function f(){}, {})`, `function f(){}`},
	{`new Proxy(new (class Foo {})(), {})`, `#<Foo>`},
	{`new Proxy(new Map(), {})`, `#<Map>`},
	{`new Proxy(new Date(), {})`, `[object Date]`},
	{`new Proxy(Object.create(null), {})`, `[object Object]`},
	{`new Proxy(new Proxy([], {}), {})`, `[object Array]`},
	{`(() => { const p = Proxy.revocable({}, {}); p.revoke(); return p.proxy })()`, `null`},
	{`(function*(){})()`, `[object Generator]`},
	{`(function(){ return arguments })(1, 2)`, `#<Object>`},
	{`new Map().keys()`, `#<Object>`},
	{`globalThis`, `#<Object>`},
	// Node clones these as plain objects (see the package documentation).
	{`new (class Foo { constructor() { this.a = 1 } })()`, `#<Foo>`},
	{`new (class Bar { toString() { return 'BAR' } })()`, `[object Object]`}, // V8's rule; Node says so for a Proxy of it
	{`[new (class {})()]`, `[object Object]`},
	{`Object.create({})`, `#<Object>`},
	{`Object.create(Error.prototype)`, `Error`},
	{`(() => { class Q { get [Symbol.toStringTag]() { return 'QQ' } }; Object.defineProperty(Q.prototype, 'constructor', {value: 1}); return new Q })()`, `[object Object]`},
	{`(() => { class Q {}; Object.defineProperty(Q.prototype, Symbol.toStringTag, {value: 'QQ'}); Q.prototype.constructor = null; return new Q })()`, `[object QQ]`},
	// goja writes a bound function's source so; V8 writes function () { [native code] }.
	{`(function f() {}).bind(null)`, `function bound f() { [native code] }`},
}

func TestUncloneable(t *testing.T) {
	for _, tc := range uncloneable {
		r := goja.New()
		v, err := r.RunString(tc.src)
		if err != nil {
			t.Fatalf("%s: %v", tc.src, err)
		}
		_, err = Export(r, v)
		var ce *Error
		if !errors.As(err, &ce) {
			t.Errorf("%s: got %v, want a DataCloneError", tc.src, err)
			continue
		}
		if want := tc.msg + " could not be cloned."; ce.Message != want {
			t.Errorf("%s:\n got %s\nwant %s", tc.src, ce.Message, want)
		}
	}
}

// future stands for the Go-backed objects of asyncio (goja DynamicObjects).
type future struct{}

func (future) Get(string) goja.Value       { return nil }
func (future) Set(string, goja.Value) bool { return false }
func (future) Has(string) bool             { return false }
func (future) Delete(string) bool          { return false }
func (future) Keys() []string              { return nil }

func TestUncloneableGoValues(t *testing.T) {
	r := goja.New()
	proto, _ := r.RunString(`class Future {}; Future.prototype`)
	fut := r.NewDynamicObject(future{})
	fut.SetPrototype(proto.(*goja.Object))
	plainDyn := r.NewDynamicObject(future{}) // prototype Object.prototype
	for _, tc := range []struct {
		v   goja.Value
		msg string
	}{
		{fut, "#<Future> could not be cloned."},
		{plainDyn, "#<Object> could not be cloned."},
		{r.ToValue(struct{ A int }{1}), ""},
		{r.ToValue(map[string]int{"a": 1}), ""},
	} {
		_, err := Export(r, tc.v)
		var ce *Error
		if !errors.As(err, &ce) || tc.msg != "" && ce.Message != tc.msg {
			t.Errorf("%v: got %v, want %q", tc.v, err, tc.msg)
		}
	}
	// Go maps and slices of interface{} read like objects and arrays.
	for _, v := range []goja.Value{r.ToValue(map[string]interface{}{"a": 1}), r.ToValue([]interface{}{1, "x"})} {
		if _, err := Export(r, v); err != nil {
			t.Errorf("%v: %v", v, err)
		}
	}
}

func TestDetachedBuffer(t *testing.T) {
	r := goja.New()
	v, _ := r.RunString(`const b = new ArrayBuffer(4); globalThis.u = new Uint8Array(b); b`)
	v.(*goja.Object).Export().(goja.ArrayBuffer).Detach()
	for _, x := range []goja.Value{v, r.Get("u")} {
		_, err := Export(r, x)
		if err == nil || err.Error() != "DataCloneError: An ArrayBuffer is detached and could not be cloned." {
			t.Errorf("got %v", err)
		}
	}
}

// A getter that throws gives its exception, not a DataCloneError; the
// runtime stays usable.
func TestGetterThrows(t *testing.T) {
	r := goja.New()
	v, _ := r.RunString(`({a: 1, get b() { throw new TypeError('boom') }})`)
	_, err := Export(r, v)
	var ex *goja.Exception
	if !errors.As(err, &ex) || !strings.Contains(ex.Error(), "TypeError: boom") {
		t.Fatalf("got %v", err)
	}
	if got, err := r.RunString(`1 + 1`); err != nil || got.ToInteger() != 2 {
		t.Errorf("runtime broken: %v %v", got, err)
	}
	// From a Go function called by the script, too.
	r.Set("exp", func(v goja.Value) string {
		_, err := Export(r, v)
		return err.Error()
	})
	got, err := r.RunString(`try { exp([{get x() { throw new RangeError('r') }}]) } catch (e) { 'caught ' + e }`)
	if err != nil || !strings.HasPrefix(got.String(), "RangeError: r") {
		t.Errorf("got %v %v", got, err)
	}
	got, err = r.RunString(`exp([() => 2])`)
	if err != nil || got.String() != "DataCloneError: () => 2 could not be cloned." {
		t.Errorf("got %v %v", got, err)
	}
}

// The property that keeps a runtime's intrinsics shows scripts nothing and
// does not keep the runtime alive.
func TestIntrinsicsPin(t *testing.T) {
	r := goja.New()
	Prepare(r)
	v, err := r.RunString(`const s = Object.getOwnPropertySymbols(globalThis).filter(s => s.description === 'asyncrun.clone');
		const o = globalThis[s[0]], d = Object.getOwnPropertyDescriptor(globalThis, s[0]);
		[s.length, Object.keys(o).length, typeof o.gopd, d.enumerable, d.writable, d.configurable].join()`)
	if err != nil || v.String() != "1,0,undefined,false,false,false" {
		t.Errorf("got %v %v", v, err)
	}
	count := intrinsicsCache.Len
	before := count()
	for range 10 {
		Prepare(goja.New())
	}
	for i := 0; i < 20 && count() > before; i++ {
		runtime.GC()
	}
	if n := count(); n > before {
		t.Errorf("%d runtimes still cached, want at most %d", n, before)
	}
	runtime.KeepAlive(r)
}
