package clone

import (
	"bytes"
	"strconv"

	"github.com/dop251/goja"
)

// importer builds one Value in a runtime.
type importer struct {
	r      *goja.Runtime
	in     *intrinsics
	lookup func(string) *goja.Object
	objs   []*goja.Object // by node id - 1
}

func (im *importer) intr() *intrinsics {
	if im.in == nil {
		im.in = getIntrinsics(im.r)
	}
	return im.in
}

// register records the object made for n, if the tree refers to n again.
// Every object is registered before its contents are imported, so a ref
// always finds its object.
func (im *importer) register(n *node, o *goja.Object) *goja.Object {
	if n.id != 0 {
		if int(n.id) > len(im.objs) {
			im.objs = append(im.objs, make([]*goja.Object, int(n.id)-len(im.objs))...)
		}
		im.objs[n.id-1] = o
	}
	return o
}

// construct calls a built-in constructor.
func (im *importer) construct(ctor *goja.Object, args ...goja.Value) *goja.Object {
	o, err := im.r.New(ctor, args...)
	if err != nil {
		panic(err)
	}
	return o
}

// define creates an own data property, as structured clone does (a key
// "__proto__" stays an ordinary property, and no setter runs).
func define(o *goja.Object, key string, v goja.Value, enumerable goja.Flag) {
	if err := o.DefineDataProperty(key, v, goja.FLAG_TRUE, goja.FLAG_TRUE, enumerable); err != nil {
		panic(err)
	}
}

func (im *importer) value(v Value) goja.Value {
	n := v.obj
	switch v.kind {
	case kindUndefined:
		return goja.Undefined()
	case kindPrimitive:
		return v.prim
	case kindRef:
		return im.objs[n.id-1]
	case kindObject:
		o := im.register(n, im.r.NewObject())
		for i, k := range n.keys {
			define(o, k, im.value(n.vals[i]), goja.FLAG_TRUE)
		}
		return o
	case kindArray:
		return im.array(n)
	case kindMap, kindSet:
		in := im.intr()
		ctor, add, step := in.mapCtor, in.mapSet, 2
		if v.kind == kindSet {
			ctor, add, step = in.setCtor, in.setAdd, 1
		}
		o := im.register(n, im.construct(ctor))
		args := make([]goja.Value, step)
		for i := 0; i < len(n.vals); i += step {
			for j := range args {
				args[j] = im.value(n.vals[i+j])
			}
			call(add, o, args...)
		}
		return o
	case kindDate:
		return im.register(n, im.construct(im.intr().dateCtor, v.prim))
	case kindRegExp:
		return im.register(n, im.construct(im.intr().regexpCtor, n.vals[0].prim, n.vals[1].prim))
	case kindArrayBuffer:
		ab := im.r.NewArrayBuffer(bytes.Clone(n.data))
		return im.register(n, im.r.ToValue(ab).(*goja.Object))
	case kindTypedArray, kindDataView:
		in := im.intr()
		ctor := in.dataView
		if v.kind == kindTypedArray {
			ctor = in.typed[n.tag]
		}
		buf := im.value(n.vals[0])
		return im.register(n, im.construct(ctor, buf, n.vals[1].prim, n.vals[2].prim))
	case kindBoxed:
		return im.register(n, v.prim.ToObject(im.r))
	case kindError:
		return im.error(v)
	}
	panic("clone: bad Value kind " + strconv.Itoa(int(v.kind)))
}

// array makes an array. One that nothing else in the tree refers to is made
// at once from its elements, the fastest way goja offers.
func (im *importer) array(n *node) *goja.Object {
	dense := len(n.vals) - len(n.keys)
	var o *goja.Object
	if n.id == 0 {
		items := make([]interface{}, dense)
		for i := range items {
			items[i] = im.value(n.vals[i])
		}
		o = im.r.NewArray(items...)
	} else {
		o = im.register(n, im.r.NewArray())
		for i := 0; i < dense; i++ {
			define(o, strconv.Itoa(i), im.value(n.vals[i]), goja.FLAG_TRUE)
		}
	}
	for i, k := range n.keys {
		define(o, k, im.value(n.vals[dense+i]), goja.FLAG_TRUE)
	}
	if int64(n.tag) != o.Get("length").ToInteger() {
		if err := o.Set("length", n.tag); err != nil {
			panic(err)
		}
	}
	return o
}

// error makes an error: of the built-in class its name gives, else of the
// class lookup resolves, else of the original's nearest built-in class. The
// stack, message, cause and errors become own non-enumerable properties, and
// the name an own property if the class's prototype does not give it.
func (im *importer) error(v Value) *goja.Object {
	n, in := v.obj, im.intr()
	name := ""
	if v.prim != nil {
		name = v.prim.String()
	}
	base := int(n.tag & errorTagBase)
	var proto *goja.Object
	if i := errorIndex(name); i >= 0 {
		base = i
	} else if im.lookup != nil && v.prim != nil {
		if cls := im.lookup(name); cls != nil {
			im.r.Try(func() { proto, _ = cls.Get("prototype").(*goja.Object) })
		}
	}
	var args []goja.Value
	if base == aggregateError {
		args = []goja.Value{im.r.NewArray()}
	}
	o := im.construct(in.errors[base], args...)
	if proto != nil {
		if err := o.SetPrototype(proto); err != nil {
			panic(err)
		}
	}
	im.register(n, o)
	for i, k := range n.keys {
		define(o, k, im.value(n.vals[i]), goja.FLAG_FALSE)
	}
	if v.prim != nil {
		var cur goja.Value
		im.r.Try(func() { cur = o.Get("name") })
		if cur == nil || !cur.StrictEquals(v.prim) {
			define(o, "name", v.prim, goja.ToFlag(n.tag&errorTagNameEnum != 0))
		}
	}
	return o
}
