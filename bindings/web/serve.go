package web

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strconv"
	"strings"

	"github.com/dop251/goja"

	"github.com/asyncrun/asyncrun/bindings/host"
)

// maxRequestBody bounds what a served request's body may hold.
const maxRequestBody = 64 << 20

func (m *Module) installHTTP() {
	r := m.h.R
	m.mod = r.NewObject()
	for _, method := range []string{"GET", "POST"} {
		name := "http." + strings.ToLower(method)
		m.blocking(name, func(args []any) (*request, error) { return parseRequest(name, method, args) })
	}
	m.blocking("http.request", func(args []any) (*request, error) {
		if len(args) == 0 {
			return nil, errors.New("http.request: argument 1 (method) is required")
		}
		method, ok := args[0].(string)
		if !ok {
			return nil, fmt.Errorf("http.request: argument 1 (method) must be a string, got %s", jsType(args[0]))
		}
		return parseRequest("http.request", strings.ToUpper(method), args[1:])
	})
	m.h.Define(m.mod, host.Method{Name: "serve", Fn: m.serve})
}

// blocking defines http.<verb>: a request on the calling goroutine, for threads (to_thread(http.get,
// url) runs it on a goroutine of its own); called on the loop, it blocks the loop, as requests.get does in
// Python.
func (m *Module) blocking(name string, parse func(args []any) (*request, error)) {
	r := m.h.R
	impl := func(ctx context.Context, args []any) (any, error) {
		if !m.h.Network {
			return nil, permissionError(name)
		}
		rq, err := parse(args)
		if err != nil {
			return nil, typeError(err.Error())
		}
		res, err := m.do(ctx, rq)
		if err != nil {
			return nil, &requestError{name, err, m}
		}
		return &plainResult{res, m}, nil
	}
	fn := m.h.Func(name, func(call goja.FunctionCall) goja.Value {
		m.allowed(name)
		args := make([]any, len(call.Arguments))
		for i, v := range call.Arguments {
			args[i] = v.Export()
		}
		m.h.BlocksLoop(name + "(" + fmt.Sprint(args[0:min(1, len(args))]...) + ")")
		res, err := impl(m.h.Ctx, args)
		if err != nil {
			panic(err.(host.JSValuer).JSValue(r)) // every error impl returns makes its own exception
		}
		return res.(host.JSValuer).JSValue(r)
	})
	m.h.RegisterBlocking(fn, impl)
	m.mod.Set(name[len("http."):], fn)
}

// typeError is a bad argument: a TypeError in the script, on the loop or from a thread.
type typeError string

func (e typeError) Error() string                      { return string(e) }
func (e typeError) JSValue(r *goja.Runtime) goja.Value { return r.NewTypeError(string(e)) }

// requestError is a failed blocking request: on the loop it is the same exception fetch throws.
type requestError struct {
	fn  string
	err error
	m   *Module
}

func (e *requestError) Error() string                      { return e.fn + " failed: " + e.err.Error() }
func (e *requestError) JSValue(r *goja.Runtime) goja.Value { return e.m.failure(r, e.fn, e.err) }

// plainResult is what http.get returns: {status, ok, url, headers, text, json()}, the body read whole.
type plainResult struct {
	res *result
	m   *Module
}

func (p *plainResult) JSValue(r *goja.Runtime) goja.Value {
	res := p.res
	obj := r.NewObject()
	obj.Set("status", res.status)
	obj.Set("ok", res.status >= 200 && res.status < 300)
	obj.Set("url", res.url)
	hd := r.NewObject()
	for _, k := range headerNames(res.header) {
		hd.Set(k, strings.Join(res.header.Values(k), ", "))
	}
	obj.Set("headers", hd)
	obj.Set("text", string(res.body))
	p.m.h.Define(obj, host.Method{Name: "json", Fn: func(goja.FunctionCall) goja.Value {
		v, exc := p.m.parseJSON(res.body)
		if exc != nil {
			panic(exc)
		}
		return v
	}})
	return obj
}

