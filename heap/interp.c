/*
 * interp.c — running programs: a script (interp_run) or console inputs
 * (interp_console) in one persistent __main__, reporting an uncaught
 * exception the way CPython does (traceback on stderr, status 1), and the
 * end of the process (interp_delete) as CPython's finalization does it.
 *
 * __main__'s globals start with CPython's entries (__name__, __doc__,
 * __package__, __loader__, __spec__, __annotations__, __builtins__, and for
 * a script __file__, __cached__), inserted one by one into a new dict, so
 * its keys table grows exactly when the program's own globals make
 * CPython's grow.
 *
 *   interp_new ─▶ [interp_run script] ─▶ interp_console* ─▶ interp_delete
 *                   (__main__ made by the first of them)     (finalization)
 */
#include "interp.h"

#include "abstract.h"
#include "builtins.h"
#include "compile.h"
#include "cstack.h"
#include "dict.h"
#include "eval.h"
#include "gc.h"
#include "hv.h"
#include "lex.h"
#include "loader.h"
#include "set.h"
#include "textio.h"
#include "structseq.h"
#include "traceback.h"
#include "types.h"

#include <stdlib.h>
#include <string.h>

struct interp {
    vm *v;
    interp_options opt;
    object *globals;        /* __main__'s dict, or NULL before the first run */
    char *script;           /* a copy of the script's text (tracebacks quote it) */
    char *script_name;      /* its file name */
    int gc_started;         /* the collector's starting state is set (or never will be) */
};

interp *interp_new(const interp_options *opt)
{
    interp *in = hv_calloc(1, sizeof *in);
    in->opt = *opt;
    in->v = vm_new(opt->prof ? opt->prof : profile_default(), opt->heap_limit,
                   opt->ring ? hv_ring_emit : opt->emit, opt->ring ? (void *)opt->ring : opt->emit_ud);
    if (opt->ring)
        vm_set_sink(in->v, NULL, NULL, opt->ring);
    gc_set_collector(in->v, opt->collector);
    in->v->write = opt->write;
    in->v->write_ud = opt->write_ud;
    in->v->write_errno = opt->write_errno;
    in->v->sync = opt->sync;
    in->v->step_limit = opt->step_limit;
    in->v->environ = opt->environ;
    in->v->snapshot = opt->snapshot;
    in->v->snapshot_ud = opt->snapshot_ud;
    in->v->interrupt = opt->interrupt;
    in->v->interrupt_check = opt->interrupt_check;
    in->v->interrupt_ud = opt->interrupt_ud;
    textio_set_mode(in->v, opt->stdout_mode, opt->stdout_blksize, opt->stderr_blksize);
    in->v->source_stat = opt->source_stat;
    textio_set_stdio(in->v, opt->stdio);
    structseq_set_flags(in->v, opt->getenv, opt->stdio & TEXTIO_UTF8_MODE, opt->inspect);
    return in;
}

/* sys.last_type, last_value and last_traceback set to each of values in
 * turn (values[i] a new reference, or NULL), each replaced one dropped
 * then: _PyErr_PrintEx's _PySys_SetAttr calls, finalize_modules_delete_special's
 * Nones. */
static void set_sys_last(vm *v, object *const values[3])
{
    for (size_t i = 0; i < HV_COUNTOF(v->sys_last); i++) {
        object *old = v->sys_last[i];
        v->sys_last[i] = values[i];
        obj_xdecref(v, old);
    }
}

/* Py_FinalizeEx as far as a program sees it: a full collection
 * (PyGC_Collect, skipped while gc is disabled; __main__ still in
 * sys.modules: it reorders the lists, gc.c's main_dict_to_gen1), then
 * finalize_modules: builtins._ goes, __main__ leaves sys.modules and
 * nothing else holds it, so its dict is released, and the cycles it was
 * part of are collected (their finalizers run in the collector's order:
 * the order of __del__ at exit).  What is left goes in vm_delete, once
 * sys is cleared (print() writes nothing then). */
