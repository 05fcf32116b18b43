package asyncio

import (
	"slices"

	"github.com/dop251/goja"
)

// How the runtime knows which task a piece of JavaScript belongs to.
//
// goja calls Grab each time a promise reaction is registered (every await) and Resumed before that reaction
// runs, so each continuation carries a context. Ours is a cell: the task the continuation belongs to and,
// if the await was on an asyncio future, that future (the task's "waiter", which cancel() cancels).
//
// Calling an async function runs it at once, in the caller's context, until its first suspension; only then
// does create_task(promise) (or gather, wait, TaskGroup ...) see the promise. So everything that call did
// first (its awaits, the tasks it created, a timeout it entered) is recorded in the current stretch — the
// run of code since the last job began — with the depth of the call stack at which it happened, and the
// wrapping function claims it: the entries from one call end with that call's own suspension, made one
// frame below the wrapper's caller, and everything deeper before it belongs to the same call.

// cell is the context of one suspended continuation. Its task may change once: when a wrapper claims it.
type cell struct {
	task      *Task
	waitingOn *Future
}

// claimable is what a stretch records: something a call did before its first suspension that belongs to
// the task that will wrap the call's promise.
type claimable interface {
	claim(from, to *Task)
}

type entry struct {
	depth int
	grab  bool // a suspension: only these end a call's entries
	item  claimable
}

type tracker struct {
	a            *Asyncio
	cur          *Task        // the task whose code runs now; nil outside tasks (callbacks)
	pendingAwait *Future      // read of `then` on an asyncio future, waiting for the await's Grab
	internal     *Task        // set while a task attaches its own reactions to the promise it wraps
	internalCell *cell        // set while asyncio attaches a reaction that continues the calling task
	completing   *Task        // the task whose promise just settled, for the shared settle handlers
	stretch      []entry      // claimables of the current stretch
	startsNow    bool         // the task being made runs first on a new loop (asyncio.run): no lateStart
	holding      *heldAwait   // an await being held (see heldawaits.go), waiting for its Grab
	lastGet      immediateGet // a Queue.get() that took an item at once in the running code
	// thenFor holds the held awaits waiting for goja's job to call their promise's then (by promise),
	// heldByCell those that got it and are not released yet (by the await's context).
	thenFor    map[*goja.Object]*heldAwait
	heldByCell map[*cell]*heldAwait
	// unclaimedSites are the places where a held await went unclaimed: no more holding there.
	unclaimedSites map[holdSite]struct{}
	frames         []goja.StackFrame
	slab           []cell
}

func (c *cell) claim(from, to *Task) {
	if c.task == from {
		if c.waitingOn != nil && from != nil {
			from.removeWaiter(c.waitingOn)
		}
		c.task = to
		if w := c.waitingOn; w != nil {
			to.addWaiter(w)
			if n := w.native; n != nil && n.waiter == from {
				n.waiter = to // the task its settlement checks for a cancellation on the way
			}
		}
	}
}

// Grab is called by goja when a reaction is registered. Loop goroutine only.
func (t *tracker) Grab() any {
	if t.internal != nil {
		return t.internal
	}
	if c := t.internalCell; c != nil {
		return c
	}
	c := t.newCell()
	c.task, c.waitingOn = t.cur, t.pendingAwait
	if h := t.holding; h != nil {
		t.holding, h.cell = nil, c
		if t.heldByCell == nil {
			t.heldByCell = map[*cell]*heldAwait{}
		}
		t.heldByCell[c] = h
	}
	if f := t.pendingAwait; f != nil {
		t.pendingAwait = nil
		if f.native == nil {
			f.awaitCells = append(f.awaitCells, c) // for the then() call the await's job will make
		}
		if cur := t.cur; cur != nil {
			cur.addWaiter(f)
			if n := f.native; n != nil && n.waiter == nil {
				n.waiter = cur
			}
			if cur.mustCancel && f.native != nil {
				// A cancellation that found the task waiting on no asyncio object arrives here, at its
				// next asyncio await.
				cur.mustCancel = false
				f.cancel(cur.requestMsg())
			}
		}
	}
	t.record(c, true)
	return c
}

