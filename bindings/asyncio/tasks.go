package asyncio

import (
	"fmt"
	"reflect"
	"slices"

	"github.com/dop251/goja"

	"github.com/asyncrun/asyncrun/bindings/host"
)

// Task is asyncio.Task: a Future that owns the run of one coroutine — an async call's promise, a coroutine
// object from asyncio.coroutine, or a generator.
//
// Invariants: waiters holds the asyncio futures the task's code is suspended on right now (usually one);
// cancel() cancels them, and if there are none it sets mustCancel, which the next asyncio await of the task
// (or its wake-up from one) turns into a CancelledError. A pending task is on the module's list of pending
// tasks (all_tasks); it leaves the list when it settles.
type Task struct {
	Future
	name       string // set by the script; empty means Task-<num>
	num        int
	coro       goja.Value
	waiters    []*Future
	parent     *Task
	promise    *goja.Promise // the promise it polls (see followPromise)
	prev, next *Task
	// loop is the loop it belongs to (see loopOf): set for tasks the body or a callback created, and for
	// those made on a given loop (loop.create_task, run_until_complete, asyncio.run); nil for a task's
	// children, which belong to their parent's.
	loop       *eventLoop
	origin     goja.StackFrame
	mustCancel bool
	isMain     bool
	polled     bool
	hasOrigin  bool
	frozen     bool // its loop was closed while it was pending: it never runs again
}

func (t *Task) addWaiter(f *Future) { t.waiters = append(t.waiters, f) }

// cancelling is the number of cancel() requests uncancel() has not withdrawn, as Task.cancelling().
func (t *Task) cancelling() int {
	if t.rare == nil {
		return 0
	}
	return t.rare.numCancels
}

// requestMsg is the message of the latest cancel() request (nil for none).
func (t *Task) requestMsg() goja.Value {
	if t.rare == nil {
		return nil
	}
	return t.rare.requestMsg
}

// pendingCancel uses up a cancel requested while the task was not waiting on anything it could cancel
// (its wake-up already on its way): the CancelledError its next step throws instead of what it was
// woken with, as Task.__step with _must_cancel; nil when there is none (or t is nil).
func (t *Task) pendingCancel() goja.Value {
	if t == nil || !t.mustCancel || t.done() {
		return nil
	}
	t.mustCancel = false
	return t.a.newCancelledError(t.requestMsg())
}

func (t *Task) removeWaiter(f *Future) {
	if i := slices.Index(t.waiters, f); i >= 0 {
		t.waiters = slices.Delete(t.waiters, i, i+1)
	}
}

// newTask makes a pending task named name (Task-N when empty) and puts it on the pending list.
func (a *Asyncio) newTask(coro goja.Value, name string) *Task {
	a.taskCounter++
	t := &Task{name: name, num: a.taskCounter, coro: coro, parent: a.track.cur}
	t.Future = Future{a: a, kind: a.taskProto, task: t}
	if p := t.parent; p == nil || p.isMain {
		t.loop = a.currentLoop()
	}
	frames := a.track.stack() // one capture for the record's depth and the task's origin
	if a.track.cur != nil || len(a.track.stretch) > 0 {
		a.track.recordAt(len(frames), t, false)
	}
	t.origin, t.hasOrigin = callerFrame(frames)
	if a.debug != nil && a.currentLoop().debug {
		t.more().created = creationStack(frames)
	}
	a.pending.push(t)
	if n := a.pending.n; n >= a.spreadAt {
		// So many tasks are likely gathered with a spread, gather(...tasks): make room for them on goja's
		// stack (see ReserveStack), and again each time their number doubles.
		a.h.ReserveStack(2 * n)
		a.spreadAt = 2 * n
	}
	return t
}

// bigFanout is the number of pending tasks from which newTask makes room on goja's stack for spreading
// them all into one call.
const bigFanout = 4096

// unpend takes t off the pending list. When most pending tasks have ended, the next room newTask makes
// is smaller again (and each making of room for n values follows n/4 new tasks at least).
func (a *Asyncio) unpend(t *Task) {
	a.pending.remove(t)
	if a.pending.n < a.spreadAt/8 {
		a.spreadAt = max(bigFanout, a.spreadAt/4)
	}
}

// getName is the task's name: the one a script gave it, or Task-N.
func (t *Task) getName() string {
	if t.name != "" {
		return t.name
	}
	return "Task-" + itoa(t.num)
}

