/*
 * eval.c — the interpreter loop.
 *
 *   eval_frame ─▶ fetch ─▶ (STMT? a STEP event) ─▶ execute ─┬─▶ next
 *                   ▲                                       ├─▶ CALL of a Python function:
 *                   │                                       │     push a frame, continue
 *                   └────────── RETURN_VALUE: pop ◀─────────┤
 *                                                           └─▶ error: exception table of
 *                                                                 this frame, else unwind
 *
 * Reference discipline (the events' holders): values on the stack are the
 * interpreter's (holder 0); locals are the frame's (holder = frame address,
 * label = slot); STORE_FAST hands the stack's reference to the frame without
 * a count change, as CPython's SETLOCAL does.  Every instruction releases
 * what it pops in CPython's order, so objects die, and blocks return to
 * pymalloc, in the same order as in CPython.
 *
 * Invariants:
 *   1. between instructions, f->stack[0..sp) are owned references;
 *   2. a frame's lp[] slots are owned by the frame (NULL: unbound);
 *   3. v->recursion_depth = number of frames in the C loop chains.
 */
#include "eval.h"

#include "abstract.h"
#include "attr.h"
#include "builtins.h"
#include "class.h"
#include "cpynames.h"
#include "dict.h"
#include "func.h"
#include "hv.h"
#include "match.h"
#include "number.h"
#include "pymalloc.h"
#include "slice.h"
#include "traceback.h"
#include "tracemalloc.h"
#include "set.h"
#include "types.h"

#include <assert.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define TOP_OF(f) ((f)->stack[(f)->sp - 1])
#define DATASTACK_BASE 0x7f3a5b000000ULL    /* the data stack's first chunk */
#define FRAME_HEADER 80                     /* sizeof(_PyInterpreterFrame) rounded */

/* ---- frames ----------------------------------------------------------------- */

static void frame_event(vm *v, unsigned kind, frame *f)
{
    if (!v->emit)
        return;
    hv_event *ev = vm_event_begin(v);
    *ev = (hv_event){.kind = (uint8_t)kind, .site = v->line, .u.obj = {.addr = f->addr, .type = f->code->ob.addr}};
    vm_event_commit(v, ev, kind, f->addr);
}

/* Host memory for a frame of nslots slots, zeroed: a freed frame's if one
 * is big enough (calls are the interpreter's commonest allocation), else
 * new.  Host memory only: the simulated data stack is not affected. */
static frame *frame_host(vm *v, size_t nslots)
{
    for (unsigned i = v->nframe_cache; i-- > 0;) {
        frame *f = v->frame_cache[i];
        if (f->cap >= nslots && f->cap <= 2 * nslots + 16) {
            v->frame_cache[i] = v->frame_cache[--v->nframe_cache];
            uint32_t cap = f->cap;
            memset(f, 0, sizeof *f + nslots * sizeof(object *));
            f->cap = cap;
            return f;
        }
    }
    frame *f = hv_calloc(1, sizeof *f + nslots * sizeof(object *));
    f->cap = (uint32_t)nslots;
    return f;
}

static void frame_host_free(vm *v, frame *f)
{
    if (v->nframe_cache < HV_COUNTOF(v->frame_cache))
        v->frame_cache[v->nframe_cache++] = f;
    else
        free(f);
}

frame *frame_new(vm *v, codeobj *code, object *func, object *globals, object *locals)
{
    if (v->recursion_depth >= v->recursion_limit) {
        vm_raise(v, T_RECURSION, "maximum recursion depth exceeded");
        return NULL;
    }
    if (vm_stack_guard(v, ""))              /* a frame run by C code: eval_frame again */
        return NULL;
    size_t nslots = code->nlocalsplus + code->stacksize + 2;   /* + a handler's lasti, exc */
    frame *f = frame_host(v, nslots);
    f->stack = f->lp + code->nlocalsplus;
    f->code = code;
    obj_incref(v, &code->ob);
    f->func = func;
    f->globals = globals;
    f->locals = locals;
    if (!v->datastack_top)
        v->datastack_top = DATASTACK_BASE;
    f->addr = v->datastack_top;
    f->size = (uint32_t)(FRAME_HEADER + 8 * nslots);
    v->datastack_top += f->size;
    v->recursion_depth++;
    /* the running frame, also across a C call (repr, print, a class body):
     * _PyInterpreterFrame.previous, what f_back shows */
    f->back = v->nframes ? v->frames[v->nframes - 1] : NULL;
    frame_event(v, EV_FRAME_PUSH, f);
    vm_frame_enter(v, f);                   /* a root while it runs (gc marks from it) */
    return f;
}

/* Releases the stack and the locals in slot order (_PyFrame_Clear). */
static void frame_clear(vm *v, frame *f)
{
    while (f->sp)
        obj_xdecref(v, f->stack[--f->sp]);
    for (uint32_t i = 0; i < f->code->nlocalsplus; i++) {
        object *x = f->lp[i];
        f->lp[i] = NULL;
        if (x)
            obj_release(v, x, f->addr, i);
    }
}

static inline void set_line(vm *v, uint32_t line);

/* What a frame object needs when its frame leaves (its caller's frame
 * object, made for f_back) is allocated as CPython 3.11.1 on does it
 * (GH-99729: the dying frame is unlinked before it is cleared): at the
 * caller's line, the dying frame off tracemalloc's stack.  f stays a root
 * meanwhile (it still holds its locals). */
static void frame_exit_unlinked(vm *v, frame *f)
{
    uint32_t line = v->line;
    const frame *back = f->back;
    f->unlinked = 1;
    if (back && back->ip && !f->gen)
        set_line(v, back->code->lines[back->ip - 1]);
    traceback_frame_exit(v, f);
    set_line(v, line);                      /* the step's line: return_to moves on from it */
}

void frame_free(vm *v, frame *f)
{
    if (f->frame_obj)
        frame_exit_unlinked(v, f);          /* may allocate: while f is still a root */
    vm_frame_leave(v, f);
    frame_clear(v, f);
    if (f->fast_locals) {                   /* _PyFrame_Clear: after the locals */
        object *d = f->fast_locals;
        f->fast_locals = NULL;
        obj_release(v, d, f->addr, FRAME_LABEL_F_LOCALS);
    }
    if (f->gen) {                           /* a generator's frame: not on the data stack */
        GEN(f->gen)->f = NULL;
        v->recursion_depth--;
    } else {
        frame_event(v, EV_FRAME_POP, f);
        v->datastack_top = f->addr;
        v->recursion_depth--;
    }
    if (f->func)
        obj_decref(v, f->func);
    obj_decref(v, &f->code->ob);
    frame_host_free(v, f);
}

/* ---- the prologue ---------------------------------------------------------------
 * A unit with cells or free variables starts with MAKE_CELL and
 * COPY_FREE_VARS (compile.c's prologue), which run before its RESUME, while
 * _PyFrame_IsIncomplete says the frame is not there yet: what they make (a
 * cell) is charged to the caller's line, and a generator function runs
 * them at the call, before RETURN_GENERATOR makes the generator. */

static inline int in_prologue(uint32_t w)
{
    return INSTR_OP(w) == OP_MAKE_CELL || INSTR_OP(w) == OP_COPY_FREE_VARS;
}

int frame_incomplete(const frame *f)
{
    return f->ip == 0 || in_prologue(f->code->code[f->ip - 1]);
}

/* MAKE_CELL: local arg becomes a cell, holding the parameter's value if
 * it is one captured by a closure.  0, or -1 with MemoryError. */
static int make_cell(vm *v, frame *f, uint32_t arg)
{
    object *x = cell_new(v, NULL), *y = f->lp[arg];
    if (!x)
        return -1;
    if (y) {
        f->lp[arg] = NULL;
        obj_take(v, y, f->addr, arg);
        cell_set(v, x, y);
    }
    f->lp[arg] = x;
    obj_give(v, x, f->addr, arg);
    return 0;
}

/* COPY_FREE_VARS: the last n locals are the function's closure cells. */
static void copy_free_vars(vm *v, frame *f, uint32_t n)
{
    object *closure = FUNC(f->func)->closure;
    uint32_t first = f->code->nlocalsplus - n;
    for (uint32_t i = 0; i < n; i++)
        f->lp[first + i] = obj_hold(v, TUPLE(closure)->items[i], f->addr, first + i);
}

/* The prologue of a frame not started yet, run now (a generator's call). */
static int run_prologue(vm *v, frame *f)
{
    for (uint32_t w; f->ip < f->code->ncode && in_prologue(w = f->code->code[f->ip]); f->ip++) {
        if (INSTR_OP(w) == OP_COPY_FREE_VARS)
            copy_free_vars(v, f, INSTR_ARG(w));
        else if (make_cell(v, f, INSTR_ARG(w)))
            return -1;
    }
    return 0;
}

/* ---- generators ---------------------------------------------------------------
 * The call's frame is made on the data stack as usual, then moved into the
 * generator (RETURN_GENERATOR's _PyFrame_Copy): the locals change holder. */

static object *gen_new(vm *v, frame *f)
{
    codeobj *c = f->code;
    uint32_t slots = c->nlocalsplus + c->stacksize;
    object *o = run_prologue(v, f) ? NULL
                                   : obj_new_unzeroed(v, v->types[T_GENERATOR], 16 + 152 + 8 * (uint64_t)slots, 0);
    if (!o) {
        frame_free(v, f);
        return NULL;
    }
    genobj *g = GEN(o);
    g->slots = slots;                       /* its size, fixed for life (even once finished) */
    obj_announce(v, o);
    uint64_t at = o->addr + 72;             /* the embedded _PyInterpreterFrame */
    for (uint32_t i = 0; i < c->nlocalsplus; i++)
        if (f->lp[i]) {
            obj_take(v, f->lp[i], f->addr, i);
            obj_give(v, f->lp[i], at, i);
        }
    frame_event(v, EV_FRAME_POP, f);
    vm_frame_leave(v, f);                   /* the generator's now: reached through it */
    v->datastack_top = f->addr;
    v->recursion_depth--;
    f->addr = at;
    f->gen = o;
    f->back = NULL;
    g->f = f;
    g->name = obj_incref(v, c->name);
    g->qualname = obj_incref(v, c->qualname);
    g->code = obj_incref(v, &c->ob);         /* gi_code */
    g->exc_value = NULL;
    obj_track(v, o);
    return o;
}

object *gen_send(vm *v, object *o, object *value)
{
    return gen_send_ex(v, o, value, NULL);
}

/* PEP 479 (gen_send_ex2): a StopIteration leaving a generator's frame
 * becomes RuntimeError("generator raised StopIteration"), caused by it
 * (_PyErr_FormatFromCause). */
static void gen_stop_to_runtime(vm *v)
{
    if (!exc_normalize(v))
        return;
    vm_err stop = vm_exc_fetch(v);
    vm_raise(v, T_RUNTIME, "generator raised StopIteration");
    if (exc_normalize(v) && stop.exc != v->exc)
        exc_set_cause(v, v->exc, stop.exc);
    obj_decref(v, stop.exc);
}

/* _PyGen_FetchStopIterationValue for a StopIteration being raised: the
 * value it carries (a new reference, NULL for none), the exception
 * cleared.  A raw one's value is taken as it is, unless it is a tuple
 * (normalizing it would take its first item).  NULL with the exception
 * set when normalizing failed. */
static object *fetch_stop_value(vm *v)
{
    if (v->exc_raw == v->types[T_STOP_ITERATION] && !obj_is(v, v->exc, T_TUPLE)) {
        object *val = v->exc == v->none ? NULL : obj_incref(v, v->exc);
        vm_exc_clear(v);
        return val;
    }
    if (!exc_normalize(v))
        return NULL;
    object *val = EXC(v->exc)->value ? obj_incref(v, EXC(v->exc)->value) : NULL;
    vm_exc_clear(v);
    return val;
}

/* _PyErr_ClearExcState: the exception its except block was handling
 * goes (the slot emptied before the decref, which may run a __del__). */
static void gen_clear_exc_state(vm *v, genobj *g)
{
    object *x = g->exc_value;
    g->exc_value = NULL;
    obj_xdecref(v, x);
}