// newCell hands out cells from slabs: one allocation per 128 awaits instead of one per await. A slab lives
// while any of its cells is held by a pending reaction.
func (t *tracker) newCell() *cell {
	if len(t.slab) == cap(t.slab) {
		t.slab = make([]cell, 0, 128)
	}
	t.slab = t.slab[:len(t.slab)+1]
	return &t.slab[len(t.slab)-1]
}

// Resumed is called by goja before a reaction runs. Loop goroutine only.
func (t *tracker) Resumed(ctx any) {
	t.stretch = t.stretch[:0]
	t.pendingAwait = nil
	t.dropHolding()
	t.lastGet = immediateGet{}
	switch c := ctx.(type) {
	case *cell:
		t.cur = c.task
		if w := t.a.debug; w != nil && c.task != nil {
			w.stepping(c.task)
		}
		if c.waitingOn != nil && c.task != nil {
			c.task.removeWaiter(c.waitingOn)
			if c.waitingOn.state == cancelled {
				// This resumption throws the CancelledError: a cancel requested meanwhile is the same
				// one, as Python's step throws once and clears _must_cancel.
				c.task.mustCancel = false
			}
		}
	case *Task:
		t.cur, t.completing = nil, c
	default:
		t.cur = nil
	}
}

// Exited is called by goja after a reaction ran. A task that watches its promise by polling learns here
// that its coroutine has finished: the job that settles it is always one of the task's own. Loop
// goroutine only.
func (t *tracker) Exited() {
	if task := t.cur; task != nil && task.polled {
		task.poll()
	}
	t.cur, t.completing = nil, nil
	t.stretch = t.stretch[:0]
	t.pendingAwait = nil
	t.dropHolding()
	t.lastGet = immediateGet{}
}

// enter starts a new stretch for a call from Go into JavaScript on behalf of task (nil outside tasks),
// returning what to restore afterwards.
func (t *tracker) enter(task *Task) (saved *Task) {
	saved = t.cur
	t.cur = task
	if w := t.a.debug; w != nil && task != nil {
		w.stepping(task)
	}
	t.stretch = t.stretch[:0]
	t.pendingAwait = nil
	t.dropHolding()
	t.lastGet = immediateGet{}
	return saved
}

func (t *tracker) leave(saved *Task) {
	t.cur = saved
	t.stretch = t.stretch[:0]
	t.lastGet = immediateGet{}
}

// stack captures the call stack, innermost frame first, into a buffer that the next capture reuses.
func (t *tracker) stack() []goja.StackFrame {
	t.frames = t.a.r.CaptureCallStack(0, t.frames[:0])
	return t.frames
}

func (t *tracker) depth() int { return len(t.stack()) }

// record notes a claimable made at the current stack depth.
func (t *tracker) record(item claimable, grab bool) { t.recordAt(t.depth(), item, grab) }

// recordAt notes a claimable made at stack depth depth.
func (t *tracker) recordAt(depth int, item claimable, grab bool) {
	t.stretch = append(t.stretch, entry{depth: depth, grab: grab, item: item})
}

// claimFinished hands owner what a call that finished without ever suspending did (the tasks it created):
// the entries recorded deeper than the native function now running, since the last suspension at its
// depth. Nothing tells such a call from one made just before it in the same job, so `mk(); create_task(f())`
// hands owner what mk did too.
func (t *tracker) claimFinished(owner *Task) {
	if len(t.stretch) == 0 {
		return
	}
	dc := t.depth()
	i := len(t.stretch) - 1
	for i >= 0 && t.stretch[i].depth >= dc && !(t.stretch[i].grab && t.stretch[i].depth == dc) {
		i--
	}
	var claimed []entry
	kept := t.stretch[:i+1]
	for _, e := range t.stretch[i+1:] {
		if e.depth == dc {
			kept = append(kept, e) // the wrapper's own
		} else {
			claimed = append(claimed, e)
		}
	}
	hand(claimed, t.cur, owner)
	clear(t.stretch[len(kept):])
	t.stretch = kept
}

