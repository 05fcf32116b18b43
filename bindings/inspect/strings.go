package inspect

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/dop251/goja"
)

// This file holds the formatting of primitives (strings, numbers, bigints,
// symbols) and the string-length helpers the layout rules depend on. It
// follows formatPrimitive, strEscape, formatNumber and getStringWidth in
// Node's lib/internal/util/inspect.js.

// kMinLineLength is the shortest string that Node splits at its newlines.
const kMinLineLength = 16

// meta holds the escapes of the control characters (0x00-0x1f and
// 0x7f-0x9f); the quote and the backslash are handled apart.
var meta = func() [160]string {
	var m [160]string
	for i := 0; i < 32; i++ {
		m[i] = `\x` + strings.ToUpper(hex2(byte(i)))
	}
	m['\b'] = `\b`
	m['\t'] = `\t`
	m['\n'] = `\n`
	m['\f'] = `\f`
	m['\r'] = `\r`
	for i := 0x7f; i < 0xa0; i++ {
		m[i] = `\x` + strings.ToUpper(hex2(byte(i)))
	}
	return m
}()

func hex2(b byte) string {
	const digits = "0123456789abcdef"
	return string([]byte{digits[b>>4], digits[b&15]})
}

// toUTF16 returns the UTF-16 code units of a JS string value, keeping lone
// surrogates (which a conversion through a Go string would lose).
func toUTF16(v goja.Value) []uint16 {
	u, _ := prefixUTF16(v, -1)
	return u
}

// prefixUTF16 returns the first limit code units of a JS string value (all
// of them if limit < 0) and the length of the string.
func prefixUTF16(v goja.Value, limit int) ([]uint16, int) {
	if s, ok := v.(goja.String); ok {
		n := s.Length()
		m := n
		if limit >= 0 && limit < n {
			m = limit
		}
		u := make([]uint16, m)
		for i := range u {
			u[i] = s.CharAt(i)
		}
		return u, n
	}
	u := utf16.Encode([]rune(v.String()))
	if limit >= 0 && limit < len(u) {
		return u[:limit], len(u)
	}
	return u, len(u)
}

func isHighSurrogate(c uint16) bool { return c >= 0xd800 && c <= 0xdbff }
func isLowSurrogate(c uint16) bool  { return c >= 0xdc00 && c <= 0xdfff }

func containsUnit(u []uint16, c uint16) bool {
	for _, x := range u {
		if x == c {
			return true
		}
	}
	return false
}

func containsDollarBrace(u []uint16) bool {
	for i := 0; i+1 < len(u); i++ {
		if u[i] == '$' && u[i+1] == '{' {
			return true
		}
	}
	return false
}

// escapeUnits writes u to b, escaping control characters, the backslash,
// lone surrogates and, when quote is true, the single quote.
func escapeUnits(b *strings.Builder, u []uint16, quote bool) {
	for i := 0; i < len(u); i++ {
		c := u[i]
		switch {
		case c == '\'' && quote:
			b.WriteString(`\'`)
		case c == '\\':
			b.WriteString(`\\`)
		case c < 32 || (c > 126 && c < 160):
			b.WriteString(meta[c])
		case isHighSurrogate(c) && i+1 < len(u) && isLowSurrogate(u[i+1]):
			b.WriteRune(utf16.DecodeRune(rune(c), rune(u[i+1])))
			i++
		case c >= 0xd800 && c <= 0xdfff:
			b.WriteString(`\u` + strconv.FormatUint(uint64(c), 16))
		default:
			b.WriteRune(rune(c))
		}
	}
}

// strEscape quotes a string the way Node does: single quotes unless the
// string holds one, then double quotes, then backticks, and single quotes
// with escaping as the last resort.
func strEscape(u []uint16) string {
	quote := byte('\'')
	if containsUnit(u, '\'') {
		if !containsUnit(u, '"') {
			quote = '"'
		} else if !containsUnit(u, '`') && !containsDollarBrace(u) {
			quote = '`'
		}
	}
	var b strings.Builder
	b.Grow(len(u) + 2)
	b.WriteByte(quote)
	escapeUnits(&b, u, quote == '\'')
	b.WriteByte(quote)
	return b.String()
}

// escapeKey escapes a symbol description or a non-enumerable key as Node's
// strEscapeSequencesReplacer does (no quotes added, single quote escaped).
func escapeKey(s string) string {
	var b strings.Builder
	escapeUnits(&b, utf16.Encode([]rune(s)), true)
	return b.String()
}

