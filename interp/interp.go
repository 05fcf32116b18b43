// Package interp is asyncrun's interpreter: one goja runtime, its event loop and the asyncio bindings.
//
// To embed it, make an Interpreter with New and run a file or a string under a context:
//
//	it := interp.New(interp.Options{Stdout: os.Stdout, Stderr: os.Stderr, VirtualTime: true})
//	defer it.Close()
//	v, err := it.RunString(ctx, "job.js", `await asyncio.sleep(1); return 42`)
//
// The script body runs as the task named main, with top-level await. A run ends when the body has
// finished and no work is left (no task pending, no timer, nothing in flight); its error, if any, is an
// *Error whose Kind says what went wrong. Cancelling the context cancels the main task (so its finally
// blocks run) and interrupts the script a second later if it is still running; a context deadline
// interrupts at once.
//
// The embedding program gives scripts Go values and functions before a run: Set (plain values and
// functions called on the loop), SetBlocking (a function run on a goroutine of its own, which the script
// awaits) and SetAsync (a function whose result Go delivers later through a Completion, from any
// goroutine). Start runs a script and keeps it alive after its body, so that Call can hand its functions
// work from any goroutine (a Go server hands it each request) until Close.
//
// Every method of Interpreter is safe to call from any goroutine; runs on one Interpreter take turns.
package interp

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"regexp"
	goruntime "runtime"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/dop251/goja"

	"github.com/asyncrun/asyncrun/bindings"
	"github.com/asyncrun/asyncrun/bindings/clone"
	"github.com/asyncrun/asyncrun/bindings/host"
	"github.com/asyncrun/asyncrun/runtime"
)

// Options configure an Interpreter. The zero value is usable: output is discarded, time is real.
type Options struct {
	Stdout, Stderr io.Writer // where print/console and reports go (discarded if nil)
	Args           []string  // the script's arguments: sys.argv[1:]
	VirtualTime    bool      // run timers on a virtual clock that jumps when every task waits (SPEC §9)
	Debug          bool      // asyncio debug mode
	// Workers is the size of the default thread pool (to_thread, run_in_executor(null, …)); 0 means
	// Python's default, min(32, CPUs + 4).
	Workers int
	// CancelGrace is how long a cancelled main task may take to unwind before the script is interrupted
	// (default one second).
	CancelGrace time.Duration
	// Network lets scripts use the network: fetch and the http module (clients and servers). Off by
	// default for embedding programs (a call then raises PermissionError); the command line turns it on.
	// Scripts have no file, environment or subprocess APIs at all.
	Network bool

	stdout, stderr *host.LineWriter // set for workers: the script's own writers
	globals        []global         // what Set, SetBlocking and SetAsync gave the script (not workers)
}

// Interpreter runs scripts. Make one with New; Close it when done.
type Interpreter struct {
	opts Options

	mu      sync.Mutex // held for the whole of a run
	state   sync.Mutex // guards closed, cur and globals
	closed  bool
	cur     *run
	globals []global
}

// run is the state of one script run: a fresh runtime, loop and environment.
type run struct {
	r           *goja.Runtime
	loop        *runtime.Loop
	env         *bindings.Env
	interrupted any

	whyMu sync.Mutex
	why   any // the first reason the run was interrupted

	pools *pools
	host  *host.Host
	ended chan struct{} // closed when the run has ended
	// serving is set for a run made by Start: started receives the body's outcome, keep holds the
	// loop open for Call until Close.
	serving bool
	started chan error
	keep    *runtime.Reservation
	scope   goja.Callable // looks a name up in the body's scope (see bindScope)
	// stop cancels host.Ctx when the run ends; goFuncs are SetBlocking calls still running.
	stop    context.CancelFunc
	goFuncs sync.WaitGroup
}

func (rn *run) whyInterrupted() any {
	rn.whyMu.Lock()
	defer rn.whyMu.Unlock()
	return rn.why
}

// New returns an Interpreter.
func New(opts Options) *Interpreter {
	if opts.Stdout == nil {
		opts.Stdout = io.Discard
	}
	if opts.Stderr == nil {
		opts.Stderr = io.Discard
	}
	if opts.CancelGrace == 0 {
		opts.CancelGrace = time.Second
	}
	return &Interpreter{opts: opts}
}

