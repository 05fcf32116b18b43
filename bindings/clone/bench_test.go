package clone

import (
	"testing"

	"github.com/dop251/goja"
)

const benchArray = `Array.from({length: 1000}, (_, i) => ({id: i, name: 'item' + i, done: i % 2 === 0}))`

// BenchmarkClone1000 clones an array of 1,000 small objects from one runtime
// into another: Export, Import, and both.
func BenchmarkClone1000(b *testing.B) {
	from, to := goja.New(), goja.New()
	v, err := from.RunString(benchArray)
	if err != nil {
		b.Fatal(err)
	}
	c, err := Export(from, v)
	if err != nil {
		b.Fatal(err)
	}
	b.Run("Export", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			Export(from, v)
		}
	})
	b.Run("Import", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			Import(to, c)
		}
	})
	b.Run("RoundTrip", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			c, _ := Export(from, v)
			Import(to, c)
		}
	})
}
