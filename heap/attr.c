/*
 * attr.c — attribute access.
 *
 * Builtin types keep their C methods as method_descriptor objects (static,
 * made once per vm): `xs.append(1)` finds the descriptor and calls it with
 * xs first (LOAD_METHOD, no allocation); `xs.append` alone makes a
 * builtin_function_or_method bound to xs (56 + 16 → an 80-byte block), as
 * in CPython.  Modules are static objects with a table of attributes.
 */
#include "attr.h"

#include "abstract.h"
#include "builtins.h"
#include "class.h"
#include "cpynames.h"
#include "descr.h"
#include "dir.h"
#include "func.h"
#include "slotwrap.h"
#include "hv.h"
#include "typedict.h"
#include "types.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- descriptors --------------------------------------------------------- */

/* The type of the static descriptor of def, and of what binding it makes. */
static enum builtin_type static_kind(const method_def *def)
{
    if (def->flags & METH_GETTER)
        return def->flags & METH_MEMBER ? T_MEMBER_DESCR : T_GETSET_DESCR;
    if (def->flags & METH_SLOT)
        return T_WRAPPER_DESCR;
    return def->flags & METH_CLASS ? T_CLASSMETHOD_DESCR : T_METHOD_DESCR;
}

static enum builtin_type bound_kind(const method_def *def)
{
    return def->flags & METH_SLOT ? T_METHOD_WRAPPER : T_BUILTIN;
}

static object *descr_new(vm *v, enum builtin_type t, const method_def *def, type *owner,
                         object *self)
{
    object *o;
    if (self) {
        o = obj_new(v, v->types[t], 0);
        if (!o)
            return NULL;
        obj_track(v, o);
        DESCR(o)->self = obj_hold(v, self, o->addr, 0);
    } else {
        o = vm_static_object(v, t, v->types[t]->basicsize + 16, 0);
    }
    DESCR(o)->def = def;
    DESCR(o)->owner = owner;
    return o;
}

object *descr_self(object *descr, object *o)
{
    return DESCR(descr)->def->flags & METH_CLASS ? &o->type->ob : o;
}

object *descr_bind(vm *v, object *descr, object *self)
{
    const method_def *def = DESCR(descr)->def;
    return descr_new(v, bound_kind(def), def, DESCR(descr)->owner, self);
}

object *builtin_bound(vm *v, const method_def *def, object *self)
{
    return descr_new(v, T_BUILTIN, def, NULL, self);
}

object *builtin_bound_enter(vm *v, const method_def *def, object *self)
{
    object *m = builtin_bound(v, def, self);
    if (m && vm_enter_recursive(v, " while calling a Python object")) {
        obj_decref(v, m);
        return NULL;
    }
    return m;
}

void builtin_bound_done(vm *v, object *m)
{
    vm_leave_recursive(v);
    obj_decref(v, m);
}

object *builtin_static_of(vm *v, const method_def *def, type *t)
{
    object *fn = builtin_static(v, def, &t->ob);
    DESCR(fn)->owner = t;                   /* __qualname__ "str.maketrans", "int.__new__" */
    return fn;
}

/* A static staticmethod holding def's function bound to t (str.maketrans):
 * the function's one reference is the staticmethod's. */
static object *static_method_new(vm *v, const method_def *def, type *t)
{
    object *o = vm_static_object(v, T_STATICMETHOD, v->types[T_STATICMETHOD]->basicsize + 16, 0);
    WRAP(o)->callable = builtin_static_of(v, def, t);
    return o;
}

object *descr_new_static(vm *v, const method_def *def, type *owner)
{
    if (def->flags & METH_STATIC)
        return static_method_new(v, def, owner);
    if (def->flags & METH_NEW)              /* add_tp_new_wrapper: no descriptor */
        return builtin_static_of(v, def, owner);
    return descr_new(v, static_kind(def), def, owner, NULL);
}

object *builtin_static(vm *v, const method_def *def, object *self)
{
    object *o = vm_static_object(v, T_BUILTIN, 72, 0);
    DESCR(o)->def = def;
    DESCR(o)->self = self;
    return o;
}

const method_def *descr_def(vm *v, const object *x)
{
    type *t = x->type;
    if (t == v->types[T_METHOD_DESCR] || t == v->types[T_WRAPPER_DESCR] ||
        t == v->types[T_GETSET_DESCR] || t == v->types[T_MEMBER_DESCR] ||
        t == v->types[T_CLASSMETHOD_DESCR])
        return DESCR(x)->def;
    return NULL;
}

/* descr_name: d_name, a str CPython's %V writes as it is (a builtin's is
 * a static interned str here). */
static object *descr_name(vm *v, const object *x)
{
    return DESCR(x)->name ? DESCR(x)->name : str_static_interned(v, DESCR(x)->def->name);
}

int descr_check(vm *v, object *x, object *o)
{
    if (type_is_subtype(o->type, DESCR(x)->owner))
        return 0;
    vm_raise_format(v, T_TYPE_ERROR, "descriptor '%U' for '%.100s' objects doesn't apply to a '%.100s' object",
                    descr_name(v, x), DESCR(x)->owner->name, o->type->name);
    return -1;
}

