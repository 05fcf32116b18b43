package runtime

import (
	"sync"
	"time"
)

// Clock tells the loop what time it is. Readings are durations since the clock's epoch; the loop never
// calls time.Now itself, so a test or a --virtual-time run can substitute its own clock.
type Clock interface {
	// Now reports the time elapsed since Epoch. Safe from any goroutine.
	Now() time.Duration
	// Epoch is the wall-clock time at which Now read zero. Safe from any goroutine.
	Epoch() time.Time
}

// RealClock follows the machine's monotonic clock.
type RealClock struct{ start time.Time }

// processStart is the epoch every real clock shares, so that readings agree across the interpreters of
// one process (the main one and its thread workers), as Python's time.monotonic() does across threads.
var processStart = time.Now()

// NewRealClock returns a real clock. Its epoch is the start of the process, shared by all real clocks.
func NewRealClock() *RealClock { return &RealClock{start: processStart} }

// Now reports the time elapsed since the clock's epoch. Safe from any goroutine.
func (c *RealClock) Now() time.Duration { return time.Since(c.start) }

// Epoch is the wall-clock time of the clock's zero: the start of the process. Safe from any goroutine.
func (c *RealClock) Epoch() time.Time { return c.start }

// VirtualClock is the clock of --virtual-time: it stands still while code runs and jumps to the next timer
// whenever the loop would otherwise sit idle with nothing in flight. While threads or I/O are in flight it
// advances at the pace of real time, so their results arrive at plausible readings.
type VirtualClock struct {
	mu    sync.Mutex
	epoch time.Time
	now   time.Duration
}

// NewVirtualClock returns a virtual clock reading zero, whose epoch is the current wall-clock time as the
// real clocks reckon it (the process's start plus the monotonic time since), so that a thread's real
// reading never falls before it even when the system's wall clock is stepped meanwhile.
func NewVirtualClock() *VirtualClock {
	return &VirtualClock{epoch: processStart.Add(time.Since(processStart))}
}

// Now reports the virtual time. Safe from any goroutine.
func (c *VirtualClock) Now() time.Duration {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

// Epoch is the wall-clock time at which the virtual clock read zero. Safe from any goroutine.
func (c *VirtualClock) Epoch() time.Time { return c.epoch }

// Advance moves the clock forward by d (never backward). Safe from any goroutine.
func (c *VirtualClock) Advance(d time.Duration) {
	if d <= 0 {
		return
	}
	c.mu.Lock()
	c.now += d
	c.mu.Unlock()
}

// AdvanceTo moves the clock to t if t is later than the current reading. Safe from any goroutine.
func (c *VirtualClock) AdvanceTo(t time.Duration) {
	c.mu.Lock()
	if t > c.now {
		c.now = t
	}
	c.mu.Unlock()
}
