// Regenerates ../node_cases*_test.go from Node's own util.inspect.
//
//   node bindings/inspect/testdata/gen_node_cases.js
//
// Each expression must evaluate to the same value in goja and in Node, so
// avoid anything whose output depends on the engine (error stacks,
// function source text of built-ins, iterators).
'use strict';
const util = require('util');
const fs = require('fs');
const path = require('path');

// Expressions for Inspect (util.inspect(value)).
const inspectCases = [
  // primitives
  'undefined', 'null', 'true', 'false',
  '0', '-0', '1', '-1', '0.1', '1.5e300', '1e21', '1e-7', '123456789012345680000', 'NaN', 'Infinity', '-Infinity',
  '2**53', '0xff', '1/3',
  '1n', '-123n', '2n**64n',
  "''", "'a'", "'it\\'s'", "'say \"hi\"'", "'it\\'s \"x\"'", "'it\\'s \"x\" `y`'", "'it\\'s \"x\" ${y}'",
  "'a\\nb'", "'tab\\there'", "'\\0\\x01\\x1f\\x7f\\x80\\x9f\\xa0'", "'back\\\\slash'", "'\\b\\f\\v\\r'",
  "'h\u00e9llo w\u00f6rld \u4e16\u754c'", "'\\ud83d\\ude00'", "'lone \\ud800 high'", "'lone \\udc00 low'", "'\\ud800'",
  "'x'.repeat(100)", "'line one is here\\nline two is here\\nline three is here and it is long enough to split'",
  "'a long string without any newline characters at all, but longer than eighty chars wide'",
  "'short\\nbut multi'", "'ends with newline and is long enough to be split at every line\\n'",
  "['a long string in an array that is longer than the break length of eighty\\nand has a newline']",
  "Symbol()", "Symbol('a')", "Symbol('')", "Symbol('it\\'s')", 'Symbol.iterator', "Symbol.for('reg')",
  // arrays
  '[]', '[1]', "[1, 'a']", '[undefined, null]', '[1, , 3]', '[, ,]', '[1, , , , 5]', 'new Array(5)', '[ , 1]',
  '(() => { const a = [1, 2]; a.x = 3; return a })()', "(() => { const a = [1]; a[Symbol('s')] = 2; a.x = 3; return a })()",
  '(() => { const a = []; a[-1] = 0; return a })()', '(() => { const a = []; a.length = 3; a.foo = 1; return a })()',
  'Array.from({length: 6}, (_, i) => i)', 'Array.from({length: 7}, (_, i) => i)',
  'Array.from({length: 26}, (_, i) => i)', 'Array.from({length: 100}, (_, i) => i)', 'Array.from({length: 101}, (_, i) => i)',
  'Array.from({length: 120}, (_, i) => i * 1000)', 'Array.from({length: 30}, (_, i) => -i * 7.5)',
  "Array.from({length: 26}, (_, i) => String.fromCharCode(97 + i))",
  "Array.from({length: 12}, (_, i) => 'item number ' + i)",
  "Array.from({length: 30}, (_, i) => 'x'.repeat(i % 7))",
  "Array.from({length: 8}, (_, i) => i % 2 ? 'odd' : i)",
  'Array.from({length: 10}, (_, i) => BigInt(i) * 1000n)',
  'Array.from({length: 8}, (_, i) => [i])', 'Array.from({length: 8}, (_, i) => ({i}))',
  "Array.from({length: 20}, (_, i) => '\\u4e16'.repeat(i % 4 + 1))",
  '(() => { const a = Array.from({length: 10}, (_, i) => i); delete a[3]; return a })()',
  '(() => { const a = []; a[150] = 1; return a })()', '(() => { const a = [1]; a[200] = 2; a.length = 300; return a })()',
  '(() => { const a = []; for (let i = 0; i < 210; i += 2) a[i] = i; return a })()',
  '[[1, [2, [3, [4]]]]]', '[[[[]]]]', '[[[{}]]]', '[[[[1]]]]', "[{a: 1, b: {c: {d: 1}}}]",
  "[1, 2, 3, 'a very long string that makes this array not fit on a single line at all']",
  "['aaaaaaaaaa', 'bbbbbbbbbb', 'cccccccccc', 'dddddddddd', 'eeeeeeeeee', 'ffff']",
  "['aaaaaaaaaa', 'bbbbbbbbbb', 'cccccccccc', 'dddddddddd', 'eeeeeeeeee', 'fffff']",
  // objects
  '({})', '({a: 1})', "({a: 1, 'b-c': 2})", "({'': 1, ' ': 2, '1a': 3, a1: 4, _: 5, $: 6, 'é': 7})",
  '({b: 1, 2: 1, 1: 1, a: 1})', "({__proto__: null, x: 1})", "({['__proto__']: 1})",
  "({a: undefined, b: null})", "({'it\\'s': 1, 'a\\nb': 2})",
  '({a: {b: {c: {}}}})', '({a: {b: {c: {d: 1}}}})', '({a: {b: {c: []}}})', '({a: {b: {c: [1]}}})', '({a: [[[[1]]]]})',
  '({a: {b: {c: new Map([[1, 2]])}}})', '({a: {b: {c: new Set([1])}}})', '({a: {b: {c: Object.create(null)}}})',
  "({a: {b: {c: Object.assign(Object.create(null), {x: 1})}}})",
  '({a: {b: {c: /x/}}})', '({a: {b: {c: function f() {}}}})', "({a: {b: {c: Object.assign(function f() {}, {x: 1})}}})",
  '({a: {b: {c: new Uint8Array(2)}}})', '({a: {b: {c: Promise.resolve(1)}}})',
  "({a: 1, b: 'two', c: [3], d: {e: 4}, f: null, g: undefined, h: true, i: 1n, j: Symbol('k')})",
  "({aaaaaaaaaa: 1, bbbbbbbbbb: 2, cccccccccc: 3, dddddddddd: 4, eeeeeeeeee: 5, ffffff: 6})",
  "({aaaaaaaaaa: 1, bbbbbbbbbb: 2, cccccccccc: 3, dddddddddd: 4, eeeeeeeeee: 5, fffffff: 6})",
  "({a: {aaaaaaaaaa: 1, bbbbbbbbbb: 2, cccccccccc: 3, dddddddddd: 4, eeeeeeeee: 5}})",
  "({a: {b: {aaaaaaaaaa: 1, bbbbbbbbbb: 2, cccccccccc: 3, dddddddddd: 4}}})",
  "({x: {y: 1}, z: {w: {v: 2}}})", "({x: [1, 2, 3], y: {z: [4, 5, 6]}})",
  "({a: 1, b: {c: 2, d: {e: 3, f: {g: 4}}}})",
  "({key: 'value', nested: {array: [1, 2, 3], object: {deep: true}}, list: ['a', 'b']})",
  "({name: 'asyncrun', version: '0.1.0', description: 'an async runtime for goja', tags: ['js', 'go', 'async']})",
  "Object.fromEntries(Array.from({length: 30}, (_, i) => ['k' + i, i]))",
  "({a: 'x'.repeat(80)})", "({a: 'line one of a long string value\\nline two of a long string value that is long'})",
  "({[Symbol('a')]: 1})", "({[Symbol()]: 1, [Symbol('')]: 2})", "({[Symbol.iterator]: 1, [Symbol('it\\'s')]: 2})",
  "({a: 1, [Symbol('b')]: 2, c: 3})",
  "Object.defineProperty({}, 'hidden', {value: 1, enumerable: false})",
  "Object.defineProperty({}, Symbol('hidden'), {value: 1, enumerable: false})",
  "({get a() { return 1 }})", "({set a(v) {}})", "({get a() { return 1 }, set a(v) {}})",
  "[Object.defineProperty([], '0', {get() { return 1 }, enumerable: true})]",
  "({[Symbol.toStringTag]: 'Tagged'})", "(() => { class T { get [Symbol.toStringTag]() { return 'Tg' } }; return new T() })()",
  "(() => { class T { get [Symbol.toStringTag]() { return 'Tg' } }; const t = new T(); t.x = 1; return t })()",
  "Object.create({inherited: 1})", "Object.create(Object.create(null))",
  "Object.create(null)", "Object.assign(Object.create(null), {a: 1})",
  "(() => { const o = Object.create(null); o[Symbol.toStringTag] = 'X'; return o })()",
  // circular
  '(() => { const o = {}; o.o = o; return o })()', '(() => { const a = [1]; a.push(a); return a })()',
  '(() => { const o = {a: {}}; o.a.b = o; o.c = o.a; return o })()',
  '(() => { const o = {}; const p = {o}; o.p = p; return [o, p] })()',
  '(() => { const a = {}; const b = {a}; a.b = b; const c = {}; c.c = c; return {a, c} })()',
  '(() => { const o = {}; o.self = o; return {x: o, y: o} })()',
  '(() => { const m = new Map(); m.set("m", m); return m })()',
  '(() => { const s = new Set(); s.add(s); return s })()',
  '(() => { const o = {}; const shared = {v: 1}; return [shared, shared, {shared}] })()',
  // classes
  '(() => { class Foo {}; return new Foo() })()', '(() => { class Foo { constructor() { this.x = 1 } }; return new Foo() })()',
  '(() => { class Foo {}; class Bar extends Foo { constructor() { super(); this.y = [1] } }; return new Bar() })()',
  '(() => { class Foo {}; return {foo: new Foo(), list: [new Foo()]} })()',
  '(() => { class Foo {}; return {a: {b: {c: new Foo()}}} })()',
  '(() => { class Foo { constructor() { this.v = 1 } }; return {a: {b: {c: new Foo()}}} })()',
  '(() => { function Old() { this.a = 1 }; return new Old() })()',
  '(() => { class Foo {}; Foo.prototype.constructor = undefined; return new Foo() })()',
  '(() => { class Foo {}; const p = Foo.prototype; return Object.create(p) })()',
  '(() => { class MyArray extends Array {}; return MyArray.from([1, 2]) })()',
  '(() => { class MyArray extends Array {}; return new MyArray() })()',
  '(() => { class MyMap extends Map {}; return new MyMap([[1, 2]]) })()',
  '(() => { class MySet extends Set {}; return new MySet() })()',
  '(() => { class MyPromise extends Promise {}; return MyPromise.resolve(1) })()',
  '(() => { class E extends Error {}; const e = new E("m"); e.stack = "Error: m\\n    at x (y.js:1:1)"; return e })()',
  // functions
  'function f() {}', '(function () {})', '() => {}', '(x) => x', 'async function af() {}', '(async () => {})',
  'function* g() {}', '(function* () {})', 'class A {}', '(class {})', 'class B extends Array {}',
  '(() => { class A {}; class B extends A {}; return B })()', '(() => { class A {}; return [A, new A()] })()',
  'Object.assign(function f() {}, {x: 1})', 'Object.assign(() => {}, {a: 1, b: 2})',
  '(() => { function f() {}; Object.defineProperty(f, "name", {value: ""}); return f })()',
  '(() => { function f() {}; Object.setPrototypeOf(f, null); return f })()',
  '({f() {}, async g() {}, *h() {}, k: () => {}})', '[function () {}, () => {}, class {}]',
  '({method() {}}).method', '({async() {}}).async', '({async: async () => 1}).async', 'async (x) => x', 'async x => x', 'Math.max', 'Array',
  '(function f() {}).bind(null)', 'Symbol', 'Object.assign(class K {}, {s: 1})',
  // errors (stacks set explicitly: engines write different frames)
  "(() => { const e = new Error('boom'); e.stack = 'Error: boom\\n    at foo (file.js:1:1)\\n    at bar (file.js:2:2)'; return e })()",
  "(() => { const e = new Error('boom'); e.stack = 'Error: boom\\n    at foo (file.js:1:1)'; return [e] })()",
  "(() => { const e = new Error('boom'); e.stack = 'Error: boom\\n    at foo (file.js:1:1)'; e.code = 1; return e })()",
  "(() => { const e = new Error('boom'); e.stack = 'Error: boom\\n    at foo (file.js:1:1)'; e.code = 1; return {e} })()",
  "(() => { const e = new Error('boom'); e.stack = 'Error: boom\\n    at foo (file.js:1:1)'; return {a: {b: {c: e}}} })()",
  "(() => { const e = new Error('boom'); e.stack = 'Error: boom\\n    at foo (file.js:1:1)'; e.x = 1; return {a: {b: {c: e}}} })()",
  "(() => { const e = new Error('boom'); e.stack = 'Error: boom'; return e })()",
  "(() => { const e = new Error('boom'); e.stack = ''; return e })()",
  "(() => { const e = new TypeError('bad'); e.stack = 'TypeError: bad\\n    at foo (file.js:1:1)'; return e })()",
  "(() => { const e = new RangeError('r'); e.stack = 'RangeError: r'; return [e] })()",
  "(() => { const e = new Error('m'); e.name = 'Custom'; e.stack = 'Custom: m\\n    at f (x.js:1:1)'; return e })()",
  "(() => { const e = new Error('m'); e.name = 'CustomError'; e.stack = 'Error: m\\n    at f (x.js:1:1)'; return e })()",
  "(() => { class MyError extends Error {}; const e = new MyError('m'); e.stack = 'Error: m\\n    at f (x.js:1:1)'; return e })()",
  "(() => { class MyError extends Error { constructor(m) { super(m); this.name = 'MyError' } }; const e = new MyError('m'); e.stack = 'MyError: m\\n    at f (x.js:1:1)'; return e })()",
  "(() => { const e = new Error('m', {cause: 'c'}); e.stack = 'Error: m\\n    at f (x.js:1:1)'; return e })()",
  "(() => { const c = new Error('inner'); c.stack = 'Error: inner\\n    at g (x.js:2:2)'; const e = new Error('outer', {cause: c}); e.stack = 'Error: outer\\n    at f (x.js:1:1)'; return e })()",
  "(() => { const e = new Error('m'); e.stack = 'Error: m\\n    at f (x.js:1:1)'; e.message = 'changed'; return e })()",
  "(() => { const e = new Error('multi\\nline'); e.stack = 'Error: multi\\nline\\n    at f (x.js:1:1)'; return e })()",
  "(() => { const e = Object.create(null); return e })()",
  "(() => { const e = new Error('np'); e.stack = 'Error: np\\n    at f (x.js:1:1)'; Object.setPrototypeOf(e, null); return e })()",
  "(() => { const e = new AggregateError([1, 2], 'agg'); e.stack = 'AggregateError: agg\\n    at f (x.js:1:1)'; return e })()",
  // custom inspection (Symbol.for('nodejs.util.inspect.custom'))
  "(() => { const o = {}; o[Symbol.for('nodejs.util.inspect.custom')] = () => '<Task pending name=\\'Task-2\\'>'; return o })()",
  "(() => { const o = {}; o[Symbol.for('nodejs.util.inspect.custom')] = () => '<Task pending>'; return [o, {t: o}] })()",
  "(() => { const o = {}; o[Symbol.for('nodejs.util.inspect.custom')] = () => 'a\\nb'; return [o] })()",
  "(() => { const o = {}; o[Symbol.for('nodejs.util.inspect.custom')] = () => 'a\\nb'; return {x: {y: o}} })()",
  "(() => { const o = {}; o[Symbol.for('nodejs.util.inspect.custom')] = () => ({x: 1}); return {o} })()",
  "(() => { const o = {}; o[Symbol.for('nodejs.util.inspect.custom')] = () => 42; return o })()",
  "(() => { const o = {v: 1}; o[Symbol.for('nodejs.util.inspect.custom')] = function () { return this }; return o })()",
  "(() => { const o = {}; o[Symbol.for('nodejs.util.inspect.custom')] = (d, opts) => typeof d + d + ' ' + Object.keys(opts).join(); return o })()",
  "(() => { const o = {}; o[Symbol.for('nodejs.util.inspect.custom')] = (d, opts) => 'depth ' + d; return {a: {b: o}} })()",
  "(() => { const o = {}; o[Symbol.for('nodejs.util.inspect.custom')] = (d, opts) => opts.stylize('s', 'special') + opts.depth + opts.breakLength; return o })()",
  "(() => { const o = {a: {b: {c: {}}}}; o[Symbol.for('nodejs.util.inspect.custom')] = (d, opts, insp) => insp(o.a, opts); return o })()",
  "(() => { const o = {a: {b: {c: {}}}}; o[Symbol.for('nodejs.util.inspect.custom')] = (d, opts, insp) => 'W(' + insp(o.a, {depth: 0}) + ')'; return o })()",
  "(() => { const o = {a: {b: {c: {d: {}}}}}; o[Symbol.for('nodejs.util.inspect.custom')] = (d, opts, insp) => insp(o.a, {depth: null}); return o })()",
  "(() => { class T { [Symbol.for('nodejs.util.inspect.custom')]() { return 'T!' } }; return [new T(), T.prototype] })()",
  "(() => { class T { constructor() { this.x = 1 } [Symbol.for('nodejs.util.inspect.custom')](d, o, insp) { return 'T ' + insp({...this}) } }; return {t: new T()} })()",
  "(() => { const o = {}; o[Symbol.for('nodejs.util.inspect.custom')] = 'not a function'; return o })()",
  // layout corners
  "[[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27]]",
  "({list: Array.from({length: 40}, (_, i) => i)})", "({a: {list: Array.from({length: 40}, (_, i) => 'v' + i)}})",
  "[Array.from({length: 8}, (_, i) => i), Array.from({length: 8}, (_, i) => 'abc')]",
  "Array.from({length: 7}, (_, i) => i % 2 ? undefined : null)",
  "Array.from({length: 7}, (_, i) => i % 2 ? true : false)",
  "[1, 2, 3, 4, 5, 6, 7, 'x'.repeat(40)]", "Array.from({length: 16}, (_, i) => 'x'.repeat(i))",
  "Array.from({length: 50}, (_, i) => i % 3 ? 1 : 1000000)", "Array.from({length: 9}, (_, i) => i ? 1 : 'x'.repeat(20))",
  "(() => { const a = Array.from({length: 8}, (_, i) => i); a.extra = 'yes'; return a })()",
  "(() => { const a = Array.from({length: 8}, (_, i) => i); delete a[2]; delete a[3]; return a })()",
  "new Map(Array.from({length: 8}, (_, i) => [i, i]))", "new Set(Array.from({length: 8}, (_, i) => 'abc' + i))",
  "({a: 'a'.repeat(30), b: 'b'.repeat(30)})", "({a: 'a'.repeat(30), b: 'b'.repeat(31)})",
  "[['a'.repeat(30), 'b'.repeat(30)]]", "{a: [{b: [{c: 1}]}]}", "[{a: [{b: [{c: 1}]}]}]",
  "[{}, [], new Map(), new Set(), '', 0]", "[[], [[]], [[[]]], [[[[]]]]]",
  "({a: {}, b: [], c: {d: {}}, e: {f: {g: {}}}})", "({a: {b: {c: {}, d: 1}}})",
  "({a: 1, b: {c: {d: {e: 1}}}, f: 2})", "({z: {y: {x: {w: 1}}}, short: 1})",
  "({emoji: '\\ud83d\\ude00\\ud83d\\ude00', cjk: '\\u4e16\\u754c'})",
  "['\\u4e16\\u754c\\u4e16\\u754c', '\\u4e16', '\\u4e16\\u754c', '\\u4e16', '\\u4e16\\u754c', '\\u4e16', '\\u4e16\\u754c', 'abc']",
  "Array.from({length: 10}, (_, i) => 'é'.repeat(i))",
  // Map / Set
  'new Map()', "new Map([['a', 1]])", "new Map([['a', 1], ['b', {c: 2}]])", 'new Map([[{a: 1}, [1, 2]]])',
  'new Set()', 'new Set([1, 2])', "new Set(['a', {b: 1}, [2]])", 'new Set(Array.from({length: 30}, (_, i) => i))',
  'new Set(Array.from({length: 105}, (_, i) => i))',
  "new Map(Array.from({length: 5}, (_, i) => ['key' + i, 'value number ' + i]))",
  "({a: {b: new Map([['c', {d: 1}]])}})", "({a: {b: new Set([[1]])}})",
  "Object.assign(new Map([[1, 2]]), {extra: true})", "Object.assign(new Set(), {extra: true})",
  "(() => { const m = new Map([[1, 2]]); Object.setPrototypeOf(m, null); return m })()",
  "(() => { const s = new Set([1]); Object.setPrototypeOf(s, null); return s })()",
  'new WeakMap()', 'new WeakSet()', '[new WeakMap(), new WeakSet()]',
  // Date / RegExp
  'new Date(0)', 'new Date(Date.UTC(2024, 1, 29, 12, 30, 45, 123))', 'new Date(NaN)', '[new Date(0)]',
  "Object.assign(new Date(0), {x: 1})", "new Date(-1e14)", "new Date(8.64e15)",
  '/a/g', '/[a-z]+\\d*/gimsuy', '/a\\/b/', '[/x/]', "Object.assign(/a/, {x: 1})", "({a: {b: {c: Object.assign(/a/, {x: 1})}}})",
  // Promise
  'Promise.resolve(1)', 'new Promise(() => {})', "Promise.resolve({a: [1, 2]})", "Promise.resolve(Promise.resolve(2))",
  "(() => { const p = Promise.reject(3); p.catch(() => {}); return p })()",
  "(() => { const e = new Error('no'); e.stack = 'Error: no\\n    at f (x.js:1:1)'; const p = Promise.reject(e); p.catch(() => {}); return p })()",
  "(() => { const e = new Error('no'); e.stack = 'Error: no\\n    at f (x.js:1:1)'; const p = Promise.reject(e); p.catch(() => {}); return {p} })()",
  "Object.assign(Promise.resolve(1), {x: 2})", "[Promise.resolve('a'), new Promise(() => {})]",
  // typed arrays and buffers
  'new Uint8Array(0)', 'new Uint8Array([1, 2])', 'new Int8Array([-1, 127])', 'new Uint8ClampedArray([300])',
  'new Int16Array(3)', 'new Uint16Array([65535])', 'new Int32Array([-5])', 'new Uint32Array([4294967295])',
  'new Float32Array([0.1, -0, NaN])', 'new Float64Array([0.1, 1e21, -Infinity])',
  'new BigInt64Array([1n, -2n])', 'new BigUint64Array([18446744073709551615n])',
  'new Uint8Array(120)', 'new Float64Array(Array.from({length: 10}, (_, i) => i / 3))',
  "Object.assign(new Uint8Array(2), {x: 1})", '({a: {b: {c: new Uint8Array(2)}}})',
  'new ArrayBuffer(0)', 'new ArrayBuffer(3)', 'new Uint8Array([1, 2, 255]).buffer', 'new ArrayBuffer(150)',
  '[new ArrayBuffer(2)]', '({a: {b: {c: new ArrayBuffer(2)}}})',
  'new DataView(new ArrayBuffer(4), 1, 2)',
  // boxed primitives
  'Object(3)', 'Object(-0)', "Object('abc')", 'Object(true)', 'Object(false)', "Object(Symbol('s'))", 'Object(10n)',
  "Object.assign(Object('ab'), {x: 1})", 'Object.assign(Object(1), {y: 2})', '[Object(1), Object("s")]',
  "(() => { class N extends Number {}; return new N(5) })()",
  // misc
  '(function () { return arguments })(1, "a")', '(function () { return arguments })()',
  'Math', 'JSON', "[undefined, null, NaN, -0, 0, '', false]",
  "[[1, 2, [3, 4, [5, [6]]]], {a: {b: {c: {}}}}]",
  "({s: 'it\\'s', d: 'say \"x\"', b: 'both \\' and \"', n: 'new\\nline'})",
  "({a: [{b: 1, c: [1, 2, {d: 3}]}], e: 'f'})",
  "[{a: 1, b: 2}, {a: 3, b: 4}, {a: 5, b: 6}, {a: 7, b: 8}, {a: 9, b: 10}, {a: 11, b: 12}, {a: 13, b: 14}]",
  "Array.from({length: 3}, () => ({id: 12345, name: 'name', tags: ['a', 'b']}))",
  "new Proxy({a: 1}, {})", "new Proxy([1, 2], {get() { return 42 }})",
];