object *attr_refuse(vm *v, const char *owner, const char *name)
{
    return vm_raise(v, T_NOT_IMPLEMENTED, "heapviz does not support %s.%s (outside its Python subset)", owner,
                    name);
}

/* The refusal of a C function heapviz does not model, which a type's
 * __dict__ still lists (typedict.c: its def has no fn): NotImplementedError
 * naming it as attr_missing would.  Returns NULL. */
static object *descr_unmodelled(vm *v, const descrobj *d)
{
    return attr_refuse(v, d->owner ? d->owner->name : "builtins", d->def->name);
}

object *descr_get(vm *v, object *x, object *o)
{
    const method_def *def = DESCR(x)->def;
    if (descr_check(v, x, o))                       /* method_get, getset_get */
        return NULL;
    if (def->flags & METH_GETTER)
        return def->fn ? def->fn(v, o, NULL, 0, NULL) : descr_unmodelled(v, DESCR(x));
    return descr_new(v, bound_kind(def), def, DESCR(x)->owner, descr_self(x, o));
}

int descr_set(vm *v, object *x, object *o, object *value)
{
    const method_def *def = DESCR(x)->def;
    object *r = NULL;
    if (descr_check(v, x, o))
        ;
    else if (!def->fn)
        descr_unmodelled(v, DESCR(x));
    else if (def->flags & METH_SETTER)
        r = def->fn(v, o, &value, 1, NULL);
    else if (def->flags & METH_MEMBER)              /* a READONLY member */
        vm_raise(v, T_ATTRIBUTE, "readonly attribute");
    else
        vm_raise_format(v, T_ATTRIBUTE, "attribute '%U' of '%.100s' objects is not writable", descr_name(v, x),
                        DESCR(x)->owner->name);
    obj_xdecref(v, r);
    return r ? 0 : -1;
}

static void descr_dealloc(vm *v, object *o)
{
    obj_untrack(v, o);
    if (DESCR(o)->self)
        obj_release(v, DESCR(o)->self, o->addr, 0);
    obj_free(v, o);
}

static int descr_traverse(object *o, visitproc visit, void *arg)
{
    return DESCR(o)->self ? visit(DESCR(o)->self, arg) : 0;
}

/* METH_VARARGS: _PyTuple_FromArray of the positional arguments, then
 * _PyStack_AsDict of the keywords (method_vectorcall_VARARGS_KEYWORDS,
 * _PyObject_MakeTpCall), the tuple dropped first after the call (an
 * error raised in C stays raw until a handler normalizes it, after the
 * tuple died: vm.h); PyObject_Call's own tuple and dict when it handed
 * them over (cfunction_call).  Keywords a METH_VARARGS function does not
 * take are refused before anything is packed through a method descriptor
 * (method_check_args: fn's own check), after it by a
 * builtin_function_or_method (cfunction_call, "%.200s()" of ml_name).  A
 * slot wrapper runs its type's slot (descr.c). */
object *descr_invoke(vm *v, const method_def *def, object *self, object *const *args, size_t nargs,
                     object *kwnames)
{
    size_t nkw = kwnames ? TUPLE(kwnames)->n : 0, npos = nargs - nkw;
    int refused = nkw && !(def->flags & METH_KEYWORDS);
    if (!(def->flags & METH_VARARGS) ||
        (refused && !(v->calling && obj_is(v, v->calling, T_BUILTIN) && DESCR(v->calling)->def == def)))
        return def->fn(v, self, args, nargs, kwnames);
    object *handed = vm_handed_tuple(v, args);
    object *t = handed ? obj_incref(v, handed) : tuple_new(v, npos), *kw = NULL;
    if (!t)
        return NULL;
    for (size_t i = 0; i < npos && !handed; i++)
        tuple_set(v, t, i, obj_incref(v, args[i]));
    if (handed && nkw)
        kw = obj_incref(v, v->handed.kwdict);
    else if (nkw && !(kw = dict_new_presized(v, nkw))) {
        obj_decref(v, t);
        return NULL;
    }
    int rc = 0;
    for (size_t k = 0; k < nkw && !rc && !handed; k++)
        rc = dict_setitem(v, kw, TUPLE(kwnames)->items[k], args[npos + k]);
    object *r = NULL;
    varcall outer = v->varargs;
    v->varargs.args = t;
    v->varargs.kw = kw;
    if (!rc)                                /* cfunction_call refuses keywords by ml_name */
        r = refused ? args_no_kwargs(v, def->name) : def->fn(v, self, args, nargs, kwnames);
    v->varargs = outer;
    obj_decref(v, t);
    obj_xdecref(v, kw);
    return r;
}

/* A slot wrapper's def (wrapper_descriptor, method-wrapper: tp_call
 * only), not a slot exposed as a method (METH_COEXIST: vectorcall). */
static int tp_call_only(const method_def *def)
{
    return (def->flags & (METH_SLOT | METH_WRAPPER)) == (METH_SLOT | METH_WRAPPER);
}

