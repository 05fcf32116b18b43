package asyncio

import (
	"fmt"
	"strings"
	"time"

	"github.com/dop251/goja"
)

// Debug mode (`--debug`, `asyncio.run(main, {debug: true})`, `loop.set_debug(true)`), as asyncio's: a step
// of a task or a callback that holds the loop for longer than the loop's slow_callback_duration is
// reported on stderr ("Executing <Task pending name='Task-1'> took 0.150 seconds"), a blocking call made
// on the loop (time.sleep, a concurrent future's result() …) says what it is and where, and a task
// exception nobody retrieved is shown with the call stack that created the task.
//
// The watch starts when a loop first turns debug on; until then no callback pays for it.

// debugWatch is the loop monitor of debug mode: what the callback now running runs.
type debugWatch struct {
	a      *Asyncio
	task   *Task   // the first task the callback stepped
	handle *handle // or the call_soon/call_later callback it is
}

func (w *debugWatch) Begin() { w.task, w.handle = nil, nil }

func (w *debugWatch) End(took time.Duration) {
	a := w.a
	l := a.currentLoop()
	if !l.debug || took.Seconds() < a.slowDuration(l) {
		return
	}
	what := "<callback>"
	switch {
	case w.handle != nil:
		what = w.handle.repr()
	case w.task != nil:
		what = w.task.repr()
	}
	a.h.Stderr.WriteString(fmt.Sprintf("Executing %s took %.3f seconds\n", what, took.Seconds()))
}

// slowDuration is l.slow_callback_duration in seconds (0.1 unless the script set it).
func (a *Asyncio) slowDuration(l *eventLoop) float64 {
	if v := l.obj.Get("slow_callback_duration"); v != nil {
		if f := v.ToFloat(); f == f {
			return f
		}
	}
	return 0.1
}

// debugOn starts debug mode's watch, once: called when a loop's debug flag is first set.
func (a *Asyncio) debugOn() {
	if a.debug != nil {
		return
	}
	a.debug = &debugWatch{a: a}
	a.loop.SetMonitor(a.debug)
	a.h.OnBlocking = a.blockingCall
}

// stepping notes that the callback running now steps task t (the tracker calls it as t resumes).
func (w *debugWatch) stepping(t *Task) {
	if w.task == nil && w.handle == nil {
		w.task = t
	}
}

// blockingCall reports, in debug mode, a call that blocks the loop: what it is and where it was made.
func (a *Asyncio) blockingCall(call string) {
	if !a.currentLoop().debug {
		return
	}
	where := ""
	if f, ok := callerFrame(a.track.stack()); ok {
		p := f.Position()
		where = fmt.Sprintf(" at %s:%d:%d", p.Filename, p.Line, p.Column)
	}
	in := ""
	if t := a.track.cur; t != nil {
		in = " in task '" + t.getName() + "'"
	}
	a.h.Stderr.WriteString("Blocking call to " + call + " on the event loop" + in + where + "\n")
}

// creationStack is the call stack that made a task, innermost call last, as Python's source_traceback
// shows it; recorded in debug mode only.
func creationStack(frames []goja.StackFrame) string {
	var b strings.Builder
	for i := len(frames) - 1; i >= 0; i-- {
		if inScript(frames[i]) {
			b.WriteString("  at " + frameText(frames[i]) + "\n")
		}
	}
	return b.String()
}
