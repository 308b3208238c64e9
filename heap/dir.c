/*
 * dir.c — dir(obj), as CPython 3.11's _dir_object computes it:
 *
 *   dir(obj) ──▶ type(obj).__dir__ ──▶ list(result), sorted
 *                 ├ object.__dir__: obj.__dict__ copied (an empty dict if
 *                 │   it has none), then its class's names merged in
 *                 ├ type.__dir__: the class's names merged into a new dict
 *                 ├ module.__dir__: the module's names
 *                 └ a class's own __dir__ (a function): called as is
 *
 * Merging a class's names (merge_class_dict) adds the keys of its own
 * __dict__, then each base's, recursively.  A heap class's __dict__ is its
 * dict; a builtin type's (and a module's) is the table heap/dirnames.inc,
 * measured from python3, so a builtin's dir() lists what python3's does,
 * names heapviz does not model included.  Names from the table are static
 * interned strs, as python3's type dicts hold them from start-up.
 *
 * Memory: the merged dict, each class's list of its own names (dict_merge
 * reads a mappingproxy through PyMapping_Keys) and the lists of the
 * result are simulated blocks made and freed as python3's; the
 * mappingproxy itself, its key iterator and the bound __dir__ are not.
 */
#include "dir.h"

#include "abstract.h"
#include "attr.h"
#include "builtins.h"
#include "dict.h"
#include "eval.h"
#include "hv.h"
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

/* The keys of t's own namespace as a new list: PyMapping_Keys of the
 * mappingproxy t.__dict__ gives (a list of exactly their number). */
static object *own_names(vm *v, type *t)
{
    const dirrow *row = t->dict ? NULL : find_row(type_short_name(t));    /* dirnames.py: __name__ */
    if (t->dict)
        return dict_keys_list(v, t->dict);
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

/* merge_class_dict: t's own names, then its bases', into d. */
static int merge_type(vm *v, object *d, type *t)
{
    object *own = own_names(v, t);
    int rc = own ? add_names(v, d, own) : -1;
    obj_xdecref(v, own);
    if (rc)
        return -1;
    if (t->bases) {
        for (size_t i = 0; i < TUPLE(t->bases)->n; i++)
            if (merge_type(v, d, (type *)TUPLE(t->bases)->items[i]))
                return -1;
        return 0;
    }
    return t->base ? merge_type(v, d, t->base) : 0;
}

/* object.__dir__'s start: a copy of o.__dict__, or a new dict. */
static object *instance_names(vm *v, object *o)
{
    object *own = obj_getattr(v, o, str_static_interned(v, "__dict__"));
    if (!own) {
        if (!vm_exc_matches(v, T_ATTRIBUTE))
            return NULL;
        vm_exc_clear(v);
        return dict_new(v);
    }
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

object *dir_object_names(vm *v, object *o)
{
    object *d = instance_names(v, o);
    if (d && merge_type(v, d, o->type)) {
        obj_decref(v, d);
        return NULL;
    }
    object *keys = d ? dict_keys_list(v, d) : NULL;
    obj_xdecref(v, d);
    return keys;
}

/* The names type(o).__dir__ gives, as a new list. */
static object *names_of(vm *v, object *o)
{
    if (obj_is(v, o, T_MODULE))
        return module_names(v, o);
    object *d = is_type(v, o) ? dict_new(v) : instance_names(v, o);
    if (d && merge_type(v, d, is_type(v, o) ? (type *)o : o->type)) {
        obj_decref(v, d);
        return NULL;
    }
    object *keys = d ? dict_keys_list(v, d) : NULL;
    obj_xdecref(v, d);
    return keys;
}

object *dir_of(vm *v, object *o)
{
    object *custom = is_type(v, o) ? NULL : type_lookup(v, o->type, str_static_interned(v, "__dir__"));
    object *res;
    if (custom && obj_is(v, custom, T_FUNCTION)) {
        object *r = eval_call_self(v, custom, o, NULL, 0, NULL);
        if (!r)
            return NULL;
        res = list_new(v, 0);
        if (res && list_extend(v, res, r)) {
            obj_decref(v, res);
            res = NULL;
        }
        obj_decref(v, r);
    } else {
        object *keys = names_of(v, o);
        if (!keys)
            return NULL;
        res = list_new(v, 0);                       /* PySequence_List of the result */
        if (res && list_extend(v, res, keys)) {
            obj_decref(v, res);
            res = NULL;
        }
        obj_decref(v, keys);
    }
    if (res && list_sort(v, res, NULL, 0)) {
        obj_decref(v, res);
        return NULL;
    }
    return res;
}
