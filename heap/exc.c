/*
 * exc.c — exception instances: BaseException's fields (args, traceback,
 * context, cause, __dict__, notes) in a GC object of the type's basicsize,
 * tracked at birth as PyType_GenericAlloc does.  Sixteen MemoryError
 * instances are made up front (CPython preallocates them), so raising
 * MemoryError never needs the heap that just ran out.
 */
#include "class.h"
#include "types.h"

#include "abstract.h"
#include "attr.h"
#include "builtins.h"
#include "dict.h"
#include "eval.h"
#include "hv.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

/* after the six fields exc_release_fields labels 0-5 */
enum { EXC_LABEL_VALUE = 6 };
/* UnicodeEncodeError's and UnicodeDecodeError's encoding, object, reason */
enum { EXC_LABEL_ENCODING = 7, EXC_LABEL_OBJECT, EXC_LABEL_REASON };
/* NameError's and AttributeError's name, AttributeError's obj; ImportError's
 * name and path */
enum { EXC_LABEL_NAME = 10, EXC_LABEL_OBJ };
/* SystemExit's code */
enum { EXC_LABEL_CODE = 12 };

/* Releases the fields a subclass of BaseException adds, from the first'th
 * of StopIteration's value, AttributeError's obj and name (NameError's
 * name), UnicodeError's encoding, object and reason, SystemExit's code,
 * each labelled as its own. */
static void release_own_fields(vm *v, object *o, size_t first)
{
    excobj *e = EXC(o);
    object **own[] = {&e->value, &e->obj, &e->name, &e->u_encoding, &e->u_object, &e->u_reason, &e->code};
    static const uint64_t own_label[] = {EXC_LABEL_VALUE, EXC_LABEL_OBJ,    EXC_LABEL_NAME,  EXC_LABEL_ENCODING,
                                         EXC_LABEL_OBJECT, EXC_LABEL_REASON, EXC_LABEL_CODE};
    for (size_t i = first; i < HV_COUNTOF(own); i++)
        if (*own[i]) {
            object *x = *own[i];
            *own[i] = NULL;
            obj_release(v, x, o->addr, own_label[i]);
        }
}

/* Releases the exception's fields from the first'th of args, notes,
 * traceback, context, cause, dict on (each labelled by its place), after
 * its subclass's own, as StopIteration_clear, AttributeError_clear
 * (obj, then name), NameError_clear and UnicodeError_clear drop them
 * before BaseException_clear's. */
static void release_fields_from(vm *v, object *o, size_t first)
{
    excobj *e = EXC(o);
    release_own_fields(v, o, 0);
    object **f[] = {&e->args, &e->notes, &e->traceback, &e->context, &e->cause, &e->dict};
    for (size_t i = first; i < HV_COUNTOF(f); i++)
        if (*f[i]) {
            object *x = *f[i];
            *f[i] = NULL;
            obj_release(v, x, o->addr, i);
        }
}

static void exc_release_fields(vm *v, object *o)
{
    release_fields_from(v, o, 0);
}

/* Forgets where the exception passed (the references to names it kept). */
static void exc_clear_tb(vm *v, object *o)
{
    excobj *e = EXC(o);
    for (uint32_t i = 0; i < e->ntb; i++) {
        obj_decref(v, e->tb[i].filename);
        obj_decref(v, e->tb[i].name);
    }
    e->ntb = 0;
}

static void exc_dealloc(vm *v, object *o)
{
    obj_untrack(v, o);
    exc_release_fields(v, o);
    exc_clear_tb(v, o);
    free(EXC(o)->tb);
    obj_free(v, o);
}

void exc_add_traceback(vm *v, object *exc, object *filename, object *name, uint32_t line,
                       uint32_t col)
{
    tb_entry entry = {obj_incref(v, filename), obj_incref(v, name), line, col};
    if (!exc && v->exc_raw) {                   /* kept by the thread state until normalized */
        hv_grow(&v->tb, &v->tbcap, v->ntb + 1, sizeof *v->tb, 8);
        v->tb[v->ntb++] = entry;
        return;
    }
    excobj *e = EXC(exc ? exc : v->exc);
    size_t cap = e->tbcap;
    hv_grow(&e->tb, &cap, (size_t)e->ntb + 1, sizeof *e->tb, 8);
    e->tbcap = (uint32_t)cap;
    e->tb[e->ntb++] = entry;
}

static int exc_traverse(object *o, visitproc visit, void *arg)
{
    excobj *e = EXC(o);
    object *f[] = {e->code, e->obj, e->name, e->u_encoding, e->u_object, e->u_reason,
                   e->args, e->notes, e->traceback, e->context, e->cause, e->dict, e->value};
    for (size_t i = 0; i < HV_COUNTOF(f); i++)
        if (f[i] && visit(f[i], arg))
            return 1;
    /* an instance of a class statement's subclass holds its class (subtype_traverse) */
    return (o->type->flags & TPF_HEAPTYPE) ? visit(&o->type->ob, arg) : 0;
}

/* BaseException.__str__: "" for no arguments, str(arg) for one, str(args)
 * otherwise; KeyError shows repr(arg) for one argument. */
/* OSError's errno and strerror: its first two args when it has exactly
 * two (CPython takes them from 2 to 5 args and keeps a filename from the
 * third: heapviz refuses that at construction); NULL otherwise. */
static object *os_error_arg(vm *v, object *o, size_t i)
{
    object *args = EXC(o)->args;
    if (!type_is_subtype(o->type, v->types[T_OS_ERROR]) || !args || TUPLE(args)->n != 2)
        return NULL;
    return TUPLE(args)->items[i];
}