// Close ends the interpreter: a run in progress is interrupted, and once Close returns no goroutine of
// the interpreter is left. Safe from any goroutine; later calls do nothing.
func (it *Interpreter) Close() error {
	it.state.Lock()
	it.closed = true
	cur := it.cur
	it.state.Unlock()
	if cur != nil {
		cur.interrupt(interruptClose{})
	}
	it.mu.Lock() // wait for the run to return
	it.mu.Unlock()
	return nil
}

// RunFile runs the script at path; sys.argv[0] is path. Safe from any goroutine.
func (it *Interpreter) RunFile(ctx context.Context, path string) (any, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return it.RunString(ctx, path, string(src))
}

// RunString runs src as a script named name and returns the body's completion value, exported to Go.
// Safe from any goroutine.
func (it *Interpreter) RunString(ctx context.Context, name, src string) (any, error) {
	return it.runScript(ctx, name, src, nil)
}

// runScript runs a script to its end; with started non-nil it serves (see Start).
func (it *Interpreter) runScript(ctx context.Context, name, src string, started chan error) (any, error) {
	it.mu.Lock()
	defer it.mu.Unlock()
	it.state.Lock()
	if it.closed {
		it.state.Unlock()
		return nil, ErrClosed
	}
	opts := it.opts
	opts.globals = it.globals
	rn := newRun(opts, name, nil)
	rn.serving, rn.started = started != nil, started
	it.cur = rn
	it.state.Unlock()
	defer func() {
		it.state.Lock()
		it.cur = nil
		it.state.Unlock()
		close(rn.ended)
		rn.stop()
		rn.goFuncs.Wait()
		rn.pools.close()
		rn.host.End()
		rn.loop.Close()
	}()
	return rn.execute(ctx, opts, name, src)
}

type (
	interruptTimeout struct{}
	interruptCancel  struct{}
	interruptClose   struct{}
	interruptExit    struct{ code int }
)

// pools are the worker pools of one script run, shared with its workers: the default pool (to_thread,
// run_in_executor(null, …)) and every executor's. They close when the run ends.
type pools struct {
	opts Options
	mu   sync.Mutex
	def  *pool
	all  []*pool
}

func (ps *pools) defaultPool() host.Pool {
	ps.mu.Lock()
	defer ps.mu.Unlock()
	if ps.def == nil {
		ps.def = newPool(ps.opts.workers(), ps.opts)
		ps.def.pools = ps
		ps.all = append(ps.all, ps.def)
	}
	return ps.def
}

func (ps *pools) newPool(n int) host.Pool {
	ps.mu.Lock()
	defer ps.mu.Unlock()
	p := newPool(n, ps.opts)
	p.pools = ps
	ps.all = append(ps.all, p)
	return p
}

func (ps *pools) close() {
	ps.mu.Lock()
	all := ps.all
	ps.mu.Unlock()
	for _, p := range all {
		p.Close()
	}
}

// workers is the default pool's size: Python's min(32, CPUs + 4) unless Options.Workers says otherwise.
func (o Options) workers() int {
	if o.Workers > 0 {
		return o.Workers
	}
	return min(32, goruntime.NumCPU()+4)
}

// newRun makes a fresh runtime, loop and environment. ps is nil for a script's own run (it gets new
// pools) and the parent's pools for a worker.
func newRun(opts Options, name string, ps *pools) *run {
	var clock runtime.Clock
	if opts.VirtualTime {
		clock = runtime.NewVirtualClock()
	} else {
		clock = runtime.NewRealClock()
	}
	if ps == nil {
		ps = &pools{opts: opts}
	}
	rn := &run{r: goja.New(), loop: runtime.New(clock), pools: ps}
	rn.r.SetFieldNameMapper(goja.UncapFieldNameMapper())
	clone.Prepare(rn.r) // structured clone uses the built-ins as they are now, whatever scripts do later
	h := host.New(rn.r, rn.loop, opts.Stdout, opts.Stderr)
	if opts.stdout != nil {
		h.Stdout, h.Stderr = opts.stdout, opts.stderr // workers share the script's line writers
	} else {
		ps.opts.stdout, ps.opts.stderr = h.Stdout, h.Stderr
	}
	h.Argv = append([]string{name}, opts.Args...)
	h.Debug = opts.Debug
	h.Network = opts.Network
	h.Exit = func(code int) {
		rn.interrupt(interruptExit{code})
	}
	h.Threads = ps.defaultPool
	h.NewPool = ps.newPool
	rn.env = bindings.Install(h)
	rn.host = h
	rn.ended = make(chan struct{})
	h.Ctx, rn.stop = context.WithCancel(context.Background())
	for _, g := range opts.globals {
		rn.r.Set(g.name, g.value(rn))
	}
	return rn
}

