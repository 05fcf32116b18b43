package asyncio

import (
	"slices"
	"testing"

	"github.com/dop251/goja"
)

func ints(r *goja.Runtime, xs []goja.Value) []int64 {
	out := make([]int64, len(xs))
	for i, x := range xs {
		out[i] = x.ToInteger()
	}
	return out
}

// TestHeapLayout checks that PriorityQueue's heap lays items out exactly as Python's heapq does (the
// layouts below come from CPython's heappush/heappop), so that a queue prints the same in both.
func TestHeapLayout(t *testing.T) {
	r := goja.New()
	cases := []struct {
		push, afterPush, popped, afterPop []int64
	}{
		{
			push:      []int64{20, 9, 25, 41, 3, 4, 34, 6, 23, 37},
			afterPush: []int64{3, 6, 4, 9, 20, 25, 34, 41, 23, 37},
			popped:    []int64{3, 4, 6, 9, 20},
			afterPop:  []int64{23, 34, 25, 37, 41},
		},
		{
			push:      []int64{3, 32, 13, 2, 5, 27, 26, 4, 15, 5, 35, 27, 3, 36, 7, 14, 40},
			afterPush: []int64{2, 3, 3, 4, 5, 13, 7, 14, 15, 5, 35, 27, 27, 36, 26, 32, 40},
			popped:    []int64{2, 3, 3, 4, 5, 5, 7, 13},
			afterPop:  []int64{14, 15, 26, 27, 35, 27, 36, 32, 40},
		},
	}
	for _, c := range cases {
		h := &heap{}
		for _, x := range c.push {
			if err := h.put(r.ToValue(x)); err != nil {
				t.Fatal(err)
			}
		}
		if got := ints(r, h.all()); !slices.Equal(got, c.afterPush) {
			t.Errorf("after pushing %v: %v, heapq gives %v", c.push, got, c.afterPush)
		}
		var popped []goja.Value
		for range c.popped {
			v, err := h.get()
			if err != nil {
				t.Fatal(err)
			}
			popped = append(popped, v)
		}
		if got := ints(r, popped); !slices.Equal(got, c.popped) {
			t.Errorf("popped %v, heapq gives %v", got, c.popped)
		}
		if got := ints(r, h.all()); !slices.Equal(got, c.afterPop) {
			t.Errorf("after popping: %v, heapq gives %v", got, c.afterPop)
		}
	}
}

// TestHeapRefusesUncomparable checks that a value Python cannot compare raises TypeError on put and on
// get, and leaves the heap as it was.
func TestHeapRefusesUncomparable(t *testing.T) {
	r := goja.New()
	a := &Asyncio{r: r}
	h := &heap{a: a}
	for _, x := range []int64{5, 1, 3} {
		h.put(r.ToValue(x))
	}
	before := slices.Clone(h.all())
	if err := h.put(r.ToValue("x")); err == nil {
		t.Fatal("put of a string among numbers did not fail")
	} else if msg := err.String(); msg != "TypeError: put: '<' not supported between instances of 'string' and 'number'" {
		t.Errorf("message %q", msg)
	}
	if !slices.EqualFunc(before, h.all(), func(x, y goja.Value) bool { return x.SameAs(y) }) {
		t.Errorf("heap changed by a failed put: %v", h.all())
	}

	// Mixed values that got in through arrays compare element by element only when popped.
	h = &heap{a: a}
	for _, x := range [][]any{{1, "a"}, {3, 4}, {2, "b"}, {4, "x"}, {5, "y"}, {3, "c"}} {
		if err := h.put(r.ToValue(x)); err != nil {
			t.Fatal(err)
		}
	}
	if v, err := h.get(); err != nil || v.String() != "1,a" {
		t.Fatalf("first get: %v %v", v, err)
	}
	before = slices.Clone(h.all())
	if _, err := h.get(); err == nil {
		t.Fatal("get comparing [3, 4] with [3, 'c'] did not fail")
	}
	if !slices.EqualFunc(before, h.all(), func(x, y goja.Value) bool { return x.SameAs(y) }) {
		t.Errorf("heap changed by a failed get")
	}
}

// TestFIFOWrapsAround checks the ring buffer behind Queue through growth and wrap-around.
func TestFIFOWrapsAround(t *testing.T) {
	r := goja.New()
	f := &fifo{}
	next, want := int64(0), int64(0)
	for round := 0; round < 50; round++ {
		for i := 0; i < round%7+1; i++ {
			f.put(r.ToValue(next))
			next++
		}
		for i := 0; i < round%5 && f.len() > 0; i++ {
			v, _ := f.get()
			if v.ToInteger() != want {
				t.Fatalf("got %d, want %d", v.ToInteger(), want)
			}
			want++
		}
	}
	if got := ints(r, f.all()); int64(len(got)) != next-want || (len(got) > 0 && got[0] != want) {
		t.Errorf("left %v, want %d.. %d", got, want, next-1)
	}
}

// TestLotCounts checks the parking lot's FIFO order and its counts of cancelled entries, which Lock's
// and Semaphore's fairness rule reads.
func TestLotCounts(t *testing.T) {
	var l lot
	ws := make([]*waiter, 4)
	for i := range ws {
		ws[i] = &waiter{}
		l.push(ws[i])
	}
	ws[1].state = waitCancelled
	l.cancelled++
	if l.len() != 4 || l.live() != 3 {
		t.Fatalf("len %d live %d", l.len(), l.live())
	}
	if !l.remove(ws[1]) || l.remove(ws[1]) {
		t.Fatal("remove should succeed once")
	}
	if l.len() != 3 || l.live() != 3 {
		t.Fatalf("after remove: len %d live %d", l.len(), l.live())
	}
	var order []*waiter
	for w := l.popFront(); w != nil; w = l.popFront() {
		order = append(order, w)
	}
	if !slices.Equal(order, []*waiter{ws[0], ws[2], ws[3]}) || l.len() != 0 || l.head != nil || l.tail != nil {
		t.Fatalf("order or emptiness wrong: %v", order)
	}
}