/* OSError.__str__ with errno and strerror: "[Errno 32] Broken pipe". */
static object *os_error_str(vm *v, object *o)
{
    object *e = obj_str(v, os_error_arg(v, o, 0)), *m = e ? obj_str(v, os_error_arg(v, o, 1)) : NULL;
    object *r = NULL;
    if (m) {
        buf b = BUF_INIT;
        buf_printf(&b, "[Errno %s] %s", STR(e)->data, STR(m)->data);
        r = str_from_utf8(v, buf_str(&b), b.len);
        buf_free(&b);
    }
    obj_xdecref(v, e);
    obj_xdecref(v, m);
    return r;
}

/* UnicodeEncodeError or UnicodeDecodeError (for o a subtype's
 * instance), else 0: the types with PyUnicodeErrorObject's fields. */
static enum builtin_type unicode_kind(vm *v, const object *o)
{
    if (type_is_subtype(o->type, v->types[T_UNICODE_DECODE]))
        return T_UNICODE_DECODE;
    return type_is_subtype(o->type, v->types[T_UNICODE_ENCODE]) ? T_UNICODE_ENCODE : 0;
}

/* PyObject_Str of a field that may be NULL (PyObject_Str(NULL) is "<NULL>"). */
static object *field_str(vm *v, object *x)
{
    return x ? obj_str(v, x) : str_from_cstr(v, "<NULL>");
}

/* UnicodeDecodeError_str and UnicodeEncodeError_str: "" before __init__
 * ran; otherwise str(reason) and str(encoding) (the same objects when they
 * are str), then PyUnicode_FromFormat naming one byte (0xhh) or one
 * character (\xhh, \uhhhh, \Uhhhhhhhh) when end is start + 1 inside the
 * object, else the positions start to end - 1. */
static object *unicode_error_str(vm *v, object *o, enum builtin_type kind)
{
    excobj *e = EXC(o);
    if (!e->u_object)
        return str_from_cstr(v, "");
    object *u[2] = {field_str(v, e->u_reason), NULL};
    if (u[0])
        u[1] = field_str(v, e->u_encoding);
    object *r = NULL;
    if (u[1]) {
        object *args[2] = {u[1], u[0]};
        int64_t len = kind == T_UNICODE_DECODE ? (obj_is(v, e->u_object, T_BYTES) ? (int64_t)BYTES(e->u_object)->n : 0)
                                               : (obj_is(v, e->u_object, T_STR) ? (int64_t)STR(e->u_object)->len : 0);
        int one = e->u_start >= 0 && e->u_start < len && e->u_end == e->u_start + 1;
        if (one && kind == T_UNICODE_DECODE) {
            int64_t n[] = {BYTES(e->u_object)->data[e->u_start], e->u_start};
            r = str_from_format_ints(v, "'%U' codec can't decode byte 0x%02x in position %zd: %U", NULL, args,
                                     0, n);
        } else if (one) {
            const strobj *t = STR(e->u_object);                     /* PyUnicode_ReadChar */
            size_t at = 0;
            for (int64_t i = 0; i < e->u_start; i++)
                str_decode_at(t->data, &at);
            uint32_t c = str_decode_at(t->data, &at);
            int64_t n[] = {c, e->u_start};
            const char *fmt = c <= 0xff ? "'%U' codec can't encode character '\\x%02x' in position %zd: %U"
                            : c <= 0xffff ? "'%U' codec can't encode character '\\u%04x' in position %zd: %U"
                            : "'%U' codec can't encode character '\\U%08x' in position %zd: %U";
            r = str_from_format_ints(v, fmt, NULL, args, 0, n);
        } else {
            int64_t n[] = {e->u_start, e->u_end - 1};
            r = str_from_format_ints(v, kind == T_UNICODE_DECODE
                                            ? "'%U' codec can't decode bytes in position %zd-%zd: %U"
                                            : "'%U' codec can't encode characters in position %zd-%zd: %U",
                                     NULL, args, 0, n);
        }
    }
    obj_xdecref(v, u[0]);
    obj_xdecref(v, u[1]);
    return r;
}

static object *exc_str(vm *v, object *o)
{
    object *args = EXC(o)->args;
    size_t n = args ? TUPLE(args)->n : 0;
    enum builtin_type kind = unicode_kind(v, o);
    if (kind)
        return unicode_error_str(v, o, kind);
    if (os_error_arg(v, o, 0))
        return os_error_str(v, o);
    if (n == 0)
        return obj_incref(v, v->empty_str);
    if (n == 1)
        return type_is_subtype(o->type, v->types[T_KEY]) ? obj_repr(v, TUPLE(args)->items[0])
                                                           : obj_str(v, TUPLE(args)->items[0]);
    return obj_str(v, args);
}

/* BaseException_repr: PyUnicode_FromFormat("%s(%R)") of a single
 * argument, "%s%R" of the args tuple otherwise (the type's name, a str
 * of it made first, then the repr). */
static object *exc_repr(vm *v, object *o)
{
    object *args = EXC(o)->args ? EXC(o)->args : v->empty_tuple;
    const char *name[] = {o->type->name};
    if (TUPLE(args)->n == 1)
        return str_from_format_ints(v, "%s(%R)", name, TUPLE(args)->items, 0, NULL);
    return str_from_format_ints(v, "%s%R", name, &args, 0, NULL);
}

/* OSError(errno, strerror) is the subclass of errno's (oserror_use_init's
 * errnomap), for the subclasses heapviz has; more than two arguments (a
 * filename) are refused. */
