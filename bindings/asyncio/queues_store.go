package asyncio

import (
	"reflect"

	"github.com/dop251/goja"
)

// fifo is Queue's store: a ring buffer (Python's deque).
type fifo struct {
	buf  []goja.Value
	head int
	n    int
}

func (f *fifo) len() int { return f.n }

func (f *fifo) grow() {
	buf := make([]goja.Value, max(8, 2*len(f.buf)))
	for i := 0; i < f.n; i++ {
		buf[i] = f.buf[(f.head+i)%len(f.buf)]
	}
	f.buf, f.head = buf, 0
}

func (f *fifo) put(item goja.Value) goja.Value {
	if f.n == len(f.buf) {
		f.grow()
	}
	f.buf[(f.head+f.n)%len(f.buf)] = item
	f.n++
	return nil
}

func (f *fifo) get() (goja.Value, goja.Value) {
	item := f.buf[f.head]
	f.buf[f.head] = nil
	f.head = (f.head + 1) % len(f.buf)
	f.n--
	return item, nil
}

// unget puts back at the front the item get just returned.
func (f *fifo) unget(item goja.Value) {
	if f.n == len(f.buf) {
		f.grow()
	}
	f.head = (f.head - 1 + len(f.buf)) % len(f.buf)
	f.buf[f.head] = item
	f.n++
}

func (f *fifo) all() []goja.Value {
	out := make([]goja.Value, f.n)
	for i := range out {
		out[i] = f.buf[(f.head+i)%len(f.buf)]
	}
	return out
}

func (f *fifo) clear() { *f = fifo{} }

// lifo is LifoQueue's store: a stack.
type lifo struct{ items []goja.Value }

func (l *lifo) len() int                       { return len(l.items) }
func (l *lifo) put(item goja.Value) goja.Value { l.items = append(l.items, item); return nil }
func (l *lifo) all() []goja.Value              { return l.items }
func (l *lifo) clear()                         { l.items = nil }

func (l *lifo) unget(item goja.Value) { l.items = append(l.items, item) }

func (l *lifo) get() (goja.Value, goja.Value) {
	n := len(l.items) - 1
	item := l.items[n]
	l.items[n] = nil
	l.items = l.items[:n]
	return item, nil
}

// heap is PriorityQueue's store: a binary min-heap laid out exactly as Python's heapq lays out its list (so
// the queue prints the same), ordered as Python's `<` orders values (SPEC §6: numbers numerically, strings
// by code point, arrays element by element like tuples). A comparison that Python would refuse raises
// TypeError and leaves the heap as it was.
type heap struct {
	a     *Asyncio
	items []goja.Value
	fn    string // the method comparing, for TypeError messages
}

func (h *heap) len() int          { return len(h.items) }
func (h *heap) all() []goja.Value { return h.items }
func (h *heap) clear()            { h.items = nil }

// put is heapq.heappush: the item climbs from the end while it is less than its parent. The comparisons
// are made before anything moves.
func (h *heap) put(item goja.Value) goja.Value {
	h.fn = "put"
	pos := len(h.items)
	for pos > 0 {
		parent := (pos - 1) >> 1
		lt, err := h.less(item, h.items[parent])
		if err != nil {
			return err
		}
		if !lt {
			break
		}
		pos = parent
	}
	h.items = append(h.items, nil)
	for p := len(h.items) - 1; p > pos; {
		parent := (p - 1) >> 1
		h.items[p] = h.items[parent]
		p = parent
	}
	h.items[pos] = item
	return nil
}

