#!/usr/bin/env python3
"""Run one command and report its wall time and peak resident set size.

    python3 -I -S rss.py [--timeout SECONDS] [--out FILE] [--] command [args...]

The command's standard input, output and error pass through unchanged. When it
ends, one line

    RSS <wall seconds> <peak RSS KiB> <exit status> <floor KiB>

is written to FILE (or to standard error without --out). It needs nothing but
python3, so it stands in for GNU `time -f '%e %M'` anywhere.

- wall: monotonic time from fork to the child's exit.
- peak RSS: the child's own ru_maxrss from wait4 (KiB on Linux).
- exit status: the child's; 128+N if signal N killed it; 124 after --timeout;
  127 if the command could not be started.
- floor: Linux counts the memory a child had before exec (a copy of this
  wrapper) in its ru_maxrss, so no value below the wrapper's own peak can be
  seen. The floor is measured by running `true` the same way first; a peak
  at the floor means "at most this much".
  Keep the floor low by importing little (only os, resource, signal, sys, time here) and
  by running with -I -S, which skips site-packages.
"""
import os
import resource
import signal
import sys
import time

USAGE = "usage: rss.py [--timeout SECONDS] [--out FILE] [--] command [args...]"


def parse(argv):
    timeout, out, i = 0.0, None, 0
    while i < len(argv):
        a = argv[i]
        if a == "--":
            i += 1
            break
        if a in ("--timeout", "--out") and i + 1 < len(argv):
            if a == "--timeout":
                timeout = float(argv[i + 1])
            else:
                out = argv[i + 1]
            i += 2
        elif a in ("-h", "--help"):
            print(__doc__)
            sys.exit(0)
        elif a.startswith("-"):
            sys.exit(f"rss.py: unknown option {a}\n{USAGE}")
        else:
            break
    cmd = argv[i:]
    if not cmd:
        sys.exit(USAGE)
    return timeout, out, cmd


def spawn(cmd):
    pid = os.fork()
    if pid == 0:
        # Undo what Python changed, so the command starts as from a shell.
        for sig in (signal.SIGPIPE, signal.SIGXFSZ, signal.SIGINT):
            signal.signal(sig, signal.SIG_DFL)
        try:
            os.execvp(cmd[0], cmd)
        except OSError as e:
            os.write(2, f"rss.py: cannot run {cmd[0]}: {e.strerror}\n".encode())
        os._exit(127)
    return pid


def measure_floor():
    """The peak RSS reported for a command that uses almost nothing (`true`)."""
    try:
        _, status, usage = os.wait4(spawn(["true"]), 0)
    except OSError:
        return 0
    return usage.ru_maxrss if os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0 else 0


def main():
    timeout, out, cmd = parse(sys.argv[1:])
    floor = measure_floor()
    t0 = time.monotonic()
    pid = spawn(cmd)

    # Ctrl-C goes to the whole process group: let the child handle it, and report.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    timed_out = []
    if timeout > 0:
        def on_alarm(signum, frame):
            timed_out.append(True)
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        signal.signal(signal.SIGALRM, on_alarm)
        signal.setitimer(signal.ITIMER_REAL, timeout)
    _, status, usage = os.wait4(pid, 0)  # retried on EINTR (PEP 475)
    wall = time.monotonic() - t0
    signal.setitimer(signal.ITIMER_REAL, 0)

    if timed_out:
        code = 124
    elif os.WIFSIGNALED(status):
        code = 128 + os.WTERMSIG(status)
    else:
        code = os.WEXITSTATUS(status)

    line = f"RSS {wall:.3f} {usage.ru_maxrss} {code} {floor}\n"
    if out:
        with open(out, "w") as f:
            f.write(line)
    else:
        sys.stderr.write(line)
    return code


if __name__ == "__main__":
    sys.exit(main())
