/*
 * descr.c — property, staticmethod and classmethod, the descriptors of
 * `@property`, `@x.setter`, `@staticmethod` and `@classmethod`, laid out
 * and bound as CPython 3.11 does.
 *
 *   property      GC, 64 + 16 → an 80-byte block, tracked; fget fset fdel
 *                 doc name.  No getter/setter given is NULL (None too).
 *                 Its doc is fget.__doc__ when none is given (getter_doc).
 *                 .getter/.setter/.deleter make a new property by calling
 *                 the type with four arguments (an argument tuple), which
 *                 keeps the name.
 *   staticmethod  GC, 32 + 16 → 48, tracked; the callable and a __dict__
 *   classmethod   that functools_wraps fills at __init__: __module__,
 *                 __name__, __qualname__, __doc__ and __annotations__ of
 *                 the callable (a plain dict, 184 bytes; a function's
 *                 __annotations__ dict is made by that read).
 *
 * Lookup (class.c): a property is a data descriptor, found on the class
 * before the instance's __dict__; staticmethod gives its callable through
 * an instance or the class, classmethod a method bound to the class.
 */
#include "descr.h"

#include "abstract.h"
#include "attr.h"
#include "builtins.h"
#include "class.h"
#include "dict.h"
#include "eval.h"
#include "func.h"
#include "hv.h"

#include <stdio.h>
#include <string.h>

/* ---- property ---------------------------------------------------------------- */

/* Fields in CPython's property_traverse order (the reference labels). */
enum { P_GET, P_SET, P_DEL, P_DOC, P_NAME, P_NFIELDS };

static object **prop_field(propobj *p, int i)
{
    object **fields[P_NFIELDS] = {&p->fget, &p->fset, &p->fdel, &p->doc, &p->name};
    return fields[i];
}

/* Sets a field to a new reference (value may be NULL), dropping the old. */
static void prop_put(vm *v, object *o, int i, object *value)
{
    object **slot = prop_field(PROP(o), i), *old = *slot;
    *slot = value;
    if (value)
        obj_give(v, value, o->addr, (uint64_t)i);
    if (old)
        obj_release(v, old, o->addr, (uint64_t)i);
}

static void prop_clear(vm *v, object *o)
{
    for (int i = 0; i < P_NFIELDS; i++)
        prop_put(v, o, i, NULL);
}

static void prop_dealloc(vm *v, object *o)
{
    v->nproperties--;
    obj_untrack(v, o);
    prop_clear(v, o);
    obj_free(v, o);
}

static int prop_traverse(object *o, visitproc visit, void *arg)
{
    for (int i = 0; i < P_NFIELDS; i++) {
        object *x = *prop_field(PROP(o), i);
        if (x && visit(x, arg))
            return 1;
    }
    return 0;
}

/* "property 'x' of 'C' object has no getter" (or "property of 'C' ..."),
 * as property_descr_get/set make it: PyType_GetQualName (a class's own
 * qualname, a new str of a builtin type's name) and the name through %R. */
static void prop_missing(vm *v, object *prop, object *obj, const char *what)
{
    object *name = PROP(prop)->name;
    type *t = obj->type;
    object *qual = t->qualname ? obj_incref(v, t->qualname) : str_from_utf8(v, t->name, strlen(t->name));
    if (!qual)
        return;
    char fmt[64];                               /* CPython's format: its length sizes the buffer */
    snprintf(fmt, sizeof fmt, name ? "property %%R of %%R object has no %s" : "property of %%R object has no %s",
             what);
    if (name)
        vm_raise_format(v, T_ATTRIBUTE, fmt, name, qual);
    else
        vm_raise_format(v, T_ATTRIBUTE, fmt, qual);
    obj_decref(v, qual);
}

object *property_get(vm *v, object *prop, object *obj)
{
    if (!obj || obj == v->none)
        return obj_incref(v, prop);
    if (!PROP(prop)->fget) {
        prop_missing(v, prop, obj, "getter");
        return NULL;
    }
    return eval_call(v, PROP(prop)->fget, &obj, 1, NULL);
}