static void finalize(interp *in)
{
    vm *v = in->v;
    v->interrupt = NULL;                    /* _PySignal_Fini: a SIGINT tripped is forgotten, and
                                               the host's SIGINT is no KeyboardInterrupt now */
    exc_memory_errors_settle(v);
    if (v->gc_enabled)
        gc_collect_with_callback(v, 2);    /* PyGC_Collect: gc.callbacks run */
    object *underscore = v->underscore;
    v->underscore = NULL;
    obj_xdecref(v, underscore);
    object *const nones[3] = {NULL, NULL, NULL};
    set_sys_last(v, nones);                 /* sys.last_* = None, after builtins._ */
    object *g = in->globals;
    in->globals = NULL;
    in->v->main_dict = NULL;
    obj_xdecref(v, g);
    object *name = v->main_name;           /* the module itself goes: its md_name, */
    v->main_name = NULL;
    obj_xdecref(v, name);
    loader_clear(v);                        /* and its loader's dict */
    gc_collect(v, 2);
    vm_exc_clear(v);
    vm_say_all(v);
}

void interp_set_sink(interp *in, hv_emit_fn emit, void *ud, hv_ring *ring)
{
    vm_set_sink(in->v, emit, ud, ring);
}

void interp_delete(interp *in)
{
    if (!in)
        return;
    gc_import_release(in->v, &in->v->gc_import);
    str_ucn_release(in->v);
    finalize(in);
    vm_delete(in->v);
    free(in->script);
    free(in->script_name);
    free(in);
}

/* ---- reporting an uncaught exception ---------------------------------------- */

/* _Py_HandleSystemExit, before PyErr_Print normalizes anything: the
 * status is the code (the instance's code attribute, or the raw value
 * sys.exit left): None 0, an int its value as a C long cut to an int (the
 * system keeps its low 8 bits), anything else written to stderr as str()
 * and a newline, status 1.  No traceback. */
static int system_exit(interp *in)
{
    vm *v = in->v;
    vm_err e = vm_exc_fetch(v);
    object *code = e.exc;
    if (!e.raw)
        code = EXC(code)->code ? EXC(code)->code : v->none;
    int status = 0;
    if (code == v->none) {
        /* exit status 0 */
    } else if (type_is_subtype(code->type, v->types[T_INT])) {
        int64_t n;
        status = int_as_i64(code, &n) ? (int)n : -1;    /* PyLong_AsLong's -1 on overflow */
    } else {
        object *s = obj_str(v, code);
        if (s) {
            vm_write(v, 2, STR(s)->data, STR(s)->len);
            obj_decref(v, s);
        }
        vm_exc_clear(v);                    /* a str() that failed prints nothing */
        vm_write(v, 2, "\n", 1);
        status = 1;
    }
    vm_exc_restore(v, e);                   /* PyErr_Restore, then PyErr_Clear */
    vm_exc_clear(v);
    return status & 0xff;
}

/* PyErr_Print: the exception normalized, kept as sys.last_type,
 * last_value and last_traceback (so what its traceback's frames hold
 * lives until finalization, or the console's next error), then written
 * by the excepthook. */
static int report(interp *in)
{
    vm *v = in->v;
    if (!in->opt.inspect && vm_exc_matches(v, T_SYSTEM_EXIT))
        return system_exit(in);
    while (!exc_normalize(v))               /* PyErr_Print normalizes it */
        ;
    object *exc = v->exc;
    int status = type_is_subtype(exc->type, v->types[T_KEYBOARD_INTERRUPT]) ? INTERP_KILLED_BY_SIGINT : 1;
    v->exc = NULL;
    object *last[3] = {obj_incref(v, (object *)exc->type), exc, EXC(exc)->traceback};
    if (last[2])
        obj_incref(v, last[2]);
    set_sys_last(v, last);
    buf b = BUF_INIT;
    traceback_print(v, &b, exc);
    vm_write(v, 2, buf_str(&b), b.len);
    buf_free(&b);
    exc_memory_errors_settle(v);
    return status;
}

/* ---- __main__ ---------------------------------------------------------------- */

/* __main__'s dict, made on first use: with __file__ and __cached__ for a
 * script (filename), without them for a bare console. */
static object *main_globals(interp *in, object *filename)
{
    vm *v = in->v;
    if (in->globals)
        return in->globals;
    object *g = dict_new(v);
    if (!g)
        return NULL;
    object *name = str_from_cstr(v, "__main__"), *ann = dict_new(v);
    struct { const char *key; object *value; } entries[] = {
        {"__name__", name}, {"__doc__", v->none}, {"__package__", v->none},
        {"__loader__", filename ? loader_new(v, filename) : v->none}, {"__spec__", v->none},
        {"__annotations__", ann},
        {"__builtins__", v->builtins_module}, {"__file__", filename}, {"__cached__", v->none},
    };
    size_t n = filename ? HV_COUNTOF(entries) : HV_COUNTOF(entries) - 2;
    int rc = !name || !ann;
    for (size_t i = 0; i < n && !rc; i++)
        rc = dict_setitem(v, g, str_static_interned(v, entries[i].key), entries[i].value);
    obj_xdecref(v, ann);
    if (rc) {
        obj_xdecref(v, name);
        obj_decref(v, g);
        return NULL;
    }
    v->main_name = name;                    /* the module's md_name: the reference made here */
    v->main_dict = g;                       /* a root of the vm (vm_roots) */
    return in->globals = g;
}