/* A descriptor's def run with self: a slot wrapper through its owner's
 * slot (a method-wrapper's call, wrapper_call, packs its arguments first),
 * a C method through its calling convention. */
static object *descr_run(vm *v, descrobj *d, object *self, object *const *args, size_t nargs,
                         object *kwnames)
{
    object *outer = v->calling, *r;         /* who names the argument errors (builtins.c) */
    if (!d->def->fn && !(d->def->flags & METH_WRAPPER))
        return descr_unmodelled(v, d);
    if (!tp_call_only(d->def))
        v->calling = &d->ob;
    if (!(d->def->flags & METH_WRAPPER)) {
        r = descr_invoke(v, d->def, self, args, nargs, kwnames);
        v->calling = outer;
        return r;
    }
    object *t = NULL, *kw = NULL;
    if (tp_call_only(d->def) && !vm_handed_tuple(v, args) &&  /* not PyObject_Call's tuple */
        type_call_pack(v, args, nargs, kwnames, 0, &t, &kw))
        return NULL;
    handed_call outer_packed = v->packed;
    v->packed = (handed_call){t ? args : NULL, t, kw};
    r = slotwrap_call(v, d->owner, d->def, self, args, nargs, kwnames);
    v->packed = outer_packed;
    v->calling = outer;
    obj_xdecref(v, t);
    obj_xdecref(v, kw);
    return r;
}

/* The TypeError of a descriptor called without a self of its type, self
 * NULL when none was passed, each PyErr_Format's (its writer; %V the
 * descriptor's d_name, an interned str): method_check_args names a method
 * descriptor by _PyObject_FunctionStr ("unbound method int.bit_length()
 * needs an argument") and descr_check its d_type; wrapperdescr_call words
 * a slot wrapper's own. */
static void descr_self_error(vm *v, object *o, object *self)
{
    const descrobj *d = DESCR(o);
    int slot = (d->def->flags & METH_SLOT) != 0;
    object *u = !self && !slot ? args_function_str(v, o) : descr_name(v, o);
    if (!u)
        return;
    if (!self)
        vm_raise_format(v, T_TYPE_ERROR, slot ? "descriptor '%U' of '%.100s' object needs an argument"
                                              : "unbound method %U needs an argument", u, d->owner->name);
    else
        vm_raise_format(v, T_TYPE_ERROR, slot ? "descriptor '%U' requires a '%.100s' object but received a '%.100s'"
                                              : "descriptor '%U' for '%.100s' objects doesn't apply to a '%.100s' object",
                        u, d->owner->name, self->type->name);
    if (!self && !slot)
        obj_decref(v, u);
}

/* Calling an unbound method descriptor or slot wrapper: the first argument
 * is self (method_vectorcall's and wrapperdescr_call's checks). */
static object *descr_call(vm *v, object *o, object *const *args, size_t nargs, object *kwnames)
{
    descrobj *d = DESCR(o);
    size_t nkw = kwnames ? TUPLE(kwnames)->n : 0;
    object *t = NULL, *kw = NULL, *rest = NULL, *nokw, *r = NULL;
    if (tp_call_only(d->def) && !vm_handed_tuple(v, args) &&  /* not PyObject_Call's tuple */
        type_call_pack(v, args, nargs, kwnames, 0, &t, &kw))
        return NULL;                        /* wrapperdescr_call is tp_call only */
    if (nargs - nkw < 1 || !type_is_subtype(args[0]->type, d->owner))
        descr_self_error(v, o, nargs - nkw ? args[0] : NULL);
    else if (!tp_call_only(d->def))
        r = descr_run(v, d, args[0], args + 1, nargs - 1, kwnames);
    else if (!type_call_pack(v, args, nargs - nkw, NULL, 1, &rest, &nokw)) {
        handed_call outer_packed = v->packed;   /* wrap_init gets the keywords dict */
        v->packed = (handed_call){args + 1, rest, kw ? kw : vm_call_kwdict(v, args)};
        r = slotwrap_call(v, d->owner, d->def, args[0], args + 1, nargs - 1, kwnames);
        v->packed = outer_packed;
    }
    obj_xdecref(v, rest);                   /* PyTuple_GetSlice(args, 1, argc): self cut off */
    obj_xdecref(v, t);
    obj_xdecref(v, kw);
    return r;
}

/* classmethod_get's checks of what a class method descriptor is bound to:
 * 0 when cls is owner or a subtype of it, else -1 with its TypeError. */
static int classdescr_check(vm *v, const descrobj *d, object *cls)
{
    int is_type = cls->type == v->types[T_TYPE] || type_is_subtype(cls->type, v->types[T_TYPE]);
    if (is_type && type_is_subtype((type *)cls, d->owner))
        return 0;
    object *name = descr_name(v, &d->ob);     /* %V */
    if (!is_type)
        vm_raise_format(v, T_TYPE_ERROR, "descriptor '%U' for type '%.100s' needs a type, not a '%.100s' as arg 2",
                        name, d->owner->name, cls->type->name);
    else
        vm_raise_format(v, T_TYPE_ERROR, "descriptor '%U' requires a subtype of '%.100s' but received '%.100s'",
                        name, d->owner->name, ((type *)cls)->name);
    return -1;
}

