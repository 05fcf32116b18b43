package clone

import (
	"strings"
	"testing"

	"github.com/dop251/goja"
)

// errorCase clones the error made by src; cond runs in the receiving runtime
// with the copy as c and the original's stack as stack.
type errorCase struct{ src, cond string }

func checkErrors(t *testing.T, lookup func(r *goja.Runtime) func(string) *goja.Object, prelude string, cases []errorCase) {
	t.Helper()
	for _, tc := range cases {
		from, to := goja.New(), goja.New()
		if _, err := to.RunString(prelude); err != nil {
			t.Fatal(err)
		}
		v, err := from.RunString(tc.src)
		if err != nil {
			t.Fatalf("%s: %v", tc.src, err)
		}
		stack := goja.Undefined()
		if o, ok := v.(*goja.Object); ok {
			stack = o.Get("stack")
		}
		c, err := Export(from, v)
		if err != nil {
			t.Fatalf("Export(%s): %v", tc.src, err)
		}
		var l func(string) *goja.Object
		if lookup != nil {
			l = lookup(to)
		}
		to.Set("c", ImportWith(to, c, l))
		to.Set("stack", stack)
		ok, err := to.RunString(tc.cond)
		if err != nil || !ok.ToBoolean() {
			t.Errorf("%s\n  %s: %v %v", tc.src, tc.cond, ok, err)
		}
	}
}

// Built-in classes keep their class, message and stack; the properties are
// own and non-enumerable as in Node.
func TestBuiltinErrors(t *testing.T) {
	var cases []errorCase
	for _, name := range errorNames[:aggregateError] {
		cases = append(cases, errorCase{`new ` + name + `('m')`,
			`c instanceof ` + name + ` && Object.getPrototypeOf(c) === ` + name + `.prototype && c.name === '` + name + `' &&
			 c.message === 'm' && typeof stack === 'string' && c.stack === stack && Object.keys(c).length === 0 &&
			 !Object.getOwnPropertyDescriptor(c, 'message').enumerable && !Object.getOwnPropertyDescriptor(c, 'stack').enumerable &&
			 !c.hasOwnProperty('name') && !c.hasOwnProperty('cause')`})
	}
	checkErrors(t, nil, "", cases)
}

func TestErrorDetails(t *testing.T) {
	checkErrors(t, nil, "", []errorCase{
		{`new AggregateError([new Error('a'), 1], 'm')`,
			`c instanceof AggregateError && c.name === 'AggregateError' && c.message === 'm' && c.stack === stack &&
			 c.errors.length === 2 && c.errors[0] instanceof Error && c.errors[0].message === 'a' && c.errors[1] === 1 &&
			 !Object.getOwnPropertyDescriptor(c, 'errors').enumerable`},
		{`new Error()`, `c.message === '' && !c.hasOwnProperty('message') && c.stack === stack`},
		{`new Error('m', {cause: {x: 1}})`,
			`c.cause.x === 1 && !Object.getOwnPropertyDescriptor(c, 'cause').enumerable`},
		{`new Error('m', {cause: undefined})`, `c.hasOwnProperty('cause') && c.cause === undefined`},
		{`new Error('outer', {cause: new TypeError('inner')})`, `c.cause instanceof TypeError && c.cause.message === 'inner'`},
		{`(() => { const e = new Error('m'); e.cause = e; return e })()`, `c.cause === c`},
		{`(() => { const e = new Error('m'); return {a: e, b: [e]} })()`, `c.a === c.b[0] && c.a instanceof Error`},
		{`new Map([['e', new RangeError('r')]])`, `c.get('e') instanceof RangeError`},
		{`(() => { const e = new Error('m'); e.message = 42; return e })()`, `c.message === '42'`},
		{`(() => { const e = new Error('m'); Object.defineProperty(e, 'message', {get() { return 'G' }}); return e })()`,
			`!c.hasOwnProperty('message') && c.message === ''`},
		{`(() => { const e = new Error('m'); e.stack = 'custom stack'; return e })()`, `c.stack === 'custom stack'`},
		{`(() => { const e = new Error('m'); e.stack = 5; return e })()`, `c.hasOwnProperty('stack') && c.stack === undefined`},
		{`(() => { const e = new Error('m'); e.code = 'E1'; return e })()`, `c.code === undefined`}, // as Node
		// The class follows the name, as in V8.
		{`Object.assign(new Error('m'), {name: 'TypeError'})`, `c instanceof TypeError && c.name === 'TypeError'`},
		{`(() => { class X extends RangeError {}; return new X('m') })()`, `c instanceof RangeError && c.name === 'RangeError'`},
		// Names that are not built in are kept (Node would say 'Error').
		{`Object.assign(new Error('m'), {name: 'CancelledError'})`,
			`Object.getPrototypeOf(c) === Error.prototype && c.name === 'CancelledError' && Object.keys(c).join() === 'name' &&
			 c.stack === stack && c.stack.startsWith('CancelledError: m')`},
		{`(() => { class MyErr extends TypeError {}; MyErr.prototype.name = 'MyErr'; return new MyErr('m') })()`,
			`Object.getPrototypeOf(c) === TypeError.prototype && c.name === 'MyErr' && Object.keys(c).length === 0`},
		{`(() => { const e = new Error('m'); e.name = 5; return e })()`, `c.name === 'Error'`},
		{`(() => { const a = new AggregateError([], 'a'); a.errors.push(a, new URIError('u')); return a })()`,
			`c.errors[0] === c && c.errors[1] instanceof URIError`},
	})
}

