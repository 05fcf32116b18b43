package inspect

import (
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dop251/goja"
)

// nodeCase pairs a JS expression with Node's output for its value.
type nodeCase struct{ src, want string }

// The node_cases*_test.go files, which testdata/gen_node_cases.js writes,
// fill these tables.
var nodeInspectCases, nodeFormatCases []nodeCase

// eval evaluates a JS expression in a fresh runtime.
func eval(t *testing.T, expr string) (*goja.Runtime, goja.Value) {
	t.Helper()
	r := goja.New()
	v, err := r.RunString("(" + expr + "\n)")
	if err != nil {
		t.Fatalf("%s: %v", expr, err)
	}
	return r, v
}

// TestNodeInspect checks Inspect against util.inspect's output, recorded
// from Node by testdata/gen_node_cases.js.
func TestNodeInspect(t *testing.T) {
	if len(nodeInspectCases) < 300 {
		t.Fatalf("only %d cases", len(nodeInspectCases))
	}
	for _, tc := range nodeInspectCases {
		r, v := eval(t, tc.src)
		if got := Inspect(r, v); got != tc.want {
			t.Errorf("Inspect(%s)\n got: %s\nwant: %s", tc.src, strconv.Quote(got), strconv.Quote(tc.want))
		}
	}
}

// TestNodeFormat checks Format against console.log's output, recorded from
// Node by testdata/gen_node_cases.js.
func TestNodeFormat(t *testing.T) {
	for _, tc := range nodeFormatCases {
		r, v := eval(t, tc.src)
		arr := v.(*goja.Object)
		var args []goja.Value
		for i := 0; i < int(arr.Get("length").ToInteger()); i++ {
			args = append(args, arr.Get(strconv.Itoa(i)))
		}
		if got := Format(r, args); got != tc.want {
			t.Errorf("Format(%s)\n got: %s\nwant: %s", tc.src, strconv.Quote(got), strconv.Quote(tc.want))
		}
	}
}

// TestGojaErrors checks errors whose stacks goja wrote: the frames are
// re-indented the way V8 writes them.
func TestGojaErrors(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"new Error('boom')", "Error: boom\n    at <eval>:1:2(2)"},
		{"[new Error('boom')]", "[\n  Error: boom\n      at <eval>:1:3(3)\n]"},
		{"(() => { const e = new TypeError('t'); e.code = 'E_T'; return {e} })()",
			"{\n  e: TypeError: t\n      at <eval>:1:21(3)\n      at <eval>:1:70(2) {\n    code: 'E_T'\n  }\n}"},
		{"(() => { function f() { throw new RangeError('deep') } try { f() } catch (e) { return e } })()",
			"RangeError: deep\n    at f (<eval>:1:32(3))\n    at <eval>:1:64(6)\n    at <eval>:1:94(2)"},
		{"(() => { class MyError extends Error {} return new MyError('m') })()",
			"MyError: m\n    at <eval>:1:49(8)\n    at <eval>:1:68(2)"},
		{"new Error('x', {cause: new Error('y')})",
			"Error: x\n    at <eval>:1:2(7) {\n  [cause]: Error: y\n      at <eval>:1:25(5)\n}"},
	} {
		r, v := eval(t, tc.src)
		if got := Inspect(r, v); got != tc.want {
			t.Errorf("Inspect(%s)\n got: %q\nwant: %q", tc.src, got, tc.want)
		}
	}
}

// TestGojaDifferences pins down the known differences from Node that come
// from goja.
func TestGojaDifferences(t *testing.T) {
	for _, tc := range []struct{ src, want, node string }{
		{"new Map([[1, 2]]).entries()", "Object [Map Iterator] {}", "[Map Entries] { [ 1, 2 ] }"},
		{"new Set([1]).values()", "Object [Set Iterator] {}", "[Set Iterator] { 1 }"},
		{"new RegExp('a/b')", `/a\u002fb/`, `/a\/b/`},
	} {
		r, v := eval(t, tc.src)
		if got := Inspect(r, v); got != tc.want {
			t.Errorf("Inspect(%s) = %q, want %q (Node: %q)", tc.src, got, tc.want, tc.node)
		}
	}
}

