package asyncrun_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"go.uber.org/goleak"

	"github.com/asyncrun/asyncrun/interp"
)

// Every script's interpreter is closed when its test ends: no goroutine (threads, servers, requests)
// may be left once they all have run.
func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

var exitLine = regexp.MustCompile(`^// exit: (\d+)`)

// TestScripts runs every scripts/*.js under virtual time and compares its standard output with the
// .out file beside it, and its exit status with the `// exit: N` first line (0 when absent). A .err file,
// when present, lists lines that must each appear in standard error.
func TestScripts(t *testing.T) {
	paths, err := filepath.Glob("scripts/*.js")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no scripts found: %v", err)
	}
	for _, path := range paths {
		name := strings.TrimSuffix(filepath.Base(path), ".js")
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(strings.TrimSuffix(path, ".js") + ".out")
			if err != nil {
				t.Fatalf("missing expected output: %v", err)
			}
			wantStatus := 0
			if m := exitLine.FindSubmatch(src); m != nil {
				wantStatus, _ = strconv.Atoi(string(m[1]))
			}
			var stdout, stderr bytes.Buffer
			it := interp.New(interp.Options{Stdout: &stdout, Stderr: &stderr, VirtualTime: true, Network: true})
			defer it.Close()
			_, runErr := it.RunString(context.Background(), path, string(src))
			if got := interp.ExitStatus(runErr); got != wantStatus {
				t.Errorf("exit status %d, want %d (%v)\nstderr:\n%s", got, wantStatus, runErr, stderr.String())
			}
			if got := stdout.String(); got != string(want) {
				t.Errorf("stdout differs\n--- got\n%s--- want\n%s--- stderr\n%s", got, want, stderr.String())
			}
			if errWant, err := os.ReadFile(strings.TrimSuffix(path, ".js") + ".err"); err == nil {
				for _, line := range strings.Split(strings.TrimSpace(string(errWant)), "\n") {
					if !strings.Contains(stderr.String(), line) {
						t.Errorf("stderr lacks %q\nstderr:\n%s", line, stderr.String())
					}
				}
			}
		})
	}
}
