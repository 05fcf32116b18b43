package interp

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"sync"

	"github.com/dop251/goja"

	"github.com/asyncrun/asyncrun/bindings/clone"
	"github.com/asyncrun/asyncrun/bindings/host"
	"github.com/asyncrun/asyncrun/runtime"
)

// pool is a set of worker interpreters (SPEC §7): separate goja runtimes with the same globals, each on
// its own goroutine with its own loop, created lazily up to size and reused. A job is a function's source
// and its cloned arguments; the worker compiles each source once, runs the call as its main task until it
// settles (an async function runs to completion on the worker's loop), and clones the outcome back.
// Blocking host functions (Job.Go) take the same places but run on goroutines of their own, so size
// bounds everything the pool runs at once, as max_workers does in Python.
type pool struct {
	size  int
	opts  Options
	pools *pools

	mu      sync.Mutex
	idle    []*worker
	busy    map[*worker]bool
	workers int        // worker interpreters made
	active  int        // places taken
	queue   []host.Job // jobs waiting for a place
	// unassigned are jobs with a place, waiting for a worker: the first worker ready takes the first of
	// them, so jobs start in the order they came. spawning says a worker is being made; they are made
	// one at a time, each ready worker asking for the next, so their start order is the jobs' order too
	// (made at once, the goroutine made last tends to run first).
	unassigned []host.Job
	spawning   bool
	// Jobs are numbered as they are given to workers (dealt), and each calls its function only when
	// every job dealt before it has called its own (turn): the first ready worker may still be slower
	// to get going than the next.
	dealt uint64
	order struct {
		mu     sync.Mutex
		cond   sync.Cond
		next   uint64 // the number of the job whose turn it is
		closed bool
	}
	closed  bool
	goStops map[*host.Job]context.CancelFunc
	running sync.WaitGroup
}

type worker struct {
	jobs     chan dealtJob
	run      *run
	programs map[string]goja.Value // compiled function per source
}

func newPool(size int, opts Options) *pool {
	p := &pool{size: size, opts: opts, busy: map[*worker]bool{}, goStops: map[*host.Job]context.CancelFunc{}}
	p.order.cond.L = &p.order.mu
	return p
}

// dealtJob is a job with the number it was dealt (see pool.dealt).
type dealtJob struct {
	job host.Job
	n   uint64
}

// turn waits until every job dealt before job n has had its turn, then passes the turn on. Each dealt
// job takes its turn exactly once, whether it runs or not; Close ends all waiting.
func (p *pool) turn(n uint64) {
	o := &p.order
	o.mu.Lock()
	for o.next != n && !o.closed {
		o.cond.Wait()
	}
	o.next = n + 1
	o.cond.Broadcast()
	o.mu.Unlock()
}

// Size implements host.Pool.
func (p *pool) Size() int { return p.size }

var errShutDown = errors.New("asyncrun: the thread pool is shut down")

// Run implements host.Pool. Safe from any goroutine.
func (p *pool) Run(job host.Job) {
	p.mu.Lock()
	if p.closed {
		p.mu.Unlock()
		job.Done(failure(errShutDown))
		return
	}
	if p.active < p.size {
		p.active++
		p.start(job) // unlocks
		return
	}
	p.queue = append(p.queue, job)
	p.mu.Unlock()
}

// start runs job in a place already taken. Called with mu held; it unlocks.
func (p *pool) start(job host.Job) {
	if job.Go != nil {
		ctx, stop := context.WithCancel(job.Ctx)
		p.goStops[&job] = stop
		p.running.Add(1)
		p.mu.Unlock()
		go func() {
			defer p.running.Done()
			job.Go(ctx)
			p.mu.Lock()
			delete(p.goStops, &job)
			p.mu.Unlock()
			stop()
			p.next()
		}()
		return
	}
	p.unassigned = append(p.unassigned, job)
	p.dispatch()
	p.mu.Unlock()
}

// dispatch gives unassigned jobs to idle workers, first job first, and has a new worker made when jobs
// are left over. Called with mu held.
func (p *pool) dispatch() {
	for len(p.unassigned) > 0 && len(p.idle) > 0 {
		w := p.idle[len(p.idle)-1]
		p.idle = p.idle[:len(p.idle)-1]
		p.busy[w] = true
		job := p.unassigned[0]
		p.unassigned[0] = host.Job{}
		p.unassigned = p.unassigned[1:]
		w.jobs <- dealtJob{job, p.dealt} // buffered: an idle worker's channel is empty
		p.dealt++
	}
	if len(p.unassigned) > 0 && !p.spawning && !p.closed {
		p.spawning = true
		p.workers++
		p.running.Add(1)
		go p.work(&worker{jobs: make(chan dealtJob, 1), programs: map[string]goja.Value{}})
	}
}

