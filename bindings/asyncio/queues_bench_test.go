package asyncio_test

import (
	"context"
	"fmt"
	"io"
	"testing"

	"github.com/asyncrun/asyncrun/interp"
)

// BenchmarkQueuePingPong passes b.N items from a producer to a consumer through a Queue(1); ns/op is per
// item. In "eager" both async functions start at once in the same job (JavaScript's rule), so each put
// and get finds its item or slot and the two alternate through microtasks; in "parked" they start as
// Python's coroutines do (asyncio.coroutine), so every put after the first and every get waits for the
// other side: the cost of a wake-up through the parking lot, in each direction.
func BenchmarkQueuePingPong(b *testing.B) {
	for _, start := range []struct{ name, wrap string }{{"eager", "f"}, {"parked", "asyncio.coroutine(f)"}} {
		b.Run(start.name, func(b *testing.B) {
			src := fmt.Sprintf(`
const q = new asyncio.Queue(1);
const n = %d;
const wrap = (f) => %s;
const producer = wrap(async function () { for (let i = 0; i < n; i++) await q.put(i); });
const consumer = wrap(async function () { let sum = 0; for (let i = 0; i < n; i++) sum += await q.get(); return sum; });
const [, sum] = await asyncio.gather(producer(), consumer());
if (sum !== n * (n - 1) / 2) throw new Error("lost items: " + sum);
`, b.N, start.wrap)
			it := interp.New(interp.Options{Stdout: io.Discard, Stderr: io.Discard})
			defer it.Close()
			b.ReportAllocs()
			b.ResetTimer()
			if _, err := it.RunString(context.Background(), "pingpong.js", src); err != nil {
				b.Fatal(err)
			}
		})
	}
}