// interrupt stops the script at once: the runtime throws an uncatchable error and the loop stops. Safe
// from any goroutine.
func (rn *run) interrupt(why any) {
	rn.whyMu.Lock()
	if rn.why == nil {
		rn.why = why
	}
	rn.whyMu.Unlock()
	rn.r.Interrupt(why)
	rn.loop.Stop()
	if _, closing := why.(interruptExit); !closing && rn.pools != nil && rn.host != nil && rn.host.Threads != nil {
		go rn.pools.interruptAll()
	}
}

// prefix wraps the body in an async function so that top-level await works; it shares the script's first
// line, so line numbers stay true (columns on line 1 are shifted by its length, which reports undo).
const prefix = "(async function () {"

func (rn *run) execute(ctx context.Context, opts Options, name, src string) (result any, err error) {
	pre := prefix
	if rn.serving {
		pre += rn.bindScope()
	}
	prg, cerr := goja.Compile(name, pre+src+"\n})()", false)
	if cerr != nil {
		return nil, rn.syntaxError(opts.Stderr, src, len(pre), cerr)
	}
	done := make(chan struct{})
	defer close(done)
	go rn.watch(ctx, opts.CancelGrace, done)

	a := rn.env.Asyncio
	if rn.serving {
		rn.keep, _ = rn.loop.Reserve() // the loop is new: it is not closed
	}
	runErr := rn.guard(func() error {
		a.StartMain(func() (goja.Value, error) { return rn.r.RunProgram(prg) })
		if rn.serving {
			a.WhenMainDone(rn.served)
		}
		return rn.loop.Run(a.Finished)
	})
	stderr := rn.env.Host.Stderr
	if rn.interrupted == nil && errors.Is(runErr, runtime.ErrStopped) {
		rn.whyMu.Lock()
		rn.interrupted = rn.why
		rn.whyMu.Unlock()
	}
	switch why := rn.interrupted.(type) {
	case interruptExit:
		if why.code == 0 {
			return nil, nil
		}
		return nil, &Error{Kind: Exit, Code: why.code, Message: fmt.Sprintf("sys.exit(%d)", why.code)}
	case interruptTimeout:
		stderr.WriteString("asyncrun: timed out: the script was interrupted\n")
		return nil, &Error{Kind: Timeout, Message: "the script was interrupted after its deadline"}
	case interruptClose:
		if rn.serving && a.MainDone() {
			return nil, nil // the end of a served run
		}
		stderr.WriteString("asyncrun: interrupted\n")
		return nil, &Error{Kind: Cancelled, Message: "the script was interrupted"}
	case interruptCancel:
		stderr.WriteString("asyncrun: interrupted\n")
		return nil, &Error{Kind: Cancelled, Message: "the script was interrupted"}
	}
	if errors.Is(runErr, runtime.ErrDeadlock) {
		return nil, rn.deadlock(stderr)
	}
	var first *Error
	if v := a.MainError(); v != nil {
		if ctx.Err() != nil && isCancelled(v) {
			first = &Error{Kind: Cancelled, Message: "the main task was cancelled"}
		} else {
			first = rn.uncaught(stderr, v, "main")
		}
	}
	if a.ReportUnretrieved() && first == nil {
		first = &Error{Kind: RuntimeError, Message: "a task's exception was never retrieved"}
	}
	for _, reason := range a.UnhandledRejections() {
		e := rn.uncaught(stderr, reason, "")
		if first == nil {
			first = e
		}
	}
	if first != nil {
		return nil, first
	}
	if a.MainDone() {
		if v := a.MainResult(); v != nil {
			result = v.Export()
		}
	}
	return result, nil
}

// guard runs f, turning the unwinding of an interrupt into its reason.
func (rn *run) guard(f func() error) (err error) {
	defer func() {
		if x := recover(); x != nil {
			var ie *goja.InterruptedError
			if e, ok := x.(error); ok && errors.As(e, &ie) {
				rn.interrupted = ie.Value()
				err = ie
				return
			}
			panic(x)
		}
	}()
	err = f()
	var ie *goja.InterruptedError
	if errors.As(err, &ie) {
		rn.interrupted = ie.Value()
	}
	return err
}