object *descr_class_bind(vm *v, object *descr, object *cls)
{
    return classdescr_check(v, DESCR(descr), cls) ? NULL : descr_new(v, T_BUILTIN, DESCR(descr)->def,
                                                                     DESCR(descr)->owner, cls);
}

/* classmethoddescr_call (tp_call: the arguments packed first): the first
 * argument is the class, to which classmethod_get binds the method (a new
 * builtin method) before calling it with the rest. */
static object *classdescr_call(vm *v, object *o, object *const *args, size_t nargs, object *kwnames)
{
    descrobj *d = DESCR(o);
    size_t nkw = kwnames ? TUPLE(kwnames)->n : 0;
    object *t = NULL, *kw = NULL, *r = NULL;
    if (!vm_handed_tuple(v, args) && type_call_pack(v, args, nargs, kwnames, 0, &t, &kw))
        return NULL;
    if (nargs - nkw < 1)
        vm_raise_format(v, T_TYPE_ERROR, "descriptor '%U' of '%.100s' object needs an argument",
                        descr_name(v, o), d->owner->name);
    else {
        object *bound = descr_class_bind(v, o, args[0]);
        r = bound ? descr_run(v, DESCR(bound), args[0], args + 1, nargs - 1, kwnames) : NULL;
        obj_xdecref(v, bound);
    }
    obj_xdecref(v, t);
    obj_xdecref(v, kw);
    return r;
}

static object *builtin_call(vm *v, object *o, object *const *args, size_t nargs, object *kwnames)
{
    return descr_run(v, DESCR(o), DESCR(o)->self, args, nargs, kwnames);
}

/* meth_repr and wrapper_repr: PyUnicode_FromFormat's writer ("%p" of the
 * bound object's address), a function of a module named alone. */
static object *builtin_repr(vm *v, object *o)
{
    descrobj *d = DESCR(o);
    const char *s[] = {d->def->name, d->self ? d->self->type->name : NULL};
    if (!d->self || obj_is(v, d->self, T_MODULE))
        return str_from_format_ints(v, "<built-in function %s>", s, NULL, 0, NULL);
    return str_from_format_ints(v, d->def->flags & METH_SLOT ? "<method-wrapper '%s' of %s object at %p>"
                                : "<built-in method %s of %s object at %p>", s, NULL, d->self->addr, NULL);
}

/* method_descriptor, classmethod_descriptor, wrapper_descriptor,
 * getset_descriptor and member_descriptor, static or a class's own:
 * descr_repr's PyUnicode_FromFormat, %V of the interned d_name. */
static object *descr_repr(vm *v, object *o)
{
    descrobj *d = DESCR(o);
    const char *fmt = obj_is(v, o, T_GETSET_DESCR) ? "<attribute '%U' of '%s' objects>"
                    : obj_is(v, o, T_MEMBER_DESCR) ? "<member '%U' of '%s' objects>"
                    : obj_is(v, o, T_WRAPPER_DESCR) ? "<slot wrapper '%U' of '%s' objects>"
                    : "<method '%U' of '%s' objects>";
    object *name = descr_name(v, o);
    return str_from_format_ints(v, fmt, &d->owner->name, &name, 0, NULL);
}

object *descr_class_getset(vm *v, enum builtin_type kind, type *owner, object *name)
{
    object *o = obj_new(v, v->types[kind], 0);
    if (!o)
        return NULL;
    DESCR(o)->owner = (type *)obj_hold(v, &owner->ob, o->addr, 0);
    DESCR(o)->name = obj_hold(v, name, o->addr, 1);
    obj_track(v, o);
    return o;
}

/* Only a class's own descriptors are ever freed. */
static void getset_dealloc(vm *v, object *o)
{
    descrobj *d = DESCR(o);
    obj_untrack(v, o);
    obj_release(v, d->name, o->addr, 1);
    obj_release(v, &d->owner->ob, o->addr, 0);
    obj_free(v, o);
}

static int getset_traverse(object *o, visitproc visit, void *arg)
{
    return DESCR(o)->def ? 0 : visit(&DESCR(o)->owner->ob, arg);
}


/* The attributes a builtin descriptor or bound builtin answers itself
 * (descrobject.c's and methodobject.c's getsets and members): __name__,
 * __qualname__ ("list.append"), __objclass__ (the owner, not for a
 * builtin function or method), __self__ (bound ones; a module function's
 * module) and a builtin's __module__ (a module function's module's
 * __name__, else None). */
