package host

import (
	"math/big"
	"reflect"

	"github.com/dop251/goja"
)

// The Export types goja reports for built-in values, which tell apart objects whose class name is the
// plain "Object" (shared by structured clone and inspect).
var (
	TypeObject      = reflect.TypeOf(map[string]interface{}{})
	TypeMap         = reflect.TypeOf([][2]interface{}{})
	TypeSet         = reflect.TypeOf([]interface{}{})
	TypePromise     = reflect.TypeOf((*goja.Promise)(nil))
	TypeProxy       = reflect.TypeOf(goja.Proxy{})
	TypeArrayBuffer = reflect.TypeOf(goja.ArrayBuffer{})
	TypeBigInt      = reflect.TypeOf((*big.Int)(nil))
)

// IsNumericSlice reports whether t is the Export type of a typed array.
func IsNumericSlice(t reflect.Type) bool {
	if t == nil || t.Kind() != reflect.Slice {
		return false
	}
	switch t.Elem().Kind() {
	case reflect.Uint8, reflect.Int8, reflect.Uint16, reflect.Int16,
		reflect.Uint32, reflect.Int32, reflect.Float32, reflect.Float64,
		reflect.Int64, reflect.Uint64:
		return true
	}
	return false
}

// Wrapped returns the Go value that v wraps when v is an object made from a Go pointer (ToValue of a
// struct pointer, NewDynamicObject, a *goja.Promise …), and nil otherwise. Unlike v.Export(), it never
// converts a plain object or an array: that reads every property, getters included, so a getter that
// checks its `this` with Export recurses without end when read on its prototype.
func Wrapped(v goja.Value) any {
	obj, ok := v.(*goja.Object)
	if !ok {
		return nil
	}
	if t := obj.ExportType(); t == nil || t.Kind() != reflect.Pointer {
		return nil
	}
	return obj.Export()
}