int property_set(vm *v, object *prop, object *obj, object *value)
{
    object *fn = value ? PROP(prop)->fset : PROP(prop)->fdel;
    if (!fn) {
        prop_missing(v, prop, obj, value ? "setter" : "deleter");
        return -1;
    }
    object *args[2] = {obj, value};
    object *r = eval_call(v, fn, args, value ? 2 : 1, NULL);
    obj_xdecref(v, r);
    return r ? 0 : -1;
}

int descr_is_data(vm *v, const object *attr)
{
    return obj_is(v, attr, T_PROPERTY);
}

/* property_init: the four arguments (None is no function); the doc from
 * fget when none is given. */
static int prop_init(vm *v, object *o, object *const *fields)
{
    for (int i = P_GET; i <= P_DEL; i++)
        prop_put(v, o, i, fields[i] && fields[i] != v->none ? obj_incref(v, fields[i]) : NULL);
    prop_put(v, o, P_DOC, fields[P_DOC] ? obj_incref(v, fields[P_DOC]) : NULL);
    prop_put(v, o, P_NAME, NULL);
    PROP(o)->getter_doc = 0;
    if ((!fields[P_DOC] || fields[P_DOC] == v->none) && PROP(o)->fget) {
        object *doc;
        int rc = class_lookup_attr(v, PROP(o)->fget, str_static_interned(v, "__doc__"), &doc);
        if (rc <= 0)
            return rc;
        prop_put(v, o, P_DOC, doc);
        PROP(o)->getter_doc = 1;
    }
    return 0;
}

/* property(fget=None, fset=None, fdel=None, doc=None): PyType_GenericNew
 * makes the object, then property_init's clinic parses the arguments. */
static object *prop_vnew(vm *v, type *t, object *const *args, size_t nargs, object *kwnames)
{
    static const char *const names[] = {"fget", "fset", "fdel", "doc"};
    static const method_def def = {"property", NULL, METH_CLINIC_KW, "property"};
    static const argspec spec = {names, 4, 0, 0, 4, 0};
    object *fields[P_NFIELDS] = {NULL};
    object *o = obj_new(v, t, 0);
    if (!o)
        return NULL;
    v->nproperties++;
    obj_track(v, o);
    if (args_unpack(v, &def, args, nargs, kwnames, &spec, fields) || prop_init(v, o, fields)) {
        obj_decref(v, o);
        return NULL;
    }
    return o;
}

/* property_copy: type(fget, fset, fdel, doc) with one of them replaced; the
 * new property keeps the old one's name. */
static object *prop_copy(vm *v, object *old, int which, object *fn)
{
    propobj *p = PROP(old);
    object *f[4] = {p->fget, p->fset, p->fdel, NULL};
    f[which] = fn;
    for (int i = 0; i < 3; i++)
        if (!f[i])
            f[i] = v->none;
    f[P_DOC] = p->getter_doc && f[P_GET] != v->none ? v->none : p->doc ? p->doc : v->none;
    object *r = eval_call(v, &old->type->ob, f, 4, NULL);
    if (r && obj_is(v, r, T_PROPERTY))
        prop_put(v, r, P_NAME, p->name ? obj_incref(v, p->name) : NULL);
    return r;
}

static const method_def prop_methods[];

static object *prop_getter(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    return args_exact(v, &prop_methods[0], nargs, kw, 1) ? NULL : prop_copy(v, self, P_GET, args[0]);
}

static object *prop_setter(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    return args_exact(v, &prop_methods[1], nargs, kw, 1) ? NULL : prop_copy(v, self, P_SET, args[0]);
}

static object *prop_deleter(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    return args_exact(v, &prop_methods[2], nargs, kw, 1) ? NULL : prop_copy(v, self, P_DEL, args[0]);
}

static object *field_or_none(vm *v, object *x)
{
    return obj_incref(v, x ? x : v->none);
}

static object *prop_fget(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    return field_or_none(v, PROP(self)->fget);
}

