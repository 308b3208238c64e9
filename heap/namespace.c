/*
 * namespace.c — types.SimpleNamespace (Objects/namespaceobject.c), and
 * sys.implementation, the one start-up makes (namespace.h):
 *
 *   SimpleNamespace ──ns_dict──▶ dict   (tp_dictoffset: its attributes)
 *
 * Attributes are the dict's (PyObject_GenericGetAttr: __dict__ and
 * __class__ are the type's data descriptors, then the dict); repr and ==
 * go through the dict too.  The type's own methods (__reduce__ and the
 * slot wrappers) are refused by name.  sys.implementation is a start-up
 * object whose dict is start-up's (a static keys table): reading its
 * attributes, its repr and == are python3's; changing it (setattr,
 * __dict__, gc.get_referents) is refused by name.
 */
#include "namespace.h"

#include "abstract.h"
#include "attr.h"
#include "class.h"
#include "dict.h"
#include "hv.h"
#include "types.h"

#include <string.h>

typedef struct nsobj {
    object ob;
    object *dict;           /* ns_dict: never NULL once made */
} nsobj;

#define NS(o) ((nsobj *)(o))

static int ns_is_sys(vm *v, const object *o)
{
    return o == v->sys_implementation;
}

/* namespace_new, then namespace_init: PyType_GenericAlloc (tracked at
 * once), PyDict_New, then no positional argument and the keyword dict
 * the call packed merged into the new dict (PyDict_Update). */
static object *ns_vnew(vm *v, type *t, object *const *args, size_t nargs, object *kw)
{
    size_t nkw = kw ? TUPLE(kw)->n : 0;
    object *tuple = NULL, *own = NULL, *kwdict = nkw ? vm_call_kwdict(v, args) : NULL;
    if (nkw && !kwdict && !vm_handed_tuple(v, args)) {     /* a caller that did not pack */
        if (type_call_pack(v, args, nargs, kw, 0, &tuple, &own))
            return NULL;
        kwdict = own;
    }
    object *o = obj_new(v, t, 0), *d = NULL;
    if (o) {
        obj_track(v, o);
        if ((d = dict_new(v))) {
            NS(o)->dict = d;
            obj_give(v, d, o->addr, 0);
        }
    }
    if (d && nargs > nkw)
        vm_raise(v, T_TYPE_ERROR, "no positional arguments expected");
    else if (d && kwdict)
        dict_update(v, d, kwdict);
    obj_xdecref(v, own);
    obj_xdecref(v, tuple);
    if (o && (!d || v->exc)) {
        obj_decref(v, o);
        return NULL;
    }
    return o;
}

static void ns_clear(vm *v, object *o)
{
    object *d = NS(o)->dict;
    NS(o)->dict = NULL;
    if (d)
        obj_release(v, d, o->addr, 0);
}

/* namespace_dealloc: untracked, the dict dropped, freed. */
static void ns_dealloc(vm *v, object *o)
{
    if (obj_is_tracked(o))
        obj_untrack(v, o);
    ns_clear(v, o);
    obj_free(v, o);
}

static int ns_traverse(object *o, visitproc visit, void *arg)
{
    return NS(o)->dict ? visit(NS(o)->dict, arg) : 0;
}

/* Whether name is a special method's: the type's own (__reduce__, the
 * slot wrappers), which heapviz does not model for this type. */
static int ns_dunder(object *name)
{
    const strobj *s = STR(name);
    return s->nbytes > 4 && !memcmp(s->data, "__", 2) && !memcmp(s->data + s->nbytes - 2, "__", 2);
}

/* PyObject_GenericGetAttr: the type's data descriptors (__class__,
 * __dict__), the instance dict, then the missing name's AttributeError. */
static object *ns_getattr(vm *v, object *o, object *name)
{
    if (str_is(name, "__class__"))              /* by length too: a name may hold a NUL */
        return obj_incref(v, &o->type->ob);
    if (str_is(name, "__dict__"))
        return ns_is_sys(v, o) ? attr_refuse(v, "sys.implementation", "__dict__")
                               : obj_incref(v, NS(o)->dict);
    object *x = dict_lookup(v, NS(o)->dict, name);
    if (x)
        return obj_incref(v, x);
    if (v->exc)
        return NULL;
    if (ns_dunder(name))
        return attr_refuse(v, "types.SimpleNamespace", STR(name)->data);
    return attr_missing(v, o, name);
}