static object *descr_getattr(vm *v, object *o, object *name)
{
    descrobj *d = DESCR(o);
    const char *s = STR(name)->data;
    if (!d->def || strncmp(s, "__", 2))
        return attr_generic(v, o, name);
    int builtin = obj_is(v, o, T_BUILTIN);
    if (!strcmp(s, "__name__"))
        return str_from_cstr(v, d->def->name);
    if (!strcmp(s, "__qualname__")) {
        char text[160];
        snprintf(text, sizeof text, "%s%s%s", d->owner ? d->owner->name : "", d->owner ? "." : "", d->def->name);
        return str_from_cstr(v, text);
    }
    if (builtin && !d->owner && (!strcmp(s, "__module__") || !strcmp(s, "__self__"))) {
        object *m = builtins_function_module(v, d->def, s[2] == 's');   /* a module's function */
        if (m || v->exc)
            return m ? obj_incref(v, m) : NULL;
    }
    if (builtin && !strcmp(s, "__module__"))
        return obj_incref(v, v->none);      /* a method's m_module is NULL */
    if (!strcmp(s, "__objclass__") && d->owner && !builtin)
        return obj_incref(v, &d->owner->ob);
    if (!strcmp(s, "__self__") && builtin && (d->def->flags & METH_STATIC))
        return obj_incref(v, v->none);      /* PyCFunction_GET_SELF hides a static method's type */
    if (!strcmp(s, "__self__") && d->self && (builtin || obj_is(v, o, T_METHOD_WRAPPER)))
        return obj_incref(v, d->self);
    return attr_generic(v, o, name);
}

/* meth_richcompare and wrapper_richcompare: == and != only, between two
 * objects of the same kind: the same C function (method-wrapper: the same
 * descriptor) bound to the same object. */
static object *bound_richcompare(vm *v, object *a, object *b, int op)
{
    if ((op != CMP_EQ && op != CMP_NE) || a->type != b->type)
        return obj_incref(v, v->notimpl);
    descrobj *x = DESCR(a), *y = DESCR(b);
    int eq = x->def == y->def && x->self == y->self &&
             (!obj_is(v, a, T_METHOD_WRAPPER) || x->owner == y->owner);
    return obj_bool(v, eq == (op == CMP_EQ));
}

/* meth_hash, wrapper_hash: the bound object's pointer hash mixed with the
 * function's (here its owner's address and its name: deterministic). */
static int bound_hash(vm *v, object *o, int64_t *out)
{
    (void)v;
    descrobj *d = DESCR(o);
    uint64_t f = d->owner ? d->owner->ob.addr : 0;
    for (const char *p = d->def->name; *p; p++)
        f = f * 1000003u ^ (unsigned char)*p;
    int64_t h = (d->self ? hash_pointer(d->self->addr) : 0) ^ hash_pointer(f << 4);
    *out = h == -1 ? -2 : h;
    return 0;
}

const type tmpl_descr = {
    .dealloc = descr_dealloc, .call = descr_call, .repr = descr_repr, .getattr = descr_getattr,
    .getmethod = attr_getmethod_plain,
    .host_size = sizeof(descrobj),
};
const type tmpl_classmethod_descr = {
    .dealloc = descr_dealloc, .call = classdescr_call, .repr = descr_repr, .getattr = descr_getattr,
    .getmethod = attr_getmethod_plain,
    .host_size = sizeof(descrobj),
};
const type tmpl_getset = {
    .dealloc = getset_dealloc, .traverse = getset_traverse, .repr = descr_repr, .getattr = descr_getattr,
    .getmethod = attr_getmethod_plain,
    .host_size = sizeof(descrobj),
};
const type tmpl_builtin = {
    .dealloc = descr_dealloc, .traverse = descr_traverse, .call = builtin_call, .repr = builtin_repr,
    .getattr = descr_getattr, .getmethod = attr_getmethod_plain, .richcompare = bound_richcompare,
    .hash = bound_hash,
    .host_size = sizeof(descrobj),
};
const type tmpl_method_wrapper = {
    .dealloc = descr_dealloc, .traverse = descr_traverse, .call = builtin_call, .repr = builtin_repr,
    .getattr = descr_getattr, .getmethod = attr_getmethod_plain, .richcompare = bound_richcompare,
    .hash = bound_hash,
    .host_size = sizeof(descrobj),
};

/* Each builtin type's descriptors (a METH_STATIC def's a static
 * staticmethod: descr_new_static). */
void attr_init(vm *v)
{
    for (int i = 0; i < T_NBUILTIN; i++) {
        type *t = v->types[i];
        size_t n = 0;
        for (const method_def *m = t->methods; m && m->name; m++)
            n++;
        t->descrs = n ? hv_calloc(n, sizeof *t->descrs) : NULL;
        t->descr_names = n ? hv_calloc(n, sizeof *t->descr_names) : NULL;
        t->ndescrs = (uint32_t)n;
        for (size_t k = 0; k < n; k++) {
            t->descr_names[k] = str_static_interned(v, t->methods[k].name);
            t->descrs[k] = descr_new_static(v, &t->methods[k], t);
        }
    }
    for (int i = 0; i < T_NBUILTIN; i++)
        slotwrap_make(v, v->types[i]);
    v->lookup_cache = hv_calloc(LOOKUP_CACHE_SIZE, sizeof *v->lookup_cache);  /* the tables are whole */
}