static object *prop_fset(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    return field_or_none(v, PROP(self)->fset);
}

static object *prop_fdel(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    return field_or_none(v, PROP(self)->fdel);
}

static object *prop_doc(vm *v, object *self, object *const *args, size_t nargs, object *kw)
{
    return field_or_none(v, PROP(self)->doc);
}

static const method_def prop_methods[] = {
    {"getter", prop_getter, 0, NULL},
    {"setter", prop_setter, 0, NULL},
    {"deleter", prop_deleter, 0, NULL},
    {"fget", prop_fget, METH_GETTER, NULL},
    {"fset", prop_fset, METH_GETTER, NULL},
    {"fdel", prop_fdel, METH_GETTER, NULL},
    {"__doc__", prop_doc, METH_GETTER, NULL},
    {NULL, NULL, 0, NULL},
};

int descr_set_name(vm *v, object *attr, object *owner, object *name)
{
    if (!obj_is(v, attr, T_PROPERTY))
        return 0;
    static const method_def set_name = {"__set_name__", NULL, 0, NULL};
    object *bound = builtin_bound(v, &set_name, attr);      /* _PyObject_LookupSpecial */
    object *args = bound ? tuple_pack(v, 2, owner, name) : NULL;   /* METH_VARARGS */
    if (args)
        prop_put(v, attr, P_NAME, obj_incref(v, name));
    obj_xdecref(v, args);
    obj_xdecref(v, bound);
    return args ? 0 : -1;
}

const type tmpl_property = {
    .dealloc = prop_dealloc,
    .traverse = prop_traverse,
    .clear = prop_clear,
    .vnew = prop_vnew,
    .methods = prop_methods,
    .host_size = sizeof(propobj),
};

/* ---- staticmethod and classmethod ------------------------------------------ */

static void wrap_clear(vm *v, object *o)
{
    obj_release_pair(v, o, &WRAP(o)->callable, &WRAP(o)->dict);
}

static void wrap_dealloc(vm *v, object *o)
{
    obj_untrack(v, o);
    wrap_clear(v, o);
    obj_free(v, o);
}

static int wrap_traverse(object *o, visitproc visit, void *arg)
{
    return obj_visit_pair(WRAP(o)->callable, WRAP(o)->dict, visit, arg);
}

/* functools_wraps: each attribute the callable has is set on the wrapper,
 * whose __dict__ the first one creates. */
static int wraps(vm *v, object *o, object *callable)
{
    static const char *const names[] = {"__module__", "__name__", "__qualname__", "__doc__",
                                        "__annotations__"};
    for (size_t i = 0; i < HV_COUNTOF(names); i++) {
        object *name = str_static_interned(v, names[i]), *value;
        int rc = class_lookup_attr(v, callable, name, &value);
        if (rc < 0)
            return -1;
        if (!rc)
            continue;
        if (!WRAP(o)->dict) {
            object *d = dict_new(v);
            if (!d) {
                obj_decref(v, value);
                return -1;
            }
            WRAP(o)->dict = d;
            obj_give(v, d, o->addr, 1);
        }
        rc = dict_setitem(v, WRAP(o)->dict, name, value);
        obj_decref(v, value);
        if (rc)
            return -1;
    }
    return 0;
}

/* staticmethod(f), classmethod(f): tp_new (the object, tracked), then
 * __init__ (_PyArg_NoKeywords, PyArg_UnpackTuple: their errors made with
 * the object alive; the callable, functools_wraps). */
static object *wrap_vnew(vm *v, type *t, object *const *args, size_t nargs, object *kwnames)
{
    object *o = obj_new(v, t, 0);
    if (!o)
        return NULL;
    obj_track(v, o);
    int no_kw = kwnames && TUPLE(kwnames)->n;
    if (no_kw || nargs != 1) {
        if (no_kw)
            args_no_kwargs(v, t->name);
        else
            args_count_error(v, t->name, nargs, 1, 1);
        obj_decref(v, o);
        return NULL;
    }
    WRAP(o)->callable = obj_hold(v, args[0], o->addr, 0);
    if (wraps(v, o, args[0])) {
        obj_decref(v, o);
        return NULL;
    }
    return o;
}