static type *os_error_type(vm *v, type *t, object *const *args, size_t nargs)
{
    if (nargs > 2) {
        vm_raise(v, T_NOT_IMPLEMENTED, "heapviz does not support %s() with a filename", t->name);
        return NULL;
    }
    if (t != v->types[T_OS_ERROR] || nargs != 2 || !obj_is(v, args[0], T_INT))
        return t;
    static const int other_subclass[] = {   /* errnomap's errnos of the subclasses heapviz lacks */
        EAGAIN, EALREADY, EWOULDBLOCK, EINPROGRESS, ECHILD, ECONNABORTED, ECONNREFUSED, ECONNRESET,
        EEXIST, ENOENT, EISDIR, ENOTDIR, EINTR, EACCES, EPERM, ESRCH, ETIMEDOUT,
    };
    int64_t n = -1;
    int_as_i64(args[0], &n);
    if (n == EPIPE || n == ESHUTDOWN)
        return v->types[T_BROKEN_PIPE];
    for (size_t i = 0; i < HV_COUNTOF(other_subclass); i++)
        if (n == other_subclass[i]) {
            vm_raise(v, T_NOT_IMPLEMENTED, "heapviz does not support OSError(%lld, …): its subclass for that "
                     "errno is outside its Python subset", (long long)n);
            return NULL;
        }
    return t;
}

static object *exc_with_args(vm *v, type *t, object *args);

object *exc_new_packed(vm *v, type *t, object *tuple)
{
    size_t n = TUPLE(tuple)->n;
    if (type_is_subtype(t, v->types[T_OS_ERROR]) && !(t = os_error_type(v, t, TUPLE(tuple)->items, n)))
        return NULL;
    return exc_with_args(v, t, obj_incref(v, tuple));
}

/* ImportError's member name (path 0: EXC(o)->name) or path (1:
 * EXC(o)->obj) set to value (NULL: None when read), the old one released. */
static void set_import_member(vm *v, object *o, int path, object *value)
{
    object **slot = path ? &EXC(o)->obj : &EXC(o)->name;
    uint64_t label = path ? EXC_LABEL_OBJ : EXC_LABEL_NAME;
    object *old = *slot;
    *slot = value ? obj_hold(v, value, o->addr, label) : NULL;
    if (old)
        obj_release(v, old, o->addr, label);
}

void exc_set_import_fields(vm *v, object *o, object *name, object *path)
{
    set_import_member(v, o, 0, name);
    set_import_member(v, o, 1, path);
}

/* ImportError_init's keywords (values[0..nkw), named by the kwnames
 * tuple kw), after BaseException_init, as PyArg_ParseTupleAndKeywords
 * reads "|$OO:ImportError": the count checked first, then name and path
 * looked up while keywords are left (each a str made and freed at once,
 * _PyDict_GetItemStringWithError), then the first other keyword is the
 * TypeError.  0, or -1 with the error. */
static int import_error_keywords(vm *v, object *self, object *const *values, object *kw)
{
    static const char *const kwlist[] = {"name", "path"};
    object *found[2] = {NULL, NULL};
    size_t nkw = TUPLE(kw)->n, left = nkw;
    if (nkw > 2) {
        vm_raise_format(v, T_TYPE_ERROR, "%.200s%s takes at most %d %sargument%s (%zd given)", "ImportError", "()",
                        2, "keyword ", "s", nkw);
        return -1;
    }
    for (size_t j = 0; j < 2 && left; j++) {
        if (str_probe(v, kwlist[j]))
            return -1;
        for (size_t i = 0; i < nkw; i++)
            if (str_is(TUPLE(kw)->items[i], kwlist[j])) {
                found[j] = values[i];
                left--;
            }
    }
    for (size_t i = 0; left && i < nkw; i++)
        if (!str_is(TUPLE(kw)->items[i], "name") && !str_is(TUPLE(kw)->items[i], "path")) {
            vm_raise_format(v, T_TYPE_ERROR, "'%U' is an invalid keyword argument for %.200s%s",
                            TUPLE(kw)->items[i], "ImportError", "()");
            return -1;
        }
    exc_set_import_fields(v, self, found[0], found[1]);
    return 0;
}

/* ImportError(*args, name=..., path=...): _PyObject_MakeTpCall's
 * keywords dict (made after the args tuple, dropped after the call), the
 * instance BaseException_new makes, then ImportError_init's keywords.
 * nargs counts the keywords' values too (the last of args). */
static object *import_error_vnew(vm *v, type *t, object *const *args, size_t nargs, object *kw)
{
    size_t npos = nargs - TUPLE(kw)->n;
    object *tuple = tuple_new(v, npos), *d = tuple ? dict_new_presized(v, TUPLE(kw)->n) : NULL, *o = NULL;
    for (size_t i = 0; tuple && i < npos; i++)
        tuple_set(v, tuple, i, obj_incref(v, args[i]));
    for (size_t i = 0; d && i < TUPLE(kw)->n; i++)
        if (dict_setitem(v, d, TUPLE(kw)->items[i], args[npos + i]))
            obj_decref(v, d), d = NULL;
    if (d && (o = exc_new_packed(v, t, tuple)) && import_error_keywords(v, o, args + npos, kw))
        obj_decref(v, o), o = NULL;
    obj_xdecref(v, d);
    obj_xdecref(v, tuple);
    return o;
}

/* BaseException(*args): an instance holding args as a tuple (the one
 * _PyObject_MakeTpCall packs them into, which BaseException_new keeps).
 * 3.11's exception types have no vectorcall, so PyObject_Call hands
 * type_call CALL_FUNCTION_EX's own tuple and BaseException_new keeps that
 * one: ValueError(*t).args is t, and no tuple is made. */