object *gen_send_ex(vm *v, object *o, object *value, object **returned)
{
    genobj *g = GEN(o);
    if (g->running)
        return vm_raise(v, T_VALUE, "generator already executing");
    if (!g->f)
        return NULL;
    if (!g->started && value && value != v->none)
        return vm_raise(v, T_TYPE_ERROR, "can't send non-None value to a just-started generator");
    if (v->recursion_depth >= v->recursion_limit)
        return vm_raise(v, T_RECURSION, "maximum recursion depth exceeded");
    if (vm_stack_guard(v, ""))              /* each resumption is an eval_frame in C */
        return NULL;
    frame *f = g->f;
    if (g->started)
        f->stack[f->sp++] = obj_incref(v, value ? value : v->none);
    g->started = 1;
    g->running = 1;
    f->entry = 1;
    f->yielded = 0;
    v->recursion_depth++;
    obj_incref(v, o);                       /* alive while it runs */
    f->back = v->nframes ? v->frames[v->nframes - 1] : NULL;  /* its f_back while it runs */
    vm_frame_enter(v, f);
    vm_handled_push(v, &g->exc_value);      /* its own exc_info item on top */
    if (f->throwing && v->exc && v->handling && v->handling != v->none && exc_normalize(v))
        exc_chain(v, v->exc);               /* _PyErr_ChainStackItem: its own item only */
    object *r = eval_frame(v, f);
    vm_handled_pop(v, &g->exc_value);
    if (g->f) {
        vm_frame_leave(v, f);               /* it yielded (a return freed it) */
        f->back = NULL;                     /* gen_send_ex2 forgets the previous frame */
    } else {
        gen_clear_exc_state(v, g);          /* finished */
    }
    g->running = 0;
    if (!r && vm_exc_matches(v, T_STOP_ITERATION))
        gen_stop_to_runtime(v);
    if (r && !g->f) {                       /* returned: frame_free cleared g->f */
        if (returned)
            *returned = r;
        else
            obj_decref(v, r);
        r = NULL;
    } else if (r) {
        v->recursion_depth--;
    }
    obj_decref(v, o);
    return r;
}

static object *gen_repr(vm *v, object *o);
static object *gen_yf(const genobj *g);
static int gen_close(vm *v, object *o);

/* gen_close_iter: a generator suspended in yield from closes what it
 * delegates to first (running meanwhile); 0, or -1 with its exception. */
static int gen_close_iter(vm *v, genobj *g, object *yf)
{
    int rc = 0;
    g->running = 1;
    if (obj_is(v, yf, T_GENERATOR)) {
        rc = gen_close(v, yf);
    } else {
        object *close = obj_getattr(v, yf, str_static_interned(v, "close"));
        if (!close) {
            if (vm_exc_matches(v, T_ATTRIBUTE))
                vm_exc_clear(v);
            else
                rc = -1;
        } else {
            object *r = eval_call(v, close, NULL, 0, NULL);
            obj_decref(v, close);
            rc = r ? 0 : -1;
            obj_xdecref(v, r);
        }
    }
    g->running = 0;
    return rc;
}
static const method_def gen_methods[];

static object *gen_iternext(vm *v, object *o)
{
    return gen_send(v, o, NULL);
}

/* An exception thrown into a generator that never ran: raised at its def
 * line (a traceback and the frame object it names), its frame unwound. */
static void gen_throw_unstarted(vm *v, genobj *g)
{
    frame *f = g->f;
    exc_add_traceback(v, NULL, f->code->filename, f->code->name, f->code->firstlineno, 0);
    traceback_here(v, f, TB_BEFORE_START);
    v->recursion_depth++;                   /* frame_free's count for a generator frame */
    frame_free(v, f);
}

/* gen.close(): 3.11 throws GeneratorExit in where the generator is
 * suspended, raw (PyErr_SetNone) unless an exception is being handled.
 * Inside a try (its yield has a handler) it is normalized there and runs
 * its finally and with blocks; with no handler, or never started, it
 * unwinds the frame, leaving a traceback (and the frame object it names,
 * which takes the locals over) until close clears the exception.  0, or -1
 * with the exception it raised. */
static int gen_close(vm *v, object *o)
{
    genobj *g = GEN(o);
    if (!g->f)
        return 0;
    if (g->running) {
        vm_raise(v, T_VALUE, "generator already executing");
        return -1;
    }
    object *yf = gen_yf(g);                 /* its delegate is closed first; what that */
    int failed = yf && gen_close_iter(v, g, yf);  /* raises is thrown in instead */
    if (!failed)
        vm_raise_value(v, T_GENERATOR_EXIT, NULL);
    if (!g->started) {
        gen_throw_unstarted(v, g);
    } else {
        g->f->throwing = 1;
        object *r = gen_send(v, o, NULL);
        if (r) {
            obj_decref(v, r);
            vm_raise(v, T_RUNTIME, "generator ignored GeneratorExit");
        }
    }
    if (vm_exc_matches(v, T_GENERATOR_EXIT) || vm_exc_matches(v, T_STOP_ITERATION))
        vm_exc_clear(v);
    return v->exc ? -1 : 0;
}

/* _PyGen_Finalize → gen.close(), from dealloc or the collector, with the
 * exception being handled set aside; what close raises is reported as
 * unraisable. */
static void gen_finalize(vm *v, object *o)
{
    genobj *g = GEN(o);
    if (!g->f || g->running)
        return;
    vm_err saved = vm_exc_fetch(v);
    if (gen_close(v, o))
        traceback_write_unraisable(v, o, "<generator>");
    vm_exc_restore(v, saved);
}

object *gen_stop_iteration(vm *v, object *returned)
{
    if (!returned || returned == v->none) { /* PyErr_SetNone: raw */
        obj_xdecref(v, returned);
        return vm_raise_value(v, T_STOP_ITERATION, NULL);
    }
    if (!obj_is(v, returned, T_TUPLE) && !type_is_subtype(returned->type, v->types[T_BASE_EXC])) {
        vm_raise_value(v, T_STOP_ITERATION, returned);  /* _PyGen_SetStopIterationValue delays */
        obj_decref(v, returned);
        return NULL;
    }
    object *exc = eval_call(v, &v->types[T_STOP_ITERATION]->ob, &returned, 1, NULL);
    obj_decref(v, returned);
    return exc ? vm_raise_object(v, exc) : NULL;
}

/* gen.send(value): the next value it yields; StopIteration when it ends. */
static object *gen_m_send(vm *v, object *self, object *const *args, size_t nargs, object *kwnames)
{
    if (args_exact(v, &gen_methods[0], nargs, kwnames, 1))
        return NULL;
    object *returned = NULL;
    object *r = gen_send_ex(v, self, args[0], &returned);
    if (!r && !v->exc)
        return gen_stop_iteration(v, returned);
    return r;
}

static object *gen_m_close(vm *v, object *self, object *const *args, size_t nargs, object *kwnames)
{
    if (args_exact(v, &gen_methods[1], nargs, kwnames, 0))
        return NULL;
    return gen_close(v, self) ? NULL : obj_incref(v, v->none);
}

static object *gen_throw(vm *v, object *o, object *typ, object *val);

/* _gen_throw's end when the delegate of a yield from failed: the receiver
 * comes off the stack and the frame resumes after its SEND loop, sent the
 * delegate's return value (a StopIteration's), else with the exception
 * thrown in where it stands. */
static object *gen_resume_after_send(vm *v, object *o)
{
    frame *f = GEN(o)->f;
    object *yf = f->stack[--f->sp];
    obj_decref(v, yf);
    f->ip = INSTR_ARG(f->code->code[f->ip - 2]);   /* the SEND's exit */
    if (vm_exc_matches(v, T_STOP_ITERATION)) {
        object *val = fetch_stop_value(v);
        if (!val && v->exc)
            return NULL;
        val = val ? val : obj_incref(v, v->none);
        object *returned = NULL;
        object *r = gen_send_ex(v, o, val, &returned);
        obj_decref(v, val);
        return !r && !v->exc ? gen_stop_iteration(v, returned) : r;
    }
    GEN(o)->f->throwing = 1;
    f->ip++;                                    /* raised at the exit's first instruction */
    object *returned = NULL;
    object *r = gen_send_ex(v, o, NULL, &returned);
    return !r && !v->exc ? gen_stop_iteration(v, returned) : r;
}

/* _gen_throw's first half: a generator suspended in a yield from throws
 * into what it delegates to (closing it for GeneratorExit).  Returns 1
 * with *r set when that settled it, 0 to throw here. */
static int gen_throw_delegate(vm *v, object *o, object *typ, object *val, object **r)
{
    genobj *g = GEN(o);
    object *yf = gen_yf(g);
    if (!yf)
        return 0;
    obj_incref(v, yf);
    int is_exit = exc_match(v, typ, &v->types[T_GENERATOR_EXIT]->ob);
    object *ret = NULL;
    if (is_exit) {
        int failed = gen_close_iter(v, g, yf);
        obj_decref(v, yf);
        if (!failed)
            return 0;
        g->f->throwing = 1;                     /* what closing it raised, thrown in */
        object *returned = NULL;
        *r = gen_send_ex(v, o, NULL, &returned);
        if (!*r && !v->exc)
            *r = gen_stop_iteration(v, returned);
        return 1;
    }
    g->running = 1;
    if (obj_is(v, yf, T_GENERATOR)) {
        ret = gen_throw(v, yf, typ, val);
    } else {
        object *meth = obj_getattr(v, yf, str_static_interned(v, "throw"));
        if (!meth) {
            g->running = 0;
            obj_decref(v, yf);
            if (!vm_exc_matches(v, T_ATTRIBUTE)) {
                *r = NULL;
                return 1;
            }
            vm_exc_clear(v);
            return 0;
        }
        object *args[] = {typ, val};
        ret = eval_call(v, meth, args, val ? 2 : 1, NULL);
        obj_decref(v, meth);
    }
    g->running = 0;
    obj_decref(v, yf);
    *r = ret ? ret : gen_resume_after_send(v, o);
    return 1;
}

/* gen.throw(typ[, val]): the exception (typ an exception class, called
 * with val, or an instance) raised where the generator stands; what it
 * yields next, or the exception it lets out (_gen_throw). */
static object *gen_throw(vm *v, object *o, object *typ, object *val)
{
    object *r;
    if (gen_throw_delegate(v, o, typ, val, &r))
        return r;
    object *exc;
    if (type_is_subtype(typ->type, v->types[T_TYPE]) &&
        type_is_subtype((type *)typ, v->types[T_BASE_EXC])) {
        type *t = (type *)typ;
        int one = val && val != v->none && !obj_is(v, val, T_TUPLE);
        if (val && type_is_subtype(val->type, t))
            exc = obj_incref(v, val);           /* PyErr_NormalizeException */
        else if (val && obj_is(v, val, T_TUPLE))
            exc = eval_call(v, typ, TUPLE(val)->items, TUPLE(val)->n, NULL);
        else
            exc = eval_call(v, typ, one ? &val : NULL, one ? 1 : 0, NULL);
        if (!exc)
            return NULL;
    } else if (type_is_subtype(typ->type, v->types[T_BASE_EXC])) {
        if (val && val != v->none)
            return vm_raise(v, T_TYPE_ERROR, "instance exception may not have a separate value");
        exc = obj_incref(v, typ);
    } else {
        return vm_raise_format(v, T_TYPE_ERROR, "exceptions must be classes or instances deriving from "
                               "BaseException, not %s", typ->type->name);
    }
    vm_raise_object(v, exc);
    genobj *g = GEN(o);
    if (!g->f)                                  /* finished: the exception itself */
        return NULL;
    if (g->running) {
        vm_raise(v, T_VALUE, "generator already executing");
        return NULL;
    }
    if (!g->started) {                          /* raised at its def line, before it runs */
        gen_throw_unstarted(v, g);
        if (vm_exc_matches(v, T_STOP_ITERATION))
            gen_stop_to_runtime(v);             /* gen_send_ex2 sees its frame fail as any */
        return NULL;
    }
    g->f->throwing = 1;
    object *returned = NULL;
    r = gen_send_ex(v, o, NULL, &returned);
    return !r && !v->exc ? gen_stop_iteration(v, returned) : r;
}

/* gen.throw(typ[, val[, tb]]) */
static object *gen_m_throw(vm *v, object *self, object *const *args, size_t nargs, object *kwnames)
{
    static const method_def row = {"throw", NULL, METH_CLINIC, "generator.throw"};
    if (args_no_keywords(v, &row, kwnames))     /* method_check_args */
        return NULL;
    if (nargs < 1 || nargs > 3)                 /* _PyArg_CheckPositional */
        return args_count_error(v, "throw", nargs, 1, 3);
    if (nargs == 3 && args[2] != v->none)
        return obj_is(v, args[2], T_TRACEBACK)
                   ? vm_raise(v, T_NOT_IMPLEMENTED, "heapviz: generator.throw() with a traceback")
                   : vm_raise(v, T_TYPE_ERROR, "throw() third argument must be a traceback object");
    return gen_throw(v, self, args[0], nargs > 1 ? args[1] : NULL);
}

