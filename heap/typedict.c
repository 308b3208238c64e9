/*
 * typedict.c — the tp_dict of each builtin type (Objects/typeobject.c's
 * type_ready fills it at start-up: add_operators, then the methods,
 * members and getsets, then __doc__), what `int.__dict__` proxies.
 *
 *   int.__dict__ ──▶ mappingproxy (48-byte GC block, one per access)
 *                        │ holds
 *                        ▼
 *                    int's tp_dict (static: no block, never traced)
 *                      '__new__'    → builtin __new__ of int   (n)
 *                      '__repr__'   → int.__repr__ slot wrapper (w)
 *                      'bit_length' → int.bit_length            (m)
 *                      'from_bytes' → classmethod_descriptor    (c)
 *                      'real'       → getset_descriptor         (g)
 *                      '__doc__'    → "int([x]) -> integer\n…"  (d)
 *
 * Which names, in which order and of which kind, is measured
 * (heap/typedicts.inc, `make regen-typedicts`).  A value is the object
 * attribute lookup gives (attr_init's descriptors, slotwrap.c's
 * wrappers, None), so `int.__dict__['bit_length'] is int.bit_length`;
 * a name heapviz does not model gets a static object of python3's kind
 * made here, which reprs and answers __name__ as python3's but refuses
 * to run (attr.c: a def without fn; slotwrap.c: a wrapper of no slot).
 *
 * Invariants:
 *   1. every value is static and its reference count already counts the
 *      dict's reference (made with 1, CPython's tp_dict reference: so
 *      sys.getrefcount(int.__dict__['bit_length']) is python3's 2); the
 *      dict adds none, nor to a static key, whose count the measured
 *      start-up names table (staticnames.inc) holds;
 *   2. a key the program interned first as a heap str (a name python3
 *      interns at start-up that that table lacks) is held by a reference
 *      of the dict's own, so it outlives the program's;
 *   3. a type's dict is built once, on its first use, and never changes.
 */
#include "typedict.h"

#include "attr.h"
#include "descr.h"
#include "dict.h"
#include "hv.h"
#include "slotwrap.h"
#include "types.h"

#include <stdlib.h>
#include <string.h>

/* The measured table: per type, "K:NAME …" in dict order and its doc. */
static const struct {
    const char *type, *entries, *doc;
} measured[] = {
#include "typedicts.inc"
};

struct typedicts {
    object *dict[T_NBUILTIN];       /* built on first use, or NULL */
    object **made;                  /* the static objects made for the dicts alone */
    size_t nmade, madecap;
    method_def **defs;              /* and their defs (host memory) */
    size_t ndefs, defcap;
};

/* Records o, a static object only the dicts hold, for typedict_fini to
 * free (nothing else knows it).  Returns o. */
static object *made(struct typedicts *td, object *o)
{
    hv_grow(&td->made, &td->madecap, td->nmade + 1, sizeof *td->made, 64);
    td->made[td->nmade++] = o;
    return o;
}

/* A def for a C function heapviz does not model: no fn (attr.c refuses to
 * run it), its name a copy of the key's (host memory, freed with it). */
static const method_def *unmodelled_def(struct typedicts *td, object *name, unsigned flags)
{
    method_def *def = hv_calloc(1, sizeof *def);
    def->name = hv_strdup(STR(name)->data);
    def->flags = flags;
    hv_grow(&td->defs, &td->defcap, td->ndefs + 1, sizeof *td->defs, 64);
    td->defs[td->ndefs++] = def;
    return def;
}

/* The object t's own methods or slot wrappers have for name, when it is
 * of the kind python3's dict has there (else NULL: the dict needs one of
 * that kind). */
static object *modelled(vm *v, type *t, object *name, enum builtin_type kind)
{
    object *x = type_lookup_own(v, t, name);
    return x && obj_is(v, x, kind) ? x : NULL;
}

/* A static builtin_function_or_method bound to t (tp_new_wrapper's
 * __new__, a METH_STATIC method's function), for a def without fn. */
static object *bound_to_type(vm *v, struct typedicts *td, type *t, object *name, unsigned flags)
{
    return made(td, builtin_static_of(v, unmodelled_def(td, name, flags), t));
}

/* A static staticmethod holding such a function (str.maketrans, as
 * attr_init makes a modelled one). */
static object *static_staticmethod(vm *v, struct typedicts *td, type *t, object *name)
{
    object *o = made(td, descr_new_static(v, unmodelled_def(td, name, METH_STATIC), t));
    made(td, WRAP(o)->callable);
    return o;
}

/* The descriptor of kind `kind` (def flags `flags`) for name: t's own, or
 * a static one made for the dict. */
static object *descriptor(vm *v, struct typedicts *td, type *t, object *name, enum builtin_type kind,
                          unsigned flags)
{
    object *x = modelled(v, t, name, kind);
    if (x)
        return x;
    if (kind == T_WRAPPER_DESCR)
        return (x = slotwrap_dict_only(v, t, STR(name)->data)) ? made(td, x) : NULL;
    return made(td, descr_new_static(v, unmodelled_def(td, name, flags), t));
}