// renumber records the tasks owner's call created before its first suspension as owner's claimed kids and
// hands out again the Task-N numbers of owner and everything claimed under it (kids, their kids …) in
// the order Python would have created them: the wrapping task first, then each generation in turn (a
// coroutine only starts, and creates its own tasks, after its creator's step).
func renumber(owner *Task, created []*Task) {
	if len(created) == 0 {
		return
	}
	r := owner.more()
	r.kids = append(r.kids, created...)
	order := []*Task{owner}
	for i := 0; i < len(order); i++ {
		if r := order[i].rare; r != nil {
			order = append(order, r.kids...)
		}
	}
	nums := make([]int, len(order))
	for i, t := range order {
		nums[i] = t.num
	}
	slices.Sort(nums)
	for i, t := range order {
		t.num = nums[i]
	}
}

// claim implements claimable: a task created during a call's synchronous start is a child of the task that
// wraps that call.
func (t *Task) claim(from, to *Task) {
	if t.parent == from {
		t.parent = to
		if to != nil && !to.isMain {
			t.loop = nil // its creator's, as the coroutine Python runs inside that task would make it
		}
	}
}

// loopOf is the loop t belongs to: the one set on it or on its nearest ancestor.
func (a *Asyncio) loopOf(t *Task) *eventLoop {
	for p := t; p != nil; p = p.parent {
		if p.loop != nil {
			return p.loop
		}
	}
	return a.bodyLoop
}

// freeze is what Python's loop.close() leaves of a pending task of that loop: it never runs again and no
// longer keeps the program alive (its timers are disarmed and it leaves the pending list), and, as
// Python says when it collects such a task, "Task was destroyed but it is pending!".
func (a *Asyncio) freeze(t *Task) {
	t.frozen = true
	a.unpend(t)
	for _, f := range t.waiters {
		if f.timer != nil {
			a.loop.Cancel(f.timer)
		}
	}
	a.h.Stderr.WriteString("Task was destroyed but it is pending!\ntask: " + t.repr() + "\n")
}

// followPromise makes t settle when p does. When the claim was certain, the job that settles p is one of
// t's own, so t polls p's state as each of its jobs ends (tracker.Exited) and registers nothing: no
// derived promise, two fewer native functions per task. Otherwise it registers reactions that carry t
// itself as their context, so two handlers shared by every task serve them all.
// prom is p when p is a native promise, else nil.
func (a *Asyncio) followPromise(t *Task, p goja.Value, prom *goja.Promise, certain bool) {
	native := prom != nil
	if native && certain {
		t.promise, t.polled = prom, true
		t.poll()
		return
	}
	if !native {
		var err error
		if p, err = a.promiseResolve(goja.Undefined(), p); err != nil {
			panic(err)
		}
	}
	a.track.internal = t
	_, err := a.promiseThen(p, a.onTaskFulfilled, a.onTaskRejected)
	a.track.internal = nil
	if err != nil {
		panic(err)
	}
}

func (a *Asyncio) settleHandlers() {
	a.onTaskFulfilled = a.r.ToValue(func(call goja.FunctionCall) goja.Value {
		if t := a.track.completing; t != nil {
			t.settle(true, call.Argument(0))
		}
		return goja.Undefined()
	})
	a.onTaskRejected = a.r.ToValue(func(call goja.FunctionCall) goja.Value {
		if t := a.track.completing; t != nil {
			t.settle(false, call.Argument(0))
		}
		return goja.Undefined()
	})
}

// waitOnSleep makes a task made straight from a native face (asyncio.sleep(…), lock.acquire() …) wait on
// its future, so that cancelling the task cancels it at once (in Python the task runs that coroutine).
func (a *Asyncio) waitOnSleep(t *Task, coro goja.Value) {
	if f := a.nativeFutureOf(coro); f != nil {
		t.addWaiter(f)
		f.addCallback(func(f *Future, _ any) { t.removeWaiter(f) }, nil)
		a.startLate(f)
	}
}

// poll settles a polling task whose promise has settled.
func (t *Task) poll() {
	switch t.promise.State() {
	case goja.PromiseStateFulfilled:
		t.polled = false
		t.settle(true, t.promise.Result())
	case goja.PromiseStateRejected:
		t.polled = false
		t.a.rejectionHandled(t.promise)
		t.settle(false, t.promise.Result())
	}
}