// watch turns the context's end into cancellation: a deadline interrupts at once; a cancellation cancels
// the main task and interrupts if it has not finished after grace.
func (rn *run) watch(ctx context.Context, grace time.Duration, done <-chan struct{}) {
	select {
	case <-done:
		return
	case <-ctx.Done():
	}
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		rn.interrupt(interruptTimeout{})
		return
	}
	rn.loop.Submit(func(any) {
		if rn.serving && rn.env.Asyncio.MainDone() {
			rn.interrupt(interruptClose{}) // a served script ends with its context, as with Close
			return
		}
		rn.env.Asyncio.CancelMain("cancelled by the embedding program")
	}, nil)
	t := time.NewTimer(grace)
	defer t.Stop()
	select {
	case <-done:
	case <-t.C:
		rn.interrupt(interruptCancel{})
	}
}

func isCancelled(v goja.Value) bool {
	obj, ok := v.(*goja.Object)
	return ok && obj.Get("name") != nil && obj.Get("name").String() == "CancelledError"
}

// uncaught reports an error nobody caught, with its stack and the task it happened in.
func (rn *run) uncaught(w *host.LineWriter, v goja.Value, task string) *Error {
	msg, stack := describeError(v)
	stack = host.FormatStack(stack)
	text := "Uncaught " + stack
	if stack == "" {
		text = "Uncaught " + msg
	}
	if task != "" {
		text += "\n  in task '" + task + "'"
	} else {
		text = "Unhandled promise rejection: " + strings.TrimPrefix(text, "Uncaught ")
	}
	w.WriteString(text + "\n")
	return &Error{Kind: RuntimeError, Message: msg, Stack: stack}
}

func describeError(v goja.Value) (msg, stack string) {
	if obj, ok := v.(*goja.Object); ok {
		if s := obj.Get("stack"); s != nil && !goja.IsUndefined(s) {
			stack = s.String()
		}
		if n, m := obj.Get("name"), obj.Get("message"); n != nil && m != nil {
			msg = n.String() + ": " + m.String()
			if m.String() == "" {
				msg = n.String()
			}
			return msg, stack
		}
	}
	if v == nil {
		return "undefined", ""
	}
	return v.String(), stack
}

func (rn *run) deadlock(w *host.LineWriter) *Error {
	var b strings.Builder
	b.WriteString("asyncrun: deadlock: the main task is waiting and nothing can ever wake it\n")
	for _, t := range rn.env.Asyncio.Pending() {
		fmt.Fprintf(&b, "  task '%s' waiting on %s", t.Name, t.Waiting)
		if t.Where != "" {
			fmt.Fprintf(&b, " (created at %s)", t.Where)
		}
		b.WriteString("\n")
	}
	w.WriteString(b.String())
	return &Error{Kind: Deadlock, Message: "the main task waits on something nothing can complete"}
}

var syntaxPos = regexp.MustCompile(`^(.*): Line (\d+):(\d+) (.*?)(?: \(and \d+ more errors?\))?$`)

func (rn *run) syntaxError(stderr io.Writer, src string, prefixLen int, err error) *Error {
	msg := err.Error()
	var se *goja.CompilerSyntaxError
	line, col, file := 0, 0, ""
	if errors.As(err, &se) {
		msg = se.Message
		if se.File != nil {
			p := se.File.Position(se.Offset)
			line, col, file = p.Line, p.Column, p.Filename
		} else if m := syntaxPos.FindStringSubmatch(msg); m != nil {
			// goja's parser reports "file: Line L:C message (and N more errors)"
			file, msg = m[1], m[4]
			line, _ = strconv.Atoi(m[2])
			col, _ = strconv.Atoi(m[3])
		}
	}
	if line == 1 {
		col -= prefixLen
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s:%d:%d: SyntaxError: %s\n", file, line, col, msg)
	lines := strings.Split(src, "\n")
	if line >= 1 && line <= len(lines) {
		text := strings.TrimRight(lines[line-1], "\r")
		fmt.Fprintf(&b, "    %s\n    %s^\n", text, strings.Repeat(" ", max(col-1, 0)))
	}
	io.WriteString(stderr, b.String())
	return &Error{Kind: SyntaxError, Message: fmt.Sprintf("%s:%d:%d: %s", file, line, col, msg)}
}