// get is heapq.heappop: the last item goes to the root, sinks to a leaf along the smaller children
// (heapq's _siftup), then climbs back while it is less than its parent (_siftdown). The path and the final
// place are found before anything moves.
func (h *heap) get() (goja.Value, goja.Value) {
	n := len(h.items) - 1
	last := h.items[n]
	if n == 0 {
		h.items[0] = nil
		h.items = h.items[:0]
		return last, nil
	}
	h.fn = "get"
	top := h.items[0]
	path := []int{0}
	for child := 1; child < n; child = 2*path[len(path)-1] + 1 {
		if right := child + 1; right < n {
			lt, err := h.less(h.items[child], h.items[right])
			if err != nil {
				return nil, err
			}
			if !lt {
				child = right
			}
		}
		path = append(path, child)
	}
	// After the sink, path[i] holds the item from path[i+1]; climbing from the leaf compares last with them.
	j := len(path) - 1
	for j > 0 {
		lt, err := h.less(last, h.items[path[j]])
		if err != nil {
			return nil, err
		}
		if !lt {
			break
		}
		j--
	}
	for i := 0; i < j; i++ {
		h.items[path[i]] = h.items[path[i+1]]
	}
	h.items[path[j]] = last
	h.items[n] = nil
	h.items = h.items[:n]
	return top, nil
}

// less is Python's x < y; it returns a TypeError for values Python cannot order.
func (h *heap) less(x, y goja.Value) (bool, goja.Value) {
	if xn, ok := pyNumber(x); ok {
		if yn, ok := pyNumber(y); ok {
			return xn < yn, nil
		}
	} else if xs, ok := pyString(x); ok {
		if ys, ok := pyString(y); ok {
			return xs < ys, nil // Go compares UTF-8 bytes: code point order
		}
	} else if xa, ok := h.array(x); ok {
		if ya, ok := h.array(y); ok {
			return h.lessArrays(xa, ya)
		}
	}
	return false, h.a.r.NewTypeError("%s: '<' not supported between instances of '%s' and '%s'", h.fn, describe(x), describe(y))
}

// lessArrays compares like Python's tuples: at the first pair that differs, or by length.
func (h *heap) lessArrays(x, y *goja.Object) (bool, goja.Value) {
	nx, ny := x.Get("length").ToInteger(), y.Get("length").ToInteger()
	for i := int64(0); i < min(nx, ny); i++ {
		xi, yi := x.Get(itoa(int(i))), y.Get(itoa(int(i)))
		if !h.equal(xi, yi) {
			return h.less(xi, yi)
		}
	}
	return nx < ny, nil
}

// equal is Python's ==: numbers and strings by value, arrays element by element, anything else by identity.
func (h *heap) equal(x, y goja.Value) bool {
	if xn, ok := pyNumber(x); ok {
		yn, ok := pyNumber(y)
		return ok && xn == yn
	}
	if xs, ok := pyString(x); ok {
		ys, ok := pyString(y)
		return ok && xs == ys
	}
	xa, okx := h.array(x)
	ya, oky := h.array(y)
	if okx && oky {
		n := xa.Get("length").ToInteger()
		if n != ya.Get("length").ToInteger() {
			return false
		}
		for i := int64(0); i < n; i++ {
			if !h.equal(xa.Get(itoa(int(i))), ya.Get(itoa(int(i)))) {
				return false
			}
		}
		return true
	}
	return x.SameAs(y)
}

func (h *heap) array(v goja.Value) (*goja.Object, bool) {
	obj, ok := v.(*goja.Object)
	return obj, ok && obj.ClassName() == "Array"
}

// pyNumber reads a number or a boolean (Python's bool is an int).
func pyNumber(v goja.Value) (float64, bool) {
	switch v.ExportType() {
	case typeOfInt64, typeOfFloat64:
		return v.ToFloat(), true
	case typeOfBool:
		if v.ToBoolean() {
			return 1, true
		}
		return 0, true
	}
	return 0, false
}

func pyString(v goja.Value) (string, bool) {
	if v.ExportType() == typeOfString {
		if _, isObj := v.(*goja.Object); !isObj {
			return v.String(), true
		}
	}
	return "", false
}

var (
	typeOfBool   = reflect.TypeOf(false)
	typeOfString = reflect.TypeOf("")
)
