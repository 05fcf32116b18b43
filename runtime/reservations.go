package runtime

import (
	"errors"
	"sync/atomic"
)

// ErrCompleted is returned by Reservation.Complete when the reservation was already completed.
var ErrCompleted = errors.New("runtime: reservation already completed")

// Reservation is work in flight that will report back to the loop: a goroutine running a blocking call, a
// request on the network, a timer of the host. While a reservation is outstanding the loop stays alive and
// a virtual clock does not jump. It is completed exactly once, from any goroutine.
type Reservation struct {
	loop *Loop
	done atomic.Bool
}

// Reserve opens a reservation. Safe from any goroutine; after Close it returns ErrClosed.
func (l *Loop) Reserve() (*Reservation, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.closed {
		return nil, ErrClosed
	}
	l.inflight++
	return &Reservation{loop: l}, nil
}

// Complete hands fn(arg) to the loop and releases the reservation in one step, so the loop cannot see the
// reservation gone before the callback is queued. fn may be nil to release without a callback. A second
// call returns ErrCompleted; after Close, ErrClosed. Safe from any goroutine.
func (r *Reservation) Complete(fn func(any), arg any) error {
	if !r.done.CompareAndSwap(false, true) {
		return ErrCompleted
	}
	l := r.loop
	l.mu.Lock()
	if l.closed {
		l.mu.Unlock()
		return ErrClosed
	}
	if fn != nil {
		l.inbox = append(l.inbox, job{fn, arg})
	}
	l.inflight--
	l.mu.Unlock()
	l.signal()
	return nil
}
