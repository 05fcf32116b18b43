// Package host holds what every binding shares: the goja runtime, the event loop, the standard streams and
// the helpers that give every module the same conventions (camelCase aliases, keyword-argument objects,
// TypeErrors that name the function and argument). Loop goroutine only, unless a method says otherwise.
package host

import (
	"context"
	"fmt"
	"io"
	"reflect"
	"regexp"
	"strings"
	"sync"

	"github.com/dop251/goja"

	"github.com/asyncrun/asyncrun/runtime"
)

// Host is one interpreter's shared state, handed to every binding.
type Host struct {
	R      *goja.Runtime
	Loop   *runtime.Loop
	Stdout *LineWriter
	Stderr *LineWriter
	Argv   []string // script path first, then its arguments
	Debug  bool
	// Network says scripts may use the network (fetch, http): the embedding program's choice.
	Network bool

	// Exit is set by sys.exit: the code the program exits with.
	Exit func(code int)

	// Threads returns the default pool of worker interpreters, creating it on first use (nil where
	// threads are not available, as inside a worker's own nested calls may choose).
	Threads func() Pool
	// NewPool makes a pool of n worker interpreters for an executor (ThreadPoolExecutor and friends).
	NewPool func(n int) Pool
	// OnBlocking, when set (debug mode), is told of each call that blocks the loop: "time.sleep(0.5)".
	OnBlocking func(call string)
	// Ctx is cancelled when the run ends: Go work started for the script (the embedding program's
	// functions) stops with it.
	Ctx context.Context

	objectProto goja.Value
	atEnd       []func()
	atCancel    []func()
	blocking    map[*goja.Object]BlockingFunc
	noop        goja.Callable // a script function that does nothing (see ReserveStack)
}

// New returns a Host for r and loop.
func New(r *goja.Runtime, loop *runtime.Loop, stdout, stderr io.Writer) *Host {
	h := &Host{R: r, Loop: loop, Stdout: NewLineWriter(stdout), Stderr: NewLineWriter(stderr), Ctx: context.Background()}
	h.objectProto = r.Get("Object").ToObject(r).Get("prototype")
	return h
}

// Camel turns a snake_case name into its camelCase alias: create_task → createTask.
func Camel(name string) string {
	if !strings.Contains(strings.Trim(name, "_"), "_") {
		return name
	}
	var b strings.Builder
	up := false
	for i, c := range name {
		switch {
		case c == '_' && i > 0 && i < len(name)-1:
			up = true
		case up:
			b.WriteString(strings.ToUpper(string(c)))
			up = false
		default:
			b.WriteRune(c)
		}
	}
	return b.String()
}

// Method is a native function installed under a snake_case name.
type Method struct {
	Name string
	Fn   func(goja.FunctionCall) goja.Value
}

// Define installs each method on obj under its name and its camelCase alias: the one mechanism by which
// every snake_case name also answers to camelCase (SPEC §4).
func (h *Host) Define(obj *goja.Object, methods ...Method) {
	for _, m := range methods {
		h.SetAliased(obj, m.Name, h.Func(m.Name, m.Fn))
	}
}