// task mimics asyncrun's Task objects, which define the custom inspection
// method in Go.
func newTask(r *goja.Runtime, name string) *goja.Object {
	o := r.NewObject()
	hook := r.ToValue(func(goja.FunctionCall) goja.Value {
		return r.ToValue("<Task pending name='" + name + "'>")
	})
	if err := o.SetSymbol(CustomSymbol(r), hook); err != nil {
		panic(err)
	}
	return o
}

func TestCustomSymbolFromGo(t *testing.T) {
	r := goja.New()
	task := newTask(r, "Task-2")
	if got, want := Inspect(r, task), "<Task pending name='Task-2'>"; got != want {
		t.Errorf("Inspect(task) = %q, want %q", got, want)
	}
	if got, want := Format(r, []goja.Value{r.ToValue("t:"), task}), "t: <Task pending name='Task-2'>"; got != want {
		t.Errorf("Format = %q, want %q", got, want)
	}
	_ = r.Set("task", task)
	v, err := r.RunString("[task, {t: task}]")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := Inspect(r, v), "[ <Task pending name='Task-2'>, { t: <Task pending name='Task-2'> } ]"; got != want {
		t.Errorf("Inspect = %q, want %q", got, want)
	}

	// The symbol is Node's util.inspect.custom, cached per runtime.
	v, err = r.RunString("Symbol.for('nodejs.util.inspect.custom')")
	if err != nil {
		t.Fatal(err)
	}
	if s := CustomSymbol(r); v != goja.Value(s) || CustomSymbol(r) != s {
		t.Errorf("CustomSymbol(r) = %v, want the registry symbol %v", s, v)
	}
	if r2 := goja.New(); CustomSymbol(r2) == CustomSymbol(r) {
		t.Error("two runtimes share one symbol")
	}
}

// TestCalledFromScript runs Format inside Go functions that scripts call,
// as console.log does, including from promise jobs.
func TestCalledFromScript(t *testing.T) {
	r := goja.New()
	var out []string
	_ = r.Set("log", func(call goja.FunctionCall) goja.Value {
		out = append(out, Format(r, call.Arguments))
		return goja.Undefined()
	})
	_, err := r.RunString(`
		function f(x) { log('f', x, [x]) }
		f({a: 1});
		Promise.resolve(new Map([[1, {b: 2}]])).then(v => log(v));
		(async () => { await null; log('async', async function g() {}) })();
	`)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"f { a: 1 } [ { a: 1 } ]",
		"Map(1) { 1 => { b: 2 } }",
		"async [AsyncFunction: g]",
	}
	if len(out) != len(want) {
		t.Fatalf("logged %q, want %q", out, want)
	}
	for i := range want {
		if out[i] != want[i] {
			t.Errorf("line %d = %q, want %q", i, out[i], want[i])
		}
	}
}

// TestExceptions checks that an exception thrown by script code during
// inspection propagates: as a panic to Go callers, as a throw to scripts.
func TestExceptions(t *testing.T) {
	const src = `({get [Symbol.toStringTag]() { throw new Error('tag') }})`
	r, v := eval(t, src)
	func() {
		defer func() {
			ex, ok := recover().(*goja.Exception)
			if !ok || ex.Value().ToObject(r).Get("message").String() != "tag" {
				t.Errorf("Inspect panicked with %v, want the exception", ex)
			}
		}()
		Inspect(r, v)
		t.Error("Inspect did not panic")
	}()

	_ = r.Set("log", func(call goja.FunctionCall) goja.Value {
		return r.ToValue(Format(r, call.Arguments))
	})
	got, err := r.RunString(`
		const hook = {[Symbol.for('nodejs.util.inspect.custom')]() { throw new Error('hook') }};
		const caught = [];
		for (const v of [` + src + `, hook]) {
			try { log(v) } catch (e) { caught.push(e.message) }
		}
		caught.join() + ' ' + log('still', 'fine', [1])
	`)
	if err != nil {
		t.Fatal(err)
	}
	if got.String() != "tag,hook still fine [ 1 ]" {
		t.Errorf("script got %q", got)
	}
}