// hand gives owner the entries a call recorded before its first suspension: what they belonged to moves
// from task from to owner, the tasks among them are numbered as Python would have (see renumber), and
// the waits it started are started again where Python starts owner's coroutine (see lateStart).
func hand(entries []entry, from, owner *Task) {
	var created []*Task
	var late lateStart
	later := !owner.a.track.startsNow
	// A call that queued something (woke a task, say) before its first suspension keeps its continuation
	// with those effects: its held awaits go on at once (see heldawaits.go).
	holdAwaits := later && !slices.ContainsFunc(entries, func(e entry) bool { _, ok := e.item.(sideMark); return ok })
	for _, e := range entries {
		e.item.claim(from, owner)
		switch c := e.item.(type) {
		case *Task:
			if c.parent == owner {
				created = append(created, c)
				if later {
					late.holdRestarts(c)
				}
			}
		case *cell:
			if later {
				late.addWait(c.waitingOn)
			}
			if h := owner.a.track.heldOf(c); h != nil && holdAwaits {
				late.awaits = append(late.awaits, h)
			}
		case *Timeout:
			if later {
				late.addTimeout(c)
			}
		case sideMark:
			if later && c.woke != nil {
				c.woke.wokeEager = true // Python wakes it when owner starts: after the waiter's own start
			}
		case *waiter:
			if later && c.op.task == owner {
				c.startPending = true
				late.parks = append(late.parks, c)
			}
		}
	}
	renumber(owner, created)
	late.schedule(owner.a)
}

// claim hands the entries of the last n calls made from the native function now running (whose frame is at
// the top of the stack) to the tasks in owners, in order: owners[i] gets the i-th of those calls. Calls
// that never suspended left no entries; when fewer calls are found than owners, the last owners get them.
// It reports, for each owner, whether its call was found with certainty: then the call's own suspensions
// are the owner's, and so is the job in which its promise settles.
func (t *tracker) claim(owners []*Task) []bool {
	certain := make([]bool, len(owners))
	if len(t.stretch) == 0 || len(owners) == 0 {
		return certain
	}
	dc := t.depth()
	type seg struct{ from, to int }
	segs := make([]seg, 0, len(owners))
	i := len(t.stretch) - 1
	// Skip what the wrapper itself recorded (the tasks it just made) and what was evaluated after the
	// calls (an options argument, say).
	skippedDeeper := false
	for i >= 0 && t.stretch[i].depth >= dc && !t.stretch[i].grab {
		skippedDeeper = skippedDeeper || t.stretch[i].depth > dc
		i--
	}
	if i < 0 || !t.stretch[i].grab {
		return certain
	}
	// The calls' own suspensions are at the depth of the last one: one frame below the wrapper's caller
	// when the calls are the wrapper's arguments (create_task(f())), shallower when their promises came
	// through a helper (spawn(f()), whose create_task is a frame deeper), deeper when a factory made them
	// (create_task(mk()), mk returning f()). Only the first is certain.
	db := t.stretch[i].depth
	boundary := func(e entry) bool { return e.grab && e.depth == db }
	skippedDeeper = skippedDeeper || db != dc
	for len(segs) < len(owners) && i >= 0 {
		for i >= 0 && t.stretch[i].depth > db && !boundary(t.stretch[i]) {
			i--
		}
		if i < 0 || !boundary(t.stretch[i]) {
			break
		}
		end := i
		for i--; i >= 0 && t.stretch[i].depth > db; i-- {
		}
		segs = append(segs, seg{i + 1, end + 1})
	}
	if len(segs) == 0 {
		return certain
	}
	from := t.cur
	for k := len(segs) - 1; k >= 0; k-- { // segs run from the last call backwards; hand in call order
		s := segs[k]
		owner := owners[len(owners)-1-k]
		certain[len(owners)-1-k] = !skippedDeeper
		hand(t.stretch[s.from:s.to], from, owner)
	}
	// Drop the claimed entries; keep the rest (the wrapper's own records belong to an enclosing call).
	kept := t.stretch[:segs[len(segs)-1].from]
	for k := len(segs) - 1; k >= 0; k-- {
		next := len(t.stretch)
		if k > 0 {
			next = segs[k-1].from
		}
		kept = append(kept, t.stretch[segs[k].to:next]...)
	}
	clear(t.stretch[len(kept):])
	t.stretch = kept
	return certain
}
