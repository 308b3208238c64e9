/*
 * match.c — the match statement at run time (see match.h).
 *
 * Allocations are CPython's, in its order, since a tracemalloc peak taken
 * around a match sees them: MATCH_KEYS makes a `seen` set, the dummy
 * object() and the values tuple (the set and the dummy freed at once);
 * MATCH_CLASS a `seen` set and a list of the attributes, turned into a
 * tuple (PyList_AsTuple) and freed, and for positional sub-patterns the
 * str "__match_args__" (PyObject_GetAttrString), which the type
 * attribute cache keeps (63 B a match).
 */
#include "match.h"

#include "abstract.h"
#include "attr.h"
#include "dict.h"
#include "eval.h"
#include "set.h"
#include "types.h"

/* The nearest built-in type t descends from by tp_base: the one whose
 * flags a class inherits. */
static const type *static_base(const type *t)
{
    while (t->flags & TPF_HEAPTYPE)
        t = t->base;
    return t;
}

static int base_is(vm *v, const object *o, const enum builtin_type *ids, size_t n)
{
    const type *t = static_base(o->type);
    for (size_t i = 0; i < n; i++)
        if (t == v->types[ids[i]])
            return 1;
    return 0;
}

int match_is_sequence(vm *v, const object *o)
{
    static const enum builtin_type seq[] = {T_LIST, T_TUPLE, T_RANGE, T_MEMORYVIEW};
    return base_is(v, o, seq, sizeof seq / sizeof *seq);
}

int match_is_mapping(vm *v, const object *o)
{
    static const enum builtin_type maps[] = {T_DICT, T_MAPPINGPROXY};
    return base_is(v, o, maps, sizeof maps / sizeof *maps);
}

/* _Py_TPFLAGS_MATCH_SELF. */
static int match_self(vm *v, const type *t)
{
    static const enum builtin_type self[] = {T_BOOL, T_BYTEARRAY, T_BYTES, T_DICT, T_FLOAT,
                                              T_FROZENSET, T_INT, T_LIST, T_SET, T_STR, T_TUPLE};
    const type *b = static_base(t);
    for (size_t i = 0; i < sizeof self / sizeof *self; i++)
        if (b == v->types[self[i]])
            return 1;
    return 0;
}

/* PySet_Contains(seen, key) || PySet_Add(seen, key): 1 when key was seen
 * (or -1 with an error), 0 when it is new (added). */
static int seen_before(vm *v, object *seen, object *key)
{
    int r = set_contains(v, seen, key);
    if (r)
        return r;
    return set_add(v, seen, key) ? -1 : 0;
}

/* mapping.get(key, dummy), the method found as _PyObject_GetMethod finds
 * it; get NULL: dict.get itself (dict_get's lookup, as heapviz's dict has
 * no `get` attribute). */
static object *get_value(vm *v, object *get, int unbound, object *mapping, object *key, object *dummy)
{
    if (!get) {
        object *value = dict_lookup(v, mapping, key);
        return value ? obj_incref(v, value) : v->exc ? NULL : obj_incref(v, dummy);
    }
    object *args[3] = {mapping, key, dummy};
    return unbound ? eval_call(v, get, args, 3, NULL) : eval_call(v, get, args + 1, 2, NULL);
}

/* The loop of match_keys over its made objects: the values tuple filled,
 * or None, or NULL. */
static object *keys_values(vm *v, object *mapping, object *keys, object *get, int unbound,
                           object *seen, object *dummy, object *values)
{
    for (size_t i = 0; i < TUPLE(keys)->n; i++) {
        object *key = TUPLE(keys)->items[i];
        int r = seen_before(v, seen, key);
        if (r) {
            if (r > 0)
                vm_raise_format(v, T_VALUE, "mapping pattern checks duplicate key (%R)", key);
            obj_decref(v, values);
            return NULL;
        }
        object *value = get_value(v, get, unbound, mapping, key, dummy);
        if (!value) {
            obj_decref(v, values);
            return NULL;
        }
        if (value == dummy) {
            obj_decref(v, value);
            obj_decref(v, values);
            return obj_incref(v, v->none);
        }
        tuple_set(v, values, i, value);
    }
    return values;
}

object *match_keys(vm *v, object *mapping, object *keys)
{
    if (!TUPLE(keys)->n)
        return tuple_new(v, 0);
    object *get = NULL, *seen = NULL, *dummy = NULL, *values = NULL;
    object *name = str_static_interned(v, "get");   /* _Py_ID(get): builtin tables match it by identity */
    int unbound = 1;
    if (!type_is_subtype(mapping->type, v->types[T_DICT]) || type_lookup(v, mapping->type, name))
        unbound = obj_getmethod(v, mapping, name, &get);
    if (unbound >= 0 && (seen = set_new(v))
        && (dummy = eval_call(v, &v->types[T_OBJECT]->ob, NULL, 0, NULL))
        && (values = tuple_new(v, TUPLE(keys)->n)))
        values = keys_values(v, mapping, keys, get, unbound, seen, dummy, values);
    if (get)
        obj_decref(v, get);
    if (seen)
        obj_decref(v, seen);
    if (dummy)
        obj_decref(v, dummy);
    return values;
}

