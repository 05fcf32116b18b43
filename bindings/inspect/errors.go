package inspect

import (
	"regexp"
	"strings"

	"github.com/dop251/goja"
)

// This file holds the formatting of errors and functions: Node's
// formatError, improveStack, getStackFrames, getFunctionBase and
// getClassBase.

// stackString is Node's getStackString. Stacks that goja wrote (they end
// in a newline, V8's never do) are made to look like V8's: the frames
// ("\n\tat f (file.js:1:2(3))") are indented by four spaces and the final
// newline goes.
func (c *inspector) stackString(err *goja.Object) string {
	var s string
	if st := err.Get("stack"); st != nil && st.ToBoolean() {
		s = stringOf(st)
	} else {
		s = stringOf(c.callIntrinsic(iErrorToString, err))
	}
	if t, ok := strings.CutSuffix(s, "\n"); ok {
		s = strings.ReplaceAll(t, "\n\tat ", "\n    at ")
	}
	return s
}

// formatError is Node's formatError. It returns the formatted stack and
// the keys left to print as properties.
func (c *inspector) formatError(err *goja.Object, ctor string, hasCtor bool, tag string, keys []propKey) (string, []propKey) {
	name := "Error"
	if n := err.Get("name"); n != nil && !goja.IsUndefined(n) && !goja.IsNull(n) {
		name = stringOf(n)
	}
	stack := c.stackString(err)

	// Hide name, message and stack when the stack shows them already.
	if len(keys) != 0 {
		for _, k := range []string{"name", "message", "stack"} {
			if hasKey(keys, k) && strings.Contains(stack, stringOf(err.Get(k))) {
				keys = removeKey(keys, k)
			}
		}
	}
	if c.callIntrinsic(iReflectHas, goja.Undefined(), err, c.r.ToValue("cause")).ToBoolean() &&
		!hasKey(keys, "cause") {
		keys = append(keys, propKey{name: "cause"})
	}
	if errs, ok := err.Get("errors").(*goja.Object); ok && errs.ClassName() == "Array" && !hasKey(keys, "errors") {
		keys = append(keys, propKey{name: "errors"})
	}

	stack = improveStack(stack, ctor, hasCtor, name, tag)

	// Ignore the error message if it's contained in the stack.
	pos := -1
	if msg := err.Get("message"); msg != nil && msg.ToBoolean() {
		m := stringOf(msg)
		if i := strings.Index(stack, m); i > 0 {
			pos = i + len(m)
		}
	}
	stackStart := -1
	if i := strings.Index(stack[max(pos, 0):], "\n    at"); i != -1 {
		stackStart = i + max(pos, 0)
	}
	if stackStart == -1 {
		stack = "[" + stack + "]"
	} else {
		lines := c.stackFrames(err, stack[stackStart+1:])
		stack = stack[:stackStart] + "\n" + strings.Join(lines, "\n")
	}
	if c.indentationLvl != 0 {
		stack = strings.ReplaceAll(stack, "\n", "\n"+spaces(c.indentationLvl))
	}
	return stack, keys
}

// stackFrames is Node's getStackFrames: it elides the frames an error
// shares with its cause.
func (c *inspector) stackFrames(err *goja.Object, stack string) []string {
	frames := strings.Split(stack, "\n")
	var cause goja.Value
	if ex := c.r.Try(func() { cause = err.Get("cause") }); ex != nil {
		return frames
	}
	co, ok := cause.(*goja.Object)
	if !ok || co.ClassName() != "Error" {
		return frames
	}
	causeStack := c.stackString(co)
	start := strings.Index(causeStack, "\n    at")
	if start == -1 {
		return frames
	}
	causeFrames := strings.Split(causeStack[start+1:], "\n")
	n, offset := identicalSequenceRange(frames, causeFrames)
	if n > 0 {
		skipped := n - 2
		msg := "    ... " + itoa(skipped) + " lines matching cause stack trace ..."
		rest := append([]string{msg}, frames[offset+1+skipped:]...)
		frames = append(frames[:offset+1], rest...)
	}
	return frames
}

// identicalSequenceRange is Node's identicalSequenceRange.
func identicalSequenceRange(a, b []string) (length, offset int) {
	for i := 0; i < len(a)-3; i++ {
		pos := -1
		for j, s := range b {
			if s == a[i] {
				pos = j
				break
			}
		}
		if pos == -1 {
			continue
		}
		rest := len(b) - pos
		if rest > 3 {
			n := 1
			maxLen := min(len(a)-i, rest)
			for maxLen > n && a[i+n] == b[pos+n] {
				n++
			}
			if n > 3 {
				return n, i
			}
		}
	}
	return 0, 0
}

var (
	nullProtoErrorRegExp  = regexp.MustCompile(`^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n {4}at)`)
	nullProtoErrorRegExp2 = regexp.MustCompile(`^([a-z_A-Z0-9-]*Error)$`)
)