/* PyObject_GenericSetAttr into the dict (__dict__ is read-only, and
 * __class__ object's setter). */
static int ns_setattr(vm *v, object *o, object *name, object *value)
{
    if (class_names_class(v, name))
        return class_set_class(v, o, value);
    if (ns_is_sys(v, o)) {
        vm_raise(v, T_NOT_IMPLEMENTED, "heapviz does not support changing sys.implementation (outside its "
                 "Python subset)");
        return -1;
    }
    if (str_is(name, "__dict__")) {
        vm_raise(v, T_ATTRIBUTE, "readonly attribute");
        return -1;
    }
    return attr_dict_store(v, o, &NS(o)->dict, 0, name, value);
}

/* namespace_repr: "namespace(k=v, ...)" ("%s(...)" inside itself), its
 * pairs made as python3 makes them: an empty list, the dict's keys as a
 * list and an iterator over it, each nonempty str key's "%U=%R" appended,
 * then ", " and its join, then "%s(%S)". */
static object *ns_repr(vm *v, object *o)
{
    const char *name = o->type == v->types[T_NAMESPACE] ? "namespace" : o->type->name;
    int rec = repr_enter(v, o);
    if (rec)
        return rec > 0 ? str_from_format(v, "%s(...)", name, NULL) : NULL;
    object *pairs = list_new(v, 0), *d = obj_incref(v, NS(o)->dict), *repr = NULL;
    object *keys = pairs ? dict_keys_list(v, d) : NULL, *it = keys ? obj_getiter(v, keys) : NULL, *key;
    int err = !it;
    while (!err && (key = obj_iternext(v, it))) {
        object *value = obj_is_str(v, key) && STR(key)->len ? dict_lookup(v, d, key) : NULL;
        if (value) {
            object *const kv[] = {key, value};
            object *item = str_from_format_ints(v, "%U=%R", NULL, kv, 0, NULL);
            err = !item || list_append(v, pairs, item);
            obj_xdecref(v, item);
        }
        err |= v->exc != NULL;
        obj_decref(v, key);
    }
    object *sep = !err && !v->exc ? str_from_cstr(v, ", ") : NULL;
    object *joined = sep ? str_join(v, sep, pairs) : NULL;
    obj_xdecref(v, sep);
    if (joined) {
        const char *s_args[] = {name};
        object *const u_args[] = {joined};
        repr = str_from_format_args(v, "%s(%U)", s_args, u_args, 0);
        obj_decref(v, joined);
    }
    obj_xdecref(v, pairs);
    obj_decref(v, d);
    obj_xdecref(v, keys);
    obj_xdecref(v, it);
    repr_leave(v, o);
    return repr;
}

/* namespace_richcompare: two namespaces compare as their dicts (a dict
 * orders nothing: '<' is dict's TypeError), anything else is
 * NotImplemented. */
static object *ns_richcompare(vm *v, object *a, object *b, int op)
{
    type *t = v->types[T_NAMESPACE];
    if (!type_is_subtype(a->type, t) || !type_is_subtype(b->type, t))
        return obj_incref(v, v->notimpl);
    return obj_richcompare(v, NS(a)->dict, NS(b)->dict, op);
}

const type tmpl_namespace = {
    .dealloc = ns_dealloc, .traverse = ns_traverse, .clear = ns_clear, .repr = ns_repr,
    .richcompare = ns_richcompare, .getattr = ns_getattr, .setattr = ns_setattr, .vnew = ns_vnew,
    .host_size = sizeof(nsobj),
};

object *namespace_static(vm *v, object *const *keys, object *const *values, size_t n)
{
    object *o = vm_static_object(v, T_NAMESPACE, 40, 0);    /* basicsize 24, the GC pre-header */
    NS(o)->dict = dict_new_static_items(v, keys, values, n);
    return o;
}

int namespace_refuses_referents(vm *v, const object *o)
{
    if (!ns_is_sys(v, o))
        return 0;
    vm_raise(v, T_NOT_IMPLEMENTED, "heapviz does not support gc.get_referents of sys.implementation (outside "
             "its Python subset)");
    return 1;
}

object *namespace_dict(const object *o)
{
    return NS(o)->dict;
}

void namespace_static_free(object *o)
{
    dict_free_static(NS(o)->dict);
    obj_host_free(o);
}
