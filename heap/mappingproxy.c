/*
 * mappingproxy.c — the read-only proxy of a dict (Objects/descrobject.c's
 * mappingproxy), what a class's `__dict__` is in CPython 3.11.
 *
 * The proxy holds one reference, to the dict, and answers every read by
 * asking the dict: len, `[]`, `in`, iteration, comparison, str (the dict's),
 * and the methods get, keys, values, items and copy (the dict's own C
 * methods, called on the dict, so no name object is made).  It has no
 * setitem: `C.__dict__['x'] = 1` is the TypeError "'mappingproxy' object
 * does not support item assignment" the abstract layer raises.
 */
#include "mappingproxy.h"

#include "abstract.h"
#include "buf.h"
#include "dict.h"
#include "types.h"

#include <string.h>

typedef struct proxyobj {
    object ob;
    object *mapping;            /* the dict (held) */
} proxyobj;

#define PROXY(o) ((proxyobj *)(o))

object *mappingproxy_new(vm *v, object *d)
{
    object *o = obj_new(v, v->types[T_MAPPINGPROXY], 0);
    if (!o)
        return NULL;
    PROXY(o)->mapping = obj_hold(v, d, o->addr, 0);
    obj_track(v, o);
    return o;
}

static void proxy_dealloc(vm *v, object *o)
{
    obj_untrack(v, o);
    obj_release(v, PROXY(o)->mapping, o->addr, 0);
    obj_free(v, o);
}

static int proxy_traverse(object *o, visitproc visit, void *arg)
{
    return visit(PROXY(o)->mapping, arg);
}

static int64_t proxy_length(vm *v, object *o)
{
    return obj_length(v, PROXY(o)->mapping);
}

static object *proxy_getitem(vm *v, object *o, object *key)
{
    return obj_getitem(v, PROXY(o)->mapping, key);
}

static int proxy_contains(vm *v, object *o, object *x)
{
    return obj_contains(v, PROXY(o)->mapping, x);
}

static object *proxy_iter(vm *v, object *o)
{
    return obj_getiter(v, PROXY(o)->mapping);
}

static object *proxy_richcompare(vm *v, object *o, object *other, int op)
{
    return obj_richcompare(v, PROXY(o)->mapping, other, op);
}

static object *proxy_str(vm *v, object *o)
{
    return obj_str(v, PROXY(o)->mapping);
}

/* mappingproxy_repr: PyUnicode_FromFormat("mappingproxy(%R)"), its writer
 * holding the dict's repr while it copies it. */
static object *proxy_repr(vm *v, object *o)
{
    return str_from_format_ints(v, "mappingproxy(%R)", NULL, &PROXY(o)->mapping, 0, NULL);
}

/* The dict's C method `name`, called on the dict with the same arguments
 * (mappingproxy_get and the others: PyObject_CallMethod on the mapping). */
static object *delegate(vm *v, object *self, const char *name, object *const *args, size_t nargs, object *kw)
{
    object *d = PROXY(self)->mapping;
    for (const method_def *m = d->type->methods; m && m->name; m++)
        if (strcmp(m->name, name) == 0)
            return m->fn(v, d, args, nargs, kw);
    return vm_raise_format(v, T_ATTRIBUTE, "'%.50s' object has no attribute '%s'", d->type->name, name);
}

#define DELEGATE(fn, name)                                                                      \
    static object *fn(vm *v, object *self, object *const *args, size_t nargs, object *kw)      \
    {                                                                                           \
        return delegate(v, self, name, args, nargs, kw);                                        \
    }

DELEGATE(m_get, "get")
DELEGATE(m_keys, "keys")
DELEGATE(m_values, "values")
DELEGATE(m_items, "items")
DELEGATE(m_copy, "copy")

static const method_def proxy_methods[] = {
    {"get", m_get, 0, NULL},
    {"keys", m_keys, 0, NULL},
    {"values", m_values, 0, NULL},
    {"items", m_items, 0, NULL},
    {"copy", m_copy, 0, NULL},
    {NULL, NULL, 0, NULL},
};

const type tmpl_mappingproxy = {
    .dealloc = proxy_dealloc,
    .traverse = proxy_traverse,
    .repr = proxy_repr,
    .str = proxy_str,
    .richcompare = proxy_richcompare,
    .length = proxy_length,
    .getitem = proxy_getitem,
    .contains = proxy_contains,
    .iter = proxy_iter,
    .methods = proxy_methods,
    .host_size = sizeof(proxyobj),
};
