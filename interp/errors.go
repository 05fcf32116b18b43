package interp

import (
	"errors"
	"fmt"
)

// Kind classifies what ended a script unsuccessfully.
type Kind int

const (
	// SyntaxError: the script did not compile.
	SyntaxError Kind = iota + 1
	// RuntimeError: the script raised an error nobody caught, or a task's error was never retrieved.
	RuntimeError
	// Deadlock: the main task waits on something nothing can ever complete.
	Deadlock
	// Timeout: the context's deadline passed and the script was interrupted.
	Timeout
	// Cancelled: the context was cancelled (Ctrl-C) and the main task ended cancelled or was interrupted.
	Cancelled
	// Exit: the script called sys.exit with a non-zero code.
	Exit
)

func (k Kind) String() string {
	switch k {
	case SyntaxError:
		return "syntax error"
	case RuntimeError:
		return "runtime error"
	case Deadlock:
		return "deadlock"
	case Timeout:
		return "timeout"
	case Cancelled:
		return "cancelled"
	case Exit:
		return "exit"
	}
	return "error"
}

// Error is how a script run fails. The interpreter has already written the full report (stack, task,
// deadlock listing) to its standard error; Error carries the same facts for Go callers.
type Error struct {
	Kind    Kind
	Message string // the JavaScript error's "Name: message", or a description
	Stack   string // the JavaScript stack, when there is one
	Code    int    // the exit code, for Kind Exit
}

func (e *Error) Error() string { return fmt.Sprintf("asyncrun: %s: %s", e.Kind, e.Message) }

// ExitStatus is the exit status the command line uses for the outcome of a run (SPEC §9): 0 for nil,
// 1 for script errors and deadlocks, 124 after a timeout, 130 after cancellation, or sys.exit's code.
func ExitStatus(err error) int {
	if err == nil {
		return 0
	}
	var e *Error
	if !errors.As(err, &e) {
		return 1
	}
	switch e.Kind {
	case Timeout:
		return 124
	case Cancelled:
		return 130
	case Exit:
		return e.Code
	}
	return 1
}

// ErrClosed is returned by the methods of an Interpreter after Close.
var ErrClosed = errors.New("asyncrun: interpreter is closed")