// serve is http.serve({host, port}, handler): a server on Go's net/http whose requests each run the
// handler in a task of their own. It keeps the program alive until close().
func (m *Module) serve(call goja.FunctionCall) goja.Value {
	m.allowed("http.serve")
	r := m.h.R
	opts, handler := call.Argument(0), call.Argument(1)
	if _, ok := goja.AssertFunction(opts); ok && len(call.Arguments) == 1 {
		opts, handler = goja.Undefined(), opts
	}
	if _, ok := goja.AssertFunction(handler); !ok {
		panic(r.NewTypeError("http.serve: argument 2 (handler) must be a function, got " + host.Describe(handler)))
	}
	hostName, port := "127.0.0.1", int64(0)
	if o, ok := opts.(*goja.Object); ok {
		if v := host.Option(o, "host"); v != nil {
			hostName = v.String()
		}
		if v := host.Option(o, "port"); v != nil {
			port = v.ToInteger()
			if port < 0 || port > 65535 {
				panic(r.NewTypeError("http.serve: port must be in 0..65535, got " + v.String()))
			}
		}
	} else if !host.IsMissing(opts) {
		panic(r.NewTypeError("http.serve: argument 1 (options) must be an object, got " + host.Describe(opts)))
	}
	ln, err := net.Listen("tcp", net.JoinHostPort(hostName, strconv.FormatInt(port, 10)))
	if err != nil {
		panic(r.NewGoError(fmt.Errorf("http.serve: %w", err)))
	}
	resv, err := m.h.Loop.Reserve() // an open server keeps the program alive
	if err != nil {
		ln.Close()
		panic(r.NewGoError(err))
	}
	s := &server{m: m, handler: handler, done: make(chan struct{})}
	s.srv = &http.Server{Handler: s}
	go func() {
		s.srv.Serve(ln)
		close(s.done)
	}()
	closed, resolveClosed := m.a.GoFuture()
	shut := false
	closeServer := func() {
		if shut {
			return
		}
		shut = true
		s.srv.Close()
		go func() {
			<-s.done
			resv.Complete(func(any) { resolveClosed(goja.Undefined()) }, nil)
		}()
	}
	m.h.AtCancel(closeServer) // Ctrl-C: the program ends once the main task has unwound
	m.h.AtEnd(func() {
		s.srv.Close()
		<-s.done
	})
	addr := ln.Addr().(*net.TCPAddr)
	obj := r.NewObject()
	obj.Set("host", hostName)
	obj.Set("port", addr.Port)
	obj.Set("url", "http://"+net.JoinHostPort(hostName, strconv.Itoa(addr.Port)))
	obj.Set("closed", closed)
	m.h.Define(obj, host.Method{Name: "close", Fn: func(goja.FunctionCall) goja.Value {
		closeServer()
		return closed
	}})
	return obj
}

type server struct {
	m       *Module
	handler goja.Value
	srv     *http.Server
	done    chan struct{}
}

type reply struct {
	status int
	header http.Header
	body   []byte
}

// ServeHTTP runs on net/http's goroutine: it hands the request to the loop and writes what the
// handler's task returns; a client that goes away cancels that task.
func (s *server) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	m := s.m
	if !m.enter() {
		http.Error(w, "the script has ended", http.StatusServiceUnavailable)
		return
	}
	defer m.running.Done()
	body, err := io.ReadAll(io.LimitReader(req.Body, maxRequestBody))
	if err != nil {
		http.Error(w, "bad request body", http.StatusBadRequest)
		return
	}
	replies := make(chan reply, 1)
	cancels := make(chan func(), 1)
	if err := m.h.Loop.Submit(func(any) {
		cancels <- m.a.CallFunction("http.serve handler", s.handler, []goja.Value{m.requestObject(req, body)}, func(v, exc goja.Value) {
			replies <- m.reply(req, v, exc)
		})
	}, nil); err != nil {
		http.Error(w, "the script has ended", http.StatusServiceUnavailable)
		return
	}
	select {
	case rp := <-replies:
		for k, vs := range rp.header {
			w.Header()[k] = vs
		}
		w.WriteHeader(rp.status)
		w.Write(rp.body)
	case <-req.Context().Done():
		m.h.Loop.Submit(func(any) {
			select {
			case cancel := <-cancels:
				cancel()
			default:
			}
		}, nil)
	}
}

