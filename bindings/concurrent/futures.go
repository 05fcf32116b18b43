// Package concurrent is concurrent.futures for scripts: executors backed by worker interpreters and
// thread-safe futures whose blocking methods block the calling thread, as in Python (SPEC §7).
package concurrent

import (
	"context"
	"sync"
	"time"

	"github.com/dop251/goja"

	"github.com/asyncrun/asyncrun/bindings/host"
	"github.com/asyncrun/asyncrun/runtime"
)

type state uint8

const (
	pending state = iota
	running
	finished
	cancelled
)

// Future is concurrent.futures.Future. Its state is shared with the goroutine doing the work: it turns
// finished there (so done() is true even while the loop is blocked), while its callbacks run on the loop.
type Future struct {
	m  *Module
	mu sync.Mutex
	st state
	// outcome is set when finished; it is turned into JavaScript on the loop.
	outcome  host.Outcome
	done     chan struct{}
	watchers []chan<- *Future
	cancel   context.CancelFunc
	resv     *runtime.Reservation

	// Loop goroutine only:
	callbacks []callback
	obj       *goja.Object
}

type callback struct {
	js goja.Value
	fn func()
}

func (m *Module) newFuture() *Future {
	return &Future{m: m, done: make(chan struct{})}
}

// start marks the future running; it reports false if it was cancelled first. Safe from any goroutine.
func (f *Future) start() bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.st != pending {
		return false
	}
	f.st = running
	return true
}

// finish completes the future with an outcome. Safe from any goroutine; later calls do nothing.
func (f *Future) finish(o host.Outcome) {
	f.mu.Lock()
	if f.st == finished || f.st == cancelled {
		f.mu.Unlock()
		return
	}
	f.st, f.outcome = finished, o
	close(f.done)
	watchers := f.watchers
	f.watchers = nil
	f.mu.Unlock()
	for _, w := range watchers {
		w <- f
	}
	f.release()
}

// release hands the loop the future's callbacks and frees the reservation that kept the loop alive.
func (f *Future) release() {
	f.mu.Lock()
	r := f.resv
	f.resv = nil
	f.mu.Unlock()
	if r != nil {
		r.Complete(runCallbacks, f)
	}
}

func runCallbacks(arg any) {
	f := arg.(*Future)
	cbs := f.callbacks
	f.callbacks = nil
	for _, cb := range cbs {
		f.m.invoke(f, cb)
	}
}

func (m *Module) invoke(f *Future, cb callback) {
	if cb.fn != nil {
		cb.fn()
		return
	}
	m.call(cb.js, goja.Undefined(), f.Value())
}

// doCancel cancels a future that has not started. Loop goroutine.
func (f *Future) doCancel() bool {
	f.mu.Lock()
	switch f.st {
	case cancelled:
		f.mu.Unlock()
		return true
	case running, finished:
		f.mu.Unlock()
		return false
	}
	f.st = cancelled
	close(f.done)
	watchers := f.watchers
	f.watchers = nil
	f.mu.Unlock()
	if f.cancel != nil {
		f.cancel()
	}
	for _, w := range watchers {
		w <- f
	}
	f.release()
	return true
}

// watch sends f to ch when it completes (at once if it has). Safe from any goroutine.
func (f *Future) watch(ch chan<- *Future) {
	f.mu.Lock()
	if f.st == finished || f.st == cancelled {
		f.mu.Unlock()
		ch <- f
		return
	}
	f.watchers = append(f.watchers, ch)
	f.mu.Unlock()
}

func (f *Future) state() state {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.st
}

// Done reports whether the future is done and its outcome has reached the loop (OnDone would call its
// function at once). Loop goroutine only.
func (f *Future) Done() bool {
	if s := f.state(); s != finished && s != cancelled {
		return false
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.resv == nil
}

// OnDone calls fn on the loop once the future is done (now, if it is). Loop goroutine only.
func (f *Future) OnDone(fn func()) {
	if f.Done() {
		fn()
		return
	}
	f.callbacks = append(f.callbacks, callback{fn: fn})
}

// Outcome returns the future's value or exception, turned into JavaScript; cancelled futures give a
// CancelledError. Loop goroutine only, once done.
func (f *Future) Outcome() (value, exc goja.Value) {
	if f.state() == cancelled {
		return nil, f.m.newError("CancelledError", "")
	}
	return f.outcome(f.m.h.R)
}

// Cancelled reports whether the future was cancelled. Safe from any goroutine.
func (f *Future) Cancelled() bool { return f.state() == cancelled }

// Cancel cancels the future if it has not started, and tells the work its caller stopped waiting.
// Loop goroutine only.
func (f *Future) Cancel() bool {
	ok := f.doCancel()
	if !ok && f.cancel != nil {
		f.cancel() // running: the work goes on, but a Go function sees its context cancelled
	}
	return ok
}

// wait blocks until the future is done or timeout passes (timeout < 0: no limit); it reports whether
// the future is done. It blocks the calling goroutine, the loop included, as Python's result() does.
func (f *Future) wait(timeout time.Duration) bool {
	if timeout < 0 {
		<-f.done
		return true
	}
	select {
	case <-f.done:
		return true // done already: a timer that has expired too must not win the select below
	default:
	}
	if timeout == 0 {
		return false
	}
	t := time.NewTimer(timeout)
	defer t.Stop()
	select {
	case <-f.done:
		return true
	case <-t.C:
		return false
	}
}
