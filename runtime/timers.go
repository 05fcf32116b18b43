package runtime

import "time"

// Timer is one scheduled callback. The caller owns the struct (it may embed it in a larger object, so that a
// sleep costs no allocation of its own); the loop keeps a pointer to it in its heap until it fires or is
// stopped. A Timer must not be reused while it is scheduled. Loop goroutine only.
type Timer struct {
	when     time.Duration
	armed    time.Duration // the clock reading when it was armed
	seq      uint64        // ties are broken by scheduling order (SPEC §6: stricter than CPython)
	index    int32         // position in the heap, -1 when not scheduled
	relative bool          // armed with After: Restart keeps its delay rather than its time
	fn       func(any)
	arg      any
}

// When reports the clock reading at which the timer is due.
func (t *Timer) When() time.Duration { return t.when }

// Scheduled reports whether the timer is waiting in the heap.
func (t *Timer) Scheduled() bool { return t.index >= 0 && t.fn != nil }

// timerHeap is a binary min-heap ordered by (when, seq). It is written out rather than built on
// container/heap to avoid boxing every element in an interface on each push and pop.
type timerHeap []*Timer

func (h timerHeap) less(i, j int) bool {
	a, b := h[i], h[j]
	if a.when != b.when {
		return a.when < b.when
	}
	return a.seq < b.seq
}

func (h timerHeap) swap(i, j int) {
	h[i], h[j] = h[j], h[i]
	h[i].index = int32(i)
	h[j].index = int32(j)
}

func (h *timerHeap) push(t *Timer) {
	t.index = int32(len(*h))
	*h = append(*h, t)
	h.up(int(t.index))
}

func (h *timerHeap) remove(i int) *Timer {
	old := *h
	n := len(old) - 1
	if i != n {
		h.swap(i, n)
	}
	t := old[n]
	old[n] = nil
	*h = old[:n]
	if i != n {
		if !h.down(i) {
			h.up(i)
		}
	}
	t.index = -1
	return t
}

func (h timerHeap) up(j int) {
	for j > 0 {
		i := (j - 1) / 2
		if !h.less(j, i) {
			break
		}
		h.swap(i, j)
		j = i
	}
}

func (h timerHeap) down(i0 int) bool {
	i, n := i0, len(h)
	for {
		l := 2*i + 1
		if l >= n || l < 0 {
			break
		}
		j := l
		if r := l + 1; r < n && h.less(r, l) {
			j = r
		}
		if !h.less(j, i) {
			break
		}
		h.swap(i, j)
		i = j
	}
	return i > i0
}
