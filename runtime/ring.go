package runtime

// ring is the ready queue: a FIFO of jobs in a growable circular buffer, so that a steady stream of
// callbacks reuses the same memory.
type ring struct {
	buf        []job
	head, size int
}

func (r *ring) len() int { return r.size }

func (r *ring) push(j job) {
	if r.size == len(r.buf) {
		r.grow()
	}
	r.buf[(r.head+r.size)&(len(r.buf)-1)] = j
	r.size++
}

func (r *ring) pop() job {
	j := r.buf[r.head]
	r.buf[r.head] = job{}
	r.head = (r.head + 1) & (len(r.buf) - 1)
	r.size--
	return j
}

func (r *ring) grow() {
	n := len(r.buf) * 2
	if n == 0 {
		n = 64
	}
	buf := make([]job, n)
	for i := 0; i < r.size; i++ {
		buf[i] = r.buf[(r.head+i)&(len(r.buf)-1)]
	}
	r.buf, r.head = buf, 0
}