// The lookup resolves names that are not built in to classes of the
// receiving runtime, whose constructors are not called.
func TestErrorLookup(t *testing.T) {
	const classes = `
		let constructed = 0, looked = [];
		function define(name, base) {
			const cls = class extends base { constructor(m) { super(m); constructed++ } };
			Object.defineProperty(cls, 'name', {value: name});
			Object.defineProperty(cls.prototype, 'name', {value: name, writable: true, configurable: true});
			return cls;
		}
		const asyncio = {CancelledError: define('CancelledError', Error), TimeoutError: define('TimeoutError', Error)};
		asyncio.BrokenBarrierError = define('BrokenBarrierError', define('RuntimeError', Error));
	`
	lookup := func(r *goja.Runtime) func(string) *goja.Object {
		return func(name string) *goja.Object {
			r.RunString(`looked.push('` + name + `')`)
			cls, _ := r.Get("asyncio").(*goja.Object).Get(name).(*goja.Object)
			return cls
		}
	}
	checkErrors(t, lookup, classes, []errorCase{
		{classes + `new asyncio.CancelledError('stop')`,
			`c instanceof asyncio.CancelledError && c.name === 'CancelledError' && !c.hasOwnProperty('name') &&
			 c.message === 'stop' && c.stack === stack && constructed === 0 && looked.join() === 'CancelledError'`},
		{classes + `new asyncio.BrokenBarrierError('b')`,
			`c instanceof asyncio.BrokenBarrierError && c instanceof Error && c.name === 'BrokenBarrierError'`},
		{`Object.assign(new Error('t'), {name: 'TimeoutError'})`,
			`c instanceof asyncio.TimeoutError && c.name === 'TimeoutError' && Object.keys(c).length === 0`},
		{`Object.assign(new RangeError('x'), {name: 'Unknown'})`,
			`c instanceof RangeError && c.name === 'Unknown' && looked.join() === 'Unknown'`},
		{`new TypeError('t')`, `c instanceof TypeError && looked.length === 0`},
		{classes + `new Error('t', {cause: new asyncio.CancelledError('c')})`,
			`c.cause instanceof asyncio.CancelledError && looked.join() === 'CancelledError'`},
	})
}

// A lookup that returns an object without a prototype object falls back.
func TestErrorLookupBadClass(t *testing.T) {
	from, to := goja.New(), goja.New()
	v, _ := from.RunString(`Object.assign(new TypeError('m'), {name: 'X'})`)
	c, _ := Export(from, v)
	o := ImportWith(to, c, func(string) *goja.Object { return to.NewObject() }).(*goja.Object)
	to.Set("c", o)
	if ok, err := to.RunString(`c instanceof TypeError && c.name === 'X'`); err != nil || !ok.ToBoolean() {
		t.Errorf("got %v %v", ok, err)
	}
}

func TestDataCloneErrorObject(t *testing.T) {
	r := goja.New()
	e := &Error{Message: "() => 1 could not be cloned."}
	if got, want := e.Error(), "DataCloneError: () => 1 could not be cloned."; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	r.Set("e", e.Object(r))
	ok, err := r.RunString(`e instanceof Error && e.name === 'DataCloneError' && e.code === 25 &&
		e.message === '() => 1 could not be cloned.' && String(e) === 'DataCloneError: () => 1 could not be cloned.' &&
		Object.keys(e).length === 0`)
	if err != nil || !ok.ToBoolean() {
		t.Errorf("got %v %v", ok, err)
	}
}

// The receiver sees the stack of the runtime that threw, not its own.
func TestWorkerStack(t *testing.T) {
	from, to := goja.New(), goja.New()
	v, _ := from.RunScript("worker.js", "function workerFn() { return new TypeError('w') }\nworkerFn()")
	c, _ := Export(from, v)
	to.Set("receive", func() goja.Value { return Import(to, c) })
	got, err := to.RunScript("main.js", "function receiverFn() { return receive() }\nreceiverFn().stack")
	if err != nil || !strings.Contains(got.String(), "workerFn (worker.js:1") || strings.Contains(got.String(), "main.js") {
		t.Errorf("stack %q, %v", got, err)
	}
}
