//go:build !linux

package pytime

import "time"

// kernelSleep sleeps d: a Go timer where nanosleep is not at hand.
func kernelSleep(d time.Duration) {
	if d > 0 {
		time.Sleep(d)
	}
}