// Func makes a function object of fn (a Go function goja can wrap, constructors included) whose `name`
// is name, as a JavaScript function's is, instead of the Go symbol goja would give it.
func (h *Host) Func(name string, fn any) *goja.Object {
	obj := h.R.ToValue(fn).ToObject(h.R)
	obj.DefineDataProperty("name", h.R.ToValue(name), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	return obj
}

// SetAliased sets a property under name and, if different, under its camelCase alias.
func (h *Host) SetAliased(obj *goja.Object, name string, v goja.Value) {
	obj.Set(name, v)
	if c := Camel(name); c != name {
		obj.Set(c, v)
	}
}

// Getter defines a read-only accessor property.
func (h *Host) Getter(obj *goja.Object, name string, get func(this goja.Value) goja.Value) {
	fn := h.R.ToValue(func(call goja.FunctionCall) goja.Value { return get(call.This) })
	obj.DefineAccessorProperty(name, fn, nil, goja.FLAG_FALSE, goja.FLAG_TRUE)
}

// IsOptions reports whether v is a keyword-argument object: a plain object (its prototype is
// Object.prototype) that is not awaitable (SPEC §4).
func (h *Host) IsOptions(v goja.Value) bool {
	obj, ok := v.(*goja.Object)
	if !ok || obj.ClassName() != "Object" {
		return false
	}
	if p := obj.Prototype(); p == nil || !p.SameAs(h.objectProto) {
		return false
	}
	_, thenable := goja.AssertFunction(obj.Get("then"))
	return !thenable
}

// SplitOptions separates a trailing options object from positional arguments.
func (h *Host) SplitOptions(args []goja.Value) ([]goja.Value, *goja.Object) {
	if n := len(args); n > 0 && h.IsOptions(args[n-1]) {
		return args[:n-1], args[n-1].(*goja.Object)
	}
	return args, nil
}

// Option reads a keyword argument, accepting its camelCase spelling too; nil when absent or undefined.
func Option(opts *goja.Object, name string) goja.Value {
	if opts == nil {
		return nil
	}
	v := opts.Get(name)
	if IsMissing(v) {
		if c := Camel(name); c != name {
			v = opts.Get(c)
		}
	}
	if IsMissing(v) {
		return nil
	}
	return v
}

// IsMissing reports whether v is absent, undefined or null (Python's None).
func IsMissing(v goja.Value) bool {
	return v == nil || goja.IsUndefined(v) || goja.IsNull(v)
}

// TypeError throws a TypeError whose message starts with the function's name, as Python's do:
// "create_task: argument 1 must be a coroutine, got number".
func (h *Host) TypeError(fn, format string, args ...any) {
	panic(h.R.NewTypeError(fn + ": " + fmt.Sprintf(format, args...)))
}

// Describe names a value's type for error messages.
func Describe(v goja.Value) string {
	switch {
	case v == nil || goja.IsUndefined(v):
		return "undefined"
	case goja.IsNull(v):
		return "null"
	}
	if obj, ok := v.(*goja.Object); ok {
		if _, ok := goja.AssertFunction(obj); ok {
			return "function"
		}
		if c := obj.Get("constructor"); c != nil {
			if co, ok := c.(*goja.Object); ok {
				if n := co.Get("name"); n != nil && n.String() != "" {
					return n.String()
				}
			}
		}
		return "object"
	}
	return typeOf(v)
}

func typeOf(v goja.Value) string {
	switch v.ExportType().Kind().String() {
	case "int64", "float64", "int":
		return "number"
	case "string":
		return "string"
	case "bool":
		return "boolean"
	}
	if _, ok := v.(*goja.Symbol); ok {
		return "symbol"
	}
	return "bigint"
}

// Seconds converts a duration argument in seconds, throwing a TypeError naming fn and the argument.
func (h *Host) Seconds(fn string, arg int, v goja.Value) float64 {
	f, problem := SecondsOf(v)
	if problem != "" {
		h.TypeError(fn, "argument %d %s", arg, problem)
	}
	return f
}

// SecondsOf converts a duration in seconds; when v is not one, problem says why ("must be a number of
// seconds, got string"), for a message that names the function and the argument.
func SecondsOf(v goja.Value) (f float64, problem string) {
	if v == nil || goja.IsUndefined(v) {
		return 0, "(seconds) is required"
	}
	if t := v.ExportType(); t != typeInt64 && t != typeFloat64 {
		return 0, "must be a number of seconds, got " + Describe(v)
	}
	f = v.ToFloat()
	if f != f {
		return 0, "must be a number of seconds, got NaN"
	}
	return f, ""
}

var (
	typeInt64   = reflect.TypeOf(int64(0))
	typeFloat64 = reflect.TypeOf(float64(0))
)

// LineWriter serializes writes to one stream, so that output from several goroutines (worker
// interpreters, the loop) reaches it whole. Safe from any goroutine.
type LineWriter struct {
	mu sync.Mutex
	w  io.Writer
}

// NewLineWriter wraps w.
func NewLineWriter(w io.Writer) *LineWriter { return &LineWriter{w: w} }

// Write writes p in one piece. Safe from any goroutine.
func (l *LineWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

// WriteString writes s in one piece. Safe from any goroutine.
func (l *LineWriter) WriteString(s string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	io.WriteString(l.w, s)
}

// InternalSource names the JavaScript that asyncrun itself compiles (its exception classes); frames in it
// are left out of stacks shown to users.
const InternalSource = "asyncrun:internal"

var pcSuffix = regexp.MustCompile(`:(\d+):(\d+)\(\d+\)`)

// FormatStack turns a goja stack into Node's shape: frames indented by four spaces, positions as
// file:line:column, asyncrun's own frames left out.
func FormatStack(stack string) string {
	lines := strings.Split(strings.TrimRight(stack, "\n "), "\n")
	out := lines[:0]
	for _, l := range lines {
		if strings.Contains(l, InternalSource) {
			continue
		}
		if strings.HasPrefix(l, "\t") {
			l = "    " + l[1:]
		}
		out = append(out, pcSuffix.ReplaceAllString(l, ":$1:$2"))
	}
	return strings.Join(out, "\n")
}

// ReserveStack makes room on the runtime's value stack for n values in one step. goja grows that stack
// 1,024 values at a time, so spreading an array of n items into a call (asyncio.gather(...tasks), as
// Python's gather(*tasks)) copies the stack n/1,024 times: 78 MB of copies for 100,000 tasks, where the
// spread itself makes 77 MB of iterator results. The room lasts until the script's current turn ends
// (goja drops its stack each time control returns to Go), so call it from a function the script calls.
// It calls a function that does nothing with n arguments: the one way to grow the stack at once.
func (h *Host) ReserveStack(n int) {
	if h.noop == nil {
		v, err := h.R.RunString("(function () {})")
		if err != nil {
			panic(err)
		}
		h.noop, _ = goja.AssertFunction(v)
	}
	_, _ = h.noop(goja.Undefined(), make([]goja.Value, n)...)
}

// BlocksLoop tells OnBlocking, if set, of a call that is about to block the loop.
func (h *Host) BlocksLoop(call string) {
	if h.OnBlocking != nil {
		h.OnBlocking(call)
	}
}

// AtEnd registers fn to run when the run ends (after its loop stopped): what holds goroutines (servers,
// idle network connections) lets them go. Loop goroutine only.
func (h *Host) AtEnd(fn func()) { h.atEnd = append(h.atEnd, fn) }

// End runs what AtEnd registered, last first. The interpreter calls it once, when the run has ended.
func (h *Host) End() {
	for i := len(h.atEnd) - 1; i >= 0; i-- {
		h.atEnd[i]()
	}
	h.atEnd = nil
}

// JSValuer is a Go result that makes its own JavaScript value (an object with methods, say) when a
// blocking function's outcome reaches the loop.
type JSValuer interface {
	JSValue(r *goja.Runtime) goja.Value
}

// AtCancel registers fn to run when the main task is cancelled from outside (Ctrl-C, the embedding
// program's context): what would keep the program alive after it (an open server) stops. Loop goroutine.
func (h *Host) AtCancel(fn func()) { h.atCancel = append(h.atCancel, fn) }

// Cancelling runs what AtCancel registered, once. Loop goroutine only.
func (h *Host) Cancelling() {
	fns := h.atCancel
	h.atCancel = nil
	for _, fn := range fns {
		fn()
	}
}
