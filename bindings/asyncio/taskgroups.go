package asyncio

import (
	"slices"

	"github.com/dop251/goja"

	"github.com/asyncrun/asyncrun/bindings/host"
)

// TaskGroup is asyncio.TaskGroup (Python 3.11's taskgroups.TaskGroup): the first child that fails cancels
// its siblings and the body; the group waits for every child and raises an AggregateError of the
// children's errors.
type TaskGroup struct {
	a                     *Asyncio
	entered, exiting      bool
	aborting              bool
	parent                *Task
	parentCancelRequested bool
	tasks                 []*Task // pending children, in creation order
	errors                []goja.Value
	out                   *Future
	bodyDone              bool
	bodyOK                bool
	bodyValue             goja.Value
	propagateCancel       goja.Value
}

// repr is Python's: <TaskGroup tasks=2 errors=1 cancelling>.
func (g *TaskGroup) repr() string {
	s := "<TaskGroup"
	if len(g.tasks) > 0 {
		s += " tasks=" + itoa(len(g.tasks))
	}
	if len(g.errors) > 0 {
		s += " errors=" + itoa(len(g.errors))
	}
	if g.aborting {
		s += " cancelling"
	} else if g.entered {
		s += " entered"
	}
	return s + ">"
}

func (g *TaskGroup) claim(from, to *Task) {
	if g.parent == from {
		g.parent = to
	}
}

func (a *Asyncio) thisGroup(method string, this goja.Value) *TaskGroup {
	if obj, ok := this.(*goja.Object); ok {
		if v := obj.Get("__group"); v != nil {
			if g, ok := host.Wrapped(v).(*TaskGroup); ok {
				return g
			}
		}
	}
	a.h.TypeError(method, "this must be an asyncio.TaskGroup")
	return nil
}

func (g *TaskGroup) abort() {
	g.aborting = true
	for _, t := range slices.Clone(g.tasks) {
		if !t.done() {
			t.cancel(nil)
		}
	}
}

func (g *TaskGroup) onTaskDone(f *Future, _ any) {
	t := f.task
	if i := slices.Index(g.tasks, t); i >= 0 {
		g.tasks = slices.Delete(g.tasks, i, i+1)
	}
	if f.state == cancelled {
		g.maybeFinish()
		return
	}
	if f.state == failed {
		g.errors = append(g.errors, f.exception())
		if !g.aborting && !g.parentCancelRequested && g.parent != nil && !g.parent.done() {
			g.abort()
			g.parentCancelRequested = true
			g.parent.cancel(nil)
		}
	}
	g.maybeFinish()
}

// exit runs when the body has finished: like __aexit__, it aborts on an error, then waits for the children.
func (g *TaskGroup) exit(ok bool, v goja.Value, out *Future) {
	a := g.a
	g.exiting, g.bodyDone, g.bodyOK, g.bodyValue, g.out = true, true, ok, v, out
	if !ok && a.isCancelledError(v) {
		if g.parentCancelRequested && g.parent != nil {
			g.parent.more().numCancels--
			if g.parent.cancelling() > 0 {
				g.propagateCancel = v
			} else {
				g.parent.mustCancel = false
			}
		} else {
			g.propagateCancel = v
		}
	}
	if !ok && !g.aborting {
		g.abort()
	}
	g.maybeFinish()
}

// cancelWhileExiting is the cancellation of the task waiting in exit (await self._on_completed_fut).
func (g *TaskGroup) cancelWhileExiting(msg goja.Value) bool {
	if !g.bodyDone || g.out.done() {
		return false
	}
	if !g.aborting {
		g.propagateCancel = g.a.newCancelledError(msg)
		g.abort()
	}
	return true
}

func (g *TaskGroup) maybeFinish() {
	if !g.bodyDone || len(g.tasks) > 0 || g.out.done() {
		return
	}
	a := g.a
	if g.propagateCancel != nil && len(g.errors) == 0 {
		settleWith(g.out, false, g.propagateCancel)
		return
	}
	if !g.bodyOK && !a.isCancelledError(g.bodyValue) {
		g.errors = append(g.errors, g.bodyValue)
	}
	if len(g.errors) > 0 {
		errs := make([]any, len(g.errors))
		for i, e := range g.errors {
			errs[i] = e
		}
		g.errors = nil // as Python's __aexit__ drops them once raised (the repr shows none)
		agg, err := a.r.New(a.r.Get("AggregateError"), a.r.NewArray(errs...), a.r.ToValue("unhandled errors in a TaskGroup"))
		if err != nil {
			panic(err)
		}
		g.out.setException(agg)
		return
	}
	if g.bodyOK {
		g.out.setResult(g.bodyValue)
	} else {
		settleWith(g.out, false, g.bodyValue)
	}
}

func (a *Asyncio) installTaskGroup() {
	r := a.r
	proto := r.NewObject()
	a.h.Define(proto,
		method("with", func(call goja.FunctionCall) goja.Value {
			g := a.thisGroup("with", call.This)
			// Errors come where the entry is awaited, as from Python's __aenter__.
			if g.entered {
				return a.failedWith(a.errs.runtimeError, "TaskGroup "+g.repr()+" has already been entered")
			}
			g.entered = true
			if a.track.cur == nil {
				return a.failedWith(a.errs.runtimeError, "TaskGroup "+g.repr()+" cannot determine the parent task")
			}
			g.parent = a.track.cur
			a.track.record(g, false)
			return a.withBody("with", call.Argument(0), call.This, g.exit, g.cancelWhileExiting)
		}),
		method("create_task", func(call goja.FunctionCall) goja.Value {
			g := a.thisGroup("create_task", call.This)
			switch {
			case !g.entered:
				a.throw(a.errs.runtimeError, "TaskGroup "+g.repr()+" has not been entered")
			case g.exiting && len(g.tasks) == 0:
				a.throw(a.errs.runtimeError, "TaskGroup "+g.repr()+" is finished")
			case g.aborting:
				a.throw(a.errs.runtimeError, "TaskGroup "+g.repr()+" is shutting down")
			}
			coro, name := a.taskArgs(&createTaskSig, call.Arguments)
			t := a.createTask("create_task", coro, name)
			t.parent = g.parent
			g.tasks = append(g.tasks, t)
			t.addCallback(g.onTaskDone, nil)
			return t.Value()
		}),
	)
	ctor := a.h.Func("TaskGroup", func(call goja.ConstructorCall) *goja.Object {
		g := &TaskGroup{a: a}
		obj := r.NewObject()
		obj.SetPrototype(proto)
		obj.DefineDataProperty("__group", r.ToValue(g), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
		return obj
	})
	ctor.Set("prototype", proto)
	proto.DefineDataProperty("constructor", ctor, goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	a.setInspect(proto, func(this goja.Value) string { return a.thisGroup("inspect", this).repr() })
	a.taskGroupCtor = ctor
}
