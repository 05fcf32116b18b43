package host

import (
	"context"

	"github.com/dop251/goja"
)

// Outcome is the result of work done off the loop, turned into JavaScript on the loop: it returns the
// value, or the exception to throw (exc non-nil). It is called on the loop goroutine, at most once per
// reader; implementations cache what they make.
type Outcome func(r *goja.Runtime) (value, exc goja.Value)

// Job is a JavaScript function to run on a worker interpreter: its source text, its arguments already
// cloned (see bindings/clone), and Done, called exactly once on some other goroutine with the outcome.
type Job struct {
	Source string
	Args   []any // clone.Value each; typed any here so that host does not depend on clone
	Done   func(Outcome)
	// Ctx is cancelled when the caller stops waiting (its task was cancelled); the job still runs to
	// its end, as Python's threads do, and its outcome is dropped.
	Ctx context.Context
	// Start is called by the worker just before it runs the job; false means the job was cancelled
	// while queued and is skipped (Done is not called then). Nil means always run.
	Start func() bool
	// Go, when set, makes this a job for a blocking host function: it runs on a goroutine of its own
	// (taking one of the pool's places, as Python's executor threads do) and calls Done itself. Its ctx
	// is also cancelled when the pool closes.
	Go func(ctx context.Context)
}

// Pool runs jobs on worker interpreters: separate goja runtimes, each with its own goroutine and loop.
// Safe from any goroutine.
type Pool interface {
	// Run queues job; a free worker (created lazily, up to the pool's size) runs it.
	Run(job Job)
	// Size is the most workers the pool runs at once.
	Size() int
	// Close interrupts running jobs, ends every worker and waits for their goroutines.
	Close()
}

// BlockingFunc is a host function that is safe to run off the loop (time.sleep, the blocking http
// calls, a Go function an embedder registered as blocking). Its arguments were exported on the loop; it
// runs on its own goroutine, and ctx is cancelled when the awaiting task is. A nil result is undefined.
type BlockingFunc func(ctx context.Context, args []any) (any, error)

// RegisterBlocking marks fn (a function object of this runtime) as safe to run off the loop with impl.
// Loop goroutine only.
func (h *Host) RegisterBlocking(fn goja.Value, impl BlockingFunc) {
	if h.blocking == nil {
		h.blocking = map[*goja.Object]BlockingFunc{}
	}
	h.blocking[fn.(*goja.Object)] = impl
}

// Blocking returns the off-loop implementation of fn, or nil. Loop goroutine only.
func (h *Host) Blocking(fn goja.Value) BlockingFunc {
	obj, ok := fn.(*goja.Object)
	if !ok {
		return nil
	}
	return h.blocking[obj]
}