/* gi_frame: the suspended frame's frame object, None once finished. */
static object *gen_gi_frame(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    if (!GEN(self)->f)
        return obj_incref(v, v->none);
    object *fo = traceback_frame_object(v, GEN(self)->f);
    return fo ? obj_incref(v, fo) : NULL;
}

static object *gen_gi_running(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    return obj_bool(v, GEN(self)->running);
}

static object *gen_gi_suspended(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    const genobj *g = GEN(self);
    return obj_bool(v, g->f && g->started && !g->running);
}

static object *gen_gi_code(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    return obj_incref(v, GEN(self)->code);
}

static object *gen_gi_yieldfrom(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    object *yf = gen_yf(GEN(self));
    return obj_incref(v, yf ? yf : v->none);
}

/* __name__ and __qualname__ (gen_get_name, gen_set_name and their
 * qualname twins): the str the generator was made with, replaced by an
 * assignment of a str; a deletion or a non-str is refused. */
static object *gen_name_attr(vm *v, object **slot, const char *attr, object *const *args, size_t nargs)
{
    if (!nargs)
        return obj_incref(v, *slot);
    if (!args[0] || !type_is_subtype(args[0]->type, v->types[T_STR]))
        return vm_raise(v, T_TYPE_ERROR, "%s must be set to a string object", attr);
    object *old = *slot;
    *slot = obj_incref(v, args[0]);
    obj_decref(v, old);
    return obj_incref(v, v->none);
}

static object *gen_name(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    return gen_name_attr(v, &GEN(self)->name, "__name__", args, nargs);
}

static object *gen_qualname(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    return gen_name_attr(v, &GEN(self)->qualname, "__qualname__", args, nargs);
}

static const method_def gen_methods[] = {
    {"send", gen_m_send, 0, "send"},
    {"close", gen_m_close, 0, "close"},
    {"throw", gen_m_throw, 0, "throw"},
    {"__sizeof__", class_sizeof, METH_NOARGS, "generator.__sizeof__"},
    {"gi_frame", gen_gi_frame, METH_GETTER, NULL},
    {"gi_running", gen_gi_running, METH_GETTER, NULL},
    {"gi_suspended", gen_gi_suspended, METH_GETTER, NULL},
    {"gi_code", gen_gi_code, METH_GETTER | METH_MEMBER, NULL},
    {"gi_yieldfrom", gen_gi_yieldfrom, METH_GETTER, NULL},
    {"__name__", gen_name, METH_GETTER | METH_SETTER, NULL},
    {"__qualname__", gen_qualname, METH_GETTER | METH_SETTER, NULL},
    {NULL, NULL, 0, NULL},
};

static void gen_dealloc(vm *v, object *o)
{
    genobj *g = GEN(o);
    gchead *gc = obj_gc(o);
    if (!(gc->flags & GCF_FINALIZED)) {
        o->refcnt = 1;                      /* resurrected for the call */
        gen_finalize(v, o);
        gc->flags |= GCF_FINALIZED;         /* after it, as PyObject_CallFinalizer */
        if (--o->refcnt > 0)
            return;
    }
    obj_untrack(v, o);
    if (g->f) {                             /* never finished: its frame is dropped */
        v->recursion_depth++;
        frame_free(v, g->f);
    }
    obj_xdecref(v, g->name);
    obj_xdecref(v, g->qualname);
    obj_xdecref(v, g->code);
    gen_clear_exc_state(v, g);
    obj_free(v, o);
}

/* _PyFrame_Traverse: a suspended frame's frame object, f_locals, the
 * function, the code, the locals and the stack. */
static int frame_traverse(const frame *f, visitproc visit, void *arg)
{
    if ((f->frame_obj && visit(f->frame_obj, arg)) || (f->fast_locals && visit(f->fast_locals, arg)) ||
        (f->func && visit(f->func, arg)) || visit(&f->code->ob, arg))
        return 1;
    for (uint32_t i = 0; i < f->code->nlocalsplus; i++)
        if (f->lp[i] && visit(f->lp[i], arg))
            return 1;
    for (uint32_t i = 0; i < f->sp; i++)
        if (f->stack[i] && visit(f->stack[i], arg))
            return 1;
    return 0;
}

/* gen_traverse: gi_code, gi_name and gi_qualname, the frame while it
 * lasts, the exception its except block handles: what gc.get_referents
 * lists, in that order. */
static int gen_traverse(object *o, visitproc visit, void *arg)
{
    genobj *g = GEN(o);
    return visit(g->code, arg) || visit(g->name, arg) || visit(g->qualname, arg) ||
           (g->f && frame_traverse(g->f, visit, arg)) || (g->exc_value && visit(g->exc_value, arg));
}

static uint64_t gen_sizeof(vm *v, object *o)
{
    (void)v;
    return 152 + 8 * (uint64_t)GEN(o)->slots;
}

static object *gen_repr(vm *v, object *o)
{
    char text[256];
    snprintf(text, sizeof text, "<generator object %s at %#llx>", STR(GEN(o)->qualname)->data,
             (unsigned long long)o->addr);
    return str_from_cstr(v, text);
}

const type tmpl_generator = {
    .dealloc = gen_dealloc, .finalize = gen_finalize, .traverse = gen_traverse, .iter = iter_self,
    .iternext = gen_iternext, .repr = gen_repr, .size_of = gen_sizeof, .methods = gen_methods,
    .host_size = sizeof(genobj),
};

/* ---- helpers for the instructions --------------------------------------------- */

static object *name_at(frame *f, uint32_t i)
{
    return TUPLE(f->code->names)->items[i];
}

static object *local_name(frame *f, uint32_t i)
{
    return TUPLE(f->code->localsplusnames)->items[i];
}

static void set_local(vm *v, frame *f, uint32_t i, object *value)
{
    object *old = f->lp[i];
    f->lp[i] = value;
    if (value)
        obj_give(v, value, f->addr, i);
    if (old)
        obj_release(v, old, f->addr, i);
}

/* ---- BINARY_OP after quickening (struct adaptive, code.h) --------------------
 * Of the specialized forms, two behave differently from BINARY_OP where
 * python3 shows it: INPLACE_ADD_UNICODE grows a str where it lies, and the
 * int and float forms (ADD, SUBTRACT, MULTIPLY) drop the right operand
 * before the left, so two dying operands reach the free lists in the other
 * order.  The rest run as BINARY_OP does. */

enum { AD_MISSES = 53, AD_RESTART = 31, AD_RESTART_BACKOFF = 5, AD_MAX_BACKOFF = 12 };

static adaptive *adaptive_at(codeobj *c, uint32_t ip)
{
    if (!c->adapt)
        c->adapt = hv_calloc(c->ncode, sizeof *c->adapt);
    return &c->adapt[ip];
}

/* An ADAPTIVE instruction's run: 1 while it waits, 0 when it specializes now. */
static int adaptive_wait(adaptive *a)
{
    if (!a->counter)
        return 0;
    a->counter--;
    return 1;
}

/* After the specializer chose a->kind: a form's misses allowed, or, when
 * it failed (AD_ADAPTIVE), a doubled wait. */
static void adaptive_settle(adaptive *a)
{
    if (a->kind != AD_ADAPTIVE) {
        a->counter = AD_MISSES;
        return;
    }
    if (a->backoff < AD_MAX_BACKOFF)                /* adaptive_counter_backoff */
        a->backoff++;
    a->counter = (uint16_t)((1u << a->backoff) - 2);  /* its wait, less this execution */
}

/* A specialized form's guard failed: the generic form runs (DEOPT_IF),
 * and past its misses the instruction turns adaptive again. */
static unsigned adaptive_miss(adaptive *a)
{
    if (--a->counter == 0)
        *a = (adaptive){AD_ADAPTIVE, AD_RESTART_BACKOFF, AD_RESTART};
    return AD_ADAPTIVE;
}

/* Whether _Py_Specialize_BinaryOp has forms for op (an NB_* or its
 * in-place variant): +, - and *. */
static int binary_specializes(uint32_t op)
{
    uint32_t base = op >= NB_INPLACE ? op - NB_INPLACE : op;
    return base == NB_ADD || base == NB_SUBTRACT || base == NB_MULTIPLY;
}

/* The instruction after ip, which a specialization looks at: its word, or
 * 0 (a NOP) past the end. */
static uint32_t next_instr(const codeobj *c, uint32_t ip)
{
    return ip + 1 < c->ncode ? c->code[ip + 1] : 0;
}

/* The local a STORE_FAST right after BINARY_OP at ip stores to, or -1
 * (another instruction, or one EXTENDED_ARG would precede in CPython). */
static int64_t store_fast_after(const codeobj *c, uint32_t ip)
{
    uint32_t w = next_instr(c, ip);
    return INSTR_OP(w) == OP_STORE_FAST && INSTR_ARG(w) <= 0xff ? (int64_t)INSTR_ARG(w) : -1;
}

/* Whether the specialized form a->kind handles x op y (its DEOPT_IFs). */
static int binary_guard(vm *v, frame *f, uint32_t ip, const adaptive *a, object *x, object *y)
{
    int64_t slot;
    switch (a->kind) {
    case AD_INPLACE_ADD_UNICODE:
        slot = store_fast_after(f->code, ip);
        return obj_is(v, x, T_STR) && y->type == x->type && slot >= 0 && f->lp[slot] == x;
    case AD_ADD_UNICODE:
        return obj_is(v, x, T_STR) && y->type == x->type;
    case AD_INT:
        return obj_is(v, x, T_INT) && obj_is(v, y, T_INT);
    default:
        return obj_is(v, x, T_FLOAT) && obj_is(v, y, T_FLOAT);
    }
}

/* _Py_Specialize_BinaryOp for +, - and * (op), on what it sees. */
static void binary_specialize(vm *v, frame *f, uint32_t ip, adaptive *a, uint32_t op, object *x,
                              object *y)
{
    int64_t slot = store_fast_after(f->code, ip);
    int add = op == NB_ADD || op == NB_INPLACE + NB_ADD;
    a->kind = x->type != y->type ? AD_ADAPTIVE
              : obj_is(v, x, T_STR) && add ? (slot >= 0 && f->lp[slot] == x ? AD_INPLACE_ADD_UNICODE
                                                                            : AD_ADD_UNICODE)
              : obj_is(v, x, T_INT) ? AD_INT
              : obj_is(v, x, T_FLOAT) ? AD_FLOAT : AD_ADAPTIVE;
    adaptive_settle(a);
}

/* binary_form past its hits: the state brought forward. */
static HV_NOINLINE unsigned binary_form_slow(vm *v, frame *f, uint32_t ip, uint32_t op, object *x,
                                             object *y)
{
    adaptive *a = adaptive_at(f->code, ip);
    if (a->kind == AD_ADAPTIVE) {
        if (adaptive_wait(a))
            return AD_ADAPTIVE;
        binary_specialize(v, f, ip, a, op, x, y);
    } else if (!binary_guard(v, f, ip, a, x, y)) {
        return adaptive_miss(a);
    }
    return a->kind;
}

/* The form BINARY_OP op at ip runs x op y in now (AD_ADAPTIVE: BINARY_OP
 * itself), the instruction's state brought forward; an int or float form
 * whose guard holds is answered here, the rest by binary_form_slow. */
static inline unsigned binary_form(vm *v, frame *f, uint32_t ip, uint32_t op, object *x, object *y)
{
    const codeobj *c = f->code;
    if (!code_quickened(c) || !binary_specializes(op))
        return AD_ADAPTIVE;
    unsigned kind = c->adapt ? c->adapt[ip].kind : AD_ADAPTIVE;
    if ((kind == AD_INT || kind == AD_FLOAT) && x->type == y->type &&
        x->type == v->types[kind == AD_INT ? T_INT : T_FLOAT])
        return kind;
    return binary_form_slow(v, f, ip, op, x, y);
}

/* ---- COMPARE_OP after quickening ----------------------------------------------
 * _Py_Specialize_CompareOp combines a COMPARE_OP that a conditional jump
 * follows with that jump: COMPARE_OP_FLOAT_JUMP, COMPARE_OP_INT_JUMP (ints
 * of one digit at most) and COMPARE_OP_STR_JUMP (== and != only), for two
 * operands of one exact type.  They compare without PyObject_RichCompare,
 * so without its recursion check: a recursion that compares ints on its
 * way down goes one frame deeper than the generic form lets it, and its
 * RecursionError is not the one " in comparison".  A COMPARE_OP before
 * anything else becomes plain COMPARE_OP for good.  (CPython's jump after
 * it is an EXTENDED_ARG first when it is longer than 255 code units, which
 * heapviz does not tell apart here: a rare body that long.) */