// Argument lists for Format (console.log(...args)); no '%' in strings.
const formatCases = [
  '[]', "['hello']", "['a', 'b']", "['n', 1]", "[1, 'a', 'b']", "['x', {a: 'y'}]", "[{}, []]",
  "['it\\'s', \"quote\"]", "['multi\\nline', 2]", '[undefined, null]', "[Symbol('s'), 1n]",
  "['obj:', {a: 1, b: [1, 2]}, 'end']", "['', '']", "[-0, NaN]",
  "[{a: 1}, 'x', [1], 'y']", "['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']",
  "[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]", "['multi\\nline', {a: 'multi\\nline'}]",
  "[(() => { const o = {}; o[Symbol.for('nodejs.util.inspect.custom')] = () => '<Task pending name=\\'Task-2\\'>'; return o })()]",
  "['task', (() => { const o = {}; o[Symbol.for('nodejs.util.inspect.custom')] = () => '<Task done>'; return o })(), 'end']",
  "[function f() {}, class A {}]", "[new Date(0), /x/]", "[Promise.resolve(1)]",
  "['long', Object.fromEntries(Array.from({length: 10}, (_, i) => ['key' + i, 'v' + i]))]",
];

const quote = (s) => JSON.stringify(s).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
const goString = (s) => {
  // Go strings: prefer raw strings when they are readable.
  if (!s.includes('`') && !/[\x00-\x08\x0b-\x1f\x7f\r]/.test(s) && !/[\ud800-\udfff]/.test(s)) {
    return '`' + s + '`';
  }
  return quote(s);
};

