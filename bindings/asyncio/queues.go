package asyncio

import (
	"strings"

	"github.com/dop251/goja"

	"github.com/asyncrun/asyncrun/bindings/host"
)

// Queue is asyncio.Queue, PriorityQueue and LifoQueue: CPython 3.13's queues.py, shutdown included.
//
// Invariants: a getter waits only while the queue is empty and a putter only while it is full. put_nowait
// wakes the first getter and get_nowait the first putter (popping it from its lot, as CPython pops its
// deque); the woken one takes its item or slot when it resumes, and if it was cancelled in between it
// wakes the next one instead, so no item and no slot is lost to a cancelled waiter. unfinished counts the
// items put and not yet marked done; finished is set whenever it is zero. Loop goroutine only.
type Queue struct {
	expando
	kind       string // Queue, PriorityQueue or LifoQueue
	maxsize    goja.Value
	max        float64 // maxsize as a number; <= 0 means unbounded
	items      queueStore
	getters    lot
	putters    lot
	unfinished int
	finished   Event
	shutdown   bool
}

// immediateGet is a Queue.get() that took an item at once, kept until the code that called it gives way:
// if a wrapper makes a task of its promise in the meantime (wait_for(queue.get(), 1), create_task(…)),
// the item goes back and the task gets one when it starts, where Python's task runs the get coroutine
// (a getter woken before then would otherwise lose the item to it).
type immediateGet struct {
	result goja.Value // the settled promise the call returned
	q      *Queue
	queue  goja.Value // the queue object, to call get() on again
	item   goja.Value
	n      int // the queue's length after the get: anything else since, and it stays taken
}

// ungetter is a store that can take back the item its get just returned (FIFO and LIFO; a priority heap
// would not keep its layout).
type ungetter interface{ unget(item goja.Value) }

// takeImmediateGet returns, for the promise of a get that took an item at once in the running code, a
// coroutine object that gets again when its task starts, having put the item back; else nil.
func (a *Asyncio) takeImmediateGet(v goja.Value) goja.Value {
	g := &a.track.lastGet
	if g.result == nil || g.result != v {
		return nil
	}
	q := g.q
	defer func() { *g = immediateGet{} }()
	if q.items.len() != g.n || q.putters.live() != 0 {
		return nil
	}
	q.items.(ungetter).unget(g.item)
	return a.newCoro(a.queueGet, g.queue, nil)
}

// queueStore holds the items in the order the queue kind gives them.
type queueStore interface {
	len() int
	put(item goja.Value) goja.Value // an error to raise (PriorityQueue's TypeError), or nil
	get() (goja.Value, goja.Value)
	all() []goja.Value // in the order Python's list(self._queue) shows them
	clear()
}

func (q *Queue) empty() bool { return q.items.len() == 0 }

func (q *Queue) full() bool { return q.max > 0 && float64(q.items.len()) >= q.max }

// wakeNext wakes the first waiter of l that is not done, dropping those that are.
func wakeNext(l *lot) {
	for w := l.popFront(); w != nil; w = l.popFront() {
		if !w.done() {
			w.wake()
			return
		}
	}
}

func (q *Queue) errShutDown(a *Asyncio) goja.Value {
	return a.newError(a.errs.all.Get("QueueShutDown").ToObject(a.r), "")
}

// putNowait is Queue.put_nowait(); it returns the error to raise, or nil.
func (q *Queue) putNowait(a *Asyncio, item goja.Value) goja.Value {
	if q.shutdown {
		return q.errShutDown(a)
	}
	if q.full() {
		return a.newError(a.errs.all.Get("QueueFull").ToObject(a.r), "")
	}
	if err := q.items.put(item); err != nil {
		return err
	}
	q.unfinished++
	q.finished.value = false
	wakeNext(&q.getters)
	return nil
}

// getNowait is Queue.get_nowait(): the item, or the error to raise.
func (q *Queue) getNowait(a *Asyncio) (goja.Value, goja.Value) {
	if q.empty() {
		if q.shutdown {
			return nil, q.errShutDown(a)
		}
		return nil, a.newError(a.errs.all.Get("QueueEmpty").ToObject(a.r), "")
	}
	item, err := q.items.get()
	if err != nil {
		return nil, err
	}
	wakeNext(&q.putters)
	return item, nil
}

