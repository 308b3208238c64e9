/*
 * builtins.c — builtin functions and the sys and gc modules.
 *
 * Builtin functions and modules are static objects (CPython makes them at
 * start-up, before the program's heap is of interest).  Their names are
 * interned static strings, so a program's names find them by pointer.
 * Argument errors use CPython's exact words, which differ from function to
 * function (measured: "len() takes exactly one argument (0 given)",
 * "sys.getrefcount() takes exactly one argument (0 given)", …).
 */
#include "builtins.h"
#include "namespace.h"
#include "textio.h"

#include "abstract.h"
#include "attr.h"
#include "class.h"
#include "code.h"
#include "dict.h"
#include "dir.h"
#include "gc.h"
#include "eval.h"
#include "func.h"
#include "hv.h"
#include "mallocstats.h"
#include "number.h"
#include "range.h"
#include "tracemalloc.h"
#include "types.h"
#include "weakref.h"
#include "structseq.h"
#include "warn.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *display(const method_def *def)
{
    return def->display ? def->display : def->name;
}

int args_keywordless(const object *kwnames)
{
    return !kwnames || TUPLE(kwnames)->n == 0;
}

/* The argument parsers' TypeErrors (vgetargskeywords,
 * _PyArg_UnpackKeywords, _PyArg_CheckPositional): PyErr_Format's message,
 * made by PyUnicode_FromFormatV's writer (each %s a str of its own first,
 * str_from_format_ints).  Always -1. */
static int format_error(vm *v, const char *fmt, const char *const *s_args, object *const *u_args,
                        const int64_t *int_args)
{
    vm_raise_made(v, T_TYPE_ERROR, str_from_format_ints(v, fmt, s_args, u_args, 0, int_args));
    return -1;
}

static const char *def_module(const method_def *def);

/* A method descriptor's __qualname__ (descr_get_qualname), text
 * "type.name" (dot at its last '.'): made on first use by
 * calculate_qualname, "%S.%S" of the type's __qualname__ (a static type's
 * a new str, type_name) and d_name, then kept by the descriptor (found
 * again by its text: one descriptor per type and name).  A new reference,
 * or NULL on MemoryError. */
static object *descr_qualname(vm *v, const char *text, const char *dot)
{
    for (unsigned i = 0; i < v->ndescr_qualnames; i++)
        if (strcmp(STR(v->descr_qualnames[i])->data, text) == 0)
            return obj_incref(v, v->descr_qualnames[i]);
    object *tq = str_from_utf8(v, text, (size_t)(dot - text)), *q = NULL;
    if (tq) {
        object *u[] = {tq, str_static_interned(v, dot + 1)};
        q = str_from_format_ints(v, "%U.%U", NULL, u, 0, NULL);
        obj_decref(v, tq);
    }
    if (!q || v->ndescr_qualnames == HV_COUNTOF(v->descr_qualnames))
        return q;                           /* more descriptors than heapviz keeps: made each time */
    v->descr_qualnames[v->ndescr_qualnames++] = obj_incref(v, q);
    return q;
}

/* The d_qualname of the method descriptor of def on the type owner:
 * "%S.%S" of owner's __qualname__ (type_short_name) and def's name. */
static object *owner_qualname(vm *v, const type *owner, const method_def *def)
{
    char text[128];
    snprintf(text, sizeof text, "%s.%s", type_short_name(owner), def->name);
    return descr_qualname(v, text, strrchr(text, '.'));
}

void args_qualnames_free(vm *v)
{
    while (v->ndescr_qualnames)
        obj_decref(v, v->descr_qualnames[--v->ndescr_qualnames]);
}

/* A bound builtin method's __qualname__ (meth_get__qualname__), made for
 * each call and kept by nothing: "%S.%s" of its self's type's __qualname__
 * (a static type's a new str, type_name; a class's own) and ml_name.  A
 * new reference, or NULL on MemoryError. */
static object *bound_qualname(vm *v, const descrobj *b)
{
    int is_type = type_is_subtype(b->self->type, v->types[T_TYPE]);  /* a classmethod's: the type */
    const type *t = is_type ? (const type *)b->self : b->self->type;
    object *own = t->qualname ? t->qualname : t->name_obj;
    object *tq = own ? obj_incref(v, own) : str_from_cstr(v, type_short_name(t)), *q = NULL;
    if (tq) {
        const char *s[] = {b->def->name};
        q = str_from_format_ints(v, "%U.%s", s, &tq, 0, NULL);
        obj_decref(v, tq);
    }
    return q;
}

/* The __qualname__ of def's function when the call runs through a
 * descriptor or a bound method (v->calling, attr.c): a method
 * descriptor's kept d_qualname of its own type, a bound method's made
 * now; NULL (nothing raised) otherwise, when display(def) names it. */
static object *calling_qualname(vm *v, const method_def *def, int *made)
{
    const descrobj *c = v->calling ? DESCR(v->calling) : NULL;
    int bound = c && obj_is(v, v->calling, T_BUILTIN);
    *made = c && c->def == def && (!bound || (c->self && !obj_is(v, c->self, T_MODULE)));
    if (!*made)
        return NULL;
    return bound ? bound_qualname(v, c) : owner_qualname(v, c->owner, def);
}

/* _PyObject_FunctionStr of def's function, as its argument errors make it:
 * a module function's __qualname__ is a new str of its name
 * (meth_get__qualname__) and its module (an existing str) prefixes it
 * unless it is builtins ("%S.%S()"); a bound method's and a method
 * descriptor's are calling_qualname's, or else display(def) names a
 * descriptor's kept d_qualname ("%S()": their __module__ is None).  A new
 * reference, or NULL on MemoryError. */
static object *function_str_made(vm *v, const method_def *def)
{
    const char *module = def_module(def), *text = display(def), *dot = strrchr(text, '.');
    int made;
    object *q = module ? NULL : calling_qualname(v, def, &made), *r = NULL;
    if (!module && !made)
        q = dot ? descr_qualname(v, text, dot) : str_from_cstr(v, text);
    else if (module)
        q = str_from_cstr(v, def->name);
    if (q && module && strcmp(module, "builtins")) {
        object *u[] = {str_static_interned(v, module), q};
        r = str_from_format_ints(v, "%U.%U()", NULL, u, 0, NULL);
    } else if (q) {
        r = str_from_format_ints(v, "%U()", NULL, &q, 0, NULL);
    }
    obj_xdecref(v, q);
    return r;
}

/* _PyObject_FunctionStr of a type: its __qualname__ (type_qualname: a
 * class's own str, a built-in type's a new str of its name) and
 * __module__ (type_module: a class's from its dict; a built-in type's is
 * builtins, so it is left out). */
static object *type_function_str(vm *v, type *t)
{
    object *own = (t->flags & TPF_HEAPTYPE) ? (t->qualname ? t->qualname : t->name_obj) : NULL;
    object *q = own ? obj_incref(v, own) : str_from_cstr(v, t->name), *r = NULL;
    object *m = (t->flags & TPF_HEAPTYPE) && t->dict ? dict_lookup(v, t->dict, str_static_interned(v, "__module__"))
                                                     : NULL;
    int other = m && obj_is(v, m, T_STR) && strcmp(STR(m)->data, "builtins");
    object *u[] = {m, q};
    if (q)
        r = str_from_format_ints(v, other ? "%U.%U()" : "%U()", NULL, other ? u : u + 1, 0, NULL);
    obj_xdecref(v, q);
    return r;
}

object *args_function_str(vm *v, object *fn)
{
    const descrobj *d = DESCR(fn);
    if (obj_is(v, fn, T_BUILTIN) && d->def) {
        if (!d->self || obj_is(v, d->self, T_MODULE))
            return function_str_made(v, d->def);
        object *q = bound_qualname(v, d), *r = q ? str_from_format_ints(v, "%U()", NULL, &q, 0, NULL) : NULL;
        obj_xdecref(v, q);
        return r;
    }
    if (type_is_subtype(fn->type, v->types[T_TYPE]))
        return type_function_str(v, (type *)fn);
    if (obj_is(v, fn, T_METHOD_DESCR) && d->def) {     /* its kept d_qualname; no __module__ */
        object *q = owner_qualname(v, d->owner, d->def);
        object *r = q ? str_from_format_ints(v, "%U()", NULL, &q, 0, NULL) : NULL;
        obj_xdecref(v, q);
        return r;
    }
    object *q = NULL, *m = NULL, *r = NULL;
    int rc = attr_lookup(v, fn, str_static_interned(v, "__qualname__"), &q);
    if (rc <= 0)
        return rc < 0 ? NULL : obj_str(v, fn);
    if (attr_lookup(v, fn, str_static_interned(v, "__module__"), &m) >= 0) {
        int other = m && m != v->none && !(obj_is(v, m, T_STR) && !strcmp(STR(m)->data, "builtins"));
        object *u[] = {other ? obj_str(v, m) : NULL, obj_str(v, q)};  /* %S: a str is itself */
        if ((!other || u[0]) && u[1])
            r = str_from_format_ints(v, other ? "%U.%U()" : "%U()", NULL, other ? u : u + 1, 0, NULL);
        obj_xdecref(v, u[0]);
        obj_xdecref(v, u[1]);
    }
    obj_xdecref(v, m);
    obj_decref(v, q);
    return r;
}

/* A builtin's own argument error naming it by _PyObject_FunctionStr
 * (cfunction_check_kwargs, method_check_args, the METH_O and METH_NOARGS
 * vectorcalls): fmt's %U is that str, its %zd nargs.  Always -1. */
static int function_error(vm *v, const method_def *def, const char *fmt, size_t nargs)
{
    object *fs = function_str_made(v, def);
    if (!fs)
        return -1;
    int64_t n[] = {(int64_t)nargs};
    format_error(v, fmt, NULL, &fs, n);
    obj_decref(v, fs);
    return -1;
}

int args_no_keywords(vm *v, const method_def *def, object *kwnames)
{
    if (kwnames && TUPLE(kwnames)->n)
        return function_error(v, def, "%U takes no keyword arguments", 0);
    return 0;
}

/* The count error of a clinic-style check (_PyArg_CheckPositional), named
 * `fn`: "f expected at least 1 argument, got 0". */
static void count_clinic(vm *v, const char *fn, size_t nargs, size_t min, size_t max)
{
    size_t want = nargs < min ? min : max;
    const char *s[] = {fn, min == max ? "" : nargs < min ? "at least " : "at most ", want == 1 ? "" : "s"};
    int64_t n[] = {(int64_t)want, (int64_t)nargs};
    format_error(v, "%.200s expected %s%zd argument%s, got %zd", s, NULL, n);
}

object *args_count_error(vm *v, const char *fn, size_t nargs, size_t min, size_t max)
{
    count_clinic(v, fn, nargs, min, max);
    return NULL;
}

object *args_no_kwnames(vm *v, const char *fn)
{
    const char *s[] = {fn};
    format_error(v, "%s() takes no keyword arguments", s, NULL, NULL);
    return NULL;
}

object *args_no_kwargs(vm *v, const char *fn)
{
    const char *s[] = {fn};
    format_error(v, "%.200s() takes no keyword arguments", s, NULL, NULL);
    return NULL;
}

object *args_bad_argument(vm *v, const char *fname, const char *displayname, const char *expected,
                          const object *arg)
{
    const char *s[] = {fname, displayname, expected, arg == v->none ? "None" : type_short_name(arg->type)};
    format_error(v, "%.200s() %.200s must be %.50s, not %.50s", s, NULL, NULL);
    return NULL;
}

/* The count error of PyArg_ParseTuple (vgetargs1): "f() takes at least 1
 * argument (0 given)". */
static void count_parse(vm *v, const char *fn, size_t nargs, size_t min, size_t max)
{
    size_t want = nargs < min ? min : max;
    const char *s[] = {fn, "()", min == max ? "exactly" : nargs < min ? "at least" : "at most",
                       want == 1 ? "" : "s"};
    int64_t n[] = {(int64_t)want, (int64_t)nargs};
    format_error(v, "%.150s%s takes %s %d argument%s (%zd given)", s, NULL, n);
}

int args_range(vm *v, const method_def *def, size_t nargs, object *kwnames, size_t min, size_t max)
{
    if (args_no_keywords(v, def, kwnames))
        return -1;
    if (nargs >= min && nargs <= max)
        return 0;
    unsigned conv = def->flags & (METH_O | METH_NOARGS | METH_CLINIC | METH_PARSE);
    if (conv == METH_PARSE)
        count_parse(v, def->name, nargs, min, max);
    else if (conv == METH_CLINIC)
        count_clinic(v, def->name, nargs, min, max);
    else if ((conv == METH_NOARGS || conv == 0) && max == 0)
        function_error(v, def, "%U takes no arguments (%zd given)", nargs);
    else if ((conv == METH_O || conv == 0) && min == 1 && max == 1)
        function_error(v, def, "%U takes exactly one argument (%zd given)", nargs);
    else
        count_clinic(v, display(def), nargs, min, max);
    return -1;
}