_Static_assert((int)INTERP_STDOUT_WRITE_THROUGH == TEXTIO_WRITE_THROUGH && (int)INTERP_STDOUT_LINE == TEXTIO_LINE &&
                   (int)INTERP_STDOUT_BLOCK == TEXTIO_BLOCK,
               "interp_options.stdout_mode is passed to textio_set_mode as it is");

/* pythonrun.c's flush_io once the code has run: sys.stderr.flush(), then
 * sys.stdout.flush(), with the exception (if any) put aside. */
static void flush_io(vm *v)
{
    vm_err exc = vm_exc_fetch(v);
    textio_flush_all(v);
    vm_exc_restore(v, exc);
}

/* The script's last statement is over: what follows is a step of its own,
 * at no line (STEP_END). */
static void end_step(vm *v)
{
    vm_say_all(v);
    v->line = 0;
    pymalloc_set_site(v->pm, 0);
    v->step++;
    vm_step_event(v, STEP_END);
}

/* Compiles source in mode and runs it in __main__: 0, or 1 after the
 * SyntaxError report or the traceback. */

static int run_source(interp *in, const char *source, size_t n, object *fname, int mode)
{
    vm *v = in->v;
    buf err = BUF_INIT;
    compile_arena arena = {0};              /* lives until the code has run */
    int script = mode == COMPILE_FILE && !in->gc_started && !in->opt.gc_empty;
    if (script && main_globals(in, fname))  /* python3 makes __main__ before it compiles */
        gc_start_interpreter(v);            /* the collector as python3's compiler finds it */
    in->gc_started = 1;
    v->stack_floor = cstack_floor(CSTACK_RESERVE);  /* this thread's, from here down */
    object *code = compile_source(v, source, n, fname, script ? COMPILE_SCRIPT : mode, &err, &arena);
    if (!code) {
        compile_arena_free(v, &arena);
        int status = 1;
        if (v->exc)
            status = report(in);
        else
            vm_write(v, 2, buf_str(&err), err.len);
        buf_free(&err);
        return status;
    }
    buf_free(&err);
    if (script)
        gc_start_main_function(v);          /* PyEval_EvalCode's function for the code */
    object *globals = main_globals(in, mode == COMPILE_FILE ? fname : NULL);
    frame *f = globals ? frame_new(v, CODE(code), NULL, globals, globals) : NULL;
    if (script)
        pymalloc_startup_pools(v->pm);      /* the pools python3's first statement finds */
    object *r = NULL;
    if (f) {
        f->entry = 1;
        r = eval_frame(v, f);
    }
    if (mode == COMPILE_FILE)
        end_step(v);
    obj_decref(v, code);
    compile_arena_free(v, &arena);
    flush_io(v);
    int status = 0;
    if (!r) {
        if (in->opt.flush)
            in->opt.flush(in->opt.write_ud);
        status = report(in);
    } else
        obj_decref(v, r);
    return status;
}

/* _PyRun_SimpleFileObject deletes __file__ and __cached__ from __main__
 * once the script is over (python3 -i shows they are gone). */
static void forget_file(interp *in)
{
    static const char *const keys[] = {"__file__", "__cached__"};
    for (size_t i = 0; i < HV_COUNTOF(keys) && in->globals; i++)
        if (dict_delitem(in->v, in->globals, str_static_interned(in->v, keys[i])))
            vm_exc_clear(in->v);
}

void interp_set_argv0(interp *in, const char *arg)
{
    vm *v = in->v;
    if (LIST(v->sys_argv)->n)
        return;                             /* set already */
    /* start-up's own str (a one-character one is the cached singleton, as
     * PyUnicode_FromWideChar returns it), which the vm keeps too: a
     * program taking it out of the list must not free a static object
     * (the objects table's "value:sys.argv[0]" row takes that reference off
     * sys.getrefcount) */
    size_t len = strlen(arg);
    object *s = len == 0 ? v->empty_str : len == 1 && (unsigned char)arg[0] < 128
                ? v->latin1[(unsigned char)arg[0]] : (v->sys_argv0 = str_static_own(v, arg));
    if (len == 1)                           /* sys.orig_argv's last item is the same singleton */
        s->refcnt++;                        /* (a static object: the model keeps no count) */
    list_append(v, v->sys_argv, s);         /* the list's reference, an event */
}