// settle ends the task with the outcome of its coroutine.
func (t *Task) settle(ok bool, v goja.Value) {
	if t.done() {
		return
	}
	a := t.a
	t.waiters = nil
	if t.rare != nil {
		t.rare.kids = nil
	}
	a.unpend(t)
	switch {
	case !ok && a.isCancelledError(v):
		// Python's Task keeps the error and cancels itself without a message (super().cancel()).
		t.Future.cancelWith(v)
	case !ok:
		t.setException(v)
	case t.mustCancel:
		// The cancellation could not reach the coroutine (it was waiting on a promise asyncio does not own)
		// before it returned; Python would have delivered it at the next step, so the task ends cancelled.
		t.Future.cancelNow(t.requestMsg())
	default:
		t.setResult(v)
	}
}

// cancel requests cancellation, as Task.cancel() does.
func (t *Task) cancel(msg goja.Value) bool {
	if t.done() {
		return false
	}
	t.more().numCancels++
	t.more().requestMsg = msg
	delivered := false
	for _, w := range slices.Clone(t.waiters) {
		if w.cancel(msg) {
			delivered = true
		} else if w.late&wakeQueued != 0 && w.state == cancelled {
			// sleep(0) is a bare yield in Python: the task waits on nothing, and the CancelledError its
			// queued step throws carries the latest message.
			w.more().msg, delivered = msg, true
		}
	}
	if !delivered {
		t.mustCancel = true
	}
	return true
}

func (t *Task) repr() string {
	state := t.stateName()
	if t.state == pending && t.cancelling() > 0 {
		state = "cancelling" // Python 3.11: cancelling() and not done()
	}
	s := fmt.Sprintf("<Task %s name='%s'", state, t.getName())
	switch t.state {
	case finished:
		s += " result=" + t.a.inspect(t.value)
	case failed:
		s += " exception=" + t.a.errorRepr(t.value)
	}
	return s + ">"
}

// where tells where the task was created, for reports.
func (t *Task) where() string {
	if !t.hasOrigin {
		return ""
	}
	return frameText(t.origin)
}

// frameText shows a stack frame as stacks do: name (file:line:col).
func frameText(f goja.StackFrame) string {
	p := f.Position()
	name := f.FuncName()
	if name == "" {
		name = "<anonymous>"
	}
	return fmt.Sprintf("%s (%s:%d:%d)", name, p.Filename, p.Line, p.Column)
}

// inScript reports whether a frame is in a script's source (not native code).
func inScript(f goja.StackFrame) bool { return f.SrcName() != "<native>" && f.Position().Line > 0 }

// callerFrame is the innermost frame of frames in a script's source.
func callerFrame(frames []goja.StackFrame) (goja.StackFrame, bool) {
	for _, f := range frames {
		if inScript(f) {
			return f, true
		}
	}
	return goja.StackFrame{}, false
}

// taskList is the intrusive list of pending tasks, in creation order.
type taskList struct {
	head, tail *Task
	n          int
}

func (l *taskList) push(t *Task) {
	l.n++
	t.prev = l.tail
	if l.tail != nil {
		l.tail.next = t
	} else {
		l.head = t
	}
	l.tail = t
}

func (l *taskList) remove(t *Task) {
	if t.prev == nil && l.head != t {
		return // not on the list
	}
	l.n--
	if t.prev != nil {
		t.prev.next = t.next
	} else if l.head == t {
		l.head = t.next
	}
	if t.next != nil {
		t.next.prev = t.prev
	} else if l.tail == t {
		l.tail = t.prev
	}
	t.prev, t.next = nil, nil
}

func (l *taskList) all() []*Task {
	var out []*Task
	for t := l.head; t != nil; t = t.next {
		out = append(out, t)
	}
	return out
}

// descendsFrom reports whether t was created by root, directly or through its children.
func (t *Task) descendsFrom(root *Task) bool {
	for p := t.parent; p != nil; p = p.parent {
		if p == root {
			return true
		}
	}
	return false
}

func (a *Asyncio) thisTask(method string, this goja.Value) *Task {
	if obj, ok := this.(*goja.Object); ok {
		if t, ok := host.Wrapped(obj).(*Task); ok {
			return t
		}
	}
	a.h.TypeError(method, "this must be an asyncio.Task, got %s", describe(this))
	return nil
}

