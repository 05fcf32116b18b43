package host

import (
	"runtime"
	"sync"
	"weak"

	"github.com/dop251/goja"
)

// RuntimeCache keeps one value per goja runtime (the built-ins a package looked up in it, say), made on
// first use. It holds runtimes and values only weakly, so it keeps neither alive; each runtime keeps its
// value alive through a non-enumerable, read-only symbol-keyed property of its global object, whose value
// shows scripts nothing. (If the global object is frozen, the value is made again after each garbage
// collection.) Safe from any goroutine.
type RuntimeCache[T any] struct {
	mu  sync.Mutex
	m   map[weak.Pointer[goja.Runtime]]weak.Pointer[T]
	pin *goja.Symbol
}

// NewRuntimeCache returns an empty cache; name labels its pinning symbol.
func NewRuntimeCache[T any](name string) *RuntimeCache[T] {
	return &RuntimeCache[T]{m: map[weak.Pointer[goja.Runtime]]weak.Pointer[T]{}, pin: goja.NewSymbol(name)}
}

// Get returns r's value, making it with load if there is none. Call it on r's goroutine.
func (c *RuntimeCache[T]) Get(r *goja.Runtime, load func(*goja.Runtime) *T) *T {
	key := weak.Make(r)
	c.mu.Lock()
	wp, ok := c.m[key]
	c.mu.Unlock()
	if ok {
		if v := wp.Value(); v != nil {
			return v
		}
	}
	v := load(r)
	c.mu.Lock()
	if _, ok := c.m[key]; !ok {
		runtime.AddCleanup(r, func(key weak.Pointer[goja.Runtime]) {
			c.mu.Lock()
			delete(c.m, key)
			c.mu.Unlock()
		}, key)
	}
	c.m[key] = weak.Make(v)
	c.mu.Unlock()
	_ = r.GlobalObject().DefineDataPropertySymbol(c.pin, r.ToValue(v), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	return v
}

// Len reports how many runtimes the cache holds a value for (for tests that check runtimes are let go).
func (c *RuntimeCache[T]) Len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.m)
}