func TestMisc(t *testing.T) {
	r := goja.New()
	if got := Format(r, nil); got != "" {
		t.Errorf("Format(nil) = %q", got)
	}
	if got := Inspect(r, nil); got != "undefined" {
		t.Errorf("Inspect(nil) = %q", got)
	}
	// Checked against Node, like the errors without frames below.
	if got, want := Inspect(r, r.ToValue(strings.Repeat("x", 10005))),
		"'"+strings.Repeat("x", 10000)+"'... 5 more characters"; got != want {
		t.Errorf("Inspect(long string) = %q", got)
	}
	if got, want := Inspect(r, r.NewTypeError("te")), "[TypeError: te]"; got != want {
		t.Errorf("Inspect(TypeError from Go) = %q, want %q", got, want)
	}
	if got, want := Inspect(r, r.ToValue([]interface{}{r.NewTypeError("te")})), "[ [TypeError: te] ]"; got != want {
		t.Errorf("Inspect([TypeError from Go]) = %q, want %q", got, want)
	}
	if got := Inspect(r, r.ToValue("it's")); got != `"it's"` {
		t.Errorf("Inspect(it's) = %q", got)
	}
	if got := Format(r, []goja.Value{r.ToValue("it's"), r.ToValue([]interface{}{"it's"})}); got != `it's [ "it's" ]` {
		t.Errorf("Format = %q", got)
	}
	type point struct{ X, Y int }
	if got, want := Inspect(r, r.ToValue(map[string]interface{}{"p": point{1, 2}})), "{ p: { X: 1, Y: 2 } }"; got != want {
		t.Errorf("Inspect(Go map) = %q, want %q", got, want)
	}
	v, err := r.RunString("const p = Proxy.revocable({}, {}); p.revoke(); [p.proxy]")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := Inspect(r, v), "[ <Revoked Proxy> ]"; got != want {
		t.Errorf("Inspect(revoked) = %q, want %q", got, want)
	}
	// Extra string keys of huge arrays are not looked for (Node shows
	// "extra: 1" after the symbol), their symbols are.
	v, err = r.RunString("const big = new Uint8Array(20000); big.extra = 1; big[Symbol('s')] = 2; big")
	if err != nil {
		t.Fatal(err)
	}
	row := "  0,                    0, 0,\n"
	if got, want := Inspect(r, v), "Uint8Array(20000) [\n"+strings.Repeat(row, 33)+
		"  0, ... 19900 more items,\n  [Symbol(s)]: 2\n]"; got != want {
		t.Errorf("Inspect(big)\n got: %q\nwant: %q", got, want)
	}
}

// TestConcurrentRuntimes inspects in several runtimes at once (run it with
// -race) and lets the caches drop collected runtimes.
func TestConcurrentRuntimes(t *testing.T) {
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 20; j++ {
				r := goja.New()
				if got, want := Format(r, []goja.Value{newTask(r, "T"), r.ToValue([]int{1})}), "<Task pending name='T'> [ 1 ]"; got != want {
					t.Errorf("Format = %q, want %q", got, want)
					return
				}
			}
		}()
	}
	wg.Wait()
	deadline := time.Now().Add(5 * time.Second)
	for {
		runtime.GC()
		n := symbolCache.Len()
		m := intrinsicsCache.Len()
		if n < 20 && m < 20 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("caches keep %d symbols and %d intrinsics of dead runtimes", n, m)
		}
		time.Sleep(10 * time.Millisecond)
	}
}
