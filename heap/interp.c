/*
 * interp.c — running a program: compile it, make __main__'s namespace as
 * CPython has it when a script starts, run the module's code, and report an
 * uncaught exception the way CPython does (traceback on stderr, status 1).
 *
 * __main__'s globals start with CPython's nine entries (__name__, __doc__,
 * __package__, __loader__, __spec__, __annotations__, __builtins__,
 * __file__, __cached__), inserted one by one into a new dict, so its keys
 * table grows exactly when the program's own globals make CPython's grow.
 */
#include "interp.h"

#include "abstract.h"
#include "builtins.h"
#include "compile.h"
#include "dict.h"
#include "eval.h"
#include "hv.h"
#include "types.h"

#include <stdlib.h>
#include <string.h>

struct interp {
    vm *v;
    interp_options opt;
    const char *source;     /* the program being run (for tracebacks) */
    size_t n;
};

interp *interp_new(const interp_options *opt)
{
    interp *in = hv_calloc(1, sizeof *in);
    in->opt = *opt;
    in->v = vm_new(opt->prof ? opt->prof : profile_default(), opt->heap_limit, opt->emit,
                   opt->emit_ud);
    in->v->write = opt->write;
    in->v->write_ud = opt->write_ud;
    return in;
}

void interp_delete(interp *in)
{
    if (!in)
        return;
    vm_delete(in->v);
    free(in);
}

/* ---- reporting an uncaught exception ---------------------------------------- */

/* Line `line` (1-based) of the source, without its newline. */
static const char *source_line(const interp *in, uint32_t line, size_t *len)
{
    const char *p = in->source, *end = in->source + in->n;
    for (uint32_t l = 1; l < line && p < end; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl)
            return NULL;
        p = nl + 1;
    }
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    *len = (size_t)((nl ? nl : end) - p);
    if (*len && p[*len - 1] == '\r')
        (*len)--;
    return p < end || line == 1 ? p : NULL;
}

static void print_frame(interp *in, buf *b, const tb_entry *e)
{
    buf_printf(b, "  File \"%s\", line %u, in %s\n", STR(e->filename)->data, e->line,
               STR(e->name)->data);
    size_t len;
    const char *text = source_line(in, e->line, &len);
    if (!text)
        return;
    size_t lead = 0;
    while (lead < len && (text[lead] == ' ' || text[lead] == '\t' || text[lead] == '\f'))
        lead++;
    size_t trail = len;
    while (trail > lead && (text[trail - 1] == ' ' || text[trail - 1] == '\t'))
        trail--;
    if (trail == lead)
        return;
    buf_adds(b, "    ");
    buf_add(b, text + lead, trail - lead);
    buf_addc(b, '\n');
    size_t start = e->col & 0xffff, end = e->col >> 16;
    if (end > start && (start > lead || end < trail) && end <= len) {
        buf_adds(b, "    ");
        for (size_t i = lead; i < start; i++)
            buf_addc(b, ' ');
        for (size_t i = start; i < end; i++)
            buf_addc(b, '^');
        buf_addc(b, '\n');
    }
}

static void report(interp *in)
{
    vm *v = in->v;
    object *exc = v->exc;
    v->exc = NULL;
    buf b = BUF_INIT;
    if (v->ntb) {
        buf_adds(&b, "Traceback (most recent call last):\n");
        for (size_t i = v->ntb; i-- > 0;)       /* outermost first */
            print_frame(in, &b, &v->tb[i]);
    }
    buf_adds(&b, exc->type->name);
    object *s = obj_str(v, exc);
    if (!s) {
        vm_exc_clear(v);
        buf_adds(&b, ": <exception str() failed>");
    } else {
        if (STR(s)->nbytes) {
            buf_adds(&b, ": ");
            buf_add(&b, STR(s)->data, STR(s)->nbytes);
        }
        obj_decref(v, s);
    }
    buf_addc(&b, '\n');
    vm_write(v, 2, buf_str(&b), b.len);
    buf_free(&b);
    obj_decref(v, exc);
}

/* ---- __main__ ---------------------------------------------------------------- */

static object *main_globals(vm *v, object *filename)
{
    object *g = dict_new(v);
    if (!g)
        return NULL;
    object *name = str_from_cstr(v, "__main__"), *ann = dict_new(v);
    struct { const char *key; object *value; } entries[] = {
        {"__name__", name}, {"__doc__", v->none}, {"__package__", v->none},
        {"__loader__", v->none}, {"__spec__", v->none}, {"__annotations__", ann},
        {"__builtins__", v->modules[0]}, {"__file__", filename}, {"__cached__", v->none},
    };
    int rc = !name || !ann;
    for (size_t i = 0; i < HV_COUNTOF(entries) && !rc; i++)
        rc = dict_setitem(v, g, str_static_interned(v, entries[i].key), entries[i].value);
    obj_xdecref(v, name);
    obj_xdecref(v, ann);
    if (rc) {
        obj_decref(v, g);
        return NULL;
    }
    return g;
}

static void clear_traceback(vm *v)
{
    for (size_t i = 0; i < v->ntb; i++) {
        obj_decref(v, v->tb[i].filename);
        obj_decref(v, v->tb[i].name);
    }
    v->ntb = 0;
}

int interp_run(interp *in, const char *source, size_t n, const char *filename)
{
    vm *v = in->v;
    in->source = source;
    in->n = n;
    object *fname = str_from_cstr(v, filename);
    if (!fname) {
        report(in);
        return 1;
    }
    buf err = BUF_INIT;
    object *code = compile_module(v, source, n, fname, &err);
    if (!code) {
        if (v->exc) {
            report(in);
        } else {
            vm_write(v, 2, buf_str(&err), err.len);
        }
        buf_free(&err);
        obj_decref(v, fname);
        return 1;
    }
    buf_free(&err);
    int status = 0;
    object *globals = main_globals(v, fname);
    frame *f = globals ? frame_new(v, CODE(code), NULL, globals, globals) : NULL;
    object *r = NULL;
    if (f) {
        f->entry = 1;
        r = eval_frame(v, f);
    }
    if (!r) {
        report(in);
        status = 1;
    } else {
        obj_decref(v, r);
    }
    clear_traceback(v);
    obj_xdecref(v, globals);
    obj_decref(v, code);
    obj_decref(v, fname);
    return status;
}

/* ---- naming addresses for the tools ------------------------------------------ */

void interp_each_type(interp *in, void (*fn)(void *ud, uint64_t addr, const char *name), void *ud)
{
    for (int i = 0; i < T_NBUILTIN; i++)
        if (in->v->types[i])
            fn(ud, in->v->types[i]->ob.addr, in->v->types[i]->name);
}