// next gives a freed place to the next queued job, or frees it.
func (p *pool) next() {
	p.mu.Lock()
	if len(p.queue) > 0 && !p.closed {
		job := p.queue[0]
		p.queue = p.queue[1:]
		p.start(job)
		return
	}
	p.active--
	p.dispatch() // a worker that just went idle takes a job still waiting for a worker
	p.mu.Unlock()
}

// work is a worker's goroutine: it makes the worker's interpreter, then runs jobs until the pool closes.
func (p *pool) work(w *worker) {
	defer p.running.Done()
	rn := newWorkerRun(p.opts, p.pools)
	defer rn.loop.Close()
	defer rn.host.End()
	defer rn.stop()
	p.mu.Lock()
	w.run = rn // published under mu: Close and interruptAll read it there
	p.spawning = false
	if p.closed {
		p.workers--
		p.mu.Unlock()
		return
	}
	p.idle = append(p.idle, w)
	p.dispatch() // this worker takes the first job waiting; the next worker is made if more wait
	p.mu.Unlock()
	for dj := range w.jobs {
		ok := w.do(dj.job, func() { p.turn(dj.n) })
		p.mu.Lock()
		delete(p.busy, w)
		if !ok {
			p.workers--
		} else if !p.closed {
			p.idle = append(p.idle, w)
		}
		closed := p.closed
		p.mu.Unlock()
		p.next()
		if !ok || closed {
			return
		}
	}
}

// Close implements host.Pool: it interrupts running jobs and waits for every goroutine of the pool.
func (p *pool) Close() {
	p.mu.Lock()
	if p.closed {
		p.mu.Unlock()
		p.running.Wait()
		return
	}
	p.closed = true
	p.order.mu.Lock()
	p.order.closed = true
	p.order.cond.Broadcast()
	p.order.mu.Unlock()
	for _, w := range p.idle {
		close(w.jobs)
	}
	p.idle = nil
	for w := range p.busy {
		if w.run != nil {
			w.run.interrupt(interruptClose{})
		}
	}
	for _, stop := range p.goStops {
		stop()
	}
	queued := append(p.unassigned, p.queue...)
	p.queue, p.unassigned = nil, nil
	p.mu.Unlock()
	for _, j := range queued {
		j.Done(failure(errShutDown))
	}
	p.running.Wait()
}

func failure(err error) host.Outcome {
	return func(r *goja.Runtime) (goja.Value, goja.Value) {
		return nil, r.NewGoError(err)
	}
}

// newWorkerRun makes a worker's interpreter: the same globals as the main script, real time (threads run
// in real time, SPEC §9), output to the same streams.
func newWorkerRun(opts Options, ps *pools) *run {
	opts.VirtualTime = false
	opts.Debug = false // debug mode watches the event loop; a thread's blocking calls are its own business
	opts.globals = nil // what the embedding program set is the script's: Go values need not be thread-safe
	return newRun(opts, "<thread>", ps)
}

// do runs one job; it reports false when the worker was interrupted and must stop.
func (w *worker) do(job host.Job, turn func()) bool {
	taken := false
	takeTurn := func() {
		if !taken {
			taken = true
			turn()
		}
	}
	defer takeTurn() // a job that never calls its function passes its turn on all the same
	if job.Start != nil && !job.Start() {
		return true
	}
	rn := w.run
	r := rn.r
	a := rn.env.Asyncio
	var result, exc goja.Value
	interrupted := false
	err := rn.guard(func() error {
		fn, err := w.function(job.Source)
		if err != nil {
			return err
		}
		args := make([]goja.Value, len(job.Args))
		for i, v := range job.Args {
			args[i] = clone.ImportWith(r, v.(clone.Value), a.ErrorClass)
		}
		a.StartMain(func() (goja.Value, error) {
			takeTurn() // functions start in the order their jobs came
			v, err := fn(goja.Undefined(), args...)
			if err != nil {
				return nil, err
			}
			return a.Resolved(v), nil
		})
		a.WhenMainDone(rn.loop.Stop)
		err = rn.loop.Run(a.Finished)
		if errors.Is(err, runtime.ErrStopped) && rn.interrupted == nil {
			err = nil
		}
		return err
	})
	if rn.interrupted != nil || rn.whyInterrupted() != nil {
		interrupted = true
	}
	if interrupted {
		// The runtime refuses to run anything more: report without touching it, and retire the worker.
		job.Done(failure(errors.New("asyncrun: the thread was interrupted")))
		return false
	}
	switch {
	case errors.Is(err, runtime.ErrDeadlock):
		exc = a.NewError("RuntimeError", "the thread's function waits on something nothing can complete (deadlock)")
	case err != nil:
		var ex *goja.Exception
		if errors.As(err, &ex) {
			exc = ex.Value()
		} else {
			exc = r.NewGoError(err)
		}
	default:
		if e := a.MainError(); e != nil {
			exc = e
		} else {
			result = a.MainResult()
			if result == nil {
				result = goja.Undefined()
			}
		}
	}
	a.ReportUnretrieved()
	job.Done(w.outcome(result, exc))
	return !interrupted
}