void attr_fini(vm *v)
{
    free(v->lookup_cache);
    v->lookup_cache = NULL;
    for (int i = 0; i < T_NBUILTIN; i++) {
        type *t = v->types[i];
        for (uint32_t k = 0; k < t->ndescrs; k++) {
            if (t->methods[k].flags & METH_STATIC)
                obj_host_free(WRAP(t->descrs[k])->callable);
            obj_host_free(t->descrs[k]);
        }
        for (uint32_t k = 0; k < t->nslotw; k++)
            if (t->slotw[k] != v->none)
                obj_host_free(t->slotw[k]);
        free(t->descrs);
        free(t->descr_names);
        free(t->slotw);
        free(t->slotw_names);
    }
}

/* ---- lookup ---------------------------------------------------------------- */

/* The types a lookup on t visits, in order: a class's mro (every base of
 * a multiple inheritance, each once: C3), else the tp_base chain (a
 * builtin type's single line, or a class whose mro is not made yet or was
 * cleared by the collector).  *i starts at 0; NULL after the last. */
static type *lookup_step(type *t, type *prev, size_t *i)
{
    if ((t->flags & TPF_HEAPTYPE) && t->mro)
        return *i < TUPLE(t->mro)->n ? (type *)TUPLE(t->mro)->items[(*i)++] : NULL;
    return prev ? prev->base : t;
}

/* Whether a lookup reads u's own method descriptors and slot wrappers: a
 * builtin type's; a class's copies of its base's (type_inherit) only when
 * the walk is its base chain (mro 0: lookup_step's choice), where they
 * stand for the base's. */
static int own_tables(int mro, const type *u)
{
    return !(u->flags & TPF_HEAPTYPE) || !mro;
}

/* Whether the builtin type u has a slot wrapper of its own named name. */
static int has_own_slot(const type *u, const object *name)
{
    for (uint32_t k = 0; k < u->nslotw; k++)
        if (u->slotw_names[k] == name)
            return 1;
    return 0;
}

/* Whether the builtin type u has a __new__ of its own heapviz does not
 * model (int's, str's): a lookup of name must stop there, not reach
 * object's (the name is then refused as theirs). */
static int unmodelled_new(const type *u, const object *name)
{
    return !(u->flags & TPF_HEAPTYPE) && STR(name)->nbytes == 7 && !memcmp(STR(name)->data, "__new__", 7) &&
           typedict_has_new(u);
}

/* find_name_in_mro: the walk type_lookup caches. */
static HV_NOINLINE object *lookup_walk(vm *v, type *t, object *name)
{
    size_t i = 0;
    int mro = (t->flags & TPF_HEAPTYPE) && t->mro;
    for (type *u = lookup_step(t, NULL, &i); u; u = lookup_step(t, u, &i)) {
        int own = own_tables(mro, u);
        for (uint32_t k = 0; own && k < u->ndescrs; k++)
            if (u->descr_names[k] == name)
                return u->descrs[k];
        if (unmodelled_new(u, name))
            return NULL;
        if (u->dict) {
            object *x = dict_lookup(v, u->dict, name);
            if (x || v->exc)
                return x;
        }
        /* along a class's mro a builtin's slot wrapper comes first: a class
         * after it (class S(list, Mixin)) defines nothing the slot sees;
         * after object, the last entry, nothing is left to hide */
        if (mro && u != v->types[T_OBJECT] && !(u->flags & TPF_HEAPTYPE) && has_own_slot(u, name))
            return NULL;
    }
    return NULL;
}

/* Keeps the walk's answer for an interned name (its address is its
 * identity while interned: unintern moves the epoch) until anything it
 * read changes (vm.lookup_epoch).  A walk that moved the epoch itself (a
 * key's __eq__) is not kept; with an exception already set the walk's
 * early stop applies: nothing is kept either.  An error the walk raised
 * (a class dict key's __eq__) is cleared, the name not found:
 * _PyType_Lookup sets no exception (PyErr_Clear after find_name_in_mro). */
object *type_lookup_miss(vm *v, type *t, object *name)
{
    uint64_t epoch = v->lookup_epoch;
    int had_exc = v->exc != NULL;
    int keep = v->lookup_cache && !had_exc && name->type == v->types[T_STR] && STR(name)->interned;
    object *x = lookup_walk(v, t, name);
    if (!had_exc && v->exc) {
        vm_exc_clear(v);
        return NULL;
    }
    if (keep && epoch == v->lookup_epoch)
        *type_lookup_entry(v, t, name) = (lookup_entry){t, name, x, epoch};
    return x;
}

object *type_lookup_slot(vm *v, type *t, object *name)
{
    (void)v;
    size_t i = 0;
    int mro = (t->flags & TPF_HEAPTYPE) && t->mro;
    for (type *u = lookup_step(t, NULL, &i); u; u = lookup_step(t, u, &i)) {
        int own = own_tables(mro, u);
        for (uint32_t k = 0; own && k < u->nslotw; k++)
            if (u->slotw_names[k] == name)
                return u->slotw[k];
    }
    return NULL;
}