// formatString formats a string primitive as Node's formatPrimitive does:
// quoted, truncated after maxStringLength characters, and split after its
// newlines into `'a\n' +` lines when it is long.
func (c *inspector) formatString(v goja.Value) string {
	u, n := prefixUTF16(v, c.maxStringLength)
	trailer := ""
	if n > len(u) {
		remaining := n - len(u)
		trailer = "... " + strconv.Itoa(remaining) + " more character" + plural(remaining)
	}
	if len(u) > kMinLineLength && len(u) > c.breakLength-c.indentationLvl-4 {
		var parts []string
		start := 0
		for i := 1; i < len(u); i++ {
			if u[i-1] == '\n' {
				parts = append(parts, strEscape(u[start:i]))
				start = i
			}
		}
		parts = append(parts, strEscape(u[start:]))
		return strings.Join(parts, " +\n"+spaces(c.indentationLvl+2)) + trailer
	}
	return strEscape(u) + trailer
}

// formatNumber formats a number as `${n}` does, except that -0 is "-0".
func formatNumber(v goja.Value) string {
	if f := v.ToFloat(); f == 0 && math.Signbit(f) {
		return "-0"
	}
	return v.String()
}

// symbolString is Symbol.prototype.toString.
func symbolString(s *goja.Symbol) string {
	return "Symbol(" + s.String() + ")"
}

// formatPrimitive formats any non-object value.
func (c *inspector) formatPrimitive(v goja.Value) string {
	switch {
	case v == nil || goja.IsUndefined(v):
		return "undefined"
	case goja.IsNull(v):
		return "null"
	case goja.IsString(v):
		return c.formatString(v)
	case goja.IsNumber(v):
		return formatNumber(v)
	case goja.IsBigInt(v):
		return v.String() + "n"
	}
	if s, ok := v.(*goja.Symbol); ok {
		return symbolString(s)
	}
	return v.String() // booleans
}

func plural(n int) string {
	if n > 1 {
		return "s"
	}
	return ""
}

func remainingText(n int) string {
	return "... " + strconv.Itoa(n) + " more item" + plural(n)
}

func spaces(n int) string {
	if n <= 0 {
		return ""
	}
	return strings.Repeat(" ", n)
}

// jsLen is the length of s in UTF-16 code units, JavaScript's
// String.prototype.length, which Node's layout rules count in.
func jsLen(s string) int {
	n := 0
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			n++
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
		i += size
	}
	return n
}

// padStart and padEnd pad s with spaces to n UTF-16 code units.
func padStart(s string, n int) string { return spaces(n-jsLen(s)) + s }
func padEnd(s string, n int) string   { return s + spaces(n-jsLen(s)) }

// stringWidth is the number of terminal columns s takes, after Node's
// getStringWidth (the variant of Node builds without ICU; like Node, it
// leaves ANSI escape sequences in).
func stringWidth(s string) int {
	w := 0
	for _, r := range s {
		switch {
		case isFullWidth(r):
			w += 2
		case !isZeroWidth(r):
			w++
		}
	}
	return w
}

func isZeroWidth(r rune) bool {
	return r <= 0x1f ||
		(r >= 0x7f && r <= 0x9f) ||
		(r >= 0x300 && r <= 0x36f) ||
		(r >= 0x200b && r <= 0x200f) ||
		(r >= 0x20d0 && r <= 0x20ff) ||
		(r >= 0xfe00 && r <= 0xfe0f) ||
		(r >= 0xfe20 && r <= 0xfe2f) ||
		(r >= 0xe0100 && r <= 0xe01ef)
}

func isFullWidth(r rune) bool {
	return r >= 0x1100 && (r <= 0x115f ||
		r == 0x2329 || r == 0x232a ||
		(r >= 0x2e80 && r <= 0x3247 && r != 0x303f) ||
		(r >= 0x3250 && r <= 0x4dbf) ||
		(r >= 0x4e00 && r <= 0xa4c6) ||
		(r >= 0xa960 && r <= 0xa97c) ||
		(r >= 0xac00 && r <= 0xd7a3) ||
		(r >= 0xf900 && r <= 0xfaff) ||
		(r >= 0xfe10 && r <= 0xfe19) ||
		(r >= 0xfe30 && r <= 0xfe6b) ||
		(r >= 0xff01 && r <= 0xff60) ||
		(r >= 0xffe0 && r <= 0xffe6) ||
		(r >= 0x1b000 && r <= 0x1b001) ||
		(r >= 0x1f200 && r <= 0x1f251) ||
		(r >= 0x1f300 && r <= 0x1f64f) ||
		(r >= 0x20000 && r <= 0x3fffd))
}
