// Command asyncrun runs a JavaScript coroutine script with a Python-asyncio-style library:
//
//	asyncrun [flags] script.js [args…]
//	asyncrun -e 'code'
//
// Exit status: 0; 1 for a script error or a deadlock; 2 for a usage error; 124 after --timeout; 130 after
// Ctrl-C. A first Ctrl-C cancels the main task so its finally blocks run; a second stops at once.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"time"

	"github.com/asyncrun/asyncrun/bindings/sys"
	"github.com/asyncrun/asyncrun/interp"
)

const usage = `usage: asyncrun [flags] script.js [args...]
       asyncrun [flags] -e 'code' [args...]

Runs a JavaScript coroutine script with a Python-asyncio-style library.

flags:
`

func main() {
	// Scripts keep most of what they allocate alive (suspended coroutines), and goja allocates freely
	// for each await: collecting at 4x the live heap instead of 2x means fewer full marks of a large
	// live heap. In alternating runs of bench/fanout.js this cut the time by 10-20% with peak memory
	// within 3%; other runs saw no difference, so it is a mild default. GOGC in the environment wins.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("asyncrun", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, usage)
		fs.PrintDefaults()
	}
	virtual := fs.Bool("virtual-time", false, "run timers on a virtual clock that jumps whenever every task is waiting on a timer")
	timeout := fs.Duration("timeout", 0, "interrupt the script after this long (exit status 124), e.g. 30s")
	code := fs.String("e", "", "run this code instead of a file")
	debug := fs.Bool("debug", false, "asyncio debug mode")
	workers := fs.Int("workers", 0, "size of the default thread pool (to_thread, run_in_executor); default min(32, CPUs+4)")
	version := fs.Bool("version", false, "print the version and exit")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if *version {
		fmt.Fprintln(stdout, "asyncrun", sys.Version)
		return 0
	}
	rest := fs.Args()
	name, src := "", ""
	switch {
	case *code != "":
		name, src = "<eval>", *code
	case len(rest) == 0:
		fs.Usage()
		return 2
	default:
		name, rest = rest[0], rest[1:]
		b, err := os.ReadFile(name)
		if err != nil {
			fmt.Fprintf(stderr, "asyncrun: cannot read %s: %v\n", name, errors.Unwrap(err))
			return 2
		}
		src = string(b)
	}

	if *workers < 0 {
		fmt.Fprintln(stderr, "asyncrun: --workers must be at least 1")
		return 2
	}
	it := interp.New(interp.Options{Stdout: stdout, Stderr: stderr, Args: rest, VirtualTime: *virtual, Debug: *debug, Network: true,
		Workers: *workers, CancelGrace: 24 * time.Hour})
	defer it.Close()

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	if *timeout > 0 {
		var stop context.CancelFunc
		ctx, stop = context.WithTimeout(ctx, *timeout)
		defer stop()
	}
	sigs := make(chan os.Signal, 2)
	signal.Notify(sigs, os.Interrupt)
	defer signal.Stop(sigs)
	go func() {
		if _, ok := <-sigs; !ok {
			return
		}
		cancel() // the first Ctrl-C cancels the main task
		if _, ok := <-sigs; ok {
			it.Close() // the second stops at once
		}
	}()
	_, err := it.RunString(ctx, name, src)
	return interp.ExitStatus(err)
}