object *type_lookup_own(vm *v, type *t, object *name)
{
    if (t->dict)
        return dict_lookup(v, t->dict, name);
    for (uint32_t k = 0; k < t->ndescrs; k++)
        if (t->descr_names[k] == name)
            return t->descrs[k];
    for (uint32_t k = 0; k < t->nslotw; k++)
        if (t->slotw_names[k] == name)
            return t->slotw[k];
    return NULL;
}

object *type_lookup_all(vm *v, type *t, object *name)
{
    object *x = type_lookup(v, t, name);
    return x || v->exc ? x : type_lookup_slot(v, t, name);
}

/* set_attribute_error_context: an AttributeError leaving PyObject_GetAttr
 * or _PyObject_GetMethod is normalized there, not in the handler that
 * catches it, and given name and obj (the report's suggestion reads them).
 * Returns NULL. */
static object *attribute_error_context(vm *v, object *o, object *name)
{
    if (vm_exc_matches(v, T_ATTRIBUTE))
        exc_set_context(v, name, o);
    return NULL;
}

object *attr_no_attribute(vm *v, object *o, object *name)
{
    if (obj_is(v, o, T_MODULE)) {           /* module_getattro: %U of md_dict's __name__ */
        return vm_raise_format(v, T_ATTRIBUTE, "module '%U' has no attribute '%U'",
                               str_static_interned(v, MODULE(o)->name), name);
    }
    if (o->type == v->types[T_TYPE] || type_is_subtype(o->type, v->types[T_TYPE]))
        return vm_raise_format(v, T_ATTRIBUTE, "type object '%.50s' has no attribute '%U'", ((type *)o)->name,
                               name);       /* type_getattro */
    return vm_raise_format(v, T_ATTRIBUTE, "'%.50s' object has no attribute '%U'", o->type->name,
                           name);           /* _PyObject_GenericGetAttrWithDict */
}

object *attr_raise_setattr(vm *v, object *o, object *name, int read_only)
{
    return vm_raise_format(v, T_ATTRIBUTE, read_only ? "'%.50s' object attribute '%U' is read-only"
                                                     : "'%.100s' object has no attribute '%U'", o->type->name, name);
}

object *attr_slot(vm *v, object *o, object *name)
{
    object *x = type_lookup_slot(v, o->type, name);
    if (!x)
        return NULL;
    return descr_def(v, x) ? descr_get(v, x, o) : obj_incref(v, x);
}

/* attr_missing, raising nothing for a name o lacks when `suppress`. */
static object *missing(vm *v, object *o, object *name, int suppress)
{
    if (!strcmp(STR(name)->data, "__class__"))      /* object.__class__, for every type */
        return obj_incref(v, &o->type->ob);
    object *w = obj_is(v, o, T_MODULE) ? NULL : attr_slot(v, o, name);
    if (w || v->exc)
        return w;
    if (!(o->type->flags & TPF_HEAPTYPE) && !strcmp(STR(name)->data, "__doc__")) {
        object *d = typedict_get(v, o->type);           /* type_ready's '__doc__' entry */
        object *doc = d ? dict_lookup(v, d, name) : NULL;
        if (doc && (doc == v->none || obj_is(v, doc, T_STR)))
            return obj_incref(v, doc);
    }
    if (attr_refuse_theirs(v, o, name))
        return NULL;
    if (obj_is(v, o, T_MODULE)) {           /* module_getattro: no suppress flag */
        module_missing_probes(v, o, name);
        attr_no_attribute(v, o, name);
        if (suppress)
            vm_exc_clear(v);
        return NULL;
    }
    return suppress ? NULL : attr_no_attribute(v, o, name);
}

int attr_refuse_theirs(vm *v, object *o, object *name)
{
    int is_type = o->type == v->types[T_TYPE] || type_is_subtype(o->type, v->types[T_TYPE]);
    type *t = is_type ? (type *)o : o->type;
    const char *owner = obj_is(v, o, T_MODULE) ? MODULE(o)->name : t->name;
    const char *row = obj_is(v, o, T_MODULE) ? owner : type_short_name(t);  /* cpynames.py: a type's __name__ */
    int theirs = !(t->flags & TPF_HEAPTYPE) && cpynames_has(row, STR(name)->data);
    for (const type *b = t; !theirs && b; b = b->base)
        theirs = !(b->flags & TPF_HEAPTYPE) && dir_row_has(type_short_name(b), STR(name)->data);  /* a dunder too */
    if (!theirs && obj_is(v, o, T_MODULE)) {    /* md_dict's: sys.__spec__ */
        char key[64];
        snprintf(key, sizeof key, "module:%s", owner);
        theirs = dir_row_has(key, STR(name)->data);
    }
    if (!theirs && is_type)                 /* the metatype's: int.mro */
        theirs = cpynames_has("type", STR(name)->data) || dir_row_has("type", STR(name)->data);
    if (!theirs)
        return 0;
    attr_refuse(v, owner, STR(name)->data);
    return -1;
}

object *attr_missing(vm *v, object *o, object *name)
{
    return missing(v, o, name, 0);
}

