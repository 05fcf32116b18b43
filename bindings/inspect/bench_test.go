package inspect

import (
	"testing"

	"github.com/dop251/goja"
)

func BenchmarkInspectObject(b *testing.B) {
	r := goja.New()
	v, _ := r.RunString("({a: 1, b: [1, 2, 3], c: 'x', d: {e: null}})")
	b.ReportAllocs()
	for b.Loop() {
		Inspect(r, v)
	}
}

func BenchmarkFormatPrimitives(b *testing.B) {
	r := goja.New()
	args := []goja.Value{r.ToValue("count"), r.ToValue(42), r.ToValue(true)}
	b.ReportAllocs()
	for b.Loop() {
		Format(r, args)
	}
}

func BenchmarkLoadIntrinsics(b *testing.B) {
	r := goja.New()
	b.ReportAllocs()
	for b.Loop() {
		loadIntrinsics(r)
	}
}

func BenchmarkInspectBigTypedArray(b *testing.B) {
	r := goja.New()
	v, _ := r.RunString("new Uint8Array(1e6)")
	b.ReportAllocs()
	for b.Loop() {
		Inspect(r, v)
	}
}

func BenchmarkInspectBigArray(b *testing.B) {
	r := goja.New()
	v, _ := r.RunString("new Array(1e6).fill(0)")
	b.ReportAllocs()
	for b.Loop() {
		Inspect(r, v)
	}
}