func (a *Asyncio) installTask() {
	r := a.r
	proto := r.NewObject()
	proto.SetPrototype(a.futureProto)
	a.taskProto = proto
	a.h.Define(proto,
		method("cancel", func(call goja.FunctionCall) goja.Value {
			t := a.thisTask("cancel", call.This)
			return r.ToValue(t.cancel(a.cancelMsgArg(call.Arguments)))
		}),
		method("cancelling", func(call goja.FunctionCall) goja.Value {
			return r.ToValue(a.thisTask("cancelling", call.This).cancelling())
		}),
		method("uncancel", func(call goja.FunctionCall) goja.Value {
			t := a.thisTask("uncancel", call.This)
			if t.cancelling() > 0 {
				// Python 3.11's uncancel only counts down: a cancellation still on its way arrives anyway.
				t.more().numCancels--
			}
			return r.ToValue(t.cancelling())
		}),
		method("get_name", func(call goja.FunctionCall) goja.Value {
			return r.ToValue(a.thisTask("get_name", call.This).getName())
		}),
		method("set_name", func(call goja.FunctionCall) goja.Value {
			t := a.thisTask("set_name", call.This)
			switch v := call.Argument(0); {
			case isMissing(v):
				t.name = "None" // str(None), as Python's set_name(None)
			case v.ExportType() != nil && v.ExportType().Kind() == reflect.Bool:
				t.name = pyBool(v.ToBoolean())
			default:
				t.name = v.String()
			}
			return goja.Undefined()
		}),
		method("get_coro", func(call goja.FunctionCall) goja.Value {
			return a.thisTask("get_coro", call.This).coro
		}),
		method("get_stack", func(call goja.FunctionCall) goja.Value {
			return r.NewArray()
		}),
	)
	ctor := a.h.Func("Task", func(call goja.ConstructorCall) *goja.Object {
		coro, name := a.taskArgs(&taskSig, call.Arguments)
		return a.createTask("Task", coro, name).Value()
	})
	ctor.Set("prototype", proto)
	proto.DefineDataProperty("constructor", ctor, goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	a.taskCtor = ctor
}

// createTask wraps a coroutine (an async call's promise, a coroutine object or a generator) in a new task,
// claiming what the call did before its first suspension.
var taskSig = host.Sig{Fn: "Task", Params: []string{"coro"}, Required: 1, Keywords: []string{"name", "context", "loop"}}

// createTask makes a task of coro, named name (Task-N when nil or null).
func (a *Asyncio) createTask(fn string, coro, nameArg goja.Value) *Task {
	name := ""
	if !isMissing(nameArg) {
		name = nameArg.String()
	}
	if c := a.takeImmediateGet(coro); c != nil {
		coro = c // create_task(queue.get()): the task gets its item when it starts, as Python's
	}
	if a.toFuture(coro) != nil {
		// In Python, to_thread, wait and wait_for are coroutines; here they return futures. A task made
		// of one awaits it (cancelling the task cancels it), so create_task(to_thread(f)) works as there.
		t := a.newTask(coro, name)
		a.awaitIn(t, coro, func(ok bool, v goja.Value) { t.settle(ok, v) })
		a.startLate(a.toFuture(coro))
		return t
	}
	kind := a.coroutineKind(coro)
	if kind == notCoroutine {
		a.h.TypeError(fn, "argument 1 must be a coroutine or a promise, got %s", describe(coro))
	}
	t := a.newTask(coro, name)
	a.start(t, coro, kind, true)
	return t
}

// start sets t running on coro. claim says whether the call's synchronous start should be handed to t.
func (a *Asyncio) start(t *Task, coro goja.Value, kind coroutineKind, claim bool) {
	switch kind {
	case promiseCoroutine:
		certain := false
		prom, _ := host.Wrapped(coro).(*goja.Promise)
		if claim {
			if prom != nil && prom.State() != goja.PromiseStatePending {
				a.track.claimFinished(t) // the call ended without suspending
			} else {
				certain = a.track.claim([]*Task{t})[0]
			}
		}
		a.waitOnSleep(t, coro)
		a.followPromise(t, coro, prom, certain)
	default:
		a.track.sideEffect(nil)
		a.loop.CallSoon(stepCoroutine, &coroStart{t, coro})
	}
}