// put is Queue.put(): wait while the queue is full, then put_nowait.
func (q *Queue) put(o *op, item goja.Value, k cont) {
	if !q.full() {
		k(goja.Undefined(), q.putNowait(o.a, item))
		return
	}
	if q.shutdown {
		k(nil, q.errShutDown(o.a))
		return
	}
	o.park(&q.putters, func() string { return "put() on " + q.repr(o.a) }, func(w *waiter) {
		if w.raised() {
			q.putters.remove(w)
			if !q.full() && !w.cancelled() {
				// Woken by get_nowait() but cannot take the slot: wake the next in line.
				wakeNext(&q.putters)
			}
			k(nil, w.cancelError())
			return
		}
		q.put(o, item, k)
	})
}

// get is Queue.get(): wait while the queue is empty, then get_nowait.
func (q *Queue) get(o *op, k cont) {
	if !q.empty() {
		k(q.getNowait(o.a))
		return
	}
	if q.shutdown {
		k(nil, q.errShutDown(o.a))
		return
	}
	o.park(&q.getters, func() string { return "get() on " + q.repr(o.a) }, func(w *waiter) {
		if w.raised() {
			q.getters.remove(w)
			if !q.empty() && !w.cancelled() {
				// Woken by put_nowait() but cannot take the item: wake the next in line.
				wakeNext(&q.getters)
			}
			k(nil, w.cancelError())
			return
		}
		q.get(o, k)
	})
}

func (q *Queue) taskDone(a *Asyncio) {
	if q.unfinished <= 0 {
		a.throw(a.errs.valueError, "task_done() called too many times")
	}
	q.unfinished--
	if q.unfinished == 0 {
		q.finished.set()
	}
}

func (q *Queue) shutDown(immediate bool) {
	q.shutdown = true
	if immediate {
		for n := q.items.len(); n > 0; n-- {
			if q.unfinished > 0 {
				q.unfinished--
			}
		}
		q.items.clear()
		if q.unfinished == 0 {
			q.finished.set()
		}
	}
	// Every getter re-checks the queue (and raises QueueShutDown once it is empty), every putter raises.
	for w := q.getters.popFront(); w != nil; w = q.getters.popFront() {
		if !w.done() {
			w.wake()
		}
	}
	for w := q.putters.popFront(); w != nil; w = q.putters.popFront() {
		if !w.done() {
			w.wake()
		}
	}
}

// repr is str(queue): <Queue maxsize=0 _queue=[1, 2] _getters[1] tasks=2>.
func (q *Queue) repr(a *Asyncio) string {
	var b strings.Builder
	b.WriteString("<" + q.kind + " maxsize=" + a.inspect(q.maxsize))
	if items := q.items.all(); len(items) > 0 {
		b.WriteString(" _queue=[")
		for i, it := range items {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(a.inspect(it))
		}
		b.WriteString("]")
	}
	if n := q.getters.len(); n > 0 {
		b.WriteString(" _getters[" + itoa(n) + "]")
	}
	if n := q.putters.len(); n > 0 {
		b.WriteString(" _putters[" + itoa(n) + "]")
	}
	if q.unfinished > 0 {
		b.WriteString(" tasks=" + itoa(q.unfinished))
	}
	if q.shutdown {
		b.WriteString(" shutdown")
	}
	return b.String() + ">"
}

func (a *Asyncio) thisQueue(method string, this goja.Value) *Queue {
	if obj, ok := this.(*goja.Object); ok {
		if q, ok := host.Wrapped(obj).(*Queue); ok {
			return q
		}
	}
	a.h.TypeError(method, "this must be an asyncio.Queue, got %s", describe(this))
	return nil
}