/* Whether int o is one digit at most (Py_SIZE in -1..1). */
static int int_is_compact(const object *o)
{
    return INT(o)->size >= -1 && INT(o)->size <= 1;
}

/* The combined form's DEOPT_IFs: kind still holds for x op y. */
static int compare_guard(vm *v, unsigned kind, object *x, object *y)
{
    switch (kind) {
    case AD_CMP_INT:
        return x->type == v->types[T_INT] && y->type == x->type && int_is_compact(x) &&
               int_is_compact(y);
    case AD_CMP_FLOAT:
        return x->type == v->types[T_FLOAT] && y->type == x->type && !isnan(FLOAT(x)) &&
               !isnan(FLOAT(y));
    default:
        return x->type == v->types[T_STR] && y->type == x->type;
    }
}

/* What _Py_Specialize_CompareOp makes of COMPARE_OP op at ip for x, y. */
static unsigned compare_specialize(vm *v, frame *f, uint32_t ip, int op, object *x, object *y)
{
    unsigned next = INSTR_OP(next_instr(f->code, ip));
    if (next != OP_POP_JUMP_IF_FALSE && next != OP_POP_JUMP_IF_TRUE)
        return AD_CMP_PLAIN;
    if (x->type != y->type)
        return AD_ADAPTIVE;
    if (x->type == v->types[T_FLOAT])
        return AD_CMP_FLOAT;
    if (x->type == v->types[T_INT])
        return int_is_compact(x) && int_is_compact(y) ? AD_CMP_INT : AD_ADAPTIVE;
    if (x->type == v->types[T_STR])
        return op == CMP_EQ || op == CMP_NE ? AD_CMP_STR : AD_ADAPTIVE;
    return AD_ADAPTIVE;
}

/* The form COMPARE_OP op at ip runs x op y in now: AD_ADAPTIVE for the
 * generic COMPARE_OP, else a combined form whose guard holds. */
static unsigned compare_form(vm *v, frame *f, uint32_t ip, int op, object *x, object *y)
{
    if (!code_quickened(f->code))
        return AD_ADAPTIVE;
    adaptive *a = adaptive_at(f->code, ip);
    if (a->kind == AD_CMP_PLAIN)
        return AD_ADAPTIVE;
    if (a->kind == AD_ADAPTIVE) {
        if (adaptive_wait(a))
            return AD_ADAPTIVE;
        a->kind = (uint8_t)compare_specialize(v, f, ip, op, x, y);
        if (a->kind == AD_CMP_PLAIN)
            return AD_ADAPTIVE;
        adaptive_settle(a);
        if (a->kind == AD_ADAPTIVE)
            return AD_ADAPTIVE;
    }
    return compare_guard(v, a->kind, x, y) ? a->kind : adaptive_miss(a);
}

/* BINARY_OP_INPLACE_ADD_UNICODE: x, the str in local `slot`, and y, both
 * the stack's references; PyUnicode_Append(&local, y) grows x where it
 * lies when it can, else stores a new str (x + y), dropping x.  0, or -1
 * with the exception set (the local then unbound, as Py_CLEAR leaves it). */
static HV_NOINLINE int add_unicode_in_place(vm *v, frame *f, uint32_t slot, object *x, object *y)
{
    obj_decref(v, x);                               /* _Py_DECREF_NO_DEALLOC: the local holds x */
    int resize = str_appendable(v, x, y);
    object *r = resize ? str_append_in_place(v, x, y) : NULL;
    if (r)
        f->lp[slot] = r;                            /* x itself, resized */
    else if (STR(y)->len) {
        if (resize)
            tm_realloc(v, 0);                       /* a realloc that moves: one change */
        r = obj_binary_op(v, x, y, NB_ADD);
        set_local(v, f, slot, r);
        if (resize)
            tm_realloc(v, 1);
    }
    obj_decref(v, y);
    return f->lp[slot] ? 0 : -1;
}

static object *name_error(vm *v, object *name)
{
    vm_raise_format(v, T_NAME, "name '%.200s' is not defined", STR(name)->data);
    exc_set_context(v, name, NULL);         /* format_exc_check_arg: its name */
    return NULL;
}

/* LOAD_GLOBAL / LOAD_NAME's last two places: globals, then builtins. */
static object *load_global(vm *v, frame *f, object *name)
{
    object *x = dict_lookup(v, f->globals, name);
    if (!x && !v->exc)
        x = builtins_lookup(v, name);
    if (!x && !v->exc && v->underscore && STR(name)->nbytes == 1 && STR(name)->data[0] == '_')
        x = v->underscore;
    if (!x && !v->exc && cpynames_has("builtins", STR(name)->data))
        return vm_raise(v, T_NOT_IMPLEMENTED, "heapviz does not support the builtin '%s' "
                        "(outside its Python subset)", STR(name)->data);
    if (!x)
        return v->exc ? NULL : name_error(v, name);
    return obj_incref(v, x);
}

/* builtins._ = value (a reference handed over; NULL unsets it). */
static void set_underscore(vm *v, object *value)
{
    object *old = v->underscore;
    v->underscore = value;
    obj_xdecref(v, old);
}

/* Builds a tuple from the top n values (handing their references over). */
static object *pop_tuple(vm *v, frame *f, uint32_t n)
{
    object *t = tuple_new(v, n);
    if (!t)
        return NULL;
    f->sp -= n;
    for (uint32_t i = 0; i < n; i++)
        tuple_set(v, t, i, f->stack[f->sp + i]);
    return t;
}

static object *pop_list(vm *v, frame *f, uint32_t n)
{
    object *l = list_new(v, n);
    if (!l)
        return NULL;
    f->sp -= n;
    for (uint32_t i = 0; i < n; i++)
        list_set_fresh(v, l, i, f->stack[f->sp + i]);
    return l;
}

/* unpack_iterable's iterator for seq.  "cannot unpack non-iterable X
 * object" replaces the TypeError only when seq's type has neither __iter__
 * nor __getitem__: one raised by a real __iter__ passes as it is. */
static object *unpack_iter(vm *v, object *seq)
{
    object *it = obj_getiter(v, seq);
    if (!it && vm_exc_matches(v, T_TYPE_ERROR) && !seq->type->iter && !seq->type->getitem) {
        vm_exc_clear(v);
        vm_raise_format(v, T_TYPE_ERROR, "cannot unpack non-iterable %.200s object", seq->type->name);
    }
    return it;
}

/* unpack_iterable's Error: the items taken so far released, the last
 * first, then the iterator (after the error was set, so its message is
 * made while they are alive). */
static int unpack_fail(vm *v, object *const *items, size_t got, object *it)
{
    for (size_t i = got; i-- > 0;)
        obj_decref(v, items[i]);
    obj_decref(v, it);
    return -1;
}

/* unpack_iterable for n targets: n items, then one more asked for (its
 * absence is success; an extra one is dropped before the error). */
static int unpack(vm *v, frame *f, object *seq, uint32_t n)
{
    object *local[256], **items = n <= HV_COUNTOF(local) ? local : hv_malloc(n * sizeof *items);
    object *it = unpack_iter(v, seq), *x = NULL;
    size_t got = 0;
    while (it && got < n && (x = obj_iternext(v, it)))
        items[got++] = x;
    int rc = -1;
    if (!it) {
        /* unpack_iter set the error */
    } else if (got < n) {
        if (!v->exc)
            vm_raise_format(v, T_VALUE, "not enough values to unpack (expected %d, got %d)", (int)n, (int)got);
        unpack_fail(v, items, got, it);
    } else if ((x = obj_iternext(v, it))) {
        obj_decref(v, x);
        vm_raise_format(v, T_VALUE, "too many values to unpack (expected %d)", (int)n);
        unpack_fail(v, items, got, it);
    } else if (v->exc) {
        unpack_fail(v, items, got, it);
    } else {
        obj_decref(v, it);
        for (size_t i = n; i-- > 0;)        /* last item deepest: first on top */
            f->stack[f->sp++] = items[i];
        rc = 0;
    }
    if (items != local)
        free(items);
    return rc;
}

/* The form UNPACK_SEQUENCE n at ip runs in for seq: once its code is
 * quickened, _Py_Specialize_UnpackSequence picks UNPACK_SEQUENCE_TUPLE
 * (TWO_TUPLE for 2) or _LIST for a tuple or list of exactly n items,
 * whose DEOPT_IFs then want the same; anything else, and the form's
 * misses, run the generic form (AD_ADAPTIVE). */
static unsigned unpack_form(vm *v, frame *f, uint32_t ip, object *seq, uint32_t n)
{
    if (!code_quickened(f->code))
        return AD_ADAPTIVE;
    unsigned seen = obj_is(v, seq, T_TUPLE) && TUPLE(seq)->n == n  ? AD_UNPACK_TUPLE
                    : obj_is(v, seq, T_LIST) && LIST(seq)->n == n ? AD_UNPACK_LIST
                                                                   : AD_ADAPTIVE;
    adaptive *a = adaptive_at(f->code, ip);
    if (a->kind == AD_ADAPTIVE) {
        if (adaptive_wait(a))
            return AD_ADAPTIVE;
        a->kind = (uint8_t)seen;
        adaptive_settle(a);
        return seen;
    }
    return a->kind == seen ? seen : adaptive_miss(a);
}

/* UNPACK_SEQUENCE: the specialized forms push seq's items straight from
 * it, last first (no iterator); the generic one is unpack_iterable's. */
static int unpack_sequence(vm *v, frame *f, uint32_t ip, object *seq, uint32_t n)
{
    unsigned form = unpack_form(v, f, ip, seq, n);
    if (form == AD_ADAPTIVE)
        return unpack(v, f, seq, n);
    object **items = form == AD_UNPACK_TUPLE ? TUPLE(seq)->items : LIST(seq)->items;
    for (uint32_t i = n; i-- > 0;)
        f->stack[f->sp++] = obj_incref(v, items[i]);
    return 0;
}

/* UNPACK_EX (a, *b, c = seq): `before` items, a list of the rest, whose last
 * `after` items are then taken off it: its size shrinks, its item array
 * stays as PySequence_List made it (unpack_iterable's Py_SET_SIZE).  The
 * values go on the stack first item on top. */
static int unpack_ex(vm *v, frame *f, object *seq, uint32_t before, uint32_t after)
{
    object *items[256], *it = unpack_iter(v, seq), *x;
    if (!it)
        return -1;
    uint32_t got = 0;
    while (got < before && (x = obj_iternext(v, it)))
        items[got++] = x;
    if (got < before) {
        if (!v->exc)
            vm_raise_format(v, T_VALUE, "not enough values to unpack (expected at least %d, got %d)",
                            (int)(before + after), (int)got);
        return unpack_fail(v, items, got, it);
    }
    object *rest = list_new(v, 0);              /* PySequence_List(it) */
    if (rest && list_extend(v, rest, it)) {
        obj_decref(v, rest);
        rest = NULL;
    }
    if (!rest)
        return unpack_fail(v, items, got, it);
    size_t n = LIST(rest)->n;
    if (n < after) {                            /* the list is released first, as the newest item */
        vm_raise_format(v, T_VALUE, "not enough values to unpack (expected at least %d, got %zd)",
                        (int)(before + after), (size_t)(before + n));
        obj_decref(v, rest);
        return unpack_fail(v, items, got, it);
    }
    obj_decref(v, it);
    for (size_t j = n; j-- > n - after;) {
        obj_take(v, LIST(rest)->items[j], rest->addr, (uint64_t)j);  /* its index label */
        f->stack[f->sp++] = LIST(rest)->items[j];
        LIST(rest)->items[j] = NULL;
    }
    LIST(rest)->n = n - after;
    f->stack[f->sp++] = rest;
    for (uint32_t i = before; i-- > 0;)
        f->stack[f->sp++] = items[i];
    return 0;
}

/* ---- calls ------------------------------------------------------------- */

/* A frame for Python function fo with the given arguments (handed over). */
static frame *push_call(vm *v, object *fo, object **args, size_t nargs, object *kwnames)
{
    funcobj *fn = FUNC(fo);
    codeobj *c = CODE(fn->code);
    frame *f = frame_new(v, c, fo, fn->globals, NULL);
    if (!f) {
        for (size_t i = 0; i < nargs; i++)
            obj_decref(v, args[i]);
        obj_decref(v, fo);
        return NULL;
    }
    if (func_bind(v, fo, f->lp, f->addr, args, nargs, kwnames)) {
        frame_free(v, f);
        return NULL;
    }
    return f;
}

/* A callable's tp_call.  _PyObject_MakeTpCall and C functions count
 * against the recursion limit; builtin types (vectorcall in 3.11) do not.
 * Where MakeTpCall packs the arguments (call_packs_args), a tuple and a
 * keyword dict live through the call, unless handed (not NULL):
 * PyObject_Call's caller (CALL_FUNCTION_EX) hands over the tuple and the
 * keyword dict (or NULL) it built, and v->handed says so while the call
 * runs. */