/* match_class_attr: subject.name, once per name; NULL without an
 * exception when it has no such attribute (the AttributeError dropped). */
static object *class_attr(vm *v, object *subject, const type *cls, object *name, object *seen)
{
    int r = seen_before(v, seen, name);
    if (r) {
        if (r > 0)
            vm_raise_format(v, T_TYPE_ERROR, "%s() got multiple sub-patterns for attribute %R", cls->name, name);
        return NULL;
    }
    object *attr = obj_getattr(v, subject, name);
    if (!attr && vm_exc_matches(v, T_ATTRIBUTE))
        vm_exc_clear(v);
    return attr;
}

/* cls.__match_args__ (a new reference), the empty tuple with *self set
 * when cls has none, or NULL with an exception. */
static object *match_args(vm *v, const type *cls, int *self)
{
    object *name = str_from_cstr(v, "__match_args__");     /* PyObject_GetAttrString */
    if (!name)
        return NULL;
    object *args = obj_getattr(v, (object *)&cls->ob, name);
    vm_keep_cache_name(v, name);            /* the lookup's cache entry holds it */
    if (args) {
        if (!obj_is(v, args, T_TUPLE)) {
            vm_raise_format(v, T_TYPE_ERROR, "%s.__match_args__ must be a tuple (got %s)", cls->name,
                            args->type->name);
            obj_decref(v, args);
            return NULL;
        }
        return args;
    }
    if (!vm_exc_matches(v, T_ATTRIBUTE))
        return NULL;
    vm_exc_clear(v);
    *self = match_self(v, cls);
    return tuple_new(v, 0);
}

/* Appends subject.name to attrs: 0, or -1 (no match, or an exception). */
static int append_attr(vm *v, object *attrs, object *subject, const type *cls, object *name, object *seen)
{
    object *attr = class_attr(v, subject, cls, name, seen);
    if (!attr)
        return -1;
    int r = list_append(v, attrs, attr);
    obj_decref(v, attr);
    return r ? -1 : 0;
}

/* The positional sub-patterns' attributes appended: 0, or -1. */
static int positional_attrs(vm *v, object *attrs, object *subject, const type *cls, uint32_t nargs,
                            object *seen)
{
    int self = 0;
    object *names = match_args(v, cls, &self);
    if (!names)
        return -1;
    size_t allowed = self ? 1 : TUPLE(names)->n;
    int r = 0;
    if (allowed < nargs) {
        vm_raise_format(v, T_TYPE_ERROR, "%s() accepts %d positional sub-pattern%s (%d given)", cls->name,
                        (int)allowed, allowed == 1 ? "" : "s", (int)nargs);
        r = -1;
    } else if (self) {
        r = list_append(v, attrs, subject) ? -1 : 0;
    }
    for (uint32_t i = 0; !self && !r && i < nargs; i++) {
        object *name = TUPLE(names)->items[i];
        if (!obj_is(v, name, T_STR)) {
            vm_raise_format(v, T_TYPE_ERROR, "__match_args__ elements must be strings (got %s)",
                            name->type->name);
            r = -1;
        } else {
            r = append_attr(v, attrs, subject, cls, name, seen);
        }
    }
    obj_decref(v, names);
    return r;
}

object *match_class(vm *v, object *subject, object *cls, uint32_t nargs, object *names)
{
    if (!type_is_subtype(cls->type, v->types[T_TYPE]))
        return vm_raise(v, T_TYPE_ERROR, "called match pattern must be a type");
    type *t = (type *)cls;
    int r = obj_isinstance(v, subject, t);
    if (r <= 0)
        return r < 0 ? NULL : obj_incref(v, v->none);
    object *seen = set_new(v);
    if (!seen)
        return NULL;
    object *attrs = list_new(v, 0);
    r = attrs ? 0 : -1;
    if (!r && nargs)
        r = positional_attrs(v, attrs, subject, t, nargs, seen);
    for (size_t i = 0; !r && i < TUPLE(names)->n; i++)
        r = append_attr(v, attrs, subject, t, TUPLE(names)->items[i], seen);
    if (!r) {                               /* the tuple made, then the list and the set freed */
        object *result = list_as_tuple(v, attrs);
        obj_decref(v, attrs);
        obj_decref(v, seen);
        return result;
    }
    obj_decref(v, seen);
    if (attrs)
        obj_decref(v, attrs);
    return v->exc ? NULL : obj_incref(v, v->none);
}
