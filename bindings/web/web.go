// Package web is HTTP for scripts (SPEC §8): fetch and Response, the blocking http.get/post/request for
// threads, and http.serve. Requests run on Go's net/http, off the loop, on one client per interpreter
// that keeps connections alive between requests.
package web

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/dop251/goja"

	"github.com/asyncrun/asyncrun/bindings/host"
)

// Asyncio is what HTTP needs of the asyncio module (bindings/asyncio.Asyncio): Go work that settles an
// awaitable later, calls of script functions as tasks, futures Go settles, its exceptions and reports.
type Asyncio interface {
	GoAsync(name string, start func(ctx context.Context, args []any, complete func(host.Outcome))) goja.Value
	CallFunction(name string, fn goja.Value, args []goja.Value, done func(value, exc goja.Value)) (cancel func())
	GoFuture() (value goja.Value, settle func(result goja.Value))
	NewError(class, message string) goja.Value
	ErrorText(v goja.Value) string
}

// Module is one interpreter's HTTP: its client, its Response class and the http module object.
type Module struct {
	h            *host.Host
	a            Asyncio
	client       *http.Client
	transport    *http.Transport
	mu           sync.Mutex
	ended        bool           // the run has ended: no new goroutine may join running
	running      sync.WaitGroup // requests and served handlers still on their goroutines
	respProto    *goja.Object
	requestProto *goja.Object
	respCtor     *goja.Object
	mod          *goja.Object
	fetch        goja.Value
}

// New builds the module on h, over the interpreter's asyncio.
func New(h *host.Host, a Asyncio) *Module {
	t := http.DefaultTransport.(*http.Transport).Clone()
	t.MaxIdleConnsPerHost = 64 // a fan-out to one host reuses its connections
	m := &Module{h: h, a: a, transport: t, client: &http.Client{Transport: t}}
	h.AtEnd(func() {
		m.mu.Lock()
		m.ended = true
		m.mu.Unlock()
		m.running.Wait() // the run's end cancelled h.Ctx, which every request's context derives from
		t.CloseIdleConnections()
	})
	m.installResponse()
	inner, _ := goja.AssertFunction(a.GoAsync("fetch", m.startFetch))
	m.fetch = h.Func("fetch", func(call goja.FunctionCall) goja.Value {
		m.allowed("fetch")
		v, err := inner(goja.Undefined(), m.jsonBodies(call.Arguments)...)
		if err != nil {
			panic(err)
		}
		return v
	})
	m.installHTTP()
	return m
}

// Fetch is the global fetch; Response the global Response class; HTTP the http module.
func (m *Module) Fetch() goja.Value      { return m.fetch }
func (m *Module) Response() *goja.Object { return m.respCtor }
func (m *Module) HTTP() *goja.Object     { return m.mod }

// request is what a script asked for, exported from its arguments on the loop.
type request struct {
	method  string
	url     string
	header  http.Header
	body    []byte
	timeout time.Duration
}

// allowed throws PermissionError unless the embedding program let scripts use the network.
func (m *Module) allowed(fn string) {
	if !m.h.Network {
		panic(permissionError(fn).JSValue(m.h.R))
	}
}

// permissionError is a network call the embedding program did not allow.
type permissionError string

func (e permissionError) Error() string {
	return string(e) + ": network access is off (the embedding program did not turn it on: interp.Options.Network)"
}

func (e permissionError) JSValue(r *goja.Runtime) goja.Value {
	obj := r.NewGoError(e)
	obj.Set("name", "PermissionError")
	return obj
}