// installQueues defines Queue, PriorityQueue and LifoQueue on the module.
func (a *Asyncio) installQueues() {
	r := a.r
	done := a.settled(goja.Undefined(), nil) // what awaiting put() on a queue with room gives
	proto := r.NewObject()
	a.h.Define(proto,
		method("put", func(call goja.FunctionCall) goja.Value {
			q := a.thisQueue("put", call.This)
			if len(call.Arguments) == 0 {
				a.h.TypeError("put", "argument 1 (item) is required")
			}
			item := call.Argument(0)
			if !q.full() {
				if err := q.putNowait(a, item); err != nil {
					return a.settled(nil, err)
				}
				return done
			}
			return a.startOp(func(o *op, k cont) { q.put(o, item, k) })
		}),
		method("get", func(call goja.FunctionCall) goja.Value {
			q := a.thisQueue("get", call.This)
			if !q.empty() {
				_, ungettable := q.items.(ungetter)
				ungettable = ungettable && q.putters.live() == 0 // else it woke a putter
				v, err := q.getNowait(a)
				p := a.settled(v, err)
				if ungettable && err == nil {
					a.track.lastGet = immediateGet{result: p, q: q, queue: call.This, item: v, n: q.items.len()}
				}
				return p
			}
			return a.startOp(func(o *op, k cont) { q.get(o, k) })
		}),
		method("put_nowait", func(call goja.FunctionCall) goja.Value {
			q := a.thisQueue("put_nowait", call.This)
			if len(call.Arguments) == 0 {
				a.h.TypeError("put_nowait", "argument 1 (item) is required")
			}
			if err := q.putNowait(a, call.Argument(0)); err != nil {
				panic(err)
			}
			return goja.Undefined()
		}),
		method("get_nowait", func(call goja.FunctionCall) goja.Value {
			q := a.thisQueue("get_nowait", call.This)
			v, err := q.getNowait(a)
			if err != nil {
				panic(err)
			}
			return v
		}),
		method("qsize", func(call goja.FunctionCall) goja.Value {
			return r.ToValue(a.thisQueue("qsize", call.This).items.len())
		}),
		method("empty", func(call goja.FunctionCall) goja.Value {
			return r.ToValue(a.thisQueue("empty", call.This).empty())
		}),
		method("full", func(call goja.FunctionCall) goja.Value {
			return r.ToValue(a.thisQueue("full", call.This).full())
		}),
		method("task_done", func(call goja.FunctionCall) goja.Value {
			a.thisQueue("task_done", call.This).taskDone(a)
			return goja.Undefined()
		}),
		method("join", func(call goja.FunctionCall) goja.Value {
			q := a.thisQueue("join", call.This)
			if q.unfinished == 0 {
				return done
			}
			return a.startOp(func(o *op, k cont) {
				q.finished.wait(o, func(err goja.Value) { k(goja.Undefined(), err) })
			})
		}),
		method("shutdown", func(call goja.FunctionCall) goja.Value {
			q := a.thisQueue("shutdown", call.This)
			args, opts := a.h.SplitOptions(call.Arguments)
			immediate := optionBool(opts, "immediate")
			if len(args) > 0 {
				immediate = args[0].ToBoolean()
			}
			q.shutDown(immediate)
			return goja.Undefined()
		}),
		method("toString", func(call goja.FunctionCall) goja.Value {
			return r.ToValue(a.thisQueue("toString", call.This).repr(a))
		}),
	)
	a.getter(proto, "maxsize", func(this goja.Value) goja.Value { return a.thisQueue("maxsize", this).maxsize })
	a.setInspect(proto, func(this goja.Value) string { return a.thisQueue("inspect", this).repr(a) })

	newQueue := func(kind string, store func() queueStore) func(call goja.ConstructorCall) goja.DynamicObject {
		return func(call goja.ConstructorCall) goja.DynamicObject {
			args, _ := a.h.Bind(&host.Sig{Fn: kind, Params: []string{"maxsize"}}, call.Arguments)
			maxsize := args[0]
			q := &Queue{kind: kind, maxsize: r.ToValue(0), items: store()}
			if !isMissing(maxsize) {
				q.max = float64(a.intArg(kind, 1, "maxsize", maxsize))
				q.maxsize = maxsize
			}
			q.finished.value = true
			return q
		}
	}
	a.queueGet = proto.Get("get")
	a.defineClass("Queue", proto, newQueue("Queue", func() queueStore { return &fifo{} }))
	for _, kind := range []string{"PriorityQueue", "LifoQueue"} {
		sub := r.NewObject()
		sub.SetPrototype(proto)
		var store func() queueStore
		if kind == "PriorityQueue" {
			store = func() queueStore { return &heap{a: a} }
		} else {
			store = func() queueStore { return &lifo{} }
		}
		a.defineClass(kind, sub, newQueue(kind, store))
	}
}
