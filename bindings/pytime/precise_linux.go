package pytime

import (
	"syscall"
	"time"
)

// kernelSleep sleeps d in the kernel (nanosleep), on the goroutine's own thread.
func kernelSleep(d time.Duration) {
	for d > 0 {
		ts := syscall.NsecToTimespec(int64(d))
		start := time.Now()
		if err := syscall.Nanosleep(&ts, nil); err == nil {
			return
		}
		d -= time.Since(start) // interrupted by a signal: sleep the rest
	}
}