static object *exc_vnew(vm *v, type *t, object *const *args, size_t nargs, object *kw)
{
    int no_kw = kw && TUPLE(kw)->n;
    if (no_kw && type_is_subtype(t, v->types[T_IMPORT])) {
        object *handed = vm_handed_tuple(v, args);
        if (!handed)
            return import_error_vnew(v, t, args, nargs, kw);
        object *o = exc_new_packed(v, t, handed);  /* CALL_FUNCTION_EX's tuple and dict, as they are */
        if (o && import_error_keywords(v, o, args + (nargs - TUPLE(kw)->n), kw)) {
            obj_decref(v, o);
            o = NULL;
        }
        return o;
    }
    if (no_kw && type_is_subtype(t, v->types[T_OS_ERROR]))
        return args_no_kwargs(v, t->name);     /* OSError_new's check, before its object */
    object *handed = vm_handed_tuple(v, args), *o;
    if (handed) {
        o = exc_new_packed(v, t, handed);
    } else {
        object *tuple = tuple_new(v, nargs);
        if (!tuple)
            return NULL;
        for (size_t i = 0; i < nargs; i++)
            tuple_set(v, tuple, i, obj_incref(v, args[i]));
        o = exc_new_packed(v, t, tuple);
        obj_decref(v, tuple);
    }
    if (o && no_kw) {               /* BaseException_init's _PyArg_NoKeywords: the object made */
        args_no_kwargs(v, t->name);
        obj_decref(v, o);
        return NULL;
    }
    return o;
}

static int is_exc_class(vm *v, object *o)
{
    return type_is_subtype(o->type, v->types[T_TYPE]) &&
           type_is_subtype((type *)o, v->types[T_BASE_EXC]);
}

int exc_match(vm *v, object *exc, object *cls)
{
    if (obj_is(v, cls, T_TUPLE)) {
        for (size_t i = 0; i < TUPLE(cls)->n; i++) {
            int r = exc_match(v, exc, TUPLE(cls)->items[i]);
            if (r)
                return r;
        }
        return 0;
    }
    if (!is_exc_class(v, cls)) {
        vm_raise(v, T_TYPE_ERROR, "catching classes that do not inherit from BaseException is not allowed");
        return -1;
    }
    return type_is_subtype(exc->type, (type *)cls);
}

/* Sets a field of an exception, taking a new reference to value. */
static void set_field(vm *v, object *exc, object **slot, uint64_t label, object *value)
{
    object *old = *slot;
    *slot = value ? obj_hold(v, value, exc->addr, label) : NULL;
    if (old)
        obj_release(v, old, exc->addr, label);
}

void exc_set_cause(vm *v, object *exc, object *cause)
{
    set_field(v, exc, &EXC(exc)->cause, 4, cause);
    set_field(v, exc, &EXC(exc)->context, 3, cause);
    EXC(exc)->suppress_context = 1;
}

void exc_raise(vm *v, object *x, object *cause)
{
    object *exc;
    if (!x) {                                   /* bare raise */
        object *h = vm_handled(v);
        if (!h) {
            vm_raise(v, T_RUNTIME, "No active exception to reraise");
            return;
        }
        vm_raise_object(v, obj_incref(v, h));
        return;
    }
    if (is_exc_class(v, x)) {
        exc = ((type *)x)->vnew ? ((type *)x)->vnew(v, (type *)x, NULL, 0, NULL) : NULL;
        if (!exc)
            return;
        if (!type_is_subtype(exc->type, v->types[T_BASE_EXC])) {
            vm_raise_format(v, T_TYPE_ERROR, "calling %R should have returned an instance of BaseException, "
                            "not %R", x, &exc->type->ob);
            obj_decref(v, exc);
            return;
        }
    } else if (type_is_subtype(x->type, v->types[T_BASE_EXC])) {
        exc = obj_incref(v, x);
    } else {
        vm_raise(v, T_TYPE_ERROR, "exceptions must derive from BaseException");
        return;
    }
    if (cause) {
        object *c = NULL;
        if (is_exc_class(v, cause)) {           /* do_raise: its error replaces exc */
            if (!(c = ((type *)cause)->vnew(v, (type *)cause, NULL, 0, NULL))) {
                obj_decref(v, exc);
                return;
            }
        } else if (type_is_subtype(cause->type, v->types[T_BASE_EXC]))
            c = obj_incref(v, cause);
        else if (cause != v->none) {
            obj_decref(v, exc);
            vm_raise(v, T_TYPE_ERROR, "exception causes must derive from BaseException");
            return;
        }
        set_field(v, exc, &EXC(exc)->cause, 4, c);
        obj_xdecref(v, c);
        EXC(exc)->suppress_context = 1;
    }
    exc_chain(v, exc);
    vm_raise_object(v, exc);
}

void exc_raise_errno(vm *v, int err)
{
    object *args[2] = {int_from_i64(v, err), NULL};
    if (args[0])
        args[1] = str_from_cstr(v, strerror(err));
    type *t = v->types[T_OS_ERROR];
    object *exc = args[1] ? t->vnew(v, t, args, 2, NULL) : NULL;
    obj_xdecref(v, args[0]);
    obj_xdecref(v, args[1]);
    if (exc)
        exc_raise(v, exc, NULL);
    obj_xdecref(v, exc);
}

/* PyErr_SetFromErrno(t) for t not an OSError (float_pow's OverflowError):
 * the message str, then Py_BuildValue("(iO)") (the tuple, then the int in
 * it), the class called with that tuple, which BaseException_new keeps as
 * the args. */