int args_exact(vm *v, const method_def *def, size_t nargs, object *kwnames, size_t n)
{
    return args_range(v, def, nargs, kwnames, n, n);
}

/* The value of keyword `name` among the call's keywords, or NULL. */
static object *find_keyword(object *const *kwvals, object *kwnames, const char *name)
{
    for (size_t k = 0; kwnames && k < TUPLE(kwnames)->n; k++)
        if (str_is(TUPLE(kwnames)->items[k], name))
            return kwvals[k];
    return NULL;
}

/* vgetargskeywords' lookup of kwlist[i] among the keywords: the name made
 * as a str first (_PyDict_GetItemStringWithError), freed at once.  The
 * value, or NULL (with MemoryError when v->exc). */
static object *keyword_probe(vm *v, const char *name, object *const *kwvals, object *kwnames)
{
    return str_probe(v, name) ? NULL : find_keyword(kwvals, kwnames, name);
}

int args_keywords(vm *v, const char *fn, const char *const *kwlist, size_t len, size_t min,
                  object *const *args, size_t npos, object *kwnames, object **out)
{
    size_t nkw = kwnames ? TUPLE(kwnames)->n : 0, left = nkw;
    object *const *kwvals = args + npos;
    if (npos + nkw > len) {
        const char *s[] = {fn, "()", npos ? "" : "keyword ", len == 1 ? "" : "s"};
        int64_t n[] = {(int64_t)len, (int64_t)(npos + nkw)};
        return format_error(v, "%.200s%s takes at most %d %sargument%s (%zd given)", s, NULL, n);
    }
    for (size_t i = 0; i < len; i++)
        out[i] = i < npos ? args[i] : NULL;
    for (size_t i = npos; i < len; i++) {
        if (left && (out[i] = keyword_probe(v, kwlist[i], kwvals, kwnames))) {
            left--;
            continue;
        }
        if (v->exc)
            return -1;
        if (i < min) {
            const char *s[] = {fn, "()", kwlist[i]};
            int64_t n[] = {(int64_t)i + 1};
            return format_error(v, "%.200s%s missing required argument '%s' (pos %d)", s, NULL, n);
        }
        if (!left)
            return 0;
    }
    if (!left)
        return 0;
    for (size_t i = 0; i < npos; i++) {
        if (keyword_probe(v, kwlist[i], kwvals, kwnames)) {
            const char *s[] = {fn, "()", kwlist[i]};
            int64_t n[] = {(int64_t)i + 1};
            return format_error(v, "argument for %.200s%s given by name ('%s') and position (%d)", s,
                                  NULL, n);
        }
        if (v->exc)
            return -1;
    }
    for (size_t k = 0; k < nkw; k++) {
        object *key = TUPLE(kwnames)->items[k];
        size_t i = 0;
        while (i < len && !str_is(key, kwlist[i]))
            i++;
        if (i == len) {
            const char *s[] = {fn, "()"};
            return format_error(v, "'%U' is an invalid keyword argument for %.200s%s", s, &key, NULL);
        }
    }
    return 0;
}

int args_kwonly(vm *v, const char *fn, const char *const *kwlist, size_t nlist, object *const *kwvals,
                object *kwnames, object **out)
{
    return args_keywords(v, fn, kwlist, nlist, 0, kwvals, 0, kwnames, out);
}

int args_parser_init(vm *v, const method_def *def, const argspec *sp)
{
    for (unsigned i = 0; i < v->nclinic; i++)
        if (v->clinic[i].def == def)
            return 0;
    if (v->nclinic == HV_COUNTOF(v->clinic))
        return 0;                           /* more parsers than heapviz has: not recorded */
    object *t = tuple_new(v, (size_t)(sp->nnames - sp->posonly));
    if (!t)
        return -1;
    for (size_t i = sp->posonly; i < sp->nnames; i++) {
        const char *name = sp->names[i];
        object *s = str_from_cstr(v, name), *in = NULL;
        if (s)
            in = str_intern(v, s);              /* one of CPython's own names: that one */
        obj_xdecref(v, s);
        if (!in) {
            obj_decref(v, t);
            return -1;
        }
        tuple_set(v, t, i - sp->posonly, in);
    }
    v->clinic[v->nclinic++] = (struct clinic_parser){def, t};
    return 0;
}

int args_unpack(vm *v, const method_def *def, object *const *args, size_t nargs, object *kwnames,
                const argspec *sp, object **out)
{
    const char *fn = def->name;
    size_t nkw = kwnames ? TUPLE(kwnames)->n : 0, npos = nargs - nkw, max = sp->nnames;
    int fast = !nkw && !sp->minkw && sp->minpos <= npos && npos <= sp->maxpos;
    if (!fast && args_parser_init(v, def, sp))
        return -1;
    size_t minposonly = sp->minpos < sp->posonly ? sp->minpos : sp->posonly;
    if (nargs > max) {
        const char *s[] = {fn, "()", npos ? "" : "keyword ", max == 1 ? "" : "s"};
        int64_t n[] = {(int64_t)max, (int64_t)nargs};
        return format_error(v, "%.200s%s takes at most %d %sargument%s (%zd given)", s, NULL, n);
    }
    if (npos > sp->maxpos) {
        const char *s[] = {fn, "()", sp->minpos < sp->maxpos ? "at most" : "exactly",
                           sp->maxpos == 1 ? "" : "s"};
        int64_t n[] = {sp->maxpos, (int64_t)npos};
        if (sp->maxpos == 0)
            return format_error(v, "%.200s%s takes no positional arguments", s, NULL, NULL);
        return format_error(v, "%.200s%s takes %s %d positional argument%s (%zd given)", s, NULL, n);
    }
    if (npos < minposonly) {
        const char *s[] = {fn, "()", minposonly < sp->maxpos ? "at least" : "exactly",
                           minposonly == 1 ? "" : "s"};
        int64_t n[] = {(int64_t)minposonly, (int64_t)npos};
        return format_error(v, "%.200s%s takes %s %d positional argument%s (%zd given)", s, NULL, n);
    }
    size_t reqlimit = sp->minkw ? (size_t)sp->maxpos + sp->minkw : sp->minpos, left = nkw;
    for (size_t i = 0; i < max; i++) {
        out[i] = i < npos ? args[i] : i < sp->posonly || !kwnames ? NULL   /* args may be NULL: none */
                 : find_keyword(args + npos, kwnames, sp->names[i]);
        if (i < npos)
            continue;
        if (out[i])
            left--;
        else if (i < sp->minpos || (sp->maxpos <= i && i < reqlimit)) {
            const char *s[] = {fn, "()", sp->names[i]};
            int64_t n[] = {(int64_t)i + 1};
            return format_error(v, "%.200s%s missing required argument '%s' (pos %d)", s, NULL, n);
        }
    }
    if (!left)
        return 0;
    for (size_t i = sp->posonly; i < npos; i++)
        if (find_keyword(args + npos, kwnames, sp->names[i])) {
            const char *s[] = {fn, "()", sp->names[i]};
            int64_t n[] = {(int64_t)i + 1};
            return format_error(v, "argument for %.200s%s given by name ('%s') and position (%d)", s,
                                NULL, n);
        }
    for (size_t k = 0; k < nkw; k++) {
        object *key = TUPLE(kwnames)->items[k];
        size_t i = sp->posonly;
        while (i < max && !str_is(key, sp->names[i]))
            i++;
        if (i == max) {                 /* error_unexpected_keyword_arg's %S: an exact str */
            const char *s[] = {fn, "()"};
            return format_error(v, "'%S' is an invalid keyword argument for %.200s%s", s, &key, NULL);
        }
    }
    return 0;
}

const char *arg_type_name(vm *v, const object *o)
{
    return o == v->none ? "None" : o->type->name;
}

/* stdout's write failed (write_errno): its OSError raised, -1; else 0. */
static int write_failed(vm *v, int fd)
{
    if (fd != 1 || !v->write_errno || !*v->write_errno)
        return 0;
    int e = *v->write_errno;
    *v->write_errno = 0;
    exc_raise_errno(v, e);
    return -1;
}

int vm_write(vm *v, int fd, const char *p, size_t n)
{
    if (v->write)
        textio_emit(v, fd, p, n);               /* stderr's 'backslashreplace' */
    return write_failed(v, fd);
}

int vm_sync(vm *v, int fd)
{
    if (fd == 1 && v->sync)
        v->sync(v->write_ud);
    return write_failed(v, fd);
}

/* ---- builtin functions ------------------------------------------------------ */

static const method_def *self_def(vm *v, const char *name);

/* The argument checks of the builtin functions, worded by their row.
 * self_def searches the tables by name, so it runs only to word an error:
 * a call that passes never pays for it. */
static int builtin_exact(vm *v, const char *name, size_t nargs, object *kw, size_t n)
{
    return nargs == n && args_keywordless(kw) ? 0 : args_exact(v, self_def(v, name), nargs, kw, n);
}

static int builtin_range(vm *v, const char *name, size_t nargs, object *kw, size_t min, size_t max)
{
    if (nargs >= min && nargs <= max && args_keywordless(kw))
        return 0;
    return args_range(v, self_def(v, name), nargs, kw, min, max);
}

static int builtin_no_keywords(vm *v, const char *name, object *kw)
{
    return args_keywordless(kw) ? 0 : args_no_keywords(v, self_def(v, name), kw);
}

#define CHECK_ONE(name)                                                             \
    do {                                                                            \
        if (builtin_exact(v, name, nargs, kwnames, 1))                    \
            return NULL;                                                            \
    } while (0)

/* PyFile_WriteObject(piece, file, raw ? Py_PRINT_RAW : 0): the file's
 * bound `write` (a new object each time: PyObject_GetAttr), str() (raw)
 * or repr() of the piece, the write (PyObject_CallOneArg), then both freed
 * and what write returned.  sys.stdout and sys.stderr write as textio.c
 * models them; any other file's write is called as it is.  lit: a piece
 * PyFile_WriteString makes (" " or "\n": one-character singletons). */
static int write_object(vm *v, object *file, object *piece, const char *lit, int raw)
{
    int fd = textio_fd(v, file);
    object *lit_str = lit ? str_from_cstr(v, lit) : NULL;
    if (lit && !lit_str)
        return -1;
    object *writer = fd ? textio_writer(v, fd) : obj_getattr(v, file, str_static_interned(v, "write"));
    object *s = !writer ? NULL : lit || raw ? obj_str(v, lit ? lit_str : piece) : obj_repr(v, piece);
    object *r = !s ? NULL : fd ? textio_write(v, fd, s) : eval_call(v, writer, &s, 1, NULL);
    obj_xdecref(v, s);
    obj_xdecref(v, writer);
    obj_xdecref(v, lit_str);
    if (!r)
        return -1;
    obj_decref(v, r);
    return 0;
}

/* One piece of print()'s output: str() of it written to file. */
static int print_piece(vm *v, object *file, object *piece, const char *lit)
{
    return write_object(v, file, piece, lit, 1);
}

/* print(flush=True): PyObject_CallMethodNoArgs(file, "flush"), its result
 * dropped; sys.stdout's and sys.stderr's as textio.c models them. */
static int print_flush(vm *v, object *file)
{
    int fd = textio_fd(v, file);
    if (fd)
        return textio_flush(v, fd) || vm_sync(v, fd) ? -1 : 0;
    object *fn;
    int unbound = obj_getmethod(v, file, str_static_interned(v, "flush"), &fn);
    if (unbound < 0)
        return -1;
    object *r = unbound ? eval_call(v, fn, &file, 1, NULL) : eval_call(v, fn, NULL, 0, NULL);
    obj_decref(v, fn);
    obj_xdecref(v, r);
    return r ? 0 : -1;
}

