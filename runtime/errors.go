package runtime

import "errors"

// ErrClosed is returned by the door (Submit, Reservation.Complete) once the loop has shut down.
var ErrClosed = errors.New("runtime: loop is closed")

// ErrDeadlock is returned by Run when nothing can ever run again but the loop was asked to keep going:
// no callback is ready, no timer is pending and nothing is in flight.
var ErrDeadlock = errors.New("runtime: deadlock: nothing left to run")

// ErrStopped is returned by Run after Stop.
var ErrStopped = errors.New("runtime: loop stopped")