void exc_raise_errno_as(vm *v, enum builtin_type t, int err)
{
    object *msg = str_from_cstr(v, strerror(err));
    object *args = msg ? tuple_new(v, 2) : NULL;
    object *n = args ? int_from_i64(v, err) : NULL;
    object *exc = NULL;
    if (n) {
        tuple_set(v, args, 0, n);
        tuple_set(v, args, 1, obj_incref(v, msg));
    }
    obj_xdecref(v, msg);
    if (n)
        exc = exc_new_packed(v, v->types[t], args);
    obj_xdecref(v, args);
    if (exc)
        exc_raise(v, exc, NULL);
    obj_xdecref(v, exc);
}

void exc_chain(vm *v, object *exc)
{
    object *h = vm_handled(v);
    if (!h || h == exc)
        return;
    /* h's context chain must not come back to exc: cut it there (Floyd's
     * cycle detection stops on a cycle that was there before) */
    object *o = h, *slow = h, *ctx;
    int toggle = 0;
    while ((ctx = EXC(o)->context)) {
        if (ctx == exc) {
            set_field(v, o, &EXC(o)->context, 3, NULL);
            break;
        }
        o = ctx;
        if (o == slow)
            break;
        if (toggle)
            slow = EXC(slow)->context;
        toggle = !toggle;
    }
    set_field(v, exc, &EXC(exc)->context, 3, h);
}

/* The BaseException fields read as attributes (getset and member
 * descriptors in CPython). */
enum exc_field { F_ARGS, F_TRACEBACK, F_CONTEXT, F_CAUSE, F_SUPPRESS, F_NFIELDS };
static const char *const field_names[F_NFIELDS] = {
    "args", "__traceback__", "__context__", "__cause__", "__suppress_context__",
};

static int field_of(object *name)
{
    for (int f = 0; f < F_NFIELDS; f++)
        if (!strcmp(STR(name)->data, field_names[f]))
            return f;
    return -1;
}

/* The instance's __dict__ (borrowed), made on first use as
 * PyObject_GenericGetDict and a first attribute make it; NULL on
 * MemoryError. */
static object *exc_dict(vm *v, object *o)
{
    if (!EXC(o)->dict) {
        object *d = dict_new(v);
        if (!d)
            return NULL;
        EXC(o)->dict = d;
        obj_give(v, d, o->addr, 5);
    }
    return EXC(o)->dict;
}

/* UnicodeError_members: encoding, object, start, end, reason. */
static const char *const unicode_members[] = {"encoding", "object", "start", "end", "reason"};

static int unicode_member_of(object *name)
{
    for (int m = 0; m < (int)HV_COUNTOF(unicode_members); m++)
        if (!strcmp(STR(name)->data, unicode_members[m]))
            return m;
    return -1;
}

/* A T_OBJECT member's slot (m: encoding, object, reason), with its label. */
static object **unicode_slot(object *o, int m, uint64_t *label)
{
    excobj *e = EXC(o);
    *label = m == 0 ? EXC_LABEL_ENCODING : m == 1 ? EXC_LABEL_OBJECT : EXC_LABEL_REASON;
    return m == 0 ? &e->u_encoding : m == 1 ? &e->u_object : &e->u_reason;
}

/* PyMember_GetOne: a T_OBJECT field (None while NULL) or a T_PYSSIZET one. */
static object *unicode_member(vm *v, object *o, int m)
{
    if (m == 2 || m == 3)
        return int_from_i64(v, m == 2 ? EXC(o)->u_start : EXC(o)->u_end);
    uint64_t label;
    object *x = *unicode_slot(o, m, &label);
    return obj_incref(v, x ? x : v->none);
}

/* PyMember_SetOne: any object (NULL: del) for a T_OBJECT field, an int
 * for start and end.  0, or -1 with CPython's error. */
static int set_unicode_member(vm *v, object *o, int m, object *value)
{
    if (m == 2 || m == 3) {
        int64_t n;
        if (!value)
            return vm_raise(v, T_TYPE_ERROR, "can't delete numeric/char attribute"), -1;
        if (int_as_ssize(v, value, &n))
            return -1;
        *(m == 2 ? &EXC(o)->u_start : &EXC(o)->u_end) = n;
        return 0;
    }
    uint64_t label;
    object **slot = unicode_slot(o, m, &label);
    set_field(v, o, slot, label, value);
    return 0;
}

int exc_unicode_update(vm *v, object *exc, int64_t start, int64_t end, const char *reason)
{
    EXC(exc)->u_start = start;                  /* PyUnicode{En,De}codeError_SetStart, SetEnd */
    EXC(exc)->u_end = end;
    object *r = str_from_cstr(v, reason);       /* SetReason: set_unicodefromstring */
    if (!r)
        return -1;
    set_field(v, exc, &EXC(exc)->u_reason, EXC_LABEL_REASON, r);
    obj_decref(v, r);
    return 0;
}

/* UnicodeEncodeError_init and UnicodeDecodeError_init after
 * BaseException_init: the args parsed as "UUnnU" or "UOnnU" into the
 * fields (references taken); a decode error's object must be bytes (the
 * bytes-like objects heapviz has).  0, or -1 with PyArg_ParseTuple's error
 * and the fields cleared. */