static object *tp_call(vm *v, object *callable, object *const *args, size_t nargs, object *kwnames,
                       object *handed, object *handed_kw)
{
    int counted = !(obj_is_type(callable) &&
                    !(((type *)callable)->flags & TPF_HEAPTYPE));
    if (counted && vm_enter_recursive(v, " while calling a Python object"))
        return NULL;
    handed_call outer = v->handed;
    v->handed = (handed_call){handed ? args : NULL, handed, handed_kw};
    handed_call outer_packed = v->packed;
    object *tuple = NULL, *kwdict = NULL, *r = NULL;
    if (handed || !call_packs_args(v, callable) || !type_call_pack(v, args, nargs, kwnames, 0, &tuple, &kwdict)) {
        v->packed = (handed_call){tuple ? args : NULL, tuple, kwdict};
        r = callable->type->call(v, callable, args, nargs, kwnames);
    }
    obj_xdecref(v, kwdict);
    obj_xdecref(v, tuple);
    v->handed = outer;
    v->packed = outer_packed;
    if (counted)
        vm_leave_recursive(v);
    return r;
}

/* ---- PRECALL after quickening: the calls without a recursion check ----------
 * Once its code is quickened, a CALL of a builtin runs the specialized
 * PRECALL _Py_Specialize_Precall picks (heapviz takes it as soon as the
 * code is quickened, as for PRECALL_NO_KW_STR_1).  The generic vectorcall
 * of a C function checks the recursion depth (cfunction_enter_call,
 * method_enter_call); of the specialized forms, those for METH_O and
 * METH_NOARGS keep the check, METH_VARARGS does not specialize, and these
 * call the C function straight: PRECALL_NO_KW_LEN, _ISINSTANCE,
 * _LIST_APPEND (xs.append(x) as a statement), _BUILTIN_FAST,
 * BUILTIN_FAST_WITH_KEYWORDS and the METH_FASTCALL method descriptor forms. */

/* Whether CALL at ip (a quickened code's) calls callable without the
 * recursion check: the specialized form it runs calls the C function
 * straight (its DEOPT_IFs hold). */
static int precall_unchecked(vm *v, const frame *f, uint32_t ip, object *callable, int is_meth,
                             object *const *args, size_t nargs, object *kwnames)
{
    if (!code_quickened(f->code))
        return 0;
    const descrobj *d = (const descrobj *)callable;
    if (callable->type == v->types[T_BUILTIN] && d->def && d->def->fn &&
        (!d->self || obj_is(v, d->self, T_MODULE))) {
        switch (builtins_precall(d->def)) {
        case BP_LEN:                                /* PRECALL_NO_KW_LEN */
            return nargs == 1 && !kwnames;
        case BP_FAST:
            return !kwnames;
        case BP_FAST_KW:
            return 1;
        default:
            return 0;
        }
    }
    if (!is_meth || kwnames || callable->type != v->types[T_METHOD_DESCR] || !d->def || !nargs)
        return 0;
    if (d->def->flags & METH_O) {           /* only list.append, as a statement (PyList_Check) */
        uint32_t next = INSTR_OP(next_instr(f->code, ip));
        return nargs == 2 && d->owner == v->types[T_LIST] && !strcmp(d->def->name, "append") &&
               next == OP_POP_TOP && type_is_subtype(args[0]->type, d->owner);
    }
    return args[0]->type == d->owner && (d->def->flags & (METH_CLINIC | METH_CLINIC_KW)) != 0;
}

/* tp_call without the recursion check, for the specialized PRECALLs that
 * call a C function straight (precall_unchecked). */
static object *c_call_unchecked(vm *v, object *callable, object *const *args, size_t nargs,
                                object *kwnames)
{
    handed_call outer = v->handed;
    v->handed = (handed_call){NULL, NULL, NULL};
    object *r = callable->type->call(v, callable, args, nargs, kwnames);
    v->handed = outer;
    return r;
}

object *eval_call(vm *v, object *callable, object *const *args, size_t nargs, object *kwnames)
{
    if (obj_is(v, callable, T_FUNCTION)) {
        object *stack[16], **owned = nargs <= HV_COUNTOF(stack) ? stack : hv_malloc(nargs * sizeof *owned);
        for (size_t i = 0; i < nargs; i++)
            owned[i] = obj_incref(v, args[i]);
        frame *f = push_call(v, obj_incref(v, callable), owned, nargs, kwnames);
        if (owned != stack)
            free(owned);
        if (!f)
            return NULL;
        if (f->code->flags & CO_GENERATOR)
            return gen_new(v, f);
        f->entry = 1;
        return eval_frame(v, f);
    }
    if (obj_is(v, callable, T_METHOD))
        return eval_call_self(v, METHOD(callable)->func, METHOD(callable)->self, args, nargs, kwnames);
    if (callable->type->call)
        return tp_call(v, callable, args, nargs, kwnames, NULL, NULL);
    return vm_raise_format(v, T_TYPE_ERROR, "'%.200s' object is not callable", callable->type->name);
}

object *eval_call_self(vm *v, object *callable, object *self, object *const *args, size_t nargs,
                       object *kwnames)
{
    object *stack[16], **all = nargs < HV_COUNTOF(stack) ? stack : hv_malloc((nargs + 1) * sizeof *all);
    all[0] = self;
    if (nargs)                                  /* args may be NULL then */
        memcpy(all + 1, args, nargs * sizeof *args);
    object *r = eval_call(v, callable, all, nargs + 1, kwnames);
    if (all != stack)
        free(all);
    return r;
}

/* ---- calls with * and ** ---------------------------------------------------- */

/* A TypeError "%U <what>" (ceval.c's check_args_iterable and
 * format_kwargs_error): _PyObject_FunctionStr(fn) made first and alive
 * while PyErr_Format's writer makes the message, what's %.200s or %U taking
 * arg (a type name or a str key). */
static void call_ex_error(vm *v, object *fn, const char *what, const char *s_arg, object *u_arg)
{
    object *fs = args_function_str(v, fn);
    if (!fs)
        return;
    char fmt[80];
    snprintf(fmt, sizeof fmt, "%%U %s", what);
    object *u[] = {fs, u_arg};
    const char *s[] = {s_arg};
    vm_raise_made(v, T_TYPE_ERROR, str_from_format_ints(v, fmt, s, u, 0, NULL));
    obj_decref(v, fs);
}

/* DICT_MERGE's failure (format_kwargs_error): not a mapping, or a key twice. */
static void kwargs_error(vm *v, object *fn, object *update)
{
    if (vm_exc_matches(v, T_ATTRIBUTE)) {
        vm_exc_clear(v);
        call_ex_error(v, fn, "argument after ** must be a mapping, not %.200s", update->type->name, NULL);
        return;
    }
    /* format_kwargs_error reads a raw KeyError's value, (key,); one made at
     * once (an exception was being handled) goes up as it is */
    object *a = v->exc_raw ? v->exc : NULL;
    if (!vm_exc_matches(v, T_KEY) || !a || !obj_is(v, a, T_TUPLE) || TUPLE(a)->n != 1)
        return;
    obj_incref(v, a);                           /* fetched: held until the error is made */
    vm_exc_clear(v);
    object *key = obj_str(v, TUPLE(a)->items[0]);   /* %S of a str key: itself */
    if (key)
        call_ex_error(v, fn, "got multiple values for keyword argument '%U'", NULL, key);
    obj_xdecref(v, key);
    obj_decref(v, a);
}

/* CALL_FUNCTION_EX's argument tuple (check_args_iterable, then
 * PySequence_Tuple).  A new reference or NULL; `args` is released. */
static object *call_ex_tuple(vm *v, object *fn, object *args)
{
    if (obj_is(v, args, T_TUPLE) && args->type == v->types[T_TUPLE])
        return args;
    if (!args->type->iter && !args->type->getitem) {
        call_ex_error(v, fn, "argument after * must be an iterable, not %.200s", args->type->name, NULL);
        obj_decref(v, args);
        return NULL;
    }
    object *t = tuple_from_iterable(v, args);
    obj_decref(v, args);
    return t;
}

/* Whether PyObject_Call reaches fn through its vectorcall, the way that
 * unpacks a keywords dict: functions, bound methods, method descriptors,
 * builtins other than METH_VARARGS ones, and the built-in types with a
 * tp_vectorcall in 3.11.  Classes of class statements and instances with
 * __call__ go through tp_call with the dict as it is. */
static int vectorcall_of(vm *v, object *fn)
{
    static const int typed[] = {T_DICT, T_LIST, T_TUPLE, T_SET, T_FROZENSET, T_FLOAT, T_BOOL,
                                T_RANGE, T_ENUMERATE, T_REVERSED, T_FILTER, T_MAP, T_SUPER, T_TYPE};
    if (fn->type == v->types[T_FUNCTION] || fn->type == v->types[T_METHOD] ||
        fn->type == v->types[T_METHOD_DESCR])
        return 1;
    if (fn->type == v->types[T_BUILTIN])
        return !(DESCR(fn)->def->flags & METH_VARARGS);
    for (size_t i = 0; i < HV_COUNTOF(typed); i++)
        if (fn == &v->types[typed[i]]->ob)
            return 1;
    return 0;
}

/* Whether the dict's keys are all str (subclasses too: Py_TPFLAGS_UNICODE_SUBCLASS),
 * as keyword names must be. */
static int keys_are_strings(vm *v, object *kwargs)
{
    size_t pos = 0;
    object *key, *value;
    while (dict_next(kwargs, &pos, &key, &value))
        if (!obj_is_str(v, key))
            return 0;
    return 1;
}

/* PyObject_Call(fn, args, kwargs) for a callable without a vectorcall:
 * its tp_call gets the tuple and the dict themselves, no copy and no
 * reference taken.  heapviz's C callees read keywords as names after the
 * values, so they get the tuple's items and the dict's values in one host
 * array and the keys in a host-only tuple: neither exists in CPython, so
 * neither is a simulated object (the items are borrowed).  What does make
 * a kwnames tuple from the dict (slot_tp_init's call_prepend) or wants
 * the dict itself (a METH_VARARGS builtin: descr_invoke) reads
 * v->handed. */
static object *call_handed(vm *v, object *fn, object *args, object *kwargs)
{
    if (!keys_are_strings(v, kwargs))
        return vm_raise(v, T_TYPE_ERROR, "keywords must be strings");
    size_t n = TUPLE(args)->n, nkw = dict_len(kwargs);
    object **stack = hv_malloc((n + nkw) * sizeof *stack);
    tupleobj *names = obj_host_alloc(v, v->types[T_TUPLE], nkw * sizeof(object *));
    names->ob.type = v->types[T_TUPLE];
    names->ob.refcnt = 1;
    names->n = nkw;
    memcpy(stack, TUPLE(args)->items, n * sizeof *stack);
    size_t pos = 0, k = 0;
    object *key, *value;
    while (dict_next(kwargs, &pos, &key, &value)) {
        names->items[k] = key;
        stack[n + k++] = value;
    }
    object *r = tp_call(v, fn, stack, n + nkw, &names->ob, args, kwargs);
    assert(names->ob.refcnt == 1);              /* nothing kept it */
    obj_host_free(&names->ob);
    free(stack);
    return r;
}

/* PyObject_Call(fn, args, kwargs): without keywords the tuple's items are
 * the arguments; with some, a tp_call gets them as they are (call_handed)
 * and a vectorcall's _PyStack_UnpackDict copies the positional arguments
 * and the values into a new array and the keys into a new kwnames tuple
 * (each a new reference), released after the call.  The array is a PyMem
 * block of 1 + n + nkw pointers, freed once the references in it are
 * released and before the kwnames tuple. */
