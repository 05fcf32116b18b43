package host

import (
	"fmt"

	"github.com/dop251/goja"
)

// Sig is a function's parameters as Python declares them, for Bind.
type Sig struct {
	Fn       string   // the function's name, for messages
	Params   []string // positional-or-keyword parameters, in order
	Required int      // how many of Params must be given
	Keywords []string // keyword-only parameters (after Python's *)
	Variadic bool     // takes any number of positional arguments after Params (*args)
}

// Bind matches a call's arguments with s as Python matches them, a trailing plain object standing for the
// keyword arguments (SPEC §4, names in camelCase too). It returns one value per parameter, Params then
// Keywords (nil where absent; undefined counts as absent in the keyword object), and the positional
// arguments after Params of a variadic function. It throws TypeError, naming s.Fn, for a keyword s does not
// name, a parameter given both by position and by name, more positional arguments than s takes, and a
// required parameter missing. A trailing plain object that names something else while one more positional
// argument fits is that argument (a result that happens to be an object), not keywords.
func (h *Host) Bind(s *Sig, args []goja.Value) (vals, rest []goja.Value) {
	pos := args
	var opts *goja.Object
	if n := len(args); n > 0 && h.IsOptions(args[n-1]) {
		obj := args[n-1].(*goja.Object)
		room := !s.Variadic && n-1 < len(s.Params)
		if !room || (len(obj.Keys()) > 0 && s.unknown(obj) == "") {
			opts, pos = obj, args[:n-1]
		}
	}
	if opts != nil {
		if k := s.unknown(opts); k != "" {
			h.TypeError(s.Fn, "got an unexpected keyword argument '%s'", k)
		}
	}
	if !s.Variadic && len(pos) > len(s.Params) {
		h.TypeError(s.Fn, "takes %s but %d were given", s.positionals(), len(pos))
	}
	vals = make([]goja.Value, len(s.Params)+len(s.Keywords))
	copy(vals[:len(s.Params)], pos)
	if s.Variadic && len(pos) > len(s.Params) {
		rest = pos[len(s.Params):]
	}
	if opts != nil {
		for i, name := range s.names() {
			v := opts.Get(name)
			if v == nil || goja.IsUndefined(v) {
				v = opts.Get(Camel(name))
			}
			if v == nil || goja.IsUndefined(v) {
				continue
			}
			if i < len(s.Params) && i < len(pos) {
				h.TypeError(s.Fn, "got multiple values for argument '%s'", name)
			}
			vals[i] = v
		}
	}
	for i := 0; i < s.Required; i++ {
		if vals[i] == nil {
			h.TypeError(s.Fn, "missing required argument '%s'", s.Params[i])
		}
	}
	return vals, rest
}

// names lists the parameters, Params then Keywords.
func (s *Sig) names() []string { return append(s.Params[:len(s.Params):len(s.Params)], s.Keywords...) }

// unknown returns a key of opts that names no parameter of s, or "".
func (s *Sig) unknown(opts *goja.Object) string {
	names := s.names()
	for _, k := range opts.Keys() {
		known := false
		for _, n := range names {
			if k == n || k == Camel(n) {
				known = true
				break
			}
		}
		if !known {
			return k
		}
	}
	return ""
}

// positionals says how many positional arguments s takes, as Python's messages do.
func (s *Sig) positionals() string {
	switch n, req := len(s.Params), s.Required; {
	case n == 0:
		return "no positional arguments"
	case n == req && n == 1:
		return "1 positional argument"
	case n == req:
		return fmt.Sprintf("%d positional arguments", n)
	default:
		return fmt.Sprintf("from %d to %d positional arguments", req, n)
	}
}
