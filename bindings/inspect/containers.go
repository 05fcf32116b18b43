package inspect

import (
	"math"
	"regexp"
	"strconv"
	"strings"

	"github.com/dop251/goja"
)

// This file holds the entry formatters of arrays, typed arrays, buffers,
// Sets, Maps and Promises, the property formatter, and the layout rules
// (reduceToSingleString, groupArrayElements) of Node's inspect.js.

// formatArray is Node's formatArray.
func (c *inspector) formatArray(value *goja.Object, length, recurseTimes int) []string {
	n := min(max(0, c.maxArrayLength), length)
	output := make([]string, 0, n+1)
	for i := 0; i < n; i++ {
		key := propKey{name: itoa(i)}
		d, ok := c.ownDescriptor(value, key)
		if !ok {
			return c.formatSpecialArray(value, length, recurseTimes, n, output, i)
		}
		output = append(output, c.formatProperty(value, recurseTimes, key, kArrayType, &d))
	}
	if remaining := length - n; remaining > 0 {
		output = append(output, remainingText(remaining))
	}
	return output
}

// formatSpecialArray is Node's formatSpecialArray, for arrays with holes.
func (c *inspector) formatSpecialArray(value *goja.Object, length, recurseTimes, maxLength int, output []string, i int) []string {
	keys := value.Keys()
	index := i
	for ; i < len(keys) && len(output) < maxLength; i++ {
		key := keys[i]
		tmp, err := strconv.ParseFloat(key, 64)
		if err == nil && tmp > 1<<32-2 {
			break
		}
		if itoa(index) != key {
			if !numberRegExp.MatchString(key) {
				break
			}
			empty := int(tmp) - index
			output = append(output, "<"+itoa(empty)+" empty item"+plural(empty)+">")
			index = int(tmp)
			if len(output) == maxLength {
				break
			}
		}
		output = append(output, c.formatProperty(value, recurseTimes, propKey{name: key}, kArrayType, nil))
		index++
	}
	remaining := length - index
	if len(output) != maxLength {
		if remaining > 0 {
			output = append(output, "<"+itoa(remaining)+" empty item"+plural(remaining)+">")
		}
	} else if remaining > 0 {
		output = append(output, remainingText(remaining))
	}
	return output
}

// formatTypedArray is Node's formatTypedArray.
func (c *inspector) formatTypedArray(value *goja.Object, length int) []string {
	n := min(max(0, c.maxArrayLength), length)
	output := make([]string, 0, n+1)
	for i := 0; i < n; i++ {
		output = append(output, c.formatPrimitive(value.Get(itoa(i))))
	}
	if remaining := length - n; remaining > 0 {
		output = append(output, remainingText(remaining))
	}
	return output
}

// formatArrayBuffer is Node's formatArrayBuffer.
func (c *inspector) formatArrayBuffer(value *goja.Object) []string {
	ab, ok := value.Export().(goja.ArrayBuffer)
	if !ok || ab.Detached() {
		return []string{"(detached)"}
	}
	data := ab.Bytes()
	n := min(c.maxArrayLength, len(data))
	var b strings.Builder
	b.WriteString("[Uint8Contents]: <")
	for i := 0; i < n; i++ {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(hex2(data[i]))
	}
	if remaining := len(data) - c.maxArrayLength; remaining > 0 {
		b.WriteString(" ... " + itoa(remaining) + " more byte" + plural(remaining))
	}
	b.WriteByte('>')
	return []string{b.String()}
}

// formatCollection is Node's formatSet and formatMap.
func (c *inspector) formatCollection(value *goja.Object, isMap, hasCtor bool, size, recurseTimes int) []string {
	n := min(max(0, c.maxArrayLength), size)
	output := make([]string, 0, n+1)
	c.indentationLvl += 2
	iterable := goja.Value(value)
	if !hasCtor {
		if isMap {
			iterable = c.callIntrinsic(iMapEntries, value)
		} else {
			iterable = c.callIntrinsic(iSetValues, value)
		}
	}
	i := 0
	c.r.ForOf(iterable, func(v goja.Value) bool {
		if i >= n {
			return false
		}
		if isMap {
			entry := v.ToObject(c.r)
			k := c.formatValue(entry.Get("0"), recurseTimes)
			output = append(output, k+" => "+c.formatValue(entry.Get("1"), recurseTimes))
		} else {
			output = append(output, c.formatValue(v, recurseTimes))
		}
		i++
		return true
	})
	if remaining := size - n; remaining > 0 {
		output = append(output, remainingText(remaining))
	}
	c.indentationLvl -= 2
	return output
}

// formatPromise is Node's formatPromise.
func (c *inspector) formatPromise(value *goja.Object, recurseTimes int) []string {
	p, ok := value.Export().(*goja.Promise)
	if !ok || p.State() == goja.PromiseStatePending {
		return []string{"<pending>"}
	}
	c.indentationLvl += 2
	s := c.formatValue(p.Result(), recurseTimes)
	c.indentationLvl -= 2
	if p.State() == goja.PromiseStateRejected {
		s = "<rejected> " + s
	}
	return []string{s}
}

var keyStrRegExp = regexp.MustCompile(`^[a-zA-Z_][a-zA-Z_0-9]*$`)

