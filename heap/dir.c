/*
 * dir.c — dir(obj), as CPython 3.11's _dir_object computes it:
 *
 *   dir(obj) ──▶ type(obj).__dir__ ──▶ list(result), sorted
 *                 ├ object.__dir__: obj.__dict__ copied (an empty dict if
 *                 │   it has none), then its class's names merged in
 *                 ├ type.__dir__: the class's names merged into a new dict
 *                 ├ module.__dir__: the module's names
 *                 └ a class's own __dir__ (a function): called bound
 *
 * Merging a class's names (merge_class_dict) is PyDict_Update of the
 * mappingproxy of its own namespace, then each base's, recursively.  A
 * heap class's namespace is its dict; a builtin type's is its tp_dict
 * (typedict.c, measured from python3), so a builtin's dir() lists what
 * python3's does, names heapviz does not model included (dirnames.inc's
 * rows stand in for a type the tp_dict table lacks).
 *
 * Memory, every piece a simulated block made and freed as python3's: the
 * bound __dir__ _PyObject_LookupSpecial makes (held through the call), the
 * copy of o.__dict__ (read with _PyObject_LookupAttr: no AttributeError
 * when o has none), the merged dict, per class its mappingproxy, the keys
 * view, its iterator and the list PyMapping_Keys makes of them (dict.c:
 * mapping_keys), the list_iterator dict_merge walks that list with, and
 * the lists of the result.
 */
#include "dir.h"

#include "abstract.h"
#include "attr.h"
#include "builtins.h"
#include "class.h"
#include "dict.h"
#include "eval.h"
#include "func.h"
#include "hv.h"
#include "mappingproxy.h"
#include "typedict.h"
#include "types.h"

#include <stdio.h>
#include <string.h>

typedef struct dirrow {
    const char *owner;      /* a type's name, or "module:NAME" */
    const char *names;      /* its own names, separated by spaces */
} dirrow;

static const dirrow rows[] = {
#include "dirnames.inc"
};

static const dirrow *find_row(const char *owner)
{
    for (size_t i = 0; i < HV_COUNTOF(rows); i++)
        if (strcmp(rows[i].owner, owner) == 0)
            return &rows[i];
    return NULL;
}

int dir_row_has(const char *owner, const char *name)
{
    const dirrow *row = find_row(owner);
    size_t len = strlen(name);
    for (const char *p = row ? row->names : ""; *p;) {
        size_t n = strcspn(p, " ");
        if (n == len && !memcmp(p, name, n))
            return 1;
        p += n + (p[n] == ' ');
    }
    return 0;
}

/* Counts the names of row, or puts them in items[0..). */
static size_t row_names(vm *v, const dirrow *row, object *l)
{
    char name[128];
    size_t i = 0;
    for (const char *p = row->names; *p; i++) {
        size_t n = strcspn(p, " ");
        if (l && n < sizeof name) {
            memcpy(name, p, n);
            name[n] = 0;
            list_set_fresh(v, l, i, obj_incref(v, str_static_interned(v, name)));
        }
        p += n + (p[n] == ' ');
    }
    return i;
}

/* The names of a builtin type's row, as a new list (merge_type's fallback
 * for a type the tp_dict table lacks). */
static object *own_names(vm *v, type *t)
{
    const dirrow *row = find_row(type_short_name(t));     /* dirnames.py: __name__ */
    object *l = list_new(v, row ? row_names(v, row, NULL) : 0);
    if (l && row)
        row_names(v, row, l);
    return l;
}

/* Adds the names in list l to dict d (values None). */
static int add_names(vm *v, object *d, object *l)
{
    for (size_t i = 0; i < LIST(l)->n; i++)
        if (dict_setitem(v, d, LIST(l)->items[i], v->none))
            return -1;
    return 0;
}

/* merge_class_dict: PyDict_Update(d, t.__dict__), the mappingproxy of t's
 * own namespace (a class's dict, a builtin type's tp_dict) read through
 * PyMapping_Keys, its values the namespace's; then each base's,
 * recursively.  A builtin type without a tp_dict table: its row's names. */