// jsonBodies turns a JSON body in a request's options ({json: v}, or a body that is neither a string nor
// bytes) into its JSON text with JSON.stringify, on the loop, so that it keeps the key order JavaScript
// gives it; options are copied, not changed.
func (m *Module) jsonBodies(args []goja.Value) []goja.Value {
	if len(args) < 2 || !m.h.IsOptions(args[1]) {
		return args
	}
	r := m.h.R
	opts := args[1].(*goja.Object)
	key := ""
	if v := opts.Get("json"); !host.IsMissing(v) {
		key = "json"
	} else if v := opts.Get("body"); !host.IsMissing(v) && !goja.IsNull(v) {
		switch v.Export().(type) {
		case string, []byte, goja.ArrayBuffer:
		default:
			key = "body"
		}
	}
	if key == "" {
		return args
	}
	copied := r.NewObject()
	for _, k := range opts.Keys() {
		copied.Set(k, opts.Get(k))
	}
	copied.Delete(key)
	copied.Set(jsonText, m.stringify(opts.Get(key)))
	out := append([]goja.Value(nil), args...)
	out[1] = copied
	return out
}

// jsonText is the option under which jsonBodies passes JSON text on.
const jsonText = "\x00json"

// stringify is JSON.stringify(v).
func (m *Module) stringify(v goja.Value) string {
	r := m.h.R
	fn, _ := goja.AssertFunction(r.Get("JSON").ToObject(r).Get("stringify"))
	s, err := fn(goja.Undefined(), v)
	if err != nil {
		panic(err)
	}
	if goja.IsUndefined(s) {
		panic(r.NewTypeError("the value cannot be sent as JSON: " + v.String()))
	}
	return s.String()
}

// parseRequest reads (url, {method, headers, body, timeout}) as exported Go values.
func parseRequest(fn, method string, args []any) (*request, error) {
	if len(args) == 0 {
		return nil, fmt.Errorf("%s: argument 1 (url) is required", fn)
	}
	url, ok := args[0].(string)
	if !ok {
		return nil, fmt.Errorf("%s: argument 1 (url) must be a string, got %s", fn, jsType(args[0]))
	}
	rq := &request{method: method, url: url, header: http.Header{}}
	if len(args) < 2 || args[1] == nil {
		return rq, nil
	}
	opts, ok := args[1].(map[string]any)
	if !ok {
		return nil, fmt.Errorf("%s: argument 2 (options) must be an object, got %s", fn, jsType(args[1]))
	}
	for k, v := range opts {
		switch k {
		case "method":
			s, ok := v.(string)
			if !ok {
				return nil, fmt.Errorf("%s: method must be a string, got %s", fn, jsType(v))
			}
			rq.method = strings.ToUpper(s)
		case "headers":
			hs, ok := v.(map[string]any)
			if !ok && v != nil {
				return nil, fmt.Errorf("%s: headers must be an object, got %s", fn, jsType(v))
			}
			for name, hv := range hs {
				rq.header.Set(name, fmt.Sprint(hv))
			}
		case jsonText:
			rq.body = []byte(v.(string))
			if rq.header.Get("Content-Type") == "" {
				rq.header.Set("Content-Type", "application/json")
			}
		case "body", "json":
			b, ctype, err := encodeBody(v, k == "json")
			if err != nil {
				return nil, fmt.Errorf("%s: %s: %v", fn, k, err)
			}
			rq.body = b
			if ctype != "" && rq.header.Get("Content-Type") == "" {
				rq.header.Set("Content-Type", ctype)
			}
		case "timeout":
			var secs float64
			switch n := v.(type) {
			case int64:
				secs = float64(n)
			case float64:
				secs = n
			default:
				return nil, fmt.Errorf("%s: timeout must be a number of seconds, got %s", fn, jsType(v))
			}
			if secs <= 0 {
				return nil, fmt.Errorf("%s: timeout must be positive, got %v", fn, secs)
			}
			rq.timeout = time.Duration(secs * float64(time.Second))
		default:
			return nil, fmt.Errorf("%s: unknown option %q", fn, k)
		}
	}
	if rq.header.Get("Content-Type") == "" && rq.body != nil {
		rq.header.Set("Content-Type", "text/plain;charset=UTF-8")
	}
	return rq, nil
}

// jsType names the JavaScript type of an exported argument, for error messages.
func jsType(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case int64, float64:
		return "number"
	case bool:
		return "boolean"
	case string:
		return "string"
	case []any:
		return "array"
	case map[string]any:
		return "object"
	}
	return fmt.Sprintf("%T", v)
}