// improveStack is Node's improveStack: it names the class of errors whose
// stack shows another name.
func improveStack(stack, ctor string, hasCtor bool, name, tag string) string {
	n := len(name)
	if hasCtor && !(strings.HasSuffix(name, "Error") && strings.HasPrefix(stack, name) &&
		(len(stack) == n || stack[n] == ':' || stack[n] == '\n')) {
		return stack
	}
	fallback := "Error"
	if !hasCtor {
		m := nullProtoErrorRegExp.FindStringSubmatch(stack)
		if m == nil {
			m = nullProtoErrorRegExp2.FindStringSubmatch(stack)
		}
		fallback = ""
		if m != nil {
			fallback = m[1]
		}
		n = len(fallback)
		if fallback == "" {
			fallback = "Error"
		}
	}
	prefix := getPrefix(ctor, hasCtor, tag, fallback, "")
	prefix = prefix[:len(prefix)-1]
	if name != prefix {
		if strings.Contains(prefix, name) {
			if n == 0 {
				stack = prefix + ": " + stack
			} else {
				stack = prefix + stack[n:]
			}
		} else {
			stack = prefix + " [" + name + "]" + stack[n:]
		}
	}
	return stack
}

var (
	classRegExp         = regexp.MustCompile(`^(\s+[^(]*?)\s*\{`)
	stripCommentsRegExp = regexp.MustCompile(`(//.*?\n)|(/\*(?:.|\n)*?\*/)`)
)

// functionBase is Node's getFunctionBase: `[Function: f]`, `[class A]`,
// `[AsyncFunction: f]` and the like.
func (c *inspector) functionBase(value *goja.Object, ctor string, hasCtor bool, tag string) string {
	src := stringOf(c.callIntrinsic(iFunctionToString, value))
	if strings.HasPrefix(src, "class") && strings.HasSuffix(src, "}") {
		slice := src[5 : len(src)-1]
		if bi := strings.IndexByte(slice, '{'); bi != -1 &&
			(!strings.Contains(slice[:bi], "(") ||
				classRegExp.MatchString(stripCommentsRegExp.ReplaceAllString(slice, ""))) {
			return c.classBase(value, ctor, hasCtor, tag)
		}
	}
	typ := "Function"
	in := c.intr()
	switch value.Prototype() {
	case in.protos[iGeneratorFunctionProto]:
		typ = "GeneratorFunction"
	case in.protos[iAsyncFunctionProto]:
		typ = "AsyncFunction"
	case in.protos[iFunctionProto]:
		// goja gives async methods Function.prototype as prototype,
		// where V8 gives them AsyncFunction.prototype.
		if isAsyncSource(src) {
			typ = "AsyncFunction"
			if ctor == "Function" {
				ctor = typ
			}
		}
	}
	var b strings.Builder
	b.WriteString("[" + typ)
	if !hasCtor {
		b.WriteString(" (null prototype)")
	}
	if n := value.Get("name"); goja.IsString(n) && n.String() == "" {
		b.WriteString(" (anonymous)")
	} else {
		b.WriteString(": " + stringOf(n))
	}
	b.WriteString("]")
	if hasCtor && ctor != typ {
		b.WriteString(" " + ctor)
	}
	if tag != "" && ctor != tag {
		b.WriteString(" [" + tag + "]")
	}
	return b.String()
}

// isAsyncSource reports whether src, the source text of a function, is
// that of an async function: "async" followed by a space, or an async
// arrow function like "async()=>1" (but not a method named async).
func isAsyncSource(src string) bool {
	rest, ok := strings.CutPrefix(src, "async")
	if !ok || rest == "" {
		return false
	}
	switch rest[0] {
	case ' ', '\t', '\n', '\r':
		return true
	case '(':
		head, _, _ := strings.Cut(rest, "{")
		return strings.Contains(head, "=>")
	}
	return false
}

// classBase is Node's getClassBase.
func (c *inspector) classBase(value *goja.Object, ctor string, hasCtor bool, tag string) string {
	name := "(anonymous)"
	if _, ok := c.ownDescriptor(value, propKey{name: "name"}); ok {
		if n := value.Get("name"); n != nil && n.ToBoolean() {
			name = stringOf(n)
		}
	}
	base := "class " + name
	if ctor != "Function" && hasCtor {
		base += " [" + ctor + "]"
	}
	if tag != "" && ctor != tag {
		base += " [" + tag + "]"
	}
	if hasCtor {
		if p := value.Prototype(); p != nil {
			if super := p.Get("name"); super != nil && super.ToBoolean() {
				base += " extends " + stringOf(super)
			}
		}
	} else {
		base += " extends [null prototype]"
	}
	return "[" + base + "]"
}