static int merge_type(vm *v, object *d, type *t)
{
    object *ns = t->dict ? t->dict : typedict_get(v, t);
    int rc;
    if (ns) {
        object *proxy = mappingproxy_new(v, ns);
        rc = proxy ? dict_update(v, d, proxy) : -1;
        obj_xdecref(v, proxy);
    } else {
        object *own = own_names(v, t);
        rc = own ? add_names(v, d, own) : -1;
        obj_xdecref(v, own);
    }
    if (rc || v->exc)
        return -1;
    if (t->bases) {
        for (size_t i = 0; i < TUPLE(t->bases)->n; i++)
            if (merge_type(v, d, (type *)TUPLE(t->bases)->items[i]))
                return -1;
        return 0;
    }
    return t->base ? merge_type(v, d, t->base) : 0;
}

/* object.__dir__'s start: a copy of o.__dict__, or a new dict.  The
 * lookup is _PyObject_LookupAttr's: a type without __dict__ makes no
 * AttributeError to clear. */
static object *instance_names(vm *v, object *o)
{
    object *own;
    int found = class_lookup_attr(v, o, str_static_interned(v, "__dict__"), &own);
    if (found < 0)
        return NULL;
    if (!found)
        return dict_new(v);
    object *d = obj_is(v, own, T_DICT) ? dict_copy(v, own) : dict_new(v);
    obj_decref(v, own);
    return d;
}

static int is_type(vm *v, object *o)
{
    return o->type == v->types[T_TYPE] || type_is_subtype(o->type, v->types[T_TYPE]);
}

/* module.__dir__: the keys of the module's own __dict__ (no copy). */
static object *module_names(vm *v, object *o)
{
    char owner[64];
    snprintf(owner, sizeof owner, "module:%s", MODULE(o)->name);
    const dirrow *row = find_row(owner);
    object *l = list_new(v, row ? row_names(v, row, NULL) : 0);
    if (l && row)
        row_names(v, row, l);
    return l;
}

/* The keys of d (a new dict, or NULL after an error) once t's names are
 * merged in, as a new list; d is dropped. */
static object *names_with_type(vm *v, object *d, type *t)
{
    if (d && merge_type(v, d, t)) {
        obj_decref(v, d);
        return NULL;
    }
    object *keys = d ? dict_keys_list(v, d) : NULL;
    obj_xdecref(v, d);
    return keys;
}

object *dir_object_names(vm *v, object *o)
{
    return names_with_type(v, instance_names(v, o), o->type);
}

/* The names type(o).__dir__ gives, as a new list. */
static object *names_of(vm *v, object *o)
{
    if (obj_is(v, o, T_MODULE))
        return module_names(v, o);
    return is_type(v, o) ? names_with_type(v, dict_new(v), (type *)o) : dir_object_names(v, o);
}

/* _PyObject_LookupSpecial(o, '__dir__'): type(o)'s __dir__ bound to o, a
 * builtin method (object's, type's, module's: what heapviz runs is
 * names_of) or, for a class's own function, a method object; python3
 * holds it through the call.  NULL with the error. */
static object *dir_func(vm *v, object *o, object **custom)
{
    object *x = type_lookup(v, o->type, str_static_interned(v, "__dir__"));
    if (v->exc)
        return NULL;
    *custom = x && obj_is(v, x, T_FUNCTION) && !is_type(v, o) ? x : NULL;
    if (*custom)
        return method_new(v, x, o);
    if (x && descr_def(v, x))
        return descr_get(v, x, o);
    return obj_incref(v, v->none);              /* nothing to bind: no block */
}

object *dir_of(vm *v, object *o)
{
    object *custom, *fn = dir_func(v, o, &custom);
    if (!fn)
        return NULL;
    object *names = custom ? eval_call_self(v, custom, o, NULL, 0, NULL) : names_of(v, o);
    obj_decref(v, fn);                          /* _dir_object: before the sort */
    if (!names)
        return NULL;
    object *res = list_new(v, 0);               /* PySequence_List of the result */
    if (res && list_extend(v, res, names)) {
        obj_decref(v, res);
        res = NULL;
    }
    obj_decref(v, names);
    if (res && list_sort(v, res, NULL, 0)) {
        obj_decref(v, res);
        return NULL;
    }
    return res;
}
