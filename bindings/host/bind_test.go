package host

import (
	"strconv"
	"strings"
	"testing"

	"github.com/dop251/goja"
)

func TestBindMatchesPythonsRules(t *testing.T) {
	r := goja.New()
	h := New(r, nil, nil, nil)
	sleep := &Sig{Fn: "sleep", Params: []string{"delay", "result"}, Required: 1}
	gather := &Sig{Fn: "gather", Keywords: []string{"return_exceptions"}, Variadic: true}
	createTask := &Sig{Fn: "create_task", Params: []string{"coro"}, Required: 1, Keywords: []string{"name", "context"}}
	cases := []struct {
		sig  *Sig
		args string
		want string // the bound values and the rest, or the TypeError's message
	}{
		{sleep, `1`, "[1 <nil>] []"},
		{sleep, `1, "r"`, "[1 r] []"},
		{sleep, `{delay: 1, result: "r"}`, "[1 r] []"},
		{sleep, `1, {result: "r"}`, "[1 r] []"},
		{sleep, `1, {x: 1}`, "[1 [object Object]] []"}, // a result that is an object
		{sleep, `1, {}`, "[1 [object Object]] []"},
		{sleep, `1, 2, {result: 3}`, "sleep: got multiple values for argument 'result'"},
		{sleep, ``, "sleep: missing required argument 'delay'"},
		{sleep, `{result: 1}`, "sleep: missing required argument 'delay'"},
		{sleep, `1, 2, 3`, "sleep: takes from 1 to 2 positional arguments but 3 were given"},
		{gather, `1, 2`, "[<nil>] [1 2]"},
		{gather, `1, {return_exceptions: true}`, "[true] [1]"},
		{gather, `1, {returnExceptions: true}`, "[true] [1]"},
		{gather, `1, {return_exception: true}`, "gather: got an unexpected keyword argument 'return_exception'"},
		{gather, `{a: 1}`, "gather: got an unexpected keyword argument 'a'"},
		{createTask, `1, {name: "n"}`, "[1 n <nil>] []"},
		{createTask, `1, "n"`, "create_task: takes 1 positional argument but 2 were given"},
		{createTask, `1, {nam: "n"}`, "create_task: got an unexpected keyword argument 'nam'"},
		{createTask, `{coro: 1, name: null}`, "[1 null <nil>] []"},
	}
	for _, c := range cases {
		v, err := r.RunString("[" + c.args + "]")
		if err != nil {
			t.Fatal(err)
		}
		var args []goja.Value
		obj := v.ToObject(r)
		for i := range int(obj.Get("length").ToInteger()) {
			args = append(args, obj.Get(strconv.Itoa(i)))
		}
		got := func() (s string) {
			defer func() {
				if x := recover(); x != nil {
					s = x.(*goja.Object).Get("message").String()
				}
			}()
			vals, rest := h.Bind(c.sig, args)
			return show(vals) + " " + show(rest)
		}()
		if got != c.want {
			t.Errorf("%s(%s) = %s, want %s", c.sig.Fn, c.args, got, c.want)
		}
	}
}

func show(vs []goja.Value) string {
	parts := make([]string, len(vs))
	for i, v := range vs {
		if v == nil {
			parts[i] = "<nil>"
		} else {
			parts[i] = v.String()
		}
	}
	return "[" + strings.Join(parts, " ") + "]"
}