/* The value of entry "K:NAME" (kind letter k, typedicts.py), or NULL for
 * a kind or a slot heapviz does not know. */
static object *entry_value(vm *v, struct typedicts *td, type *t, char k, object *name, const char *doc)
{
    object *x;
    switch (k) {
    case 'N': return v->none;
    case 'd': return str_static_own(v, doc);
    case 'n':                       /* object's, list's, dict's…: their METH_NEW rows */
        x = modelled(v, t, name, T_BUILTIN);
        return x ? x : bound_to_type(v, td, t, name, METH_VARARGS | METH_KEYWORDS);
    case 's': return (x = modelled(v, t, name, T_STATICMETHOD)) ? x : static_staticmethod(v, td, t, name);
    case 'w': return descriptor(v, td, t, name, T_WRAPPER_DESCR, 0);
    case 'm': return descriptor(v, td, t, name, T_METHOD_DESCR, 0);
    case 'c': return descriptor(v, td, t, name, T_CLASSMETHOD_DESCR, METH_CLASS);
    case 'g': return descriptor(v, td, t, name, T_GETSET_DESCR, METH_GETTER);
    case 'b': return descriptor(v, td, t, name, T_MEMBER_DESCR, METH_GETTER | METH_MEMBER);
    default: return NULL;
    }
}

/* Builds t's dict from its row: NULL when an entry has no value (the
 * table is newer than heapviz's kinds and slots). */
static object *build(vm *v, struct typedicts *td, type *t, const char *entries, const char *doc)
{
    size_t cap = 1, n = 0;
    for (const char *p = entries; *p; p++)
        cap += *p == ' ';
    object **keys = hv_malloc(cap * sizeof *keys), **values = hv_malloc(cap * sizeof *values);
    int ok = 1;
    for (const char *p = entries; *p && ok; n++) {
        size_t len = strcspn(p, " ");
        char *name = hv_strndup(p + 2, len - 2);
        keys[n] = str_static_interned(v, name);
        free(name);
        ok = (values[n] = entry_value(v, td, t, *p, keys[n], doc)) != NULL;
        p += len + (p[len] == ' ');
    }
    object *d = ok ? dict_new_static_items(v, keys, values, n) : NULL;
    for (size_t i = 0; d && i < n; i++)
        if (!vm_is_static(v, keys[i]))      /* invariant 2 */
            obj_hold(v, keys[i], d->addr, keys[i]->addr);
    free(keys);
    free(values);
    return d;
}

/* t's index among the builtin types, or -1 (a class). */
static int builtin_index(vm *v, const type *t)
{
    for (int i = 0; i < T_NBUILTIN; i++)
        if (v->types[i] == t)
            return i;
    return -1;
}

object *typedict_get(vm *v, type *t)
{
    int i = builtin_index(v, t);
    if (i < 0)
        return NULL;
    if (!v->typedicts)
        v->typedicts = hv_calloc(1, sizeof *v->typedicts);
    struct typedicts *td = v->typedicts;
    for (size_t r = 0; !td->dict[i] && r < HV_COUNTOF(measured); r++)
        if (!strcmp(measured[r].type, t->name))
            td->dict[i] = build(v, td, t, measured[r].entries, measured[r].doc);
    return td->dict[i];
}

int typedict_has_new(const type *t)
{
    for (size_t r = 0; r < HV_COUNTOF(measured); r++)
        if (!strcmp(measured[r].type, t->name))
            return !strncmp(measured[r].entries, "n:__new__ ", 10) || strstr(measured[r].entries, " n:__new__ ");
    return 0;
}

int typedict_doc(vm *v, const type *t, const char **doc)
{
    (void)v;
    for (size_t r = 0; r < HV_COUNTOF(measured); r++) {
        if (strcmp(measured[r].type, t->name))
            continue;
        const char *e = strstr(measured[r].entries, ":__doc__");
        if (!e || e == measured[r].entries || (e[-1] != 'N' && !measured[r].doc))
            return 0;                       /* a descriptor there and no tp_doc */
        *doc = e[-1] == 'N' ? NULL : measured[r].doc;
        return 1;
    }
    return 0;
}

/* Gives back the references invariant 2 took, as the vm ends (the
 * program's strs go with them). */
static void release_heap_keys(vm *v, object *d)
{
    size_t pos = 0;
    object *key, *value;
    while (dict_next(d, &pos, &key, &value))
        if (!vm_is_static(v, key))
            obj_release(v, key, d->addr, key->addr);
}

void typedict_fini(vm *v)
{
    struct typedicts *td = v->typedicts;
    if (!td)
        return;
    for (int i = 0; i < T_NBUILTIN; i++)
        if (td->dict[i]) {
            release_heap_keys(v, td->dict[i]);
            dict_free_static(td->dict[i]);
        }
    for (size_t k = 0; k < td->nmade; k++)
        obj_host_free(td->made[k]);
    for (size_t k = 0; k < td->ndefs; k++) {
        free((char *)td->defs[k]->name);
        free(td->defs[k]);
    }
    free(td->made);
    free(td->defs);
    free(td);
    v->typedicts = NULL;
}