int interp_run(interp *in, const char *source, size_t n, const char *filename)
{
    vm *v = in->v;
    interp_set_argv0(in, filename);         /* unless the caller gave it as typed */
    free(in->script);
    free(in->script_name);
    lex *lx = lex_new(source, n, filename); /* the text in its declared encoding */
    size_t len;
    const char *text = lex_text(lx, &len);
    in->script = hv_malloc(len ? len : 1);
    memcpy(in->script, text, len);
    v->script_readable = lex_readable_lines(lx);
    lex_free(lx);
    in->script_name = hv_malloc(strlen(filename) + 1);
    strcpy(in->script_name, filename);
    v->script = in->script_name;            /* tracemalloc's frames name it */
    v->script_text = in->script;
    v->script_len = len;
    object *fname = str_from_cstr(v, filename);
    if (!fname)
        return report(in);
    int status = run_source(in, source, n, fname, COMPILE_FILE);
    obj_decref(v, fname);
    forget_file(in);
    vm_say_all(v);
    return status;
}

/* ---- the console -------------------------------------------------------------- */

int interp_console_incomplete(interp *in, const char *text, size_t n)
{
    (void)in;
    return compile_incomplete(text, n);
}

/* The step a console input (or the UI's collect key) begins with. */
static void console_step(vm *v)
{
    v->step++;
    vm_step_event(v, STEP_CONSOLE);
}

int interp_console(interp *in, const char *text, size_t n)
{
    vm *v = in->v;
    console_step(v);
    interp_set_argv0(in, "");               /* python3 -i's sys.argv, without a script */
    object *fname = str_from_cstr(v, "<stdin>");
    if (!fname)
        return report(in);
    v->console = 1;
    int status = run_source(in, text, n, fname, COMPILE_SINGLE);
    v->console = 0;
    obj_decref(v, fname);
    vm_say_all(v);
    return status;
}

void interp_set_collector(interp *in, int collector)
{
    gc_set_collector(in->v, collector);
}

int interp_collector(interp *in)
{
    return gc_collector(in->v);
}

int64_t interp_collect(interp *in)
{
    vm *v = in->v;
    console_step(v);
    int64_t n = v->gc_collecting ? 0 : gc_collect(v, 2);
    vm_say_all(v);
    return n;
}

/* ---- naming addresses for the tools ------------------------------------------ */

void interp_each_type(interp *in, void (*fn)(void *ud, uint64_t addr, const char *name), void *ud)
{
    for (int i = 0; i < T_NBUILTIN; i++)
        if (in->v->types[i])
            fn(ud, in->v->types[i]->ob.addr, in->v->types[i]->name);
}

/* ---- naming types for the tools (a read-only query) ------------------------- */

/* A class on one of the collector's lists whose address is addr. */
static const type *find_class(vm *v, gchead *head, uint64_t addr)
{
    for (gchead *g = head->next; g && g != head; g = g->next) {
        object *o = (object *)(g + 1);
        if (o->addr == addr && obj_is_type(o))   /* a metaclass's class too */
            return (const type *)o;
    }
    return NULL;
}

const char *interp_type_name(interp *in, uint64_t addr)
{
    vm *v = in->v;
    for (unsigned t = 0; t < T_NBUILTIN; t++)
        if (v->types[t] && v->types[t]->ob.addr == addr)
            return v->types[t]->name;
    const type *c = NULL;
    for (unsigned g = 0; g < NUM_GENERATIONS && !c; g++)
        c = find_class(v, &v->gens[g].head, addr);
    if (!c)
        c = find_class(v, &v->permanent, addr);
    return c ? c->name : NULL;
}

void interp_names(interp *in, vmnames_fn fn, void *ud)
{
    vmnames_each(in->v, fn, ud);
}

void interp_names_since(interp *in, uint64_t *seen, vmnames_fn fn, void *ud)
{
    vmnames_each_since(in->v, seen, fn, ud);
}

void interp_values(interp *in, vmnames_fn fn, void *ud)
{
    vmnames_values(in->v, fn, ud);
}
