package pytime

import (
	"context"
	"time"
)

// tail is how much of a blocking sleep ends in the kernel rather than on a Go timer: Go's timers fire on
// the poller's millisecond ticks here (a 200 ms sleep took 200.1 to 201.1 ms), so threads sleeping the
// same time, started a millisecond apart, woke in any order. Python's time.sleep sleeps in the kernel to
// the microsecond, and so do the last milliseconds of this one.
const tail = 2 * time.Millisecond

// sleepFor blocks the calling goroutine for d, to the microsecond where the system allows, or until ctx
// ends (nil: never).
func sleepFor(ctx context.Context, d time.Duration) {
	if d <= 0 {
		return
	}
	deadline := time.Now().Add(d)
	if coarse := d - tail; coarse > 0 {
		t := time.NewTimer(coarse)
		var done <-chan struct{}
		if ctx != nil {
			done = ctx.Done()
		}
		select {
		case <-t.C:
		case <-done:
			t.Stop()
			return
		}
	}
	kernelSleep(time.Until(deadline))
}