/* print(*objects, sep=' ', end='\n', file=sys.stdout, flush=False) */
static object *print_impl(vm *v, object *const *args, size_t nargs, object *kwnames)
{
    size_t nkw = kwnames ? TUPLE(kwnames)->n : 0, npos = nargs - nkw;
    object *sep = NULL, *end = NULL, *file = NULL;
    int flush = 0;                              /* a bool parameter: read first */
    for (size_t k = 0; k < nkw; k++) {          /* the parser's error_unexpected_keyword_arg */
        object *key = TUPLE(kwnames)->items[k];
        const char *s[] = {"print", "()"};
        if (!str_is(key, "sep") && !str_is(key, "end") && !str_is(key, "file") && !str_is(key, "flush")) {
            format_error(v, "'%S' is an invalid keyword argument for %.200s%s", s, &key, NULL);
            return NULL;
        }
    }
    for (size_t k = 0; k < nkw; k++) {
        const char *kw = STR(TUPLE(kwnames)->items[k])->data;
        object *val = args[npos + k];
        object **slot = strcmp(kw, "sep") == 0 ? &sep : strcmp(kw, "end") == 0 ? &end : NULL;
        if (strcmp(kw, "flush") == 0 && (flush = obj_truth(v, val)) < 0)
            return NULL;
        if (!slot) {                            /* file (None: sys.stdout) or flush */
            if (strcmp(kw, "file") == 0)
                file = val == v->none ? NULL : val;
            continue;
        }
        if (val != v->none && !obj_is(v, val, T_STR))
            return vm_raise_format(v, T_TYPE_ERROR, slot == &sep ? "sep must be None or a string, not %.200s"
                                                                 : "end must be None or a string, not %.200s",
                                   val->type->name);
        *slot = val == v->none ? NULL : val;
    }
    if (!v->textio && (!file || textio_fd(v, file)))   /* finalization cleared sys: stdout is None */
        return obj_incref(v, v->none);
    if (!file)
        file = v->sys_stdout;
    for (size_t i = 0; i < npos; i++)           /* what was written stays written */
        if ((i && print_piece(v, file, sep, sep ? NULL : " ")) || print_piece(v, file, args[i], NULL))
            return NULL;
    if (print_piece(v, file, end, end ? NULL : "\n"))
        return NULL;
    if (flush && print_flush(v, file))          /* file.flush() */
        return NULL;
    return obj_incref(v, v->none);
}

/* print is an Argument Clinic function in CPython 3.11: its first call
 * builds the parser's keyword tuple (kept for good), and every call packs
 * the positional arguments in a tuple (*args) that then goes to the tuple
 * free list.  gc.get_count() sees both (tests/py/305).  The names are the
 * interned ones: new_kwtuple's own str of each (at most 54 bytes, freed by
 * PyUnicode_InternInPlace) never shows in a peak, which the bound `write`
 * (72 bytes) made later with the tuple still alive always exceeds. */
static object *bi_print(vm *v, object *self, object *const *args, size_t nargs, object *kwnames)
{
    if (!v->print_kwtuple &&
        !(v->print_kwtuple = tuple_pack(v, 4, str_static_interned(v, "sep"), str_static_interned(v, "end"),
                                        str_static_interned(v, "file"), str_static_interned(v, "flush"))))
        return NULL;
    size_t npos = nargs - (kwnames ? TUPLE(kwnames)->n : 0);
    object *packed = tuple_new(v, npos);
    if (!packed)
        return NULL;
    for (size_t i = 0; i < npos; i++)
        tuple_set(v, packed, i, obj_incref(v, args[i]));
    object *r = print_impl(v, args, nargs, kwnames);
    obj_decref(v, packed);
    return r;
}

static object *bi_len(vm *v, object *self, object *const *args, size_t nargs, object *kwnames)
{
    CHECK_ONE("len");
    int64_t n = obj_length(v, args[0]);
    return n < 0 ? NULL : int_from_ssize(v, n);       /* PyLong_FromSsize_t */
}

static object *bi_repr(vm *v, object *self, object *const *args, size_t nargs, object *kwnames)
{
    CHECK_ONE("repr");
    return obj_repr(v, args[0]);
}

static object *bi_id(vm *v, object *self, object *const *args, size_t nargs, object *kwnames)
{
    CHECK_ONE("id");
    return int_from_u64(v, args[0]->addr);
}

/* An int argument as a C long (int64). */
static int index_arg(vm *v, object *o, int64_t *x)
{
    return obj_index_c(v, o, x, INT64_MIN, INT64_MAX, "long");         /* PyLong_AsLong */
}

/* hex(), oct(), bin(): PyNumber_ToBase. */
static object *to_base(vm *v, const char *name, unsigned base, object *const *args, size_t nargs,
                       object *kwnames)
{
    CHECK_ONE(name);
    object *x = obj_index(v, args[0]);          /* abstract.c: __index__ */
    if (!x)
        return NULL;
    buf b = BUF_INIT;
    int_to_base(x, base, &b);
    obj_decref(v, x);
    object *r = str_from_utf8(v, buf_str(&b), b.len);
    buf_free(&b);
    return r;
}

static object *bi_hex(vm *v, object *self, object *const *args, size_t nargs, object *kwnames)
{
    return to_base(v, "hex", 16, args, nargs, kwnames);
}

static object *bi_oct(vm *v, object *self, object *const *args, size_t nargs, object *kwnames)
{
    return to_base(v, "oct", 8, args, nargs, kwnames);
}

static object *bi_bin(vm *v, object *self, object *const *args, size_t nargs, object *kwnames)
{
    return to_base(v, "bin", 2, args, nargs, kwnames);
}

static object *bi_chr(vm *v, object *self, object *const *args, size_t nargs, object *kwnames)
{
    int64_t c;
    CHECK_ONE("chr");
    if (obj_index_c(v, args[0], &c, INT32_MIN, INT32_MAX, "int"))   /* the clinic's int: _PyLong_AsInt */
        return NULL;
    if (c < 0 || c > 0x10ffff)
        return vm_raise(v, T_VALUE, "chr() arg not in range(0x110000)");
    buf b = BUF_INIT;
    str_add_codepoint(&b, (uint32_t)c);
    object *r = str_from_utf8(v, buf_str(&b), b.len);
    buf_free(&b);
    return r;
}

/* builtin_ord's errors are PyErr_Format's (its writer): a str or bytes of
 * another length than 1, or another type (%.200s of its tp_name). */
static object *ord_length_error(vm *v, size_t len)
{
    return vm_raise_format(v, T_TYPE_ERROR, "ord() expected a character, but string of length %zd found", len);
}

static object *bi_ord(vm *v, object *self, object *const *args, size_t nargs, object *kwnames)
{
    CHECK_ONE("ord");
    object *s = args[0];
    if (obj_is(v, s, T_STR)) {
        if (STR(s)->len != 1)
            return ord_length_error(v, STR(s)->len);
        size_t i = 0;
        return int_from_i64(v, str_decode_at(STR(s)->data, &i));
    }
    const unsigned char *p;
    size_t n;
    if (bytes_view(v, s, &p, &n)) {         /* a bytes or a bytearray */
        if (n != 1)
            return ord_length_error(v, n);
        return int_from_i64(v, p[0]);
    }
    return vm_raise_format(v, T_TYPE_ERROR, "ord() expected string of length 1, but %.200s found", s->type->name);
}

static object *bi_abs(vm *v, object *self, object *const *args, size_t nargs, object *kwnames)
{
    CHECK_ONE("abs");
    if (!args[0]->type->abs)
        return vm_raise_format(v, T_TYPE_ERROR, "bad operand type for abs(): '%.200s'", args[0]->type->name);
    return args[0]->type->abs(v, args[0]);
}

/* Each item of a tuple of classes against o, in order, until one answers
 * (a match or an error): the tuple counts as a C recursion level
 * (object_recursive_isinstance, object_issubclass). */
static int tuple_any(vm *v, object *o, object *classes, int (*test)(vm *, object *, object *),
                     const char *where)
{
    if (vm_enter_recursive(v, where))
        return -1;
    int r = 0;
    for (size_t i = 0; i < TUPLE(classes)->n && !r; i++)
        r = test(v, o, TUPLE(classes)->items[i]);
    vm_leave_recursive(v);
    return r;
}

static int is_instance(vm *v, object *o, object *cls)
{
    if (obj_is(v, cls, T_TUPLE))
        return tuple_any(v, o, cls, is_instance, " in __instancecheck__");
    if (!type_is_subtype(cls->type, v->types[T_TYPE])) {
        vm_raise(v, T_TYPE_ERROR, "isinstance() arg 2 must be a type, a tuple of types, or a union");
        return -1;
    }
    return obj_isinstance(v, o, (type *)cls);
}

static object *bi_isinstance(vm *v, object *self, object *const *args, size_t nargs, object *kwnames)
{
    if (builtin_exact(v, "isinstance", nargs, kwnames, 2))
        return NULL;
    int r = is_instance(v, args[0], args[1]);
    return r < 0 ? NULL : obj_bool(v, r);
}

/* object_issubclass: a tuple answers at its first match, so a bad item
 * after it is never seen (an empty one is False, whatever arg 1 is); for
 * each item, recursive_issubclass checks arg 1 before arg 2. */
