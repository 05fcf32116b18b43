package asyncio

import (
	"github.com/dop251/goja"

	"github.com/asyncrun/asyncrun/bindings/host"
)

// The exception classes scripts see on asyncio (SPEC §4). Each is a JavaScript class with a matching name,
// so that `instanceof`, `err.name` and printed stacks read as in Python.
const exceptionsSource = `(function () {
	function define(name, base) {
		const cls = class extends base {
			constructor(message, options) {
				super(message === undefined ? '' : String(message), options); // options: {cause}
			}
		};
		Object.defineProperty(cls, 'name', { value: name });
		Object.defineProperty(cls.prototype, 'name', { value: name, writable: true, configurable: true });
		return cls;
	}
	const CancelledError = define('CancelledError', Error);
	const TimeoutError = define('TimeoutError', Error);
	const InvalidStateError = define('InvalidStateError', Error);
	const RuntimeError = define('RuntimeError', Error);
	const QueueEmpty = define('QueueEmpty', Error);
	const QueueFull = define('QueueFull', Error);
	const QueueShutDown = define('QueueShutDown', Error);
	const BrokenBarrierError = define('BrokenBarrierError', RuntimeError);
	const LimitOverrunError = define('LimitOverrunError', Error);
	const ValueError = define('ValueError', Error);
	return { CancelledError, TimeoutError, InvalidStateError, RuntimeError, QueueEmpty, QueueFull,
		QueueShutDown, BrokenBarrierError, LimitOverrunError, ValueError };
})()`

// errorClasses are the constructors of the exception classes, resolved once per runtime.
type errorClasses struct {
	all                                            *goja.Object
	cancelled, timeout, invalidState, runtimeError *goja.Object
	valueError                                     *goja.Object
}

func (a *Asyncio) loadExceptions() {
	v, err := a.r.RunScript(host.InternalSource, exceptionsSource)
	if err != nil {
		panic(err)
	}
	all := v.ToObject(a.r)
	a.errs = errorClasses{
		all:          all,
		cancelled:    all.Get("CancelledError").ToObject(a.r),
		timeout:      all.Get("TimeoutError").ToObject(a.r),
		invalidState: all.Get("InvalidStateError").ToObject(a.r),
		runtimeError: all.Get("RuntimeError").ToObject(a.r),
		valueError:   all.Get("ValueError").ToObject(a.r),
	}
}

// newError constructs an instance of class with message.
func (a *Asyncio) newError(class *goja.Object, message string) *goja.Object {
	obj, err := a.r.New(class, a.r.ToValue(message))
	if err != nil {
		panic(err)
	}
	return obj
}

// throw raises a new instance of class in the calling script.
func (a *Asyncio) throw(class *goja.Object, message string) {
	panic(a.newError(class, message))
}

// failedWith returns the face of a future failed with a new class(message): what a function whose Python
// counterpart is a coroutine (an `async with` entry) returns for an error, which comes where it is awaited.
func (a *Asyncio) failedWith(class *goja.Object, message string) goja.Value {
	f := a.newFuture()
	f.setException(a.newError(class, message))
	return f.Value()
}

// newCancelledError makes the CancelledError a cancelled future raises; msg is cancel()'s argument.
func (a *Asyncio) newCancelledError(msg goja.Value) goja.Value {
	if msg == nil {
		msg = goja.Undefined()
	}
	obj, err := a.r.New(a.errs.cancelled, msg)
	if err != nil {
		panic(err)
	}
	return obj
}

// isCancelledError reports whether v is an instance of asyncio.CancelledError.
func (a *Asyncio) isCancelledError(v goja.Value) bool {
	obj, ok := v.(*goja.Object)
	return ok && a.instanceOf(obj, a.errs.cancelled)
}

func (a *Asyncio) instanceOf(obj, class *goja.Object) bool {
	proto := class.Get("prototype")
	for p := obj.Prototype(); p != nil; p = p.Prototype() {
		if p.SameAs(proto) {
			return true
		}
	}
	return false
}