// The table is split into files of at most casesPerFile cases.
const casesPerFile = 150;
const dir = path.join(__dirname, '..');
for (const f of fs.readdirSync(dir)) {
  if (/^node_cases\d+_test\.go$/.test(f)) fs.unlinkSync(path.join(dir, f));
}
const header = [
  '// Code generated by testdata/gen_node_cases.js with Node ' + process.version + '; DO NOT EDIT.',
  '',
  'package inspect',
  '',
];
const chunks = [];
for (let i = 0; i < inspectCases.length; i += casesPerFile) chunks.push(inspectCases.slice(i, i + casesPerFile));
chunks.forEach((chunk, n) => {
  const lines = [...header];
  lines.push('// Expressions and util.inspect of their value.');
  lines.push('func init() {');
  lines.push('\tnodeInspectCases = append(nodeInspectCases, []nodeCase{');
  for (const expr of chunk) {
    const v = (0, eval)('(' + expr + ')');
    lines.push(`\t\t{${goString(expr)}, ${goString(util.inspect(v))}},`);
  }
  lines.push('\t}...)');
  if (n === chunks.length - 1) {
    lines.push('');
    lines.push('\t// Argument lists and console.log\'s output.');
    lines.push('\tnodeFormatCases = append(nodeFormatCases, []nodeCase{');
    for (const expr of formatCases) {
      const args = (0, eval)('(' + expr + ')');
      for (const a of args) if (typeof a === 'string' && a.includes('%')) throw new Error('no % please: ' + expr);
      lines.push(`\t\t{${goString(expr)}, ${goString(util.format(...args))}},`);
    }
    lines.push('\t}...)');
  }
  lines.push('}');
  fs.writeFileSync(path.join(dir, `node_cases${n + 1}_test.go`), lines.join('\n') + '\n');
});