static object *call_ex(vm *v, object *fn, object *args, object *kwargs)
{
    size_t n = TUPLE(args)->n, nkw = kwargs ? dict_len(kwargs) : 0;
    int vectorcall = vectorcall_of(v, fn), handed = !vectorcall && fn->type->call;
    if (!nkw && handed)
        return tp_call(v, fn, TUPLE(args)->items, n, NULL, args, NULL);    /* tp_call(fn, args, NULL) */
    if (!nkw)
        return eval_call_unpacked(v, fn, TUPLE(args)->items, n, NULL);
    if (handed)
        return call_handed(v, fn, args, kwargs);                        /* tp_call(fn, args, kwargs) */
    uint64_t block = 0;
    if (vectorcall && !(block = pymalloc_malloc(v->pm, 8 * (uint64_t)(1 + n + nkw))))
        return vm_no_memory(v);
    object *kwnames = tuple_new(v, nkw);
    if (!kwnames) {
        if (block)
            pymalloc_free(v->pm, block);
        return NULL;
    }
    object **stack = hv_malloc((n + nkw) * sizeof *stack);
    for (size_t i = 0; i < n; i++)
        stack[i] = obj_incref(v, TUPLE(args)->items[i]);
    size_t pos = 0, k = 0;
    object *key, *value;
    int strings = 1;
    while (dict_next(kwargs, &pos, &key, &value)) {
        strings &= obj_is_str(v, key);         /* _PyStack_UnpackDict: str subclasses too */
        tuple_set(v, kwnames, k, obj_incref(v, key));
        stack[n + k++] = obj_incref(v, value);
    }
    object *r = strings ? eval_call(v, fn, stack, n + nkw, kwnames)
                        : vm_raise(v, T_TYPE_ERROR, "keywords must be strings");
    for (size_t i = 0; i < n + nkw; i++)
        obj_decref(v, stack[i]);
    free(stack);
    if (block)
        pymalloc_free(v->pm, block);
    obj_decref(v, kwnames);
    return r;
}

object *eval_call_unpacked(vm *v, object *fn, object *const *args, size_t nargs, object *kwnames)
{
    size_t nkw = kwnames ? TUPLE(kwnames)->n : 0;
    if (!nkw && obj_is(v, fn, T_METHOD) && nargs + 1 > 5) {
        /* method_vectorcall without PY_VECTORCALL_ARGUMENTS_OFFSET: self
         * and the arguments copied into a PyMem array once they outnumber
         * _PY_FASTCALL_SMALL_STACK */
        uint64_t copy = pymalloc_malloc(v->pm, 8 * (uint64_t)(1 + nargs));
        if (!copy)
            return vm_no_memory(v);
        object *r = eval_call(v, fn, args, nargs, NULL);
        pymalloc_free(v->pm, copy);
        return r;
    }
    if (!nkw || !vectorcall_of(v, fn))
        return eval_call(v, fn, args, nargs, kwnames);
    uint64_t block = pymalloc_malloc(v->pm, 8 * (uint64_t)(1 + nargs));
    if (!block)
        return vm_no_memory(v);
    object *names = tuple_new(v, nkw), *r = NULL;
    if (names) {
        for (size_t k = 0; k < nkw; k++)
            tuple_set(v, names, k, obj_incref(v, TUPLE(kwnames)->items[k]));
        r = eval_call(v, fn, args, nargs, names);
    }
    pymalloc_free(v->pm, block);
    obj_xdecref(v, names);
    return r;
}

/* ---- yield from ------------------------------------------------------------ */

/* SEND's step: what receiver produces when sent value (a generator
 * resumed, an iterator's next() for None, else its send method), or NULL
 * with *returned its return value (StopIteration's value, None when it
 * had none) when it finished, or NULL with an exception. */
static object *send_to(vm *v, object *receiver, object *value, object **returned)
{
    object *r, *ret = NULL;
    if (obj_is(v, receiver, T_GENERATOR)) {
        r = gen_send_ex(v, receiver, value, &ret);
    } else if (value == v->none) {
        r = obj_iternext(v, receiver);
    } else {
        object *send = obj_getattr(v, receiver, str_static_interned(v, "send"));
        r = send ? eval_call(v, send, &value, 1, NULL) : NULL;
        obj_xdecref(v, send);
    }
    if (r)
        return r;
    if (v->exc && vm_exc_matches(v, T_STOP_ITERATION)) {
        ret = fetch_stop_value(v);
    }
    if (v->exc) {
        obj_xdecref(v, ret);
        return NULL;
    }
    *returned = ret ? ret : obj_incref(v, v->none);
    return NULL;
}

/* _PyGen_yf: what a generator suspended in a yield from delegates to (the
 * receiver under its SEND's loop), borrowed, or NULL. */
static object *gen_yf(const genobj *g)
{
    const frame *f = g->f;
    if (!f || !g->started || f->ip < 2 || f->sp < 1)
        return NULL;
    if (INSTR_OP(f->code->code[f->ip - 1]) != OP_YIELD_VALUE || INSTR_OP(f->code->code[f->ip - 2]) != OP_SEND)
        return NULL;
    return f->stack[f->sp - 1];
}

/* ---- with ------------------------------------------------------------------ */

/* A special method of o's type, bound to o (_PyObject_LookupSpecial): a
 * new reference, or NULL without an exception when the type has none. */
static object *lookup_special(vm *v, object *o, const char *name)
{
    return class_lookup_special(v, o, str_static_interned(v, name));
}

/* BEFORE_WITH: [mgr] → [mgr.__exit__, mgr.__enter__()]. */
static int before_with(vm *v, frame *f)
{
    object *mgr = TOP_OF(f);
    object *enter = lookup_special(v, mgr, "__enter__");
    if (!enter) {       /* a builtin's that heapviz does not model (sys.stdout's) is refused by name */
        if (!v->exc && !attr_refuse_theirs(v, mgr, str_static_interned(v, "__enter__")))
            vm_raise_format(v, T_TYPE_ERROR, "'%.200s' object does not support the context manager protocol",
                            mgr->type->name);
        return -1;
    }
    object *exit = lookup_special(v, mgr, "__exit__");
    if (!exit) {
        if (!v->exc && !attr_refuse_theirs(v, mgr, str_static_interned(v, "__exit__")))
            vm_raise_format(v, T_TYPE_ERROR, "'%.200s' object does not support the context manager protocol "
                            "(missed __exit__ method)", mgr->type->name);
        obj_decref(v, enter);
        return -1;
    }
    f->stack[f->sp - 1] = exit;
    obj_decref(v, mgr);
    object *res = eval_call(v, enter, NULL, 0, NULL);
    obj_decref(v, enter);
    if (!res)
        return -1;
    f->stack[f->sp++] = res;
    return 0;
}

/* ---- exceptions ----------------------------------------------------------- */

static const exc_entry *find_handler(const codeobj *c, uint32_t ip)
{
    const exc_entry *best = NULL;
    for (uint32_t i = 0; i < c->nexc; i++) {
        const exc_entry *e = &c->exctab[i];
        if (ip >= e->start && ip < e->end && (!best || e->start >= best->start))
            best = e;
    }
    return best;
}

/* ---- the loop ------------------------------------------------------------- */

#define PUSH(x) (f->stack[f->sp++] = (x))
#define POP() (f->stack[--f->sp])
#define TOP() (f->stack[f->sp - 1])
#define PEEK(n) (f->stack[f->sp - (n)])
#define ERROR_IF(cond) do { if (cond) goto error; } while (0)

/* Counts a statement or a loop iteration against interp_options.step_limit
 * (vm_tick): -1 with KeyboardInterrupt raised once it is used up, else 0. */
static inline int tick(vm *v)
{
    return HV_LIKELY(!v->step_limit) ? 0 : vm_tick(v);
}

int eval_interrupted(vm *v)
{
    if (HV_LIKELY(!v->interrupt || !*v->interrupt))
        return 0;
    *v->interrupt = 0;
    if (v->interrupt_check && !v->interrupt_check(v->interrupt_ud))
        return 0;
    object *e = eval_call(v, &v->types[T_KEYBOARD_INTERRUPT]->ob, NULL, 0, NULL);
    if (e)
        vm_raise_object(v, e);
    return 1;
}

/* The line allocations are charged to (tracemalloc's frame, an event's
 * site): the innermost Python frame's, so a return or an unwind gives the
 * caller's line back before the rest of its statement runs. */
static inline void set_line(vm *v, uint32_t line)
{
    v->line = line;
    pymalloc_set_site(v->pm, line);
}

/* A step that is not counted against the step limit begins at line:
 * every unsaid reference said (at the line that left them), then its STEP. */
static void next_step(vm *v, uint32_t line, enum step_what what)
{
    vm_say_all(v);
    set_line(v, line);
    v->step++;
    vm_step_event(v, what);
}

/* A statement begins.  Returns -1 when the step limit is used up, else 0. */
static int step_event(vm *v, uint32_t line)
{
    if (v->console) {                       /* the console input is the step */
        set_line(v, line);
        return 0;
    }
    vm_say_all(v);                          /* at the line that left them unsaid */
    set_line(v, line);
    v->step++;
    if (tick(v))
        return -1;
    vm_step_event(v, STEP_STATEMENT);
    return 0;
}

/* A loop's next round: a backward jump lands on a FOR_ITER on another
 * line than the one left (a for statement's head, or a comprehension's
 * written over several lines), as CPython reports a line event there on
 * every round.  Its own step, so the next item, the loop variable's new
 * value and the old one's release are seen at the head's line (a while
 * loop's test again at the bottom is a statement of its own already: the
 * compiler marks it).  The jump counted the round against the step limit. */
static void loop_head(vm *v, const codeobj *c, uint32_t target)
{
    uint32_t line = c->lines[target];
    if (INSTR_OP(c->code[target]) != OP_FOR_ITER || line == v->line || v->console)
        return;
    next_step(v, line, STEP_STATEMENT);
}

/* A frame that began at step0 has left; its caller's statement goes on at
 * line.  If the frame ran statements of its own on another line, what
 * follows is a step of its own at that line (STEP_RETURN), not the
 * frame's last statement's (a comprehension or lambda on the caller's
 * own line goes on in the same step): unlike a statement's, it is not
 * counted against the step limit. */
static void return_to(vm *v, uint64_t step0, uint32_t line)
{
    if (v->step == step0 || v->line == line || v->console) {
        set_line(v, line);
        return;
    }
    next_step(v, line, STEP_RETURN);
}