static int unicode_error_init(vm *v, object *o, enum builtin_type kind)
{
    release_own_fields(v, o, 3);            /* encoding, object, reason */
    object *args = EXC(o)->args;
    size_t n = TUPLE(args)->n;
    if (n != 5) {
        vm_raise(v, T_TYPE_ERROR, "function takes exactly 5 arguments (%zu given)", n);
        return -1;
    }
    object *const *a = TUPLE(args)->items;
    excobj *e = EXC(o);
    for (size_t i = 0; i < 5; i++) {            /* in the format's order */
        int want_str = i == 0 || i == 4 || (i == 1 && kind == T_UNICODE_ENCODE);
        if (want_str && !obj_is(v, a[i], T_STR)) {
            vm_raise(v, T_TYPE_ERROR, "argument %zu must be str, not %.50s", i + 1,
                     arg_type_name(v, a[i]));   /* vgetargs' converterr: a C buffer, PyErr_SetString */
            return -1;
        }
        if ((i == 2 || i == 3) &&             /* 'n': PyNumber_Index, then a Py_ssize_t */
            obj_index_c(v, a[i], i == 2 ? &e->u_start : &e->u_end, INT64_MIN, INT64_MAX, "ssize_t"))
            return -1;
    }
    if (kind == T_UNICODE_DECODE && !obj_is(v, a[1], T_BYTES)) {
        vm_raise_format(v, T_TYPE_ERROR, "a bytes-like object is required, not '%.100s'", a[1]->type->name);
        return -1;
    }
    e->u_encoding = obj_hold(v, a[0], o->addr, EXC_LABEL_ENCODING);
    e->u_object = obj_hold(v, a[1], o->addr, EXC_LABEL_OBJECT);
    e->u_reason = obj_hold(v, a[4], o->addr, EXC_LABEL_REASON);
    return 0;
}

/* Whether name is SystemExit's code member on o. */
static int is_code(vm *v, object *o, object *name)
{
    return !strcmp(STR(name)->data, "code") && type_is_subtype(o->type, v->types[T_SYSTEM_EXIT]);
}

/* SystemExit's code set to value (a new reference taken; NULL: none),
 * as Py_XSETREF does: the new one held before the old is dropped. */
static void set_code(vm *v, object *o, object *value)
{
    excobj *e = EXC(o);
    object *old = e->code;
    e->code = value ? obj_hold(v, value, o->addr, EXC_LABEL_CODE) : NULL;
    if (old)
        obj_release(v, old, o->addr, EXC_LABEL_CODE);
}

/* SystemExit_init, after BaseException_init kept args: code is the one
 * argument, or the args tuple itself for more; none leaves it as it was. */
static void system_exit_init(vm *v, object *o)
{
    object *args = EXC(o)->args;
    size_t n = args ? TUPLE(args)->n : 0;
    if (n)
        set_code(v, o, n == 1 ? TUPLE(args)->items[0] : args);
}

/* ImportError's members: msg (ImportError_init's args[0] when there is one
 * argument), name and path (None unless the import machinery set them:
 * exc_set_import_fields); NULL for another name. */
static object *import_error_field(vm *v, object *o, object *name)
{
    excobj *e = EXC(o);
    object *x = NULL;
    if (!strcmp(STR(name)->data, "msg"))
        x = e->args && TUPLE(e->args)->n == 1 ? TUPLE(e->args)->items[0] : v->none;
    else if (!strcmp(STR(name)->data, "name"))
        x = e->name ? e->name : v->none;
    else if (!strcmp(STR(name)->data, "path"))
        x = e->obj ? e->obj : v->none;
    return x ? obj_incref(v, x) : NULL;
}

object *exc_field(vm *v, object *o, object *name)
{
    excobj *e = EXC(o);
    object *x;
    switch (field_of(name)) {
    case F_ARGS: x = e->args ? e->args : v->empty_tuple; break;
    case F_TRACEBACK: x = e->traceback; break;
    case F_CONTEXT: x = e->context; break;
    case F_CAUSE: x = e->cause; break;
    case F_SUPPRESS: return obj_bool(v, e->suppress_context);
    default:
        if (!strcmp(STR(name)->data, "__class__"))
            return obj_incref(v, &o->type->ob);
        if (!strcmp(STR(name)->data, "__dict__"))
            return (x = exc_dict(v, o)) ? obj_incref(v, x) : NULL;
        if (unicode_kind(v, o)) {
            int m = unicode_member_of(name);
            if (m >= 0)
                return unicode_member(v, o, m);
        }
        if (type_is_subtype(o->type, v->types[T_OS_ERROR])) {
            static const char *const os_fields[] = {"errno", "strerror", "filename", "filename2"};
            for (size_t i = 0; i < HV_COUNTOF(os_fields); i++)
                if (!strcmp(STR(name)->data, os_fields[i])) {
                    x = i < 2 ? os_error_arg(v, o, i) : NULL;
                    return obj_incref(v, x ? x : v->none);
                }
        }
        if (!strcmp(STR(name)->data, "name") && (type_is_subtype(o->type, v->types[T_NAME]) ||
                                                 type_is_subtype(o->type, v->types[T_ATTRIBUTE])))
            return obj_incref(v, e->name ? e->name : v->none);
        if (!strcmp(STR(name)->data, "obj") && type_is_subtype(o->type, v->types[T_ATTRIBUTE]))
            return obj_incref(v, e->obj ? e->obj : v->none);
        if (type_is_subtype(o->type, v->types[T_IMPORT]))
            return import_error_field(v, o, name);
        if (is_code(v, o, name))
            return obj_incref(v, e->code ? e->code : v->none);
        return e->value && !strcmp(STR(name)->data, "value") ? obj_incref(v, e->value) : NULL;
    }
    return obj_incref(v, x ? x : v->none);
}

/* Field f (enum exc_field) set to what a program assigns (NULL: del):
 * 0, or -1 with CPython's TypeError. */