static int is_subclass(vm *v, object *derived, object *cls)
{
    if (obj_is(v, cls, T_TUPLE))
        return tuple_any(v, derived, cls, is_subclass, " in __subclasscheck__");
    if (!type_is_subtype(derived->type, v->types[T_TYPE])) {
        vm_raise(v, T_TYPE_ERROR, "issubclass() arg 1 must be a class");
        return -1;
    }
    if (!type_is_subtype(cls->type, v->types[T_TYPE])) {
        vm_raise(v, T_TYPE_ERROR, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
        return -1;
    }
    return type_is_subtype((type *)derived, (type *)cls);
}

static object *bi_issubclass(vm *v, object *self, object *const *args, size_t nargs, object *kwnames)
{
    if (builtin_exact(v, "issubclass", nargs, kwnames, 2))
        return NULL;
    int r = is_subclass(v, args[0], args[1]);
    return r < 0 ? NULL : obj_bool(v, r);
}

/* callable(x): x's type has tp_call (functions and bound methods are
 * called by the evaluator itself, their types' slot in CPython). */
static object *bi_callable(vm *v, object *self, object *const *args, size_t nargs, object *kwnames)
{
    CHECK_ONE("callable");
    object *o = args[0];
    return obj_bool(v, o->type->call || obj_is(v, o, T_FUNCTION) || obj_is(v, o, T_METHOD));
}

/* sorted(iterable, *, key=None, reverse=False), as builtin_sorted: a new
 * list (PySequence_List: list_new + extend), then its sort method called
 * with the keywords (PyObject_Vectorcall of a bound method, freed after the
 * sort): list.sort's own parser reads them, so they are checked once the
 * iterable is consumed, and the first keyword call builds its keyword tuple
 * as l.sort(reverse=...) would. */
static object *bi_sorted(vm *v, object *self, object *const *args, size_t nargs, object *kwnames)
{
    size_t nkw = kwnames ? TUPLE(kwnames)->n : 0, npos = nargs - nkw;
    if (npos != 1)                              /* _PyArg_UnpackStack */
        return args_count_error(v, "sorted", npos, 1, 1);
    object *l = list_new(v, 0), *sort = NULL, *r = NULL;
    if (l && !list_extend(v, l, args[0]) && (sort = obj_getattr(v, l, str_static_interned(v, "sort"))))
        r = eval_call(v, sort, args + 1, nkw, kwnames);
    obj_xdecref(v, sort);
    if (!r) {
        obj_xdecref(v, l);
        return NULL;
    }
    obj_decref(v, r);
    return l;
}

/* total + x, both consumed: the object the fast path's total becomes at an
 * item it cannot take (made by make(total)), added to x. */
static object *sum_spill(vm *v, object *total, object *x)
{
    object *r = total ? obj_binary_op(v, total, x, NB_ADD) : NULL;
    obj_xdecref(v, total);
    obj_decref(v, x);
    return r;
}

/* The rest of sum() from acc (consumed), as builtin_sum_impl does it: while
 * the total is an exact int fitting a C long and the items are exact ints
 * or bools, it stays a C long; then, while it is a float, a C double taking
 * floats and ints; items are added as objects only from the first one a
 * fast path cannot take, so no intermediate total is ever allocated. */
static object *sum_items(vm *v, object *it, object *acc)
{
    object *x;
    int64_t total, b;
    if (obj_is(v, acc, T_INT) && int_as_i64(acc, &total)) {
        obj_decref(v, acc);
        for (acc = NULL; !acc;) {
            if (!(x = obj_iternext(v, it)))
                return v->exc ? NULL : int_from_i64(v, total);
            if ((obj_is(v, x, T_INT) || obj_is(v, x, T_BOOL)) && int_as_i64(x, &b) &&
                !__builtin_add_overflow(total, b, &b)) {
                total = b;
                obj_decref(v, x);
                continue;
            }
            if (!(acc = sum_spill(v, int_from_i64(v, total), x)))
                return NULL;
        }
    }
    if (obj_is(v, acc, T_FLOAT)) {
        double f = FLOAT(acc);
        obj_decref(v, acc);
        for (acc = NULL; !acc;) {
            if (!(x = obj_iternext(v, it)))
                return v->exc ? NULL : float_new(v, f);
            if (obj_is(v, x, T_FLOAT) || (type_is_subtype(x->type, v->types[T_INT]) && int_as_i64(x, &b))) {
                f += obj_is(v, x, T_FLOAT) ? FLOAT(x) : (double)b;
                obj_decref(v, x);
                continue;
            }
            if (!(acc = sum_spill(v, float_new(v, f), x)))
                return NULL;
        }
    }
    while ((x = obj_iternext(v, it)))
        if (!(acc = sum_spill(v, acc, x)))
            return NULL;
    if (v->exc) {
        obj_decref(v, acc);
        return NULL;
    }
    return acc;
}

/* sum(iterable, /, start=0) */
static object *bi_sum(vm *v, object *self, object *const *args, size_t nargs, object *kwnames)
{
    static const char *const names[] = {"", "start"};
    static const method_def def = {"sum", NULL, METH_CLINIC_KW, "sum"};
    static const argspec spec = {names, 2, 1, 1, 2, 0};
    object *a[2];
    if (args_unpack(v, &def, args, nargs, kwnames, &spec, a))
        return NULL;
    object *start = a[1];
    args = a;
    if (start && obj_is(v, start, T_STR))
        return vm_raise(v, T_TYPE_ERROR, "sum() can't sum strings [use ''.join(seq) instead]");
    object *it = obj_getiter(v, args[0]);
    if (!it)
        return NULL;
    object *acc = sum_items(v, it, obj_incref(v, start ? start : int_small(v, 0)));
    obj_decref(v, it);
    return acc;
}

/* min/max(iterable, *, key, default) or min/max(a, b, …, *, key) */
static object *min_max(vm *v, const char *name, int op, object *const *args, size_t nargs, object *kwnames)
{
    size_t nkw = kwnames ? TUPLE(kwnames)->n : 0, npos = nargs - nkw;
    static const char *const kwlist[] = {"key", "default"};
    object *kwargs[2];
    if (npos == 0) {        /* PyArg_UnpackTuple's error, cleared by min_max's own */
        const char *s[] = {name};
        count_clinic(v, name, 0, 1, 1);
        vm_exc_clear(v);
        format_error(v, "%s expected at least 1 argument, got 0", s, NULL, NULL);
        return NULL;
    }
    if (args_kwonly(v, name, kwlist, 2, args + npos, kwnames, kwargs))
        return NULL;
    object *key = kwargs[0] == v->none ? NULL : kwargs[0], *dflt = kwargs[1];
    if (npos > 1 && dflt)
        return vm_raise_format(v, T_TYPE_ERROR, "Cannot specify a default for %s() with multiple positional arguments",
                               name);
    object *it = obj_getiter(v, npos == 1 ? args[0] : v->varargs.args);   /* METH_VARARGS */
    if (!it)
        return NULL;
    object *best = NULL, *bestkey = NULL, *x;
    while ((x = obj_iternext(v, it))) {
        object *kx = key ? eval_call(v, key, &x, 1, NULL) : obj_incref(v, x);
        if (!kx) {
            obj_decref(v, x);
            break;
        }
        int better = 1;
        if (best && (better = obj_richcompare_bool(v, kx, bestkey, op)) < 0) {
            obj_decref(v, kx);
            obj_decref(v, x);
            break;
        }
        if (better) {
            obj_xdecref(v, best);
            obj_xdecref(v, bestkey);
            best = x;
            bestkey = kx;
        } else {
            obj_decref(v, x);
            obj_decref(v, kx);
        }
    }
    object *r = NULL;                           /* min_max's ends: the iterator released last */
    if (v->exc) {
        obj_xdecref(v, bestkey);
        obj_xdecref(v, best);
    } else if (best) {
        obj_decref(v, bestkey);
        r = best;
    } else if (dflt) {
        r = obj_incref(v, dflt);
    } else {
        vm_raise_format(v, T_VALUE, "%s() arg is an empty sequence", name);  /* raw: vm.h */
    }
    obj_decref(v, it);
    return r;
}

static object *bi_min(vm *v, object *self, object *const *args, size_t nargs, object *kwnames)
{
    return min_max(v, "min", CMP_LT, args, nargs, kwnames);
}

static object *bi_max(vm *v, object *self, object *const *args, size_t nargs, object *kwnames)
{
    return min_max(v, "max", CMP_GT, args, nargs, kwnames);
}

static object *all_any(vm *v, const char *name, int want, object *const *args, size_t nargs, object *kwnames)
{
    if (builtin_exact(v, name, nargs, kwnames, 1))
        return NULL;
    object *it = obj_getiter(v, args[0]), *x;
    if (!it)
        return NULL;
    int found = 0;
    while (!found && (x = obj_iternext(v, it))) {
        int t = obj_truth(v, x);
        obj_decref(v, x);
        if (t < 0)
            break;
        found = t == want;
    }
    obj_decref(v, it);
    if (v->exc)
        return NULL;
    return obj_bool(v, want ? found : !found);
}

static object *bi_all(vm *v, object *self, object *const *args, size_t nargs, object *kwnames)
{
    return all_any(v, "all", 0, args, nargs, kwnames);
}

static object *bi_any(vm *v, object *self, object *const *args, size_t nargs, object *kwnames)
{
    return all_any(v, "any", 1, args, nargs, kwnames);
}

/* next(iterator[, default]): a generator's returned value rides on the
 * StopIteration it ends with, as builtin_next and gen_iternext make it. */
static object *bi_next(vm *v, object *self, object *const *args, size_t nargs, object *kwnames)
{
    if (builtin_range(v, "next", nargs, kwnames, 1, 2))
        return NULL;
    object *it = args[0], *returned = NULL, *r;
    if (!it->type->iternext)
        return vm_raise_format(v, T_TYPE_ERROR, "'%.200s' object is not an iterator", it->type->name);
    r = obj_is(v, it, T_GENERATOR) ? gen_send_ex(v, it, NULL, &returned) : obj_iternext(v, it);
    if (r || v->exc) {
        obj_xdecref(v, returned);
        return r;
    }
    if (nargs == 2) {
        obj_xdecref(v, returned);
        return obj_incref(v, args[1]);
    }
    return gen_stop_iteration(v, returned);
}

/* iter(iterable); the two-argument form (a callable and a sentinel) is
 * outside the subset. */
static object *bi_iter(vm *v, object *self, object *const *args, size_t nargs, object *kwnames)
{
    if (builtin_range(v, "iter", nargs, kwnames, 1, 2))
        return NULL;
    if (nargs == 2)
        return vm_raise(v, T_NOT_IMPLEMENTED, "heapviz does not support iter() with a sentinel");
    return obj_getiter(v, args[0]);
}

/* PyFloat_Check: a float or a subclass's instance. */
static int is_float_arg(vm *v, const object *o)
{
    return type_is_subtype(o->type, v->types[T_FLOAT]);
}

static object *bi_divmod(vm *v, object *self, object *const *args, size_t nargs, object *kwnames)
{
    if (builtin_exact(v, "divmod", nargs, kwnames, 2))
        return NULL;
    object *c = class_divmod(v, args[0], args[1]);      /* class.c: __divmod__, __rdivmod__ */
    if (c != v->notimpl && (c || v->exc))
        return c;
    obj_xdecref(v, c);
    for (int i = 0; i < 2; i++)             /* nb_divmod: int and float only */
        if (!is_float_arg(v, args[i]) && !type_is_subtype_flag(args[i]->type, TPF_LONG_SUBCLASS))
            return abstract_binop_type_error(v, args[0], args[1], "divmod()");
    if (!is_float_arg(v, args[0]) && !is_float_arg(v, args[1]))
        return int_divmod(v, args[0], args[1]);
    object *q = obj_binary_op(v, args[0], args[1], NB_FLOOR_DIVIDE);
    if (!q) {                               /* float_divmod's own message */
        if (vm_exc_matches(v, T_ZERO_DIVISION) &&
            (is_float_arg(v, args[0]) || is_float_arg(v, args[1]))) {
            vm_exc_clear(v);
            vm_raise(v, T_ZERO_DIVISION, "float divmod()");
        }
        return NULL;
    }
    object *r = obj_binary_op(v, args[0], args[1], NB_REMAINDER);
    if (!r) {
        obj_decref(v, q);
        return NULL;
    }
    object *t = tuple_new(v, 2);
    if (!t) {
        obj_decref(v, q);
        obj_decref(v, r);
        return NULL;
    }
    tuple_set(v, t, 0, q);
    tuple_set(v, t, 1, r);
    return t;
}

/* vars(): what locals() gives (PyEval_GetLocals); vars(o): o.__dict__,
 * looked up as _PyObject_LookupAttr does (no AttributeError made where the
 * getattr is the generic one). */
static object *bi_vars(vm *v, object *self, object *const *args, size_t nargs, object *kwnames)
{
    if (builtin_range(v, "vars", nargs, kwnames, 0, 1))
        return NULL;
    if (!nargs)
        return builtins_frame_locals(v, v->frames[v->nframes - 1]);
    object *d;
    if (!attr_lookup(v, args[0], str_static_interned(v, "__dict__"), &d))
        vm_raise(v, T_TYPE_ERROR, "vars() argument must have __dict__ attribute");
    return d;
}

/* globals(): the running code's globals dict (a new reference). */
static object *bi_globals(vm *v, object *self, object *const *args, size_t nargs, object *kwnames)
{
    if (builtin_exact(v, "globals", nargs, kwnames, 0))
        return NULL;
    return obj_incref(v, v->frames[v->nframes - 1]->globals);
}

/* locals(): the namespace of a module or class body; in a function, the
 * frame's f_locals dict, made on the first call and kept for the frame's
 * life (PyFrame_FastToLocalsWithError), refilled from the fast locals on
 * each call: a bound name is set (a cell's or free variable's contents),
 * an unbound one deleted (its KeyError made and cleared, as CPython's
 * PyObject_DelItem does). */
object *builtins_fast_to_locals(vm *v, const struct codeobj *co, object *const *lp, object **dict,
                                uint64_t owner, uint64_t label)
{
    if (!*dict) {
        object *d = dict_new(v);
        if (!d)
            return NULL;
        *dict = d;
        obj_give(v, d, owner, label);
    }
    for (uint32_t i = 0; i < co->nlocalsplus; i++) {
        object *name = TUPLE(co->localsplusnames)->items[i], *x = lp[i];
        if (x && (co->localspluskinds[i] & (LP_CELL | LP_FREE)) && obj_is(v, x, T_CELL))
            x = CELL(x)->ref;
        if (x ? dict_setitem(v, *dict, name, x) : dict_delitem(v, *dict, name)) {
            if (x || !vm_exc_matches(v, T_KEY))
                return NULL;
            vm_exc_clear(v);
        }
    }
    return obj_incref(v, *dict);
}

object *builtins_frame_locals(vm *v, frame *f)
{
    return f->locals ? obj_incref(v, f->locals)
                     : builtins_fast_to_locals(v, f->code, f->lp, &f->fast_locals, f->addr, FRAME_LABEL_F_LOCALS);
}

static object *bi_locals(vm *v, object *self, object *const *args, size_t nargs, object *kwnames)
{
    if (builtin_exact(v, "locals", nargs, kwnames, 0))
        return NULL;
    return builtins_frame_locals(v, v->frames[v->nframes - 1]);
}

/* dir() without an argument (_dir_locals): the keys of what locals()
 * gives (in a function, the frame's f_locals, made or refilled), as a new
 * sorted list; dir(obj): heap/dir.c. */
static object *bi_dir(vm *v, object *self, object *const *args, size_t nargs, object *kwnames)
{
    if (builtin_range(v, "dir", nargs, kwnames, 0, 1))
        return NULL;
    if (nargs)
        return dir_of(v, args[0]);
    object *d = bi_locals(v, self, args, 0, NULL);
    object *names = d ? dict_keys_list(v, d) : NULL;
    obj_xdecref(v, d);
    if (names && list_sort(v, names, NULL, 0)) {
        obj_decref(v, names);
        return NULL;
    }
    return names;
}

/* pow(base, exp, mod=None), an Argument Clinic function. */
static object *bi_pow(vm *v, object *self, object *const *args, size_t nargs, object *kwnames)
{
    static const char *const names[] = {"base", "exp", "mod"};
    static const method_def def = {"pow", NULL, METH_CLINIC_KW, "pow"};
    static const argspec spec = {names, 3, 0, 2, 3, 0};
    object *a[3];
    if (args_unpack(v, &def, args, nargs, kwnames, &spec, a))
        return NULL;
    if (a[2] && a[2] != v->none)
        return number_pow3(v, a[0], a[1], a[2]);
    return obj_binary_op(v, a[0], a[1], NB_POWER);
}

static object *bi_round(vm *v, object *self, object *const *args, size_t nargs, object *kwnames)
{
    static const char *const names[] = {"number", "ndigits"};
    static const method_def def = {"round", NULL, METH_CLINIC_KW, "round"};
    static const argspec spec = {names, 2, 0, 1, 2, 0};
    object *a[2];
    if (args_unpack(v, &def, args, nargs, kwnames, &spec, a))
        return NULL;
    object *nd = a[1];
    args = a;
    /* builtin_round finds number.__round__ with _PyObject_LookupSpecial,
     * which binds int's or float's method descriptor: a
     * builtin_function_or_method alive during the call. */
    static const method_def round_def = {"__round__", NULL, 0, NULL};
    object *x = args[0], *bound = NULL;
    if (!(x->type->flags & TPF_HEAPTYPE) && (obj_is(v, x, T_INT) || obj_is(v, x, T_BOOL) || obj_is(v, x, T_FLOAT))
        && !(bound = builtin_bound(v, &round_def, x)))
        return NULL;
    object *r = number_round(v, x, nd);
    obj_xdecref(v, bound);
    return r;
}

/* ---- sys --------------------------------------------------------------------- */

/* sys.getsizeof(object, default): PyArg_ParseTupleAndKeywords(args, kwds,
 * "O|O:getsizeof", {"object", "default"}).  Every object heapviz makes
 * has a size, so default is never the answer. */
static object *sys_getsizeof(vm *v, object *self, object *const *args, size_t nargs, object *kwnames)
{
    static const char *const kwlist[] = {"object", "default"};
    size_t npos = nargs - (kwnames ? TUPLE(kwnames)->n : 0);
    object *a[2];
    static const method_def sizeof_def = {"__sizeof__", NULL, METH_NOARGS, "object.__sizeof__"};
    if (args_keywords(v, "getsizeof", kwlist, 2, 1, args, npos, kwnames, a))
        return NULL;
    /* _PySys_GetSizeOf: __sizeof__ bound (_PyObject_LookupSpecial: a
     * builtin method) and called, the method freed, then its int; the
     * result is that size with the pre-header added, a new int. */
    uint64_t n = obj_getsizeof(v, a[0]), pre = type_preheader(a[0]->type);
    object *bound = builtin_bound(v, &sizeof_def, a[0]);
    object *res = bound ? int_from_u64(v, n - pre) : NULL;
    obj_xdecref(v, bound);
    if (!res)
        return NULL;
    obj_decref(v, res);
    return int_from_ssize(v, (int64_t)n);
}

static object *sys_getrefcount(vm *v, object *self, object *const *args, size_t nargs, object *kwnames)
{
    CHECK_ONE("getrefcount");
    return int_from_ssize(v, args[0]->refcnt + vm_interp_refs(v, args[0]));
}

/* sys.exit(status=None, /): PyErr_SetObject(SystemExit, status), raw until
 * a handler takes it (then a tuple is its args, None none) or the program
 * ends with it (interp.c: its status). */
static object *sys_exit(vm *v, object *self, object *const *args, size_t nargs, object *kwnames)
{
    if (builtin_range(v, "exit", nargs, kwnames, 0, 1))
        return NULL;
    return vm_raise_value(v, T_SYSTEM_EXIT, nargs ? args[0] : NULL);
}

static object *sys_intern(vm *v, object *self, object *const *args, size_t nargs, object *kwnames)
{
    CHECK_ONE("intern");
    if (!obj_is_str(v, args[0]))                /* the clinic's PyUnicode_Check */
        return args_bad_argument(v, "intern", "argument", "str", args[0]);
    if (!obj_is(v, args[0], T_STR))             /* sys_intern_impl: exact strs only */
        return vm_raise_format(v, T_TYPE_ERROR, "can't intern %.400s", args[0]->type->name);
    return str_intern(v, args[0]);              /* one of CPython's own names: that one */
}

static object *sys_debugmallocstats(vm *v, object *self, object *const *args, size_t nargs,
                                    object *kwnames)
{
    if (builtin_exact(v, "_debugmallocstats", nargs, kwnames, 0))
        return NULL;
    pymalloc_stats st;
    pymalloc_get_stats(v->pm, &st);
    mallocstats_freelists fl = {.dicts = v->fl_dict.n, .floats = v->fl_float.n, .lists = v->fl_list.n};
    for (int n = 1; n <= 20; n++)
        fl.tuples[n] = v->fl_tuple[n].n;
    buf b = BUF_INIT;
    mallocstats_format(&b, &st, &fl);
    vm_write(v, 2, buf_str(&b), b.len);
    buf_free(&b);
    return obj_incref(v, v->none);
}

/* sys.exc_info() (_PyErr_StackItemToExcInfoTuple of the topmost item):
 * the exception being handled as (type, value, traceback), Py_BuildValue's
 * new 3-tuple, or (None, None, None). */
static object *sys_exc_info(vm *v, object *self, object *const *args, size_t nargs, object *kwnames)
{
    if (builtin_exact(v, "exc_info", nargs, kwnames, 0))
        return NULL;
    object *e = vm_handled(v);
    object *tb = e && EXC(e)->traceback ? EXC(e)->traceback : v->none;
    return e ? tuple_pack(v, 3, &e->type->ob, e, tb) : tuple_pack(v, 3, v->none, v->none, v->none);
}

/* sys.exception() (new in 3.11): the exception being handled, or None. */
static object *sys_exception(vm *v, object *self, object *const *args, size_t nargs, object *kwnames)
{
    if (builtin_exact(v, "exception", nargs, kwnames, 0))
        return NULL;
    object *e = vm_handled(v);
    return obj_incref(v, e ? e : v->none);
}

static object *sys_getrecursionlimit(vm *v, object *self, object *const *args, size_t nargs,
                                     object *kwnames)
{
    if (builtin_exact(v, "getrecursionlimit", nargs, kwnames, 0))
        return NULL;
    return int_from_i64(v, v->recursion_limit);
}

/* sys.setrecursionlimit(limit, /) (sys_setrecursionlimit_impl): an int
 * (_PyLong_AsInt), at least 1, and above the depth counted now, this call
 * included (its C function's _Py_EnterRecursiveCall); then the new limit
 * (Py_SetRecursionLimit), which every later check compares against.  The
 * real C stack is guarded apart from it (vm_stack_guard). */
static object *sys_setrecursionlimit(vm *v, object *self, object *const *args, size_t nargs,
                                     object *kwnames)
{
    int64_t n;
    CHECK_ONE("setrecursionlimit");
    if (obj_index_c(v, args[0], &n, INT32_MIN, INT32_MAX, "int"))
        return NULL;
    if (n < 1)
        return vm_raise(v, T_VALUE, "recursion limit must be greater or equal than 1");
    if (v->recursion_depth >= n)
        return vm_raise_format(v, T_RECURSION, "cannot set the recursion limit to %i at the recursion depth %i: "
                               "the limit is too low", (int)n, (int)v->recursion_depth);
    v->recursion_limit = (unsigned)n;
    return obj_incref(v, v->none);
}

/* sys.set_int_max_str_digits(maxdigits): 0 (no limit) or at least the
 * threshold, else ValueError (sys_set_int_max_str_digits_impl); the limit
 * int <-> str conversions check (bigint_ctx.max_str_digits). */
static object *sys_set_int_max_str_digits(vm *v, object *self, object *const *args, size_t nargs,
                                          object *kwnames)
{
    static const char *const names[] = {"maxdigits"};
    static const method_def def = {"set_int_max_str_digits", NULL, METH_CLINIC_KW, "set_int_max_str_digits"};
    static const argspec spec = {names, 1, 0, 1, 1, 0};
    int64_t n;
    object *a;
    if (args_unpack(v, &def, args, nargs, kwnames, &spec, &a) ||
        obj_index_c(v, a, &n, INT32_MIN, INT32_MAX, "int"))          /* _PyLong_AsInt */
        return NULL;
    if (n && n < BIGINT_STR_DIGITS_THRESHOLD)
        return vm_raise_format(v, T_VALUE, "maxdigits must be 0 or larger than %d", (int)BIGINT_STR_DIGITS_THRESHOLD);
    v->bi.max_str_digits = (int)n;
    return obj_incref(v, v->none);
}

static object *sys_get_int_max_str_digits(vm *v, object *self, object *const *args, size_t nargs,
                                          object *kwnames)
{
    if (builtin_exact(v, "get_int_max_str_digits", nargs, kwnames, 0))
        return NULL;
    return int_from_i64(v, v->bi.max_str_digits);
}

/* ---- gc ------------------------------------------------------------------------ */

static object *gc_get_count(vm *v, object *self, object *const *args, size_t nargs, object *kwnames)
{
    if (builtin_exact(v, "get_count", nargs, kwnames, 0))
        return NULL;
    object *c[3];
    for (int g = 0; g < 3; g++)
        c[g] = int_from_i64(v, v->gens[g].count);
    object *t = tuple_new(v, 3);                /* read first, then allocated: as CPython */
    for (int g = 0; g < 3; g++)
        tuple_set(v, t, (size_t)g, c[g]);
    return t;
}

static object *gc_get_threshold(vm *v, object *self, object *const *args, size_t nargs,
                                object *kwnames)
{
    if (builtin_exact(v, "get_threshold", nargs, kwnames, 0))
        return NULL;
    object *c[3];
    for (int g = 0; g < 3; g++)
        c[g] = int_from_i64(v, v->gens[g].threshold);
    object *t = tuple_new(v, 3);
    for (int g = 0; g < 3; g++)
        tuple_set(v, t, (size_t)g, c[g]);
    return t;
}

static object *gc_set_threshold(vm *v, object *self, object *const *args, size_t nargs,
                                object *kwnames)
{
    if (builtin_range(v, "set_threshold", nargs, kwnames, 1, 3))  /* PyArg_ParseTuple "i|ii" */
        return NULL;
    int64_t th[3];
    for (size_t i = 0; i < nargs; i++)
        if (index_arg(v, args[i], &th[i]))
            return NULL;
    for (size_t i = 0; i < nargs; i++)
        gc_configure(v, (unsigned)i, th[i]);
    return obj_incref(v, v->none);
}

static object *gc_switch(vm *v, const char *name, size_t nargs, object *kwnames, int on)
{
    if (builtin_exact(v, name, nargs, kwnames, 0))
        return NULL;
    gc_configure(v, GC_CONFIG_ENABLED, on);
    return obj_incref(v, v->none);
}

static object *gc_enable(vm *v, object *self, object *const *args, size_t nargs, object *kwnames)
{
    return gc_switch(v, "enable", nargs, kwnames, 1);
}

static object *gc_disable(vm *v, object *self, object *const *args, size_t nargs, object *kwnames)
{
    return gc_switch(v, "disable", nargs, kwnames, 0);
}

static object *gc_isenabled(vm *v, object *self, object *const *args, size_t nargs, object *kwnames)
{
    if (builtin_exact(v, "isenabled", nargs, kwnames, 0))
        return NULL;
    return obj_bool(v, v->gc_enabled);
}

/* gc.is_tracked.  The GC objects python3's runtime makes at start-up
 * (descriptors of builtin types, builtin functions, modules, gc.garbage)
 * are tracked there; heapviz keeps them static, outside the collector's
 * lists: they answer True all the same.  Static types, the empty tuple,
 * sys's struct sequences and the streams' {'mode': 'w'} are not tracked
 * in python3 either. */
static object *gc_is_tracked(vm *v, object *self, object *const *args, size_t nargs, object *kwnames)
{
    CHECK_ONE("is_tracked");
    object *o = args[0];
    int startup = vm_is_static(v, o) && obj_is_gc(o) && !type_is_subtype(o->type, v->types[T_TUPLE]) &&
                  !type_is_subtype(o->type, v->types[T_TYPE]) && !textio_is_dict(v, o);
    return obj_bool(v, obj_is_tracked(o) || startup);
}

/* gc.is_finalized (PEP 442): whether the object's finalizer (__del__, a
 * generator's close) already ran, by the collector or by its dealloc:
 * the bit the collector then leaves alone. */
static object *gc_is_finalized(vm *v, object *self, object *const *args, size_t nargs, object *kwnames)
{
    CHECK_ONE("is_finalized");
    object *o = args[0];
    return obj_bool(v, obj_is_gc(o) && !vm_is_static(v, o) && (obj_gc(o)->flags & GCF_FINALIZED));
}

/* gc.set_debug(flags, /) and gc.get_debug(): the flags as a C int (gc.c
 * acts on DEBUG_STATS, DEBUG_COLLECTABLE and DEBUG_SAVEALL). */
static object *gc_set_debug(vm *v, object *self, object *const *args, size_t nargs, object *kwnames)
{
    int64_t flags;
    CHECK_ONE("set_debug");
    if (obj_index_c(v, args[0], &flags, INT32_MIN, INT32_MAX, "int"))
        return NULL;
    gc_configure(v, GC_CONFIG_DEBUG, flags);
    return obj_incref(v, v->none);
}

static object *gc_get_debug(vm *v, object *self, object *const *args, size_t nargs, object *kwnames)
{
    if (builtin_exact(v, "get_debug", nargs, kwnames, 0))
        return NULL;
    return int_from_i64(v, v->gc_debug);
}

static object *gc_collect_fn(vm *v, object *self, object *const *args, size_t nargs, object *kwnames)
{
    static const char *const names[] = {"generation"};
    static const method_def def = {"collect", NULL, METH_CLINIC_KW, "collect"};
    static const argspec spec = {names, 1, 0, 0, 1, 0};
    int64_t gen = 2;
    object *g;
    if (args_unpack(v, &def, args, nargs, kwnames, &spec, &g))     /* gc_collect's clinic parser */
        return NULL;
    if (g && obj_index_c(v, g, &gen, INT32_MIN, INT32_MAX, "int"))     /* _PyLong_AsInt */
        return NULL;
    if (gen < 0 || gen > 2)
        return vm_raise(v, T_VALUE, "invalid generation");
    if (v->gc_collecting)
        return int_from_i64(v, 0);
    return int_from_ssize(v, gc_collect_with_callback(v, (int)gen));
}

/* Py_BuildValue("{snsnsn}") of one generation's stats (gc_mkdict). */
static object *gc_stats_dict(vm *v, const gc_gen_stats *st)
{
    static const char *const keys[] = {"collections", "collected", "uncollectable"};
    const int64_t values[] = {st->collections, st->collected, st->uncollectable};
    return gc_mkdict(v, keys, values, HV_COUNTOF(keys), 0);
}

/* gc.get_stats(): a list of one fresh dict per generation, read from a
 * snapshot of the stats taken first (gc_get_stats_impl), since making the
 * dicts may start a collection that changes them. */
static object *gc_get_stats(vm *v, object *self, object *const *args, size_t nargs, object *kwnames)
{
    if (builtin_exact(v, "get_stats", nargs, kwnames, 0))
        return NULL;
    gc_gen_stats snap[NUM_GENERATIONS];
    memcpy(snap, v->gc_stats, sizeof snap);
    object *l = list_new(v, 0);
    for (int g = 0; l && g < NUM_GENERATIONS; g++) {
        object *d = gc_stats_dict(v, &snap[g]);
        if (!d || list_append(v, l, d)) {
            obj_xdecref(v, d);
            obj_decref(v, l);
            return NULL;
        }
        obj_decref(v, d);
    }
    return l;
}

/* gc.freeze() and gc.unfreeze() (gc.c: the permanent generation). */
static object *gc_freeze_fn(vm *v, object *self, object *const *args, size_t nargs, object *kwnames)
{
    if (builtin_exact(v, "freeze", nargs, kwnames, 0))
        return NULL;
    gc_freeze(v);
    return obj_incref(v, v->none);
}

static object *gc_unfreeze_fn(vm *v, object *self, object *const *args, size_t nargs, object *kwnames)
{
    if (builtin_exact(v, "unfreeze", nargs, kwnames, 0))
        return NULL;
    gc_unfreeze(v);
    return obj_incref(v, v->none);
}

static object *gc_get_freeze_count(vm *v, object *self, object *const *args, size_t nargs,
                                   object *kwnames)
{
    if (builtin_exact(v, "get_freeze_count", nargs, kwnames, 0))
        return NULL;
    return int_from_ssize(v, gc_freeze_count(v));
}

static int append_visit(object *o, void *arg)
{
    void **ctx = arg;
    return list_append(ctx[0], ctx[1], o);
}

static object *gc_get_referents(vm *v, object *self, object *const *args, size_t nargs, object *kwnames)
{
    if (builtin_no_keywords(v, "get_referents", kwnames))
        return NULL;
    for (size_t i = 0; i < nargs; i++)
        if (textio_fd(v, args[i]))      /* its buffer, encoder, raw file: not modelled */
            return vm_raise(v, T_NOT_IMPLEMENTED, "heapviz does not support gc.get_referents of sys.%s "
                            "(outside its Python subset)", textio_name(v, args[i]));
        else if (namespace_refuses_referents(v, args[i]))
            return NULL;
    object *l = list_new(v, 0);
    void *ctx[2] = {v, l};
    for (size_t i = 0; l && i < nargs; i++)
        if (obj_is_gc(args[i]) && args[i]->type->traverse && args[i]->type->traverse(args[i], append_visit, ctx)) {
            obj_decref(v, l);
            return NULL;
        }
    return l;
}

typedef struct referrers {
    object *const *targets;
    size_t n;
    int found;
} referrers;

static int find_visit(object *o, void *arg)
{
    referrers *r = arg;
    for (size_t i = 0; i < r->n; i++)
        if (o == r->targets[i])
            r->found = 1;
    return r->found;
}

/* Appends o to l if it refers to one of args (referrersvisit); -1 when
 * the append failed. */
static int referrer_check(vm *v, object *l, object *o, object *const *args, size_t nargs)
{
    referrers r = {args, nargs, 0};
    if (o == l || o == v->varargs.args || !o->type->traverse)
        return 0;                           /* gc_referrers_for skips both */
    o->type->traverse(o, find_visit, &r);
    return r.found ? list_append(v, l, o) : 0;
}

/* Every tracked object, in generation order, that refers to one of args.
 * gc.garbage and gc.callbacks are python3's start-up objects (_PyGC_Init
 * made them first), which heapviz keeps static: in python3's lists they
 * lead the block of start-up objects that __main__'s dict ends (it joined
 * them in generation 1 before the script ran, gc.c's main_dict_to_gen1,
 * and collections move the block whole), so they are examined right
 * before that dict, or first when it is not tracked. */
static int referrers_startup(vm *v, object *l, object *const *args, size_t nargs)
{
    object *startup[] = {v->gc_garbage, v->gc_callbacks};
    for (size_t i = 0; i < HV_COUNTOF(startup); i++)
        if (referrer_check(v, l, startup[i], args, nargs))
            return -1;
    return 0;
}

static object *gc_get_referrers(vm *v, object *self, object *const *args, size_t nargs, object *kwnames)
{
    if (builtin_no_keywords(v, "get_referrers", kwnames))
        return NULL;
    object *l = list_new(v, 0);
    object *before = v->main_dict && obj_is_tracked(v->main_dict) ? v->main_dict : NULL;
    int rc = !l || (!before && referrers_startup(v, l, args, nargs));
    for (int g = 0; !rc && g < NUM_GENERATIONS; g++)
        for (gchead *h = v->gens[g].head.next; !rc && h != &v->gens[g].head; h = h->next) {
            object *o = (object *)(h + 1);
            rc = (o == before && referrers_startup(v, l, args, nargs)) || referrer_check(v, l, o, args, nargs);
        }
    if (rc) {
        obj_xdecref(v, l);
        return NULL;
    }
    return l;
}

/* ---- the tables ----------------------------------------------------------------- */

static const method_def builtin_defs[] = {
    {"print", bi_print, 0, NULL},
    {"len", bi_len, 0, NULL},
    {"repr", bi_repr, 0, NULL},
    {"id", bi_id, 0, NULL},
    {"hex", bi_hex, 0, NULL},
    {"oct", bi_oct, 0, NULL},
    {"bin", bi_bin, 0, NULL},
    {"chr", bi_chr, 0, NULL},
    {"ord", bi_ord, 0, NULL},
    {"abs", bi_abs, 0, NULL},
    {"isinstance", bi_isinstance, 0, NULL},
    {"issubclass", bi_issubclass, 0, NULL},
    {"callable", bi_callable, 0, NULL},
    {"sorted", bi_sorted, 0, NULL},
    {"sum", bi_sum, 0, NULL},
    {"min", bi_min, METH_VARARGS | METH_KEYWORDS, NULL},
    {"max", bi_max, METH_VARARGS | METH_KEYWORDS, NULL},
    {"all", bi_all, 0, NULL},
    {"any", bi_any, 0, NULL},
    {"next", bi_next, 0, NULL},
    {"iter", bi_iter, 0, NULL},
    {"divmod", bi_divmod, 0, NULL},
    {"vars", bi_vars, METH_VARARGS, "vars"},
    {"globals", bi_globals, 0, "globals"},
    {"locals", bi_locals, 0, "locals"},
    {"dir", bi_dir, METH_VARARGS, "dir"},
    {"pow", bi_pow, 0, "pow"},
    {"round", bi_round, 0, NULL},
    {"hash", abstract_hash, 0, NULL},         /* abstract.c: the reflective builtins */
    {"getattr", abstract_getattr, 0, NULL},
    {"hasattr", abstract_hasattr, 0, NULL},
    {"setattr", abstract_setattr, 0, NULL},
    {"delattr", abstract_delattr, 0, NULL},
    {"format", abstract_format, 0, NULL},
    {"ascii", abstract_ascii, 0, NULL},
    {NULL, NULL, 0, NULL},
};

/* Told by fn: each of these functions is one builtin's alone.  print is
 * METH_FASTCALL | METH_KEYWORDS but left out: its specialized call skips
 * the recursion check, yet print's first file.write (a METH_O call, which
 * checks) comes at that same depth. */
enum builtin_precall builtins_precall(const method_def *def)
{
    static const cfunc fast[] = {bi_isinstance, bi_issubclass, bi_next, bi_iter,
                                 bi_divmod, abstract_getattr, abstract_hasattr,
                                 abstract_setattr, abstract_delattr, abstract_format};
    static const cfunc fast_kw[] = {bi_sorted, bi_sum, bi_pow, bi_round};
    if (def->fn == bi_len)
        return BP_LEN;
    for (size_t i = 0; i < HV_COUNTOF(fast); i++)
        if (def->fn == fast[i])
            return BP_FAST;
    for (size_t i = 0; i < HV_COUNTOF(fast_kw); i++)
        if (def->fn == fast_kw[i])
            return BP_FAST_KW;
    return BP_OTHER;
}

static const method_def sys_defs[] = {
    {"getsizeof", sys_getsizeof, METH_VARARGS | METH_KEYWORDS, NULL},
    {"getrefcount", sys_getrefcount, 0, "sys.getrefcount"},
    {"intern", sys_intern, 0, "sys.intern"},
    {"exit", sys_exit, METH_CLINIC, "sys.exit"},
    {"_debugmallocstats", sys_debugmallocstats, 0, "sys._debugmallocstats"},
    {"exc_info", sys_exc_info, 0, "sys.exc_info"},
    {"exception", sys_exception, 0, "sys.exception"},
    {"getrecursionlimit", sys_getrecursionlimit, 0, "sys.getrecursionlimit"},
    {"setrecursionlimit", sys_setrecursionlimit, METH_O, "sys.setrecursionlimit"},
    {"set_int_max_str_digits", sys_set_int_max_str_digits, 0, NULL},
    {"get_int_max_str_digits", sys_get_int_max_str_digits, 0, "sys.get_int_max_str_digits"},
    {NULL, NULL, 0, NULL},
};

/* gc.get_objects: the function python3's gc has (`from gc import *` binds
 * it), refused when called: the objects it lists are python3's whole
 * runtime's, which heapviz does not model. */
static object *gc_get_objects(vm *v, object *self, object *const *args, size_t nargs, object *kwnames)
{
    (void)self, (void)args, (void)nargs, (void)kwnames;
    return attr_refuse(v, "gc", "get_objects");
}

static const method_def gc_defs[] = {
    {"get_count", gc_get_count, 0, "gc.get_count"},
    {"get_threshold", gc_get_threshold, 0, "gc.get_threshold"},
    {"set_threshold", gc_set_threshold, METH_VARARGS | METH_PARSE, NULL},
    {"enable", gc_enable, 0, "gc.enable"},
    {"disable", gc_disable, 0, "gc.disable"},
    {"isenabled", gc_isenabled, 0, "gc.isenabled"},
    {"is_tracked", gc_is_tracked, 0, "gc.is_tracked"},
    {"collect", gc_collect_fn, 0, NULL},
    {"get_referents", gc_get_referents, METH_VARARGS, NULL},
    {"get_referrers", gc_get_referrers, METH_VARARGS, NULL},
    {"get_stats", gc_get_stats, 0, "gc.get_stats"},
    {"freeze", gc_freeze_fn, 0, "gc.freeze"},
    {"unfreeze", gc_unfreeze_fn, 0, "gc.unfreeze"},
    {"get_freeze_count", gc_get_freeze_count, 0, "gc.get_freeze_count"},
    {"is_finalized", gc_is_finalized, 0, "gc.is_finalized"},
    {"set_debug", gc_set_debug, 0, "gc.set_debug"},
    {"get_debug", gc_get_debug, 0, "gc.get_debug"},
    {"get_objects", gc_get_objects, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const struct module_def {
    const char *name;
    const method_def *defs;
} module_defs[] = {
    {"sys", sys_defs},
    {"gc", gc_defs},
    {"tracemalloc", tracemalloc_defs},
    {"_weakref", weakref_module_defs},
};

/* The name of the module whose function def is (a builtin_function_or_method
 * whose m_self is the module: its m_module), or NULL for a type's method (a
 * method descriptor).  tracemalloc's functions are _tracemalloc's. */
static const char *def_module(const method_def *def)
{
    static const struct {
        const method_def *defs;
        const char *module;
    } tables[] = {{builtin_defs, "builtins"}, {sys_defs, "sys"}, {gc_defs, "gc"},
                  {tracemalloc_defs, "_tracemalloc"}, {weakref_module_defs, "_weakref"}};
    for (size_t t = 0; t < HV_COUNTOF(tables); t++)
        for (const method_def *d = tables[t].defs; d->name; d++)
            if (d == def)
                return tables[t].module;
    return NULL;
}

object *builtins_function_module(vm *v, const method_def *def, int want_self)
{
    const char *mod = def_module(def);
    if (!mod)
        return NULL;
    object *m = !strcmp(mod, "builtins") ? v->builtins_module : NULL;
    for (size_t i = 0; i < HV_COUNTOF(module_defs) && !m; i++)
        if (!strcmp(module_defs[i].name, mod))
            m = v->modules[i];
    if (!m)                                 /* _tracemalloc's, which tracemalloc.py imports */
        return vm_raise(v, T_NOT_IMPLEMENTED, "heapviz does not support %s, the module of tracemalloc.%s "
                        "(outside its Python subset)", mod, def->name);
    return want_self ? m : module_lookup(v, m, str_static_interned(v, "__name__"));
}

static const method_def *self_def(vm *v, const char *name)
{
    const method_def *tables[] = {builtin_defs, sys_defs, gc_defs};
    for (size_t t = 0; t < HV_COUNTOF(tables); t++)
        for (const method_def *d = tables[t]; d->name; d++)
            if (strcmp(d->name, name) == 0)
                return d;
    return &builtin_defs[0];
}

/* What each module's md_dict holds as __name__ and __doc__ (moddocs.py). */
static const struct moddoc {
    const char *name;
    int interned;           /* __name__ is the interned str of its text */
    const char *doc;        /* NULL: None */
} moddocs[] = {
#include "moddocs.inc"
};

/* Gives mo its __name__ and __doc__ strs, python3's start-up objects. */
static void module_dunders(vm *v, moduleobj *mo)
{
    for (size_t i = 0; i < HV_COUNTOF(moddocs); i++)
        if (!strcmp(moddocs[i].name, mo->name)) {
            mo->name_str = moddocs[i].interned ? NULL : str_static_own(v, mo->name);
            mo->doc_str = moddocs[i].doc ? str_static_own(v, moddocs[i].doc) : NULL;
            return;
        }
}

void module_add(vm *v, moduleobj *mo, const char *name, object *value, bool owned)
{
    hv_grow(&mo->entries, &mo->cap, (size_t)mo->n + 1, sizeof *mo->entries, 16);
    mo->entries[mo->n++] = (module_entry){str_static_interned(v, name), value, owned};
}

/* A module with its functions (the objects start-up gives it: builtins_init). */
static object *module_new(vm *v, const struct module_def *md)
{
    object *m = vm_static_object(v, T_MODULE, 72, 0);
    moduleobj *mo = MODULE(m);
    mo->name = md->name;
    for (const method_def *d = md->defs; d->name; d++)
        module_add(v, mo, d->name, builtin_static(v, d, m), true);
    module_dunders(v, mo);
    return m;
}

/* md_dict's own entries heapviz has: __name__, __doc__ and __package__
 * ('' for a built-in module and for tracemalloc.py, a top-level module),
 * or NULL (the others, __loader__ and __spec__, are refused by name:
 * attr_refuse_theirs). */
static object *module_dunder(vm *v, moduleobj *m, object *name)
{
    const char *s = STR(name)->data;
    if (s[0] != '_' || s[1] != '_')
        return NULL;
    if (!strcmp(s, "__name__"))             /* interned: the str `import` compiled, as python3's */
        return m->name_str ? m->name_str : str_static_interned(v, m->name);
    if (!strcmp(s, "__doc__"))
        return m->doc_str ? m->doc_str : v->none;
    if (!strcmp(s, "__package__"))
        return v->empty_str;
    return NULL;
}

object *module_lookup(vm *v, object *module, object *name)
{
    moduleobj *m = MODULE(module);
    object *own = module_dunder(v, m, name);
    if (own)
        return own;
    if (module == v->builtins_module)
        return builtins_lookup(v, name);
    for (uint32_t i = 0; i < m->n; i++)
        if (m->entries[i].name == name)
            return m->entries[i].value;
    return NULL;
}

static object *module_repr(vm *v, object *o)
{
    char text[128];
    snprintf(text, sizeof text, "<module '%s' (built-in)>", MODULE(o)->name);
    return str_from_cstr(v, text);
}

/* module_setattro: heapviz's modules are fixed (print() reads
 * vm.sys_stdout, not sys.stdout), so setting or deleting an attribute of
 * one is refused rather than half done. */
static int module_setattr(vm *v, object *o, object *name, object *value)
{
    vm_raise(v, T_NOT_IMPLEMENTED, "heapviz does not support %s %s.%s (outside its Python subset)",
             value ? "assigning" : "deleting", MODULE(o)->name, STR(name)->data);
    return -1;
}

const type tmpl_module = {.dealloc = NULL, .repr = module_repr, .setattr = module_setattr,
                          .host_size = sizeof(moduleobj)};

static void add_builtin(vm *v, const char *name, object *o)
{
    map_put(&v->builtins, (uint64_t)(uintptr_t)str_static_interned(v, name), (uint64_t)(uintptr_t)o);
}

/* gcmodule_exec's names: gc.garbage and gc.callbacks, lists that exist
 * before the program (static objects; their item arrays, if they ever get
 * one, are on the heap), and the DEBUG_* flags (small ints). */
static void gc_module_objects(vm *v, moduleobj *gcm)
{
    static const struct { const char *name; int flags; } debug[] = {
        {"DEBUG_STATS", GC_DEBUG_STATS}, {"DEBUG_COLLECTABLE", GC_DEBUG_COLLECTABLE},
        {"DEBUG_UNCOLLECTABLE", GC_DEBUG_UNCOLLECTABLE}, {"DEBUG_SAVEALL", GC_DEBUG_SAVEALL},
        {"DEBUG_LEAK", GC_DEBUG_LEAK},
    };
    v->gc_garbage = vm_static_object(v, T_LIST, 56, 0);
    v->gc_callbacks = vm_static_object(v, T_LIST, 56, 0);
    module_add(v, gcm, "garbage", v->gc_garbage, true);
    module_add(v, gcm, "callbacks", v->gc_callbacks, true);
    for (size_t i = 0; i < HV_COUNTOF(debug); i++)
        module_add(v, gcm, debug[i].name, int_small(v, debug[i].flags), false);
}

void builtins_init(vm *v)
{
    size_t n = HV_COUNTOF(builtin_defs) - 1;
    v->builtin_funcs = hv_calloc(n, sizeof *v->builtin_funcs);
    for (size_t i = 0; i < n; i++) {
        v->builtin_funcs[i] = builtin_static(v, &builtin_defs[i], NULL);
        add_builtin(v, builtin_defs[i].name, v->builtin_funcs[i]);
    }
    static const enum builtin_type named_types[] = {
        T_OBJECT, T_TYPE, T_INT, T_FLOAT, T_COMPLEX, T_STR, T_BYTES, T_BYTEARRAY, T_MEMORYVIEW, T_TUPLE, T_LIST, T_DICT, T_SET, T_FROZENSET,
        T_BOOL, T_RANGE, T_ENUMERATE, T_REVERSED, T_ZIP, T_MAP, T_FILTER, T_SUPER, T_PROPERTY, T_STATICMETHOD,
        T_CLASSMETHOD, T_SLICE, T_BASE_EXC, T_EXCEPTION, T_STOP_ITERATION,
        T_ARITHMETIC_ERROR, T_ZERO_DIVISION, T_OVERFLOW, T_ASSERTION, T_ATTRIBUTE, T_LOOKUP,
        T_INDEX, T_KEY, T_NAME, T_UNBOUND_LOCAL, T_TYPE_ERROR, T_VALUE, T_RUNTIME, T_RECURSION,
        T_NOT_IMPLEMENTED, T_MEMORY, T_KEYBOARD_INTERRUPT, T_SYSTEM_EXIT, T_GENERATOR_EXIT,
        T_IMPORT, T_MODULE_NOT_FOUND, T_UNICODE, T_UNICODE_DECODE, T_UNICODE_ENCODE, T_SYNTAX,
        T_OS_ERROR, T_CONNECTION_ERROR, T_BROKEN_PIPE, T_BUFFER_ERROR,
    };
    for (size_t i = 0; i < HV_COUNTOF(named_types); i++) {
        type *t = v->types[named_types[i]];
        add_builtin(v, t->name, &t->ob);
    }
    add_builtin(v, "NotImplemented", v->notimpl);
    add_builtin(v, "Ellipsis", v->ellipsis);
    for (size_t i = 0; i < HV_COUNTOF(module_defs); i++)
        v->modules[i] = module_new(v, &module_defs[i]);
    static const method_def no_defs[1];     /* its names are the builtins map's */
    v->builtins_module = module_new(v, &(struct module_def){"builtins", no_defs});
    gc_module_objects(v, MODULE(v->modules[1]));
    moduleobj *wrm = MODULE(v->modules[3]);    /* _weakref's type, under two names */
    static const char *const ref_names[] = {"ref", "ReferenceType"};
    for (size_t i = 0; i < HV_COUNTOF(ref_names); i++)
        module_add(v, wrm, ref_names[i], &v->types[T_WEAKREF]->ob, false);
    /* sys.stdout and sys.stderr: made by create_stdio before the program,
     * held by sys (freed with it) */
    static const char *const stdio_names[] = {"stdout", "stderr", "__stdout__", "__stderr__"};
    moduleobj *sysm = MODULE(v->modules[0]);
    v->sys_stdout = vm_static_object(v, T_TEXTIO, 208, 0);
    v->sys_stderr = vm_static_object(v, T_TEXTIO, 208, 0);
    v->sys_stdout->refcnt = v->sys_stderr->refcnt = 2;     /* sys's two names for each */
    for (size_t i = 0; i < HV_COUNTOF(stdio_names); i++)     /* freed by builtins_fini */
        module_add(v, sysm, stdio_names[i], i % 2 ? v->sys_stderr : v->sys_stdout, false);
    /* the simple values _PySys_InitCore sets (its own objects: the
     * references CPython holds to them are the objects table's) */
    module_add(v, sysm, "maxsize", int_new_static(v, INT64_MAX), true);    /* PY_SSIZE_T_MAX */
    module_add(v, sysm, "byteorder", str_static_own(v, "little"), false);
    v->sys_argv = list_new_static(v, 1);    /* filled by interp_set_argv0, freed by builtins_fini */
    module_add(v, sysm, "argv", v->sys_argv, false);
    structseq_init(v, sysm);
    v->builtins_dict = dict_new_static(v);
}

/* The module and the values it owns (module_entry.owned). */
static void module_free(object *m)
{
    moduleobj *mo = MODULE(m);
    for (uint32_t i = 0; i < mo->n; i++)
        if (mo->entries[i].owned)
            obj_host_free(mo->entries[i].value);
    free(mo->entries);
    obj_host_free(m);
}

void builtins_fini(vm *v)
{
    v->types[T_LIST]->clear(v, v->gc_garbage);     /* what the program put there */
    v->types[T_LIST]->clear(v, v->gc_callbacks);
    for (size_t i = 0; i < HV_COUNTOF(builtin_defs) - 1; i++)
        obj_host_free(v->builtin_funcs[i]);
    free(v->builtin_funcs);
    map_free(&v->builtins);
    for (size_t i = 0; i < HV_COUNTOF(module_defs); i++)
        module_free(v->modules[i]);
    module_free(v->builtins_module);
    structseq_fini(v);
    v->types[T_LIST]->clear(v, v->sys_argv);        /* its path, what the program put there */
    obj_host_free(v->sys_argv);
    textio_stream_free(v->sys_stdout);
    textio_stream_free(v->sys_stderr);
    dict_clear(v, v->builtins_dict);                /* what the program put there */
    obj_host_free(v->builtins_dict);
}

object *builtins_lookup(vm *v, object *name)
{
    /* builtins CPython has whose names cpynames.inc leaves out (it skips
     * names starting with "_"); __debug__ is the compiler's constant there */
    static const char *const dunder_builtins[] = {"__import__", "__build_class__", "__debug__"};
    uint64_t o;
    if (map_get(&v->builtins, (uint64_t)(uintptr_t)name, &o))
        return (object *)(uintptr_t)o;
    for (size_t i = 0; i < HV_COUNTOF(dunder_builtins); i++)
        if (!strcmp(STR(name)->data, dunder_builtins[i]))
            return vm_raise(v, T_NOT_IMPLEMENTED, "heapviz does not support the builtin '%s' "
                            "(outside its Python subset)", dunder_builtins[i]);
    return NULL;
}

static object *raise_import_error(vm *v, type *t, object *msg, object *name, object *path);

/* _find_and_load_unlocked's ModuleNotFoundError for a module python3 has
 * nowhere (the compiler refuses the ones it has: modfind.h), or for the
 * first part of a dotted name, the parent it imports first: "No module
 * named 'x'", its name that part.  importlib's own objects on the way
 * (its finders' caches, the module's lock) are not simulated.  NULL. */
static object *import_not_found(vm *v, object *name)
{
    const char *dot = strchr(STR(name)->data, '.');
    object *top = dot ? str_from_utf8(v, STR(name)->data, (size_t)(dot - STR(name)->data))
                      : obj_incref(v, name);
    object *r = top ? obj_repr(v, top) : NULL;       /* f'No module named {name!r}' */
    object *msg = r ? str_from_format(v, "No module named %U", NULL, r) : NULL;
    obj_xdecref(v, r);
    if (msg)
        raise_import_error(v, v->types[T_MODULE_NOT_FOUND], msg, top, NULL);
    obj_xdecref(v, top);
    return NULL;
}

int builtins_module_known(const char *name, size_t len)
{
    for (size_t i = 0; i < HV_COUNTOF(module_defs); i++)
        if (strlen(module_defs[i].name) == len && !memcmp(module_defs[i].name, name, len))
            return 1;
    return 0;
}

object *import_module(vm *v, object *name)
{
    for (size_t i = 0; i < HV_COUNTOF(module_defs); i++)
        if (strcmp(module_defs[i].name, STR(name)->data) == 0) {
            if (i == 0)
                spec_initializing_probe(v);
            else if (i == 1 && !v->gc_imported) {
                v->gc_imported = 1;
                gc_first_import(v, &v->gc_import);
            }
            return i == 2 && tm_import(v) ? NULL : obj_incref(v, v->modules[i]);
        }
    return import_not_found(v, name);
}

/* resolve_name's refusal of what it would resolve: a module whose
 * globals name its package (__package__, __spec__, __path__, a dotted
 * __name__), which heapviz's __main__ has only if the program sets one. */
static object *import_relative_refused(vm *v)
{
    return vm_raise(v, T_NOT_IMPLEMENTED, "heapviz does not support relative imports in a module whose "
                    "__package__, __spec__, __path__ or dotted __name__ names a package (outside its "
                    "Python subset)");
}

object *import_relative(vm *v, frame *f)
{
    object *g = f->globals, *name = dict_lookup(v, g, str_static_interned(v, "__name__"));
    object *package = dict_lookup(v, g, str_static_interned(v, "__package__"));
    object *spec = dict_lookup(v, g, str_static_interned(v, "__spec__"));
    if ((package && package != v->none) || (spec && spec != v->none) || !name || !obj_is(v, name, T_STR) ||
        strchr(STR(name)->data, '.') || dict_lookup(v, g, str_static_interned(v, "__path__")))
        return v->exc ? NULL : import_relative_refused(v);
    if (warn_ignored(v, f, "can't resolve package from __spec__ or __package__, "
                           "falling back on __name__ and __path__"))
        return NULL;
    return vm_raise(v, T_IMPORT, "attempted relative import with no known parent package");
}

const char *module_attr_name(vm *v, object *module, const object *value)
{
    (void)v;
    const moduleobj *mo = MODULE(module);
    for (uint32_t i = 0; i < mo->n; i++)
        if (mo->entries[i].value == value)
            return STR(mo->entries[i].name)->data;
    return NULL;
}

object *import_module_from(vm *v, object *name)
{
    object *m = import_module(v, name), *path = NULL;
    /* PyImport_ImportModuleLevelObject with a fromlist: a module with a
     * __path__ (a package) would go to importlib's _handle_fromlist; none
     * of heapviz's has one, so this is the lookup's AttributeError made
     * and cleared (module_getattro) */
    if (m && attr_lookup(v, m, str_static_interned(v, "__path__"), &path) < 0) {
        obj_decref(v, m);
        return NULL;
    }
    obj_xdecref(v, path);
    return m;
}

/* PyErr_SetImportError(msg, name, path): the keywords dict ImportError (or
 * its subclass t) is called with (made, filled, dropped after the call), the instance with
 * args (msg,), its name and path kept; raised with its context.  Takes
 * msg over.  NULL. */
static object *raise_import_error(vm *v, type *t, object *msg, object *name, object *path)
{
    object *kw = msg ? dict_new(v) : NULL, *e = NULL;
    if (kw && !dict_setitem(v, kw, str_static_interned(v, "name"), name) &&
        !dict_setitem(v, kw, str_static_interned(v, "path"), path ? path : v->none))
        e = exc_new1(v, t, msg);
    obj_xdecref(v, kw);
    obj_xdecref(v, msg);
    if (!e)
        return NULL;
    exc_set_import_fields(v, e, name, path);
    exc_chain(v, e);
    return vm_raise_object(v, e);
}

/* import_from's failure for a module's name it lacks: sys.modules asked
 * for "module.name" (a str made and dropped), the module's __file__ read
 * (sys and gc have none: PyModule_GetFilenameObject's SystemError message
 * made and cleared), then python3's ImportError. */
static object *import_from_missing(vm *v, object *module, object *name)
{
    object *pkg = obj_getattr(v, module, str_static_interned(v, "__name__"));
    if (!pkg)
        return NULL;
    object *const full_args[] = {pkg, name};
    obj_xdecref(v, str_from_format_args(v, "%U.%U", NULL, full_args, 0));
    /* %S of __file__ in CPython: the str itself, as %U writes it */
    object *file = module == v->modules[2] ? str_static(v, TM_PY_PATH) : NULL, *msg;
    object *const u_args[] = {name, pkg, file};
    if (file) {
        msg = str_from_format_ints(v, "cannot import name %R from %R (%U)", NULL, u_args, 0, NULL);
    } else {
        obj_xdecref(v, str_from_cstr(v, "module filename missing"));
        msg = str_from_format_ints(v, "cannot import name %R from %R (unknown location)", NULL, u_args, 0, NULL);
    }
    raise_import_error(v, v->types[T_IMPORT], msg, pkg, file);
    obj_decref(v, pkg);
    return NULL;
}

object *import_from(vm *v, object *module, object *name)
{
    object *x;
    int r = attr_lookup(v, module, name, &x);
    return r ? x : import_from_missing(v, module, name);
}

/* ---- from M import * ----------------------------------------------------------
 * Each simulated module's __dict__ keys as python3 has them (modstar.inc):
 * import_all_from binds the public ones in that order. */
struct modstar_row {
    const char *module;
    uint32_t nkeys;
    const char *const *keys;
};

#include "modstar.inc"

static const struct modstar_row *modstar_row(const char *name, size_t len)
{
    for (size_t i = 0; i < HV_COUNTOF(modstar_rows); i++)
        if (strlen(modstar_rows[i].module) == len && !memcmp(modstar_rows[i].module, name, len))
            return &modstar_rows[i];
    return NULL;
}

/* Whether module mo has the attribute `name` among its entries. */
static int module_has(const moduleobj *mo, const char *name)
{
    for (uint32_t i = 0; i < mo->n; i++)
        if (!strcmp(STR(mo->entries[i].name)->data, name))
            return 1;
    return 0;
}

const char *builtins_star_unmodelled(vm *v, const char *name, size_t len)
{
    const struct modstar_row *row = modstar_row(name, len);
    for (size_t m = 0; row && m < HV_COUNTOF(module_defs); m++) {
        if (strcmp(module_defs[m].name, row->module))
            continue;
        for (uint32_t i = 0; i < row->nkeys; i++)
            if (row->keys[i][0] != '_' && !module_has(MODULE(v->modules[m]), row->keys[i]))
                return row->keys[i];
    }
    return NULL;
}

/* PyMapping_Keys of the module's __dict__ (PyDict_Keys): a list of
 * exactly its keys, each the interned str itself.  NULL on MemoryError. */
static object *star_keys(vm *v, const struct modstar_row *row)
{
    object *keys = list_new(v, row->nkeys);
    for (uint32_t i = 0; keys && i < row->nkeys; i++)
        list_set_fresh(v, keys, i, obj_incref(v, str_static_interned(v, row->keys[i])));
    return keys;
}

int import_star(vm *v, object *module, object *globals)
{
    object *all = NULL;
    int r = attr_lookup(v, module, str_static_interned(v, "__all__"), &all);
    obj_xdecref(v, all);
    if (r)                              /* none of the modules has an __all__ */
        return r < 0 ? -1 : (vm_raise(v, T_NOT_IMPLEMENTED, "heapviz does not support a module's __all__ "
                                      "(outside its Python subset)"), -1);
    const char *name = MODULE(module)->name;
    const struct modstar_row *row = modstar_row(name, strlen(name));
    object *keys = row ? star_keys(v, row) : NULL;  /* the __dict__ member: no allocation */
    if (!keys)
        return row ? -1 : (vm_raise(v, T_NOT_IMPLEMENTED, "heapviz does not support 'from %s import *' (outside "
                                    "its Python subset)", name), -1);
    int err = 0;
    for (size_t i = 0; !err && i < LIST(keys)->n; i++) {
        object *key = obj_incref(v, LIST(keys)->items[i]);     /* PySequence_GetItem */
        object *value = STR(key)->data[0] == '_' ? NULL : obj_getattr(v, module, key);
        if (STR(key)->data[0] != '_')
            err = !value || dict_setitem(v, globals, key, value);
        obj_decref(v, key);
        obj_xdecref(v, value);
    }
    obj_decref(v, keys);
    return err ? -1 : 0;
}

/* PyObject_GenericGetAttr's AttributeError for a name an object of type
 * tp_name lacks, made whole by set_attribute_error_context, then cleared. */
static void generic_miss(vm *v, const char *tp_name, object *name)
{
    vm_raise_format(v, T_ATTRIBUTE, "'%.50s' object has no attribute '%U'", tp_name, name);
    exc_normalize(v);
    vm_exc_clear(v);
}

void spec_initializing_probe(vm *v)
{
    generic_miss(v, "ModuleSpec", str_static_interned(v, "_initializing"));
}

void module_missing_probes(vm *v, object *module, object *name)
{
    generic_miss(v, "module", name);
    if (module == v->modules[0])            /* sys: made before importlib set _initializing */
        spec_initializing_probe(v);
}

int print_expr(vm *v, object *x)
{
    if (x == v->none)
        return 0;
    /* sys_displayhook: repr(x) and a newline through sys.stdout's write,
     * as print() writes (the caller sets builtins._ around it) */
    object *out = v->sys_stdout;
    return write_object(v, out, x, NULL, 0) || write_object(v, out, NULL, "\n", 1) ? -1 : 0;
}
