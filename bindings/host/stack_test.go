package host

import (
	"runtime"
	"testing"

	"github.com/dop251/goja"
)

// spreadBytes reports the bytes allocated by spreading an array of n items into a call, with the stack's
// room made first by ReserveStack or not.
func spreadBytes(t *testing.T, n int, reserve bool) uint64 {
	t.Helper()
	r := goja.New()
	h := New(r, nil, nil, nil)
	_ = r.Set("n", n)
	_ = r.Set("reserve", func() {
		if reserve {
			h.ReserveStack(n)
		}
	})
	if _, err := r.RunString("var a = new Array(n).fill(0); function f() { return arguments.length }"); err != nil {
		t.Fatal(err)
	}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	v, err := r.RunString("reserve(), f(...a)")
	runtime.ReadMemStats(&after)
	if err != nil || v.ToInteger() != int64(n) {
		t.Fatalf("f(...a) = %v, %v; want %d", v, err, n)
	}
	return after.TotalAlloc - before.TotalAlloc
}

func TestReserveStackMakesSpreadingLinear(t *testing.T) {
	const n = 60000
	grown, reserved := spreadBytes(t, n, false), spreadBytes(t, n, true)
	// Growing 1,024 values at a time copies about n²/2,048 values (26 MB here); the iterator results of
	// the spread itself are about 800 bytes per item either way.
	if saved := int64(grown) - int64(reserved); saved < n*n/2048*16/2 {
		t.Errorf("spreading %d items allocated %d bytes after ReserveStack, %d without: want at least %d fewer",
			n, reserved, grown, n*n/2048*16/2)
	}
}