static int set_exc_field(vm *v, object *o, int f, object *value)
{
    static const char *const what[F_NFIELDS] = {
        NULL, "__traceback__ must be a traceback or None", "exception context must be None or derive from BaseException",
        "exception cause must be None or derive from BaseException", NULL,
    };
    excobj *e = EXC(o);
    if (!value) {
        vm_raise(v, T_TYPE_ERROR, f == F_ARGS ? "args may not be deleted" : f == F_TRACEBACK
                 ? "__traceback__ may not be deleted" : "%s may not be deleted", field_names[f]);
        return -1;
    }
    if (f == F_SUPPRESS) {
        int t = obj_truth(v, value);
        e->suppress_context = t > 0;
        return t < 0 ? -1 : 0;
    }
    if (f == F_ARGS) {
        vm_raise(v, T_NOT_IMPLEMENTED, "heapviz: assigning an exception's args");
        return -1;
    }
    int ok = value == v->none || (f == F_TRACEBACK ? obj_is(v, value, T_TRACEBACK)
                                                 : type_is_subtype(value->type, v->types[T_BASE_EXC]));
    if (!ok) {
        vm_raise(v, T_TYPE_ERROR, "%s", what[f]);
        return -1;
    }
    object **slot[] = {NULL, &e->traceback, &e->context, &e->cause};
    set_field(v, o, slot[f], 2 + (uint64_t)f - F_TRACEBACK, value == v->none ? NULL : value);
    if (f == F_CAUSE)
        e->suppress_context = 1;
    return 0;
}

int exc_setattr(vm *v, object *o, object *name, object *value)
{
    if (class_names_class(v, name))             /* object.__class__'s setter */
        return class_set_class(v, o, value);
    int f = field_of(name);
    if (f >= 0)
        return set_exc_field(v, o, f, value);
    if (unicode_kind(v, o) && (f = unicode_member_of(name)) >= 0)
        return set_unicode_member(v, o, f, value);
    if (is_code(v, o, name)) {
        set_code(v, o, value);                  /* a T_OBJECT member: del leaves it NULL (None) */
        return 0;
    }
    if (type_is_subtype(o->type, v->types[T_IMPORT])) {
        const char *s = STR(name)->data;
        if (!strcmp(s, "name") || !strcmp(s, "path")) {
            set_import_member(v, o, s[0] == 'p', value);    /* T_OBJECT members too */
            return 0;
        }
        if (!strcmp(s, "msg")) {                /* read from args here: not a member of its own */
            attr_refuse(v, "ImportError", "msg");
            return -1;
        }
    }
    if (!exc_dict(v, o))
        return -1;
    if (value)
        return dict_setitem(v, EXC(o)->dict, name, value);
    if (dict_delitem(v, EXC(o)->dict, name) == 0)
        return 0;
    vm_exc_clear(v);
    vm_raise_format(v, T_ATTRIBUTE, "'%.100s' object has no attribute '%U'", o->type->name, name);
    return -1;
}

/* The fields, the instance's __dict__, then the class. */
static object *exc_getattr(vm *v, object *o, object *name)
{
    object *x = exc_field(v, o, name);
    if (x || v->exc)
        return x;
    x = EXC(o)->dict ? dict_lookup(v, EXC(o)->dict, name) : NULL;
    if (x)
        return obj_incref(v, x);
    return v->exc ? NULL : attr_generic(v, o, name);   /* e.__repr__, e.__sizeof__ */
}

/* BaseException.__init__(self, *args): args becomes a new tuple of them
 * (a subclass's __init__ calling Exception.__init__(self, msg)), or the
 * tuple PyObject_Call handed the bound slot wrapper whole (wrap_init gets
 * it as it is: super().__init__(*a) keeps a itself). */
static object *exc_init(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    int import_kw = kw && TUPLE(kw)->n && type_is_subtype(self->type, v->types[T_IMPORT]);
    if (kw && TUPLE(kw)->n && !import_kw)
        return args_no_kwargs(v, self->type->name);     /* BaseException_init */
    size_t nkw = import_kw ? TUPLE(kw)->n : 0;           /* ImportError_init's, after these */
    nargs -= nkw;
    object *handed = vm_handed_tuple(v, args);
    object *tuple = handed ? obj_incref(v, handed) : tuple_new(v, nargs);
    if (!tuple)
        return NULL;
    for (size_t i = 0; i < nargs && !handed; i++)
        tuple_set(v, tuple, i, obj_incref(v, args[i]));
    object *old = EXC(self)->args;
    EXC(self)->args = tuple;
    obj_give(v, tuple, self->addr, 0);
    if (old)
        obj_release(v, old, self->addr, 0);
    enum builtin_type kind = unicode_kind(v, self);
    if (kind && unicode_error_init(v, self, kind))
        return NULL;
    if (type_is_subtype(self->type, v->types[T_SYSTEM_EXIT]))    /* SystemExit.__init__ */
        system_exit_init(v, self);
    if (import_kw && import_error_keywords(v, self, args + nargs, kw))
        return NULL;
    return obj_incref(v, v->none);
}

int exc_init_packed(vm *v, object *self, object *tuple, size_t nkw)
{
    if (nkw) {
        args_no_kwargs(v, self->type->name);
        return -1;
    }
    object *old = EXC(self)->args;
    EXC(self)->args = obj_incref(v, tuple);
    obj_give(v, tuple, self->addr, 0);
    if (old)
        obj_release(v, old, self->addr, 0);
    return 0;
}

static const method_def exc_methods[] = {
    {"__init__", exc_init, METH_SLOT, "__init__"},     /* a slot wrapper in CPython */
    {"__new__", class_new_wrapper, METH_NEW | METH_VARARGS | METH_KEYWORDS, "BaseException.__new__"},
    {NULL, NULL, 0, NULL},
};

const type tmpl_exc = {
    .methods = exc_methods,
    .dealloc = exc_dealloc,
    .traverse = exc_traverse,
    .clear = exc_release_fields,
    .str = exc_str,
    .repr = exc_repr,
    .vnew = exc_vnew,
    .getattr = exc_getattr,
    .setattr = exc_setattr,
    .host_size = sizeof(excobj),
};