// formatProperty is Node's formatProperty. desc may carry the descriptor
// when the caller already has it.
func (c *inspector) formatProperty(value *goja.Object, recurseTimes int, key propKey, typ int, desc *descriptor) string {
	var d descriptor
	if desc != nil {
		d = *desc
	} else if own, ok := c.ownDescriptor(value, key); ok {
		d = own
	} else {
		d = descriptor{value: defined(get(value, key)), enumerable: true}
	}
	var str string
	switch {
	case d.value != nil:
		c.indentationLvl += 2
		str = c.formatValue(d.value, recurseTimes)
		c.indentationLvl -= 2
	case d.get != nil:
		if d.set != nil {
			str = "[Getter/Setter]"
		} else {
			str = "[Getter]"
		}
	case d.set != nil:
		str = "[Setter]"
	default:
		str = "undefined"
	}
	if typ == kArrayType {
		return str
	}
	var name string
	switch {
	case key.sym != nil:
		name = "[" + escapeKey(symbolString(key.sym)) + "]"
	case key.name == "__proto__":
		name = "['__proto__']"
	case !d.enumerable:
		name = "[" + escapeKey(key.name) + "]"
	case keyStrRegExp.MatchString(key.name):
		name = key.name
	default:
		name = strEscape(toUTF16(c.r.ToValue(key.name)))
	}
	return name + ": " + str
}

// isBelowBreakLength is Node's isBelowBreakLength.
func (c *inspector) isBelowBreakLength(output []string, start int, base string) bool {
	total := len(output) + start
	if total+len(output) > c.breakLength {
		return false
	}
	for _, s := range output {
		total += jsLen(s)
		if total > c.breakLength {
			return false
		}
	}
	return base == "" || !strings.Contains(base, "\n")
}

// reduceToSingleString is Node's reduceToSingleString for compact mode 3:
// the entries go on one line if they fit and the object is not too deeply
// nested, else one entry a line.
func (c *inspector) reduceToSingleString(output []string, base string, braces [2]string, extrasType, recurseTimes int, value *goja.Object) string {
	entries := len(output)
	if extrasType == kArrayExtrasType && entries > 6 {
		output = c.groupArrayElements(output, value)
	}
	prefix := ""
	if base != "" {
		prefix = base + " "
	}
	if c.currentDepth-recurseTimes < c.compact && entries == len(output) {
		start := len(output) + c.indentationLvl + jsLen(braces[0]) + jsLen(base) + 10
		if c.isBelowBreakLength(output, start, base) {
			joined := strings.Join(output, ", ")
			if !strings.Contains(joined, "\n") {
				return prefix + braces[0] + " " + joined + " " + braces[1]
			}
		}
	}
	indentation := "\n" + spaces(c.indentationLvl)
	return prefix + braces[0] + indentation + "  " +
		strings.Join(output, ","+indentation+"  ") + indentation + braces[1]
}

// groupArrayElements is Node's groupArrayElements: it lays the entries of
// long arrays out in aligned columns.
func (c *inspector) groupArrayElements(output []string, value *goja.Object) []string {
	totalLength := 0
	maxLength := 0
	outputLength := len(output)
	if c.maxArrayLength < len(output) {
		// Leave the "... more items" entry out.
		outputLength--
	}
	const separatorSpace = 2
	dataLen := make([]int, outputLength)
	for i := 0; i < outputLength; i++ {
		l := stringWidth(output[i])
		dataLen[i] = l
		totalLength += l + separatorSpace
		maxLength = max(maxLength, l)
	}
	actualMax := maxLength + separatorSpace
	if actualMax*3+c.indentationLvl >= c.breakLength ||
		!(float64(totalLength)/float64(actualMax) > 5 || maxLength <= 6) {
		return output
	}
	const approxCharHeights = 2.5
	averageBias := math.Sqrt(float64(actualMax) - float64(totalLength)/float64(len(output)))
	biasedMax := math.Max(float64(actualMax)-3-averageBias, 1)
	columns := min(
		int(math.Floor(math.Sqrt(approxCharHeights*biasedMax*float64(outputLength))/biasedMax+0.5)),
		(c.breakLength-c.indentationLvl)/actualMax,
		c.compact*4,
		15,
	)
	if columns <= 1 {
		return output
	}
	maxLineLength := make([]int, 0, columns)
	for i := 0; i < columns; i++ {
		lineMaxLength := 0
		for j := i; j < outputLength; j += columns {
			lineMaxLength = max(lineMaxLength, dataLen[j])
		}
		maxLineLength = append(maxLineLength, lineMaxLength+separatorSpace)
	}
	numeric := true
	for i := 0; i < len(output); i++ {
		v := value.Get(itoa(i))
		if v == nil || !(goja.IsNumber(v) || goja.IsBigInt(v)) {
			numeric = false
			break
		}
	}
	tmp := make([]string, 0, outputLength/columns+2)
	for i := 0; i < outputLength; i += columns {
		maxIdx := min(i+columns, outputLength)
		var b strings.Builder
		j := i
		for ; j < maxIdx-1; j++ {
			padding := maxLineLength[j-i] + jsLen(output[j]) - dataLen[j]
			if numeric {
				b.WriteString(padStart(output[j]+", ", padding))
			} else {
				b.WriteString(padEnd(output[j]+", ", padding))
			}
		}
		if numeric {
			padding := maxLineLength[j-i] + jsLen(output[j]) - dataLen[j] - separatorSpace
			b.WriteString(padStart(output[j], padding))
		} else {
			b.WriteString(output[j])
		}
		tmp = append(tmp, b.String())
	}
	if c.maxArrayLength < len(output) {
		tmp = append(tmp, output[outputLength])
	}
	return tmp
}