static object *wrap_repr(vm *v, object *o)
{
    object *r = obj_repr(v, WRAP(o)->callable);
    if (!r)
        return NULL;
    buf b = BUF_INIT;
    buf_printf(&b, "<%s(%s)>", o->type->name, STR(r)->data);
    obj_decref(v, r);
    object *s = str_from_utf8(v, buf_str(&b), b.len);
    buf_free(&b);
    return s;
}

/* __func__ and __wrapped__ (members), __dict__ (made on first use), then
 * what functools_wraps put in the dict. */
static object *wrap_getattr(vm *v, object *o, object *name)
{
    const char *s = STR(name)->data;
    if (!strcmp(s, "__func__") || !strcmp(s, "__wrapped__"))
        return obj_incref(v, WRAP(o)->callable);
    if (!strcmp(s, "__dict__")) {
        if (!WRAP(o)->dict) {
            object *d = dict_new(v);
            if (!d)
                return NULL;
            WRAP(o)->dict = d;
            obj_give(v, d, o->addr, 1);
        }
        return obj_incref(v, WRAP(o)->dict);
    }
    object *x = WRAP(o)->dict ? dict_lookup(v, WRAP(o)->dict, name) : NULL;
    if (x)
        return obj_incref(v, x);
    return v->exc ? NULL : attr_missing(v, o, name);
}

/* sm.name = value (value NULL: del sm.name), PyObject_GenericSetAttr with
 * the __dict__ at tp_dictoffset: __func__ and __wrapped__ are READONLY
 * members, anything else goes to the dict (made by the first one when
 * functools_wraps found nothing to copy). */
static int wrap_setattr(vm *v, object *o, object *name, object *value)
{
    if (class_names_class(v, name))             /* object.__class__'s setter */
        return class_set_class(v, o, value);
    const char *s = STR(name)->data;
    if (!strcmp(s, "__func__") || !strcmp(s, "__wrapped__")) {
        vm_raise(v, T_ATTRIBUTE, "readonly attribute");
        return -1;
    }
    if (!strcmp(s, "__dict__") || !strcmp(s, "__isabstractmethod__")) {
        vm_raise(v, T_NOT_IMPLEMENTED, "heapviz does not support assigning or deleting a %s's %s",
                 o->type->name, s);
        return -1;
    }
    return attr_dict_store(v, o, &WRAP(o)->dict, 1, name, value);
}

object *descr_wrapped_get(vm *v, object *attr, type *owner)
{
    if (obj_is(v, attr, T_STATICMETHOD))
        return obj_incref(v, WRAP(attr)->callable);
    if (obj_is(v, attr, T_CLASSMETHOD))
        return method_new(v, WRAP(attr)->callable, &owner->ob);
    return NULL;
}

/* sm_call: a staticmethod is callable (3.10+) through tp_call alone, so
 * _PyObject_MakeTpCall packs the arguments (call_packs_args) and
 * PyObject_Call passes them on to the callable. */
static object *sm_call(vm *v, object *o, object *const *args, size_t nargs, object *kwnames)
{
    return eval_call_unpacked(v, WRAP(o)->callable, args, nargs, kwnames);
}

/* staticmethod and classmethod differ only in how a class binds them, and
 * in that a staticmethod can be called. */
#define WRAP_TYPE(CALL) {                                                       \
    .dealloc = wrap_dealloc, .traverse = wrap_traverse, .clear = wrap_clear,    \
    .vnew = wrap_vnew, .repr = wrap_repr, .getattr = wrap_getattr,              \
    .setattr = wrap_setattr,                                                    \
    .call = CALL, .host_size = sizeof(wrapobj),                                 \
}

const type tmpl_staticmethod = WRAP_TYPE(sm_call);
const type tmpl_classmethod = WRAP_TYPE(NULL);