// outcome clones the result (or the exception) out of the worker's runtime for the caller's.
func (w *worker) outcome(result, exc goja.Value) host.Outcome {
	r := w.run.r
	var cv clone.Value
	isExc := exc != nil
	v := result
	if isExc {
		v = hintIsolation(r, exc)
	}
	cv, err := clone.Export(r, v)
	if err != nil {
		msg := err.Error()
		return func(r *goja.Runtime) (goja.Value, goja.Value) {
			return nil, newDataCloneError(r, msg)
		}
	}
	var once sync.Once
	var val, ex goja.Value
	return func(r *goja.Runtime) (goja.Value, goja.Value) {
		once.Do(func() {
			v := clone.ImportWith(r, cv, errorClassLookup(r))
			if isExc {
				ex = v
			} else {
				val = v
			}
		})
		return val, ex
	}
}

// hintIsolation adds SPEC §7's hint to a ReferenceError: a thread function cannot see the main script's
// variables.
func hintIsolation(r *goja.Runtime, exc goja.Value) goja.Value {
	obj, ok := exc.(*goja.Object)
	if !ok || obj.Get("name") == nil || obj.Get("name").String() != "ReferenceError" {
		return exc
	}
	msg := obj.Get("message").String()
	if !strings.Contains(msg, "thread functions run isolated") {
		msg += " (thread functions run isolated: they see the globals but not the main script's variables; pass data as arguments)"
		obj.Set("message", msg)
		if s := obj.Get("stack"); s != nil && !goja.IsUndefined(s) {
			st := s.String()
			if i := strings.Index(st, "\n"); i >= 0 {
				obj.Set("stack", "ReferenceError: "+msg+st[i:])
			}
		}
	}
	return obj
}

// function compiles a job's source once per worker.
func (w *worker) function(src string) (goja.Callable, error) {
	v, ok := w.programs[src]
	if !ok {
		code := "(" + src + "\n)"
		if m := namedFunction.FindStringSubmatch(src); m != nil {
			// A declared function travels as its declaration, inside a function of its own: goja resolves
			// a recursive call to a declared name faster than to a named function expression's.
			code = "(function () {\n" + src + "\nreturn " + m[1] + ";\n})()"
		}
		prg, err := goja.Compile("<thread>", code, false)
		if err != nil {
			return nil, fmt.Errorf("to_thread: the function's source does not compile on a worker (%v); pass a function defined with `function`, an arrow or a method", err)
		}
		v, err = w.run.r.RunProgram(prg)
		if err != nil {
			return nil, err
		}
		w.programs[src] = v
	}
	fn, ok := goja.AssertFunction(v)
	if !ok {
		return nil, errors.New("to_thread: the source is not a function")
	}
	return fn, nil
}

// namedFunction matches the source of a declared function (function f(…), async function f, function* f).
var namedFunction = regexp.MustCompile(`^\s*(?:async\s+)?function\s*\*?\s*([A-Za-z_$][\w$]*)\s*\(`)

// errorClassLookup finds the class an error named name has in runtime r: asyncio's classes first.
func errorClassLookup(r *goja.Runtime) func(name string) *goja.Object {
	return func(name string) *goja.Object {
		if as, ok := r.Get("asyncio").(*goja.Object); ok {
			if c, ok := as.Get(name).(*goja.Object); ok {
				return c
			}
		}
		return nil
	}
}

func newDataCloneError(r *goja.Runtime, msg string) goja.Value {
	e := r.NewGoError(errors.New(strings.TrimPrefix(msg, "DataCloneError: ")))
	e.Set("name", "DataCloneError")
	return e
}

// interruptAll interrupts every job running on the run's pools (Close, --timeout, a second Ctrl-C):
// workers stuck in JavaScript loops stop; the pools stay usable until they close.
func (ps *pools) interruptAll() {
	ps.mu.Lock()
	all := append([]*pool(nil), ps.all...)
	ps.mu.Unlock()
	for _, p := range all {
		p.mu.Lock()
		for w := range p.busy {
			if w.run != nil {
				w.run.interrupt(interruptClose{})
			}
		}
		p.mu.Unlock()
	}
}