object *eval_frame(vm *v, frame *f)
{
    object *x, *y, *r;
    uint32_t w, arg, start_ip = 0;
    unsigned form;                          /* BINARY_OP's form (binary_form) */
    uint32_t caller_line = v->line;         /* given back when the entry frame leaves */
    f->step0 = v->step;                     /* a call, a resumption, or a throw into it */
    if (!frame_incomplete(f))               /* a generator resumed inside a statement */
        set_line(v, f->code->lines[f->ip - 1]);
    if (f->throwing) {                      /* gen_send_ex's exc: raised at the yield */
        f->throwing = 0;
        start_ip = f->ip - 1;
        goto error;
    }
    code_warm(f->code);                     /* RESUME: a start, or a generator's resumption */
    for (;;) {
        start_ip = f->ip;
        w = f->code->code[f->ip++];
        arg = INSTR_ARG(w);
        if (w & INSTR_STMT) {
            if (step_event(v, f->code->lines[start_ip]))
                goto error;
        } else if (HV_UNLIKELY(f->code->lines[start_ip] != v->line) && !in_prologue(w)) {
            set_line(v, f->code->lines[start_ip]);  /* a statement's later line, a loop's head */
        }
        switch (INSTR_OP(w)) {
        case OP_NOP:
            break;
        case OP_POP_TOP:
            obj_decref(v, POP());
            break;
        case OP_PUSH_NULL:
            PUSH(NULL);
            break;
        case OP_COPY:
            x = PEEK(arg);
            PUSH(obj_incref(v, x));
            break;
        case OP_SWAP:
            x = TOP();
            TOP() = PEEK(arg);
            PEEK(arg) = x;
            break;
        case OP_LOAD_CONST:
            PUSH(obj_incref(v, TUPLE(f->code->consts)->items[arg]));
            break;
        case OP_LOAD_FAST:
            x = f->lp[arg];
            if (!x) {
                vm_raise_format(v, T_UNBOUND_LOCAL,
                                "cannot access local variable '%s' where it is not associated with a value",
                                STR(local_name(f, arg))->data);
                goto error;
            }
            PUSH(obj_incref(v, x));
            break;
        case OP_STORE_FAST:
            set_local(v, f, arg, POP());
            break;
        case OP_DELETE_FAST:
            if (!f->lp[arg]) {
                vm_raise_format(v, T_UNBOUND_LOCAL,
                                "cannot access local variable '%s' where it is not associated with a value",
                                STR(local_name(f, arg))->data);
                goto error;
            }
            set_local(v, f, arg, NULL);
            break;
        case OP_LOAD_NAME:
            x = f->locals ? dict_lookup(v, f->locals, name_at(f, arg)) : NULL;
            ERROR_IF(v->exc);
            if (x)
                PUSH(obj_incref(v, x));
            else {
                ERROR_IF(!(x = load_global(v, f, name_at(f, arg))));
                PUSH(x);
            }
            break;
        case OP_STORE_NAME:
            x = POP();
            r = f->locals ? f->locals : f->globals;
            if (dict_setitem(v, r, name_at(f, arg), x)) {
                obj_decref(v, x);
                goto error;
            }
            obj_decref(v, x);
            break;
        case OP_DELETE_NAME:
            r = f->locals ? f->locals : f->globals;
            if (dict_delitem(v, r, name_at(f, arg))) {
                vm_exc_clear(v);
                name_error(v, name_at(f, arg));
                goto error;
            }
            break;
        case OP_LOAD_GLOBAL:
            if (arg & 1)
                PUSH(NULL);
            ERROR_IF(!(x = load_global(v, f, name_at(f, arg >> 1))));
            PUSH(x);
            break;
        case OP_STORE_GLOBAL:
            x = POP();
            if (dict_setitem(v, f->globals, name_at(f, arg), x)) {
                obj_decref(v, x);
                goto error;
            }
            obj_decref(v, x);
            break;
        case OP_DELETE_GLOBAL:
            if (dict_delitem(v, f->globals, name_at(f, arg))) {
                vm_exc_clear(v);
                name_error(v, name_at(f, arg));
                goto error;
            }
            break;
        case OP_MAKE_CELL:
            ERROR_IF(make_cell(v, f, arg));
            break;
        case OP_COPY_FREE_VARS:
            copy_free_vars(v, f, arg);
            break;
        case OP_LOAD_CLOSURE:
            PUSH(obj_incref(v, f->lp[arg]));
            break;
        case OP_LOAD_DEREF:
        case OP_LOAD_CLASSDEREF:
            x = NULL;
            if (INSTR_OP(w) == OP_LOAD_CLASSDEREF && f->locals) {
                x = dict_lookup(v, f->locals, local_name(f, arg));
                ERROR_IF(v->exc);
            }
            if (!x)
                x = CELL(f->lp[arg])->ref;
            if (!x) {
                uint8_t kind = f->code->localspluskinds[arg];
                if (kind & LP_FREE) {
                    vm_raise_format(v, T_NAME, "cannot access free variable '%s' where it is not "
                                    "associated with a value in enclosing scope", STR(local_name(f, arg))->data);
                    exc_set_context(v, local_name(f, arg), NULL);   /* format_exc_check_arg */
                } else
                    vm_raise_format(v, T_UNBOUND_LOCAL, "cannot access local variable '%s' where it is "
                                    "not associated with a value", STR(local_name(f, arg))->data);
                goto error;
            }
            PUSH(obj_incref(v, x));
            break;
        case OP_STORE_DEREF:
            cell_set(v, f->lp[arg], POP());
            break;
        case OP_DELETE_DEREF:
            if (!CELL(f->lp[arg])->ref) {
                vm_raise_format(v, T_UNBOUND_LOCAL, "cannot access local variable '%s' where it is not "
                                "associated with a value", STR(local_name(f, arg))->data);
                goto error;
            }
            cell_set(v, f->lp[arg], NULL);
            break;
        case OP_LOAD_ATTR:
            x = POP();
            r = obj_getattr(v, x, name_at(f, arg));
            obj_decref(v, x);
            ERROR_IF(!r);
            PUSH(r);
            break;
        case OP_STORE_ATTR:
            x = POP();                      /* the object */
            y = POP();                      /* the value */
            arg = obj_setattr(v, x, name_at(f, arg), y) ? 1 : 0;
            obj_decref(v, y);
            obj_decref(v, x);
            ERROR_IF(arg);
            break;
        case OP_DELETE_ATTR:
            x = POP();
            arg = obj_setattr(v, x, name_at(f, arg), NULL) ? 1 : 0;
            obj_decref(v, x);
            ERROR_IF(arg);
            break;
        case OP_LOAD_METHOD: {
            object *meth = NULL;
            x = POP();
            int unbound = obj_getmethod(v, x, name_at(f, arg), &meth);
            if (unbound < 0) {
                obj_decref(v, x);
                goto error;
            }
            if (unbound) {                  /* (method, self) */
                PUSH(meth);
                PUSH(x);
            } else {                        /* (NULL, attribute) */
                obj_decref(v, x);
                PUSH(NULL);
                PUSH(meth);
            }
            break;
        }
        case OP_BINARY_OP:
            y = POP();
            x = POP();
            form = binary_form(v, f, start_ip, arg, x, y);
            if (form == AD_INPLACE_ADD_UNICODE) {
                uint32_t slot = INSTR_ARG(f->code->code[f->ip++]);  /* its STORE_FAST, done */
                ERROR_IF(add_unicode_in_place(v, f, slot, x, y));
                break;
            }
            r = obj_binary_op(v, x, y, (int)arg);
            if (form == AD_INT || form == AD_FLOAT) {
                object *t = x;                      /* the right operand first */
                x = y;
                y = t;
            }
            obj_decref(v, x);
            obj_decref(v, y);
            ERROR_IF(!r);
            PUSH(r);
            break;
        case OP_UNARY_NEGATIVE:
        case OP_UNARY_POSITIVE:
        case OP_UNARY_INVERT:
            x = POP();
            r = obj_unary_op(v, x, INSTR_OP(w) == OP_UNARY_NEGATIVE ? UN_NEG
                                   : INSTR_OP(w) == OP_UNARY_POSITIVE ? UN_POS : UN_INVERT);
            obj_decref(v, x);
            ERROR_IF(!r);
            PUSH(r);
            break;
        case OP_UNARY_NOT: {
            x = POP();
            int t = obj_truth(v, x);
            obj_decref(v, x);
            ERROR_IF(t < 0);
            PUSH(obj_bool(v, !t));
            break;
        }
        case OP_COMPARE_OP:
            y = POP();
            x = POP();
            if (compare_form(v, f, start_ip, (int)arg, x, y) == AD_ADAPTIVE)
                r = obj_richcompare(v, x, y, (int)arg);
            else                                /* a combined form: no recursion check */
                r = x->type->richcompare(v, x, y, (int)arg);
            obj_decref(v, x);
            obj_decref(v, y);
            ERROR_IF(!r);
            PUSH(r);
            break;
        case OP_IS_OP:
            y = POP();
            x = POP();
            r = obj_bool(v, (x == y) != (int)arg);
            obj_decref(v, x);
            obj_decref(v, y);
            PUSH(r);
            break;
        case OP_CONTAINS_OP: {
            y = POP();                      /* the container */
            x = POP();
            int t = obj_contains(v, y, x);
            obj_decref(v, x);
            obj_decref(v, y);
            ERROR_IF(t < 0);
            PUSH(obj_bool(v, t != (int)arg));
            break;
        }
        case OP_BINARY_SUBSCR:
            y = POP();
            x = POP();
            r = obj_getitem(v, x, y);
            obj_decref(v, x);
            obj_decref(v, y);
            ERROR_IF(!r);
            PUSH(r);
            break;
        case OP_STORE_SUBSCR: {
            object *key = POP(), *container = POP(), *value = POP();
            int rc = obj_setitem(v, container, key, value);
            obj_decref(v, value);
            obj_decref(v, container);
            obj_decref(v, key);
            ERROR_IF(rc);
            break;
        }
        case OP_DELETE_SUBSCR: {
            object *key = POP(), *container = POP();
            int rc = obj_setitem(v, container, key, NULL);
            obj_decref(v, container);
            obj_decref(v, key);
            ERROR_IF(rc);
            break;
        }
        case OP_BUILD_SLICE: {
            object *step = arg == 3 ? POP() : NULL;
            y = POP();
            x = POP();
            r = slice_new(v, x, y, step);
            obj_decref(v, x);
            obj_decref(v, y);
            obj_xdecref(v, step);
            ERROR_IF(!r);
            PUSH(r);
            break;
        }
        case OP_BUILD_TUPLE:
            ERROR_IF(!(r = pop_tuple(v, f, arg)));
            PUSH(r);
            break;
        case OP_BUILD_LIST:
            ERROR_IF(!(r = pop_list(v, f, arg)));
            PUSH(r);
            break;
        case OP_BUILD_SET: {
            ERROR_IF(!(r = set_new(v)));
            int rc = 0;
            for (uint32_t i = arg; i > 0; i--)
                if (!rc)
                    rc = set_add(v, r, PEEK(i));
            for (uint32_t i = 0; i < arg; i++)
                obj_decref(v, POP());
            if (rc) {
                obj_decref(v, r);
                goto error;
            }
            PUSH(r);
            break;
        }
        case OP_BUILD_MAP:                  /* _PyDict_FromItems: unicode if all keys are str */
            r = dict_from_items(v, &PEEK(2 * arg), 2, &PEEK(2 * arg - 1), 2, arg);
            for (uint32_t i = 0; i < 2 * arg; i++)
                obj_decref(v, POP());
            ERROR_IF(!r);
            PUSH(r);
            break;
        case OP_BUILD_CONST_KEY_MAP: {
            object *keys = POP();
            r = dict_from_items(v, TUPLE(keys)->items, 1, &PEEK(arg), 1, arg);
            obj_decref(v, keys);
            for (uint32_t i = 0; i < arg; i++)
                obj_decref(v, POP());
            ERROR_IF(!r);
            PUSH(r);
            break;
        }
        case OP_BUILD_STRING:
            ERROR_IF(!(r = str_join_stack(v, &f->stack[f->sp - arg], arg)));
            for (uint32_t i = 0; i < arg; i++)
                obj_decref(v, POP());
            PUSH(r);
            break;
        case OP_LIST_APPEND:
            x = POP();
            arg = list_append(v, PEEK(arg), x) ? 1 : 0;
            obj_decref(v, x);
            ERROR_IF(arg);
            break;
        case OP_SET_ADD:
            x = POP();
            arg = set_add(v, PEEK(arg), x) ? 1 : 0;
            obj_decref(v, x);
            ERROR_IF(arg);
            break;
        case OP_MAP_ADD:
            y = POP();                      /* value */
            x = POP();                      /* key */
            arg = dict_setitem(v, PEEK(arg), x, y) ? 1 : 0;
            obj_decref(v, x);
            obj_decref(v, y);
            ERROR_IF(arg);
            break;
        case OP_LIST_EXTEND:
            x = POP();
            arg = list_extend(v, PEEK(arg), x) ? 1 : 0;
            if (arg && vm_exc_matches(v, T_TYPE_ERROR) && !x->type->iter && !x->type->getitem) {
                vm_exc_clear(v);
                vm_raise_format(v, T_TYPE_ERROR, "Value after * must be an iterable, not %.200s", x->type->name);
            }
            obj_decref(v, x);
            ERROR_IF(arg);
            break;
        case OP_SET_UPDATE:
            x = POP();
            arg = set_update(v, PEEK(arg), x) ? 1 : 0;
            obj_decref(v, x);
            ERROR_IF(arg);
            break;
        case OP_DICT_UPDATE:
            x = POP();
            arg = dict_update(v, PEEK(arg), x) ? 1 : 0;
            obj_decref(v, x);
            ERROR_IF(arg);
            break;
        case OP_LIST_TO_TUPLE:
            x = POP();
            r = list_as_tuple(v, x);
            obj_decref(v, x);
            ERROR_IF(!r);
            PUSH(r);
            break;
        case OP_FORMAT_VALUE: {
            object *spec = arg & 4 ? POP() : NULL;
            x = POP();
            r = format_field(v, x, (int)(arg & 3), spec);
            ERROR_IF(!r);
            PUSH(r);
            break;
        }
        case OP_UNPACK_SEQUENCE:
            x = POP();
            arg = unpack_sequence(v, f, start_ip, x, arg) ? 1 : 0;
            obj_decref(v, x);
            ERROR_IF(arg);
            break;
        case OP_UNPACK_EX:
            x = POP();
            arg = unpack_ex(v, f, x, arg & 0xff, arg >> 8) ? 1 : 0;
            obj_decref(v, x);
            ERROR_IF(arg);
            break;
        case OP_JUMP:
            if (arg < f->ip) {              /* JUMP_BACKWARD: the eval breaker's check */
                code_warm(f->code);
                ERROR_IF(eval_interrupted(v));
            }
            ERROR_IF(arg <= start_ip && tick(v));
            if (arg < f->ip)
                loop_head(v, f->code, arg);
            f->ip = arg;
            break;
        case OP_POP_JUMP_IF_FALSE:
        case OP_POP_JUMP_IF_TRUE: {
            x = POP();
            int t = obj_truth(v, x);
            obj_decref(v, x);
            ERROR_IF(t < 0);
            if (t == (INSTR_OP(w) == OP_POP_JUMP_IF_TRUE))
                f->ip = arg;
            break;
        }
        case OP_POP_JUMP_IF_NONE:
        case OP_POP_JUMP_IF_NOT_NONE: {
            x = POP();
            int jump = (x == v->none) == (INSTR_OP(w) == OP_POP_JUMP_IF_NONE);
            obj_decref(v, x);               /* a finalizer it runs sees this instruction */
            if (jump)
                f->ip = arg;
            break;
        }
        case OP_JUMP_IF_FALSE_OR_POP:
        case OP_JUMP_IF_TRUE_OR_POP: {
            int t = obj_truth(v, TOP());
            ERROR_IF(t < 0);
            if (t == (INSTR_OP(w) == OP_JUMP_IF_TRUE_OR_POP))
                f->ip = arg;
            else
                obj_decref(v, POP());
            break;
        }
        case OP_GET_ITER:
            x = POP();
            r = obj_getiter(v, x);
            obj_decref(v, x);
            ERROR_IF(!r);
            PUSH(r);
            break;
        case OP_FOR_ITER:
            r = obj_iternext(v, TOP());     /* counts the step (vm_tick) */
            if (r) {
                PUSH(r);
            } else {
                ERROR_IF(v->exc && !vm_exc_matches(v, T_STOP_ITERATION));
                vm_exc_clear(v);
                obj_decref(v, POP());
                f->ip = arg;
            }
            break;
        case OP_KW_NAMES:
            f->kwnames = TUPLE(f->code->consts)->items[arg];
            break;
        case OP_CALL: {
            ERROR_IF(eval_interrupted(v));       /* CALL checks the eval breaker too */
            object *kwnames = f->kwnames;
            f->kwnames = NULL;
            int is_meth = PEEK(arg + 2) != NULL;
            uint32_t nargs = arg + (uint32_t)is_meth;
            object *callable = PEEK(nargs + 1);
            object **args = &f->stack[f->sp - nargs];
            if (!is_meth && obj_is(v, callable, T_METHOD)) {   /* unpack a bound method */
                object *self = METHOD(callable)->self, *func = METHOD(callable)->func;
                PEEK(nargs + 1) = obj_incref(v, self);
                PEEK(nargs + 2) = obj_incref(v, func);
                obj_decref(v, callable);
                is_meth = 1;
                nargs++;
                callable = PEEK(nargs + 1);
                args = &f->stack[f->sp - nargs];
            }
            if (obj_is(v, callable, T_FUNCTION)) {
                f->sp -= arg + 2;           /* [NULL|method, callable|self, args…] */
                frame *nf = push_call(v, callable, args, nargs, kwnames);
                ERROR_IF(!nf);
                if (nf->code->flags & CO_GENERATOR) {
                    ERROR_IF(!(r = gen_new(v, nf)));
                    PUSH(r);
                    break;
                }
                nf->back = f;
                f = nf;
                code_warm(f->code);         /* its RESUME */
                break;
            }
            if (nargs == 1 && !kwnames && !is_meth && callable == &v->types[T_STR]->ob &&
                code_quickened(f->code))    /* PRECALL_NO_KW_STR_1: PyObject_Str(arg) */
                r = v->types[T_STR]->vnew(v, v->types[T_STR], args, 1, NULL);
            else if (precall_unchecked(v, f, start_ip, callable, is_meth, args, nargs, kwnames))
                r = c_call_unchecked(v, callable, args, nargs, kwnames);
            else
                r = eval_call(v, callable, args, nargs, kwnames);
            /* Arguments go first to last (self first): CALL's generic path
             * releases the callable before them, the specialized PRECALLs
             * a quickened code takes after them. */
            f->sp -= nargs + 1 + !is_meth;  /* … and the NULL */
            if (!code_quickened(f->code))
                obj_decref(v, callable);
            for (uint32_t i = 0; i < nargs; i++)
                obj_decref(v, args[i]);
            if (code_quickened(f->code))
                obj_decref(v, callable);
            ERROR_IF(!r);
            PUSH(r);
            break;
        }
        case OP_SETUP_ANNOTATIONS: {
            object *ann = str_static_interned(v, "__annotations__");
            if (!dict_lookup(v, f->locals, ann)) {
                ERROR_IF(v->exc);
                x = dict_new(v);
                ERROR_IF(!x);
                arg = dict_setitem(v, f->locals, ann, x) ? 1 : 0;
                obj_decref(v, x);
                ERROR_IF(arg);
            }
            break;
        }
        case OP_DICT_MERGE:
            x = POP();
            if (dict_merge_keys(v, PEEK(arg), x)) {
                kwargs_error(v, PEEK(arg + 2), x);
                obj_decref(v, x);
                goto error;
            }
            obj_decref(v, x);
            break;
        case OP_CALL_FUNCTION_EX: {
            ERROR_IF(eval_interrupted(v));
            object *kwargs = arg & 1 ? POP() : NULL;
            x = POP();
            x = call_ex_tuple(v, PEEK(1), x);
            if (!x) {
                obj_xdecref(v, kwargs);
                goto error;
            }
            r = call_ex(v, TOP(), x, kwargs);
            obj_decref(v, POP());           /* the callable */
            obj_decref(v, x);
            obj_xdecref(v, kwargs);
            f->sp--;                        /* the NULL */
            ERROR_IF(!r);
            PUSH(r);
            break;
        }
        case OP_MAKE_FUNCTION: {
            object *code = POP();
            object *mod = dict_lookup(v, f->globals, v->str___name__);
            r = func_new(v, code, f->globals, mod);
            obj_decref(v, code);
            ERROR_IF(!r);
            if (arg & 8)
                func_set(v, r, FUNC_CLOSURE, POP());
            if (arg & 4)
                func_set(v, r, FUNC_ANNOTATIONS, POP());
            if (arg & 2)
                func_set(v, r, FUNC_KWDEFAULTS, POP());
            if (arg & 1)
                func_set(v, r, FUNC_DEFAULTS, POP());
            PUSH(r);
            break;
        }
        case OP_RETURN_VALUE: {
            r = POP();
            frame *back = f->back;
            int entry = f->entry;
            uint64_t step0 = f->step0;
            frame_free(v, f);
            if (entry) {
                if (v->nframes)             /* the module's end keeps its last line */
                    return_to(v, step0, caller_line);
                return r;
            }
            f = back;
            return_to(v, step0, f->code->lines[f->ip - 1]);
            PUSH(r);
            break;
        }
        case OP_RAISE_VARARGS: {
            object *cause = arg == 2 ? POP() : NULL;
            x = arg ? POP() : NULL;
            int bare = !arg && vm_handled(v);   /* a re-raise adds no traceback entry */
            exc_raise(v, x, cause);
            obj_xdecref(v, x);
            obj_xdecref(v, cause);
            if (bare)
                goto reraise;
            goto error;
        }
        case OP_RERAISE:                    /* the lasti under it stays for the unwinding */
            vm_raise_object(v, POP());
            goto reraise;
        case OP_BEFORE_WITH:
            ERROR_IF(before_with(v, f));
            break;
        case OP_WITH_EXCEPT_START:          /* [__exit__, lasti, prev, exc] */
            x = TOP();
            y = EXC(x)->traceback ? EXC(x)->traceback : v->none;
            {
                object *exit_args[3] = {&x->type->ob, x, y};
                r = eval_call(v, PEEK(4), exit_args, 3, NULL);
            }
            ERROR_IF(!r);
            PUSH(r);
            break;
        case OP_PUSH_EXC_INFO:              /* the stack takes over the old exc_info */
            x = POP();
            PUSH(v->handling ? v->handling : obj_incref(v, v->none));
            v->handling = obj_incref(v, x);
            PUSH(x);
            break;
        case OP_POP_EXCEPT:
            x = POP();                      /* the exception handled before this one */
            obj_xdecref(v, v->handling);
            v->handling = x;
            if (x == v->none) {
                v->handling = NULL;
                obj_decref(v, x);
            }
            break;
        case OP_CHECK_EXC_MATCH: {
            y = POP();                      /* the class (or tuple of classes) */
            int m = exc_match(v, TOP(), y);
            obj_decref(v, y);
            ERROR_IF(m < 0);
            PUSH(obj_bool(v, m));
            break;
        }
        case OP_LOAD_ASSERTION_ERROR:
            PUSH(obj_incref(v, &v->types[T_ASSERTION]->ob));
            break;
        case OP_LOAD_BUILD_CLASS:
            PUSH(obj_incref(v, v->build_class));
            break;
        case OP_IMPORT_NAME:
            ERROR_IF(!(r = import_module(v, name_at(f, arg))));
            PUSH(r);
            break;
        case OP_IMPORT_NAME_FROM:
            ERROR_IF(!(r = import_module_from(v, name_at(f, arg))));
            PUSH(r);
            break;
        case OP_IMPORT_NAME_REL:                /* __main__ has no package: always fails */
            ERROR_IF(!import_relative(v, f));
            break;
        case OP_GET_LEN: {
            int64_t n = obj_length(v, TOP());
            ERROR_IF(n < 0);
            ERROR_IF(!(r = int_from_i64(v, n)));
            PUSH(r);
            break;
        }
        case OP_MATCH_SEQUENCE:
        case OP_MATCH_MAPPING:
            x = TOP();
            PUSH(obj_bool(v, INSTR_OP(w) == OP_MATCH_SEQUENCE ? match_is_sequence(v, x)
                                                              : match_is_mapping(v, x)));
            break;
        case OP_MATCH_KEYS:
            ERROR_IF(!(r = match_keys(v, PEEK(2), TOP())));
            PUSH(r);
            break;
        case OP_MATCH_CLASS:
            y = POP();                          /* the keyword names */
            x = POP();                          /* the class */
            r = match_class(v, TOP(), x, arg, y);
            obj_decref(v, y);
            obj_decref(v, x);
            ERROR_IF(!r);
            x = TOP();
            TOP() = r;
            obj_decref(v, x);
            break;
        case OP_IMPORT_FROM:
            ERROR_IF(!(r = import_from(v, TOP(), name_at(f, arg))));
            PUSH(r);
            break;
        case OP_IMPORT_STAR:                    /* at module level only: the locals are the globals */
        {
            x = POP();
            int failed = import_star(v, x, f->globals);
            obj_decref(v, x);
            ERROR_IF(failed);
            break;
        }
        case OP_GET_YIELD_FROM_ITER:
            x = TOP();
            if (!obj_is(v, x, T_GENERATOR)) {
                ERROR_IF(!(r = obj_getiter(v, x)));
                TOP() = r;
                obj_decref(v, x);
            }
            break;
        case OP_SEND:
            x = POP();
            y = NULL;
            r = send_to(v, TOP(), x, &y);
            obj_decref(v, x);
            if (!r) {
                ERROR_IF(v->exc);
                obj_decref(v, TOP());       /* it returned y: the value of yield from */
                TOP() = y;
                f->ip = arg;
                break;
            }
            PUSH(r);
            break;
        case OP_JUMP_NO_INTERRUPT:
            f->ip = arg;
            break;
        case OP_YIELD_VALUE:                /* generator frames run as entry frames */
            f->yielded = 1;
            return_to(v, f->step0, caller_line);
            return POP();
        case OP_PRINT_EXPR:                 /* sys.displayhook */
            x = POP();
            spec_initializing_probe(v);
            if (x == v->none) {
                obj_decref(v, x);
                break;
            }
            set_underscore(v, obj_incref(v, v->none));
            arg = print_expr(v, x) ? 1 : 0;
            if (arg)
                obj_decref(v, x);
            else
                set_underscore(v, x);
            ERROR_IF(arg);
            break;
        default:
            vm_raise(v, T_NOT_IMPLEMENTED, "heapviz: instruction %u is not supported here",
                     INSTR_OP(w));
            goto error;
        }
        continue;

    error:
        traceback_add(v, f, start_ip);
    reraise:
        for (;;) {
            const exc_entry *h = find_handler(f->code, start_ip);
            if (h) {
                while (f->sp > h->depth)
                    obj_xdecref(v, POP());
                if (h->lasti)
                    PUSH(int_from_i64(v, start_ip));
                if (!exc_normalize(v))      /* exception_unwind: for the handler */
                    continue;               /* (what failed replaces it, here) */
                object *exc = v->exc;
                v->exc = NULL;
                PUSH(exc);
                f->ip = h->target;
                break;
            }
            while (f->sp)                   /* no handler: the stack is popped while f */
                obj_xdecref(v, POP());      /* is current (exception_unwind), so a finalizer
                                               run by it finds f's own frame object */
            frame *back = f->back;
            int entry = f->entry;
            frame_free(v, f);
            if (entry) {
                if (v->nframes)
                    set_line(v, caller_line);
                return NULL;
            }
            f = back;
            start_ip = f->ip - 1;
            set_line(v, f->code->lines[start_ip]);
            traceback_add(v, f, start_ip);
        }
    }
}
