package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// build compiles the command once per test binary.
func build(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "asyncrun")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	return bin
}

func script(t *testing.T, src string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "s.js")
	if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestExitStatuses(t *testing.T) {
	cases := []struct {
		name   string
		args   []string
		status int
		stderr string
	}{
		{"ok", []string{"-e", "print(1)"}, 0, ""},
		{"version", []string{"--version"}, 0, ""},
		{"unknown flag", []string{"--bogus", "x.js"}, 2, "flag provided but not defined"},
		{"missing file", []string{"no-such-file.js"}, 2, "cannot read no-such-file.js"},
		{"no script", nil, 2, "usage: asyncrun"},
		{"script error", []string{"-e", "throw new Error('bad')"}, 1, "Uncaught Error: bad"},
		{"deadlock", []string{"-e", "await new asyncio.Future()"}, 1, "deadlock"},
		{"sys.exit", []string{"-e", "sys.exit(5)"}, 5, ""},
		{"timeout", []string{"--timeout", "100ms", "-e", "while (true) {}"}, 124, "timed out"},
		{"thread stuck under timeout", []string{"--timeout", "200ms", "-e", "await asyncio.to_thread(() => { while (true) {} })"}, 124, "timed out"},
		{"workers", []string{"--workers", "1", "-e", "const t0 = time.monotonic(); await asyncio.gather(asyncio.to_thread(time.sleep, 0.1), asyncio.to_thread(time.sleep, 0.1)); print(time.monotonic() - t0 >= 0.2)"}, 0, ""},
		{"bad workers", []string{"--workers", "-1", "-e", "1"}, 2, "--workers"},
	}
	for _, c := range cases {
		var stdout, stderr bytes.Buffer
		if got := run(c.args, &stdout, &stderr); got != c.status {
			t.Errorf("%s: status %d, want %d\nstderr: %s", c.name, got, c.status, stderr.String())
		}
		if !strings.Contains(stderr.String(), c.stderr) {
			t.Errorf("%s: stderr %q lacks %q", c.name, stderr.String(), c.stderr)
		}
	}
}

func TestArgvReachesTheScript(t *testing.T) {
	p := script(t, `print(sys.argv.slice(1).join(","))`)
	var stdout, stderr bytes.Buffer
	if run([]string{p, "a", "b"}, &stdout, &stderr) != 0 || stdout.String() != "a,b\n" {
		t.Fatalf("stdout %q stderr %q", stdout.String(), stderr.String())
	}
}

func TestCtrlCCancelsTheMainTaskThenStops(t *testing.T) {
	bin := build(t)
	p := script(t, `print("ready"); try { await asyncio.sleep(3600) } finally { print("finally ran") }`)
	cmd := exec.Command(bin, p)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	buf := make([]byte, 6)
	if _, err := out.Read(buf); err != nil || string(buf) != "ready\n" {
		t.Fatalf("read %q: %v", buf, err)
	}
	cmd.Process.Signal(syscall.SIGINT)
	rest := new(bytes.Buffer)
	rest.ReadFrom(out)
	cmd.Wait()
	if code := cmd.ProcessState.ExitCode(); code != 130 {
		t.Errorf("exit status %d, want 130; stderr %s", code, stderr.String())
	}
	if !strings.Contains(rest.String(), "finally ran") {
		t.Errorf("finally did not run: %q", rest.String())
	}
}

func TestSecondCtrlCStopsAtOnce(t *testing.T) {
	bin := build(t)
	p := script(t, `print("ready"); try { await asyncio.sleep(3600) } finally { print("stuck"); while (true) {} }`)
	cmd := exec.Command(bin, p)
	out, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	buf := make([]byte, 6)
	out.Read(buf)
	cmd.Process.Signal(syscall.SIGINT)
	buf = make([]byte, 6)
	out.Read(buf) // "stuck\n": the first Ctrl-C reached the finally block
	cmd.Process.Signal(syscall.SIGINT)
	cmd.Wait()
	if code := cmd.ProcessState.ExitCode(); code != 130 {
		t.Errorf("exit status %d, want 130", code)
	}
}