// requestObject is the handler's view of a request: method, url, path, query, headers, and the body
// through text(), json() and arrayBuffer(), as a Response's.
func (m *Module) requestObject(req *http.Request, body []byte) *goja.Object {
	r := m.h.R
	obj := r.NewObject()
	obj.SetPrototype(m.reqProto())
	obj.SetSymbol(dataKey, r.ToValue(&responseData{header: req.Header, body: body}))
	obj.Set("method", req.Method)
	u := *req.URL
	u.Scheme, u.Host = "http", req.Host
	obj.Set("url", u.String())
	obj.Set("path", req.URL.Path)
	q := r.NewObject()
	for k, vs := range req.URL.Query() {
		q.Set(k, vs[0])
	}
	obj.Set("query", q)
	obj.Set("headers", m.headersObject(req.Header))
	return obj
}

// reqProto is the prototype of requests: the body methods of Response, which read the same data.
func (m *Module) reqProto() *goja.Object {
	if m.requestProto == nil {
		p := m.h.R.NewObject()
		for _, k := range []string{"text", "json", "arrayBuffer"} {
			p.Set(k, m.respProto.Get(k))
		}
		m.requestProto = p
	}
	return m.requestProto
}

// reply turns what the handler's task ended with into a reply: a Response as it is, a string as text,
// undefined as 204, anything else as JSON; an exception is reported and answered with 500.
func (m *Module) reply(req *http.Request, v, exc goja.Value) reply {
	if exc != nil {
		if o, ok := exc.(*goja.Object); ok && o.Get("name") != nil && o.Get("name").String() == "CancelledError" {
			// the client went away and its task was cancelled: nobody reads this reply
			return reply{status: http.StatusServiceUnavailable, header: http.Header{}}
		}
		m.h.Stderr.WriteString("Error handling request " + req.Method + " " + req.URL.RequestURI() + "\n" + m.a.ErrorText(exc) + "\n")
		return reply{status: 500, header: http.Header{"Content-Type": {"text/plain; charset=utf-8"}}, body: []byte("Internal Server Error")}
	}
	if obj, ok := v.(*goja.Object); ok {
		if d, ok := host.Wrapped(obj.GetSymbol(dataKey)).(*responseData); ok && d.status != 0 {
			return reply{status: d.status, header: d.header, body: d.body}
		}
	}
	switch {
	case v == nil || goja.IsUndefined(v):
		return reply{status: http.StatusNoContent, header: http.Header{}}
	case isString(v):
		return reply{status: 200, header: http.Header{"Content-Type": {"text/plain; charset=utf-8"}}, body: []byte(v.String())}
	}
	text, exc := m.tryStringify(v)
	if exc != nil {
		m.h.Stderr.WriteString("Error handling request " + req.Method + " " + req.URL.RequestURI() + ": the handler's value cannot be sent as JSON\n" + m.a.ErrorText(exc) + "\n")
		return reply{status: 500, header: http.Header{}, body: []byte("Internal Server Error")}
	}
	return reply{status: 200, header: http.Header{"Content-Type": {"application/json"}}, body: []byte(text)}
}

// tryStringify is JSON.stringify(v), or the exception it throws.
func (m *Module) tryStringify(v goja.Value) (text string, exc goja.Value) {
	defer func() {
		if x := recover(); x != nil {
			if ex, ok := x.(*goja.Exception); ok {
				exc = ex.Value()
				return
			}
			if val, ok := x.(goja.Value); ok {
				exc = val
				return
			}
			panic(x)
		}
	}()
	return m.stringify(v), nil
}

func isString(v goja.Value) bool {
	_, ok := v.Export().(string)
	return ok
}