int attr_dict_store(vm *v, object *o, object **dict, uint64_t label, object *name, object *value)
{
    if (!*dict) {
        if (!value) {
            attr_missing(v, o, name);           /* nothing to delete: the AttributeError */
            return -1;
        }
        if (!(*dict = dict_new(v)))
            return -1;
        obj_give(v, *dict, o->addr, label);
    }
    if (value)
        return dict_setitem(v, *dict, name, value);
    if (!dict_delitem(v, *dict, name))
        return 0;
    if (vm_exc_matches(v, T_KEY)) {
        vm_exc_clear(v);
        attr_missing(v, o, name);
    }
    return -1;
}

/* _PyObject_GenericGetAttrWithDict(o, name, NULL, suppress). */
static object *generic(vm *v, object *o, object *name, int suppress)
{
    object *x = type_lookup_all(v, o->type, name);
    if (v->exc)
        return NULL;
    if (x && descr_def(v, x))
        return descr_get(v, x, o);
    object *w = x ? descr_wrapped_get(v, x, o->type) : NULL;  /* a builtin's static method */
    if (w || v->exc)
        return w;
    if (x)
        return obj_incref(v, x);
    x = missing(v, o, name, suppress);
    return x || suppress ? x : attribute_error_context(v, o, name);
}

object *attr_generic(vm *v, object *o, object *name)
{
    return generic(v, o, name, v->attr_quiet);
}

int attr_lookup(vm *v, object *o, object *name, object **out)
{
    /* CPython's getattr of every type but these is PyObject_GenericGetAttr,
     * which the lookup runs suppressed: heapviz's own getattr of such a
     * type ends in attr_generic, told to raise nothing (v->attr_quiet) */
    static const enum builtin_type own[] = {T_MODULE, T_METHOD, T_SUPER};
    int quiet = !(o->type->flags & TPF_HEAPTYPE) && o->type != v->types[T_TYPE] &&
                !type_is_subtype(o->type, v->types[T_TYPE]);
    for (size_t i = 0; i < HV_COUNTOF(own) && quiet; i++)
        quiet = !obj_is(v, o, own[i]);
    if (!quiet) {
        *out = obj_getattr(v, o, name);
    } else {
        int was = v->attr_quiet;
        v->attr_quiet = 1;
        *out = o->type->getattr ? o->type->getattr(v, o, name) : generic(v, o, name, 1);
        v->attr_quiet = was;
    }
    return attr_lookup_result(v, *out);
}

int attr_lookup_result(vm *v, const object *found)
{
    if (found)
        return 1;
    if (!vm_exc_matches(v, T_ATTRIBUTE))
        return v->exc ? -1 : 0;
    vm_exc_clear(v);
    return 0;
}

object *obj_getattr(vm *v, object *o, object *name)
{
    object *x;
    if (obj_is(v, o, T_MODULE)) {
        x = module_lookup(v, o, name);      /* builtins' may refuse a name */
        x = x ? obj_incref(v, x) : v->exc ? NULL : attr_generic(v, o, name);
    } else {
        x = o->type->getattr ? o->type->getattr(v, o, name) : attr_generic(v, o, name);
    }
    return x ? x : attribute_error_context(v, o, name);
}

/* _PyObject_GetMethod's test on o's type: the method descriptor or slot
 * wrapper `name` finds there (a new reference in *out: 1), else 0 with
 * *out NULL, -1 on error. */
static int unbound_method(vm *v, object *o, object *name, object **out)
{
    object *x = type_lookup_all(v, o->type, name);    /* list.__getitem__ is a slot's */
    *out = NULL;
    if (v->exc)
        return -1;
    if (x && (obj_is(v, x, T_WRAPPER_DESCR) || obj_is(v, x, T_METHOD_DESCR))) {  /* Py_TPFLAGS_METHOD_DESCRIPTOR */
        *out = obj_incref(v, x);
        return 1;
    }
    return 0;
}

int attr_getmethod_plain(vm *v, object *o, object *name, object **out)
{
    int rc = unbound_method(v, o, name, out);
    if (rc)
        return rc;
    *out = o->type->getattr(v, o, name);       /* obj_getmethod adds the error's context */
    return *out ? 0 : -1;
}

int obj_getmethod(vm *v, object *o, object *name, object **out)
{
    if (!obj_is(v, o, T_MODULE) && !o->type->getattr) {
        int rc = unbound_method(v, o, name, out);
        if (rc)
            return rc;
    }
    if (o->type->getmethod) {
        int rc = o->type->getmethod(v, o, name, out);
        if (rc < 0)
            attribute_error_context(v, o, name);
        return rc;
    }
    *out = obj_getattr(v, o, name);
    return *out ? 0 : -1;
}

int obj_setattr(vm *v, object *o, object *name, object *value)
{
    if (o->type->setattr)
        return o->type->setattr(v, o, name, value);
    if (class_names_class(v, name))                 /* object.__class__'s setter */
        return class_set_class(v, o, value);
    object *x = type_lookup_all(v, o->type, name);
    const method_def *def = x ? descr_def(v, x) : NULL;
    if (def && (def->flags & METH_GETTER))
        return descr_set(v, x, o, value);
    attr_raise_setattr(v, o, name, def != NULL);
    return -1;
}