/* Does a class statement's subclass define its own __init__ (which
 * type_call then runs instead of the builtin type's)? */
static int own_init(vm *v, type *t)
{
    if (!(t->flags & TPF_HEAPTYPE))
        return 0;
    object *init = type_lookup(v, t, str_static_interned(v, "__init__"));
    return init && obj_is(v, init, T_FUNCTION);
}

/* An instance of t holding args (a reference taken over), as
 * BaseException_new keeps the tuple it was called with, then the
 * builtin __init__ of the types that have one (StopIteration's value,
 * UnicodeEncodeError's and UnicodeDecodeError's fields). */
static object *exc_with_args(vm *v, type *t, object *args)
{
    object *o = obj_new(v, t, 0);
    if (!o) {
        obj_decref(v, args);
        return NULL;
    }
    obj_track(v, o);
    EXC(o)->args = args;
    obj_give(v, args, o->addr, 0);
    if (type_is_subtype(t, v->types[T_STOP_ITERATION]))   /* StopIteration_init */
        EXC(o)->value = obj_hold(v, TUPLE(args)->n ? TUPLE(args)->items[0] : v->none, o->addr,
                                 EXC_LABEL_VALUE);
    if (type_is_subtype(t, v->types[T_SYSTEM_EXIT]) && !own_init(v, t))
        system_exit_init(v, o);
    enum builtin_type kind = unicode_kind(v, o);
    if (kind && !own_init(v, t) && unicode_error_init(v, o, kind)) {
        obj_decref(v, o);
        return NULL;
    }
    return o;
}

void exc_set_context(vm *v, object *name, object *obj)
{
    object *o = exc_normalize(v);
    if (!o)
        return;
    excobj *e = EXC(o);
    if (!obj) {
        if (o->type == v->types[T_NAME] && !e->name)
            e->name = obj_hold(v, name, o->addr, EXC_LABEL_NAME);
        return;
    }
    if (!type_is_subtype(o->type, v->types[T_ATTRIBUTE]) || e->name || e->obj)
        return;
    e->name = obj_hold(v, name, o->addr, EXC_LABEL_NAME);
    e->obj = obj_hold(v, obj, o->addr, EXC_LABEL_OBJ);
}

object *exc_from_value(vm *v, type *t, object *value)
{
    if (value && obj_is(v, value, T_TUPLE))    /* PyObject_Call(t, value) */
        return exc_with_args(v, t, obj_incref(v, value));
    return exc_new1(v, t, value == v->none ? NULL : value);
}

object *exc_normalize(vm *v)
{
    if (!v->exc_raw)
        return v->exc;
    vm_err e = vm_exc_fetch(v);
    object *o = exc_from_value(v, e.raw, e.exc);
    obj_decref(v, e.exc);
    e.exc = NULL;
    if (!o) {                                   /* what failed is raised instead */
        e.raw = NULL;
        vm_err failed = vm_exc_fetch(v);
        vm_exc_restore(v, e);
        vm_exc_restore(v, failed);
        return NULL;
    }
    excobj *x = EXC(o);
    if (e.tb) {                                 /* PyException_SetTraceback */
        x->traceback = e.tb;
        obj_give(v, e.tb, o->addr, 2);
    }
    x->tb = e.entries;
    x->ntb = (uint32_t)e.nentries;
    x->tbcap = (uint32_t)e.cap;
    v->exc = o;
    return o;
}

object *exc_new1(vm *v, type *t, object *msg)
{
    object *args = msg ? tuple_pack(v, 1, msg) : obj_incref(v, v->empty_tuple);
    return args ? exc_with_args(v, t, args) : NULL;
}

void exc_memory_errors_settle(vm *v)
{
    for (size_t i = 0; i < HV_COUNTOF(v->memory_errors); i++) {
        object *o = v->memory_errors[i], *tb = EXC(o)->traceback;
        if (o->refcnt == 1 && tb) {
            EXC(o)->traceback = NULL;
            obj_release(v, tb, o->addr, 2);
        }
    }
}

object *exc_memory_error(vm *v)
{
    exc_memory_errors_settle(v);
    for (size_t i = 0; i < HV_COUNTOF(v->memory_errors); i++)
        if (v->memory_errors[i]->refcnt == 1) {     /* free again: a fresh one */
            exc_clear_tb(v, v->memory_errors[i]);
            return obj_incref(v, v->memory_errors[i]);
        }
    return obj_incref(v, v->memory_errors[0]);
}

void exc_make_singletons(vm *v)
{
    for (size_t i = 0; i < HV_COUNTOF(v->memory_errors); i++) {
        object *o = vm_static_object(v, T_MEMORY, 72 + 16, 0);
        obj_gc(o)->gen = -1;
        EXC(o)->args = v->empty_tuple;
        v->empty_tuple->refcnt++;
        v->memory_errors[i] = o;
    }
}

void exc_memory_errors_release(vm *v)
{
    for (size_t i = 0; i < HV_COUNTOF(v->memory_errors); i++)
        release_fields_from(v, v->memory_errors[i], 1);    /* args: their static () */
}

void exc_forget_singleton_tracebacks(vm *v)
{
    for (size_t i = 0; i < HV_COUNTOF(v->memory_errors); i++)
        exc_clear_tb(v, v->memory_errors[i]);
}

void exc_free_singletons(vm *v)
{
    for (size_t i = 0; i < HV_COUNTOF(v->memory_errors); i++) {
        exc_clear_tb(v, v->memory_errors[i]);
        free(EXC(v->memory_errors[i])->tb);
        obj_host_free(v->memory_errors[i]);
    }
}