// encodeBody turns a body option into bytes: a string or bytes as they are, anything else (or anything
// given as json) as JSON.
func encodeBody(v any, asJSON bool) ([]byte, string, error) {
	if !asJSON {
		switch b := v.(type) {
		case nil:
			return nil, "", nil
		case string:
			return []byte(b), "", nil
		case []byte:
			return b, "application/octet-stream", nil
		case goja.ArrayBuffer:
			return b.Bytes(), "application/octet-stream", nil
		}
	}
	b, err := json.Marshal(v)
	if err != nil {
		return nil, "", err
	}
	return b, "application/json", nil
}

// result is a response read whole: what fetch's Response and http.get's result are made of.
type result struct {
	status     int
	statusText string
	url        string
	header     http.Header
	body       []byte
}

// errTimeout is a request that ran out of its own timeout (not one whose caller stopped waiting).
var errTimeout = errors.New("timed out")

// do sends rq and reads the whole response; ctx ends it early.
func (m *Module) do(ctx context.Context, rq *request) (*result, error) {
	if rq.timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeoutCause(ctx, rq.timeout, errTimeout)
		defer cancel()
	}
	var body io.Reader
	if rq.body != nil {
		body = bytes.NewReader(rq.body)
	}
	req, err := http.NewRequestWithContext(ctx, rq.method, rq.url, body)
	if err != nil {
		return nil, err
	}
	req.Header = rq.header
	resp, err := m.client.Do(req)
	if err == nil {
		defer resp.Body.Close()
		var b []byte
		if b, err = io.ReadAll(resp.Body); err == nil {
			return &result{status: resp.StatusCode, statusText: http.StatusText(resp.StatusCode),
				url: resp.Request.URL.String(), header: resp.Header, body: b}, nil
		}
	}
	if errors.Is(context.Cause(ctx), errTimeout) {
		return nil, fmt.Errorf("%w after %v", errTimeout, rq.timeout)
	}
	return nil, err
}

// failure is the exception a failed request throws in the script: asyncio.TimeoutError for its own
// timeout, else a TypeError("fetch failed: …") as Node's fetch throws.
func (m *Module) failure(r *goja.Runtime, fn string, err error) goja.Value {
	if errors.Is(err, errTimeout) {
		return m.a.NewError("TimeoutError", fn+": "+err.Error())
	}
	var ue interface{ Unwrap() error }
	if errors.As(err, &ue) && ue.Unwrap() != nil {
		err = ue.Unwrap() // *url.Error's cause, without Go's repetition of the method and URL
	}
	return r.NewTypeError(fn + " failed: " + err.Error())
}

// startFetch is fetch(url, opts): the request runs on a goroutine; ctx is cancelled with the awaiting task.
func (m *Module) startFetch(ctx context.Context, args []any, complete func(host.Outcome)) {
	rq, err := parseRequest("fetch", "GET", args)
	if err != nil {
		complete(func(r *goja.Runtime) (goja.Value, goja.Value) { return nil, r.NewTypeError(err.Error()) })
		return
	}
	if !m.enter() {
		complete(func(r *goja.Runtime) (goja.Value, goja.Value) {
			return nil, r.NewTypeError("fetch: the script has ended")
		})
		return
	}
	go func() {
		defer m.running.Done()
		res, err := m.do(ctx, rq)
		complete(func(r *goja.Runtime) (goja.Value, goja.Value) {
			if err != nil {
				return nil, m.failure(r, "fetch", err)
			}
			return m.newResponse(res), nil
		})
	}()
}

// enter counts a goroutine in running, unless the run has ended; the caller calls running.Done.
func (m *Module) enter() bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.ended {
		return false
	}
	m.running.Add(1)
	return true
}

// headerNames are a header's names in lower case, sorted: the order scripts see them in.
func headerNames(hd http.Header) []string {
	names := make([]string, 0, len(hd))
	for k := range hd {
		names = append(names, strings.ToLower(k))
	}
	sort.Strings(names)
	return names
}
