/*
 * weakref.c — weak references (see weakref.h for the model and its
 * invariants): ReferenceType's slots, the referent's list, PyObject_Clear-
 * WeakRefs and the _weakref module's functions.
 *
 *   referent ─ vm.weakrefs[referent] ─▶ basic ref ⇄ newest callback ref ⇄ … ⇄ oldest
 *                                        (wr_prev/wr_next: prev, next)
 */
#include "weakref.h"

#include "abstract.h"
#include "attr.h"
#include "builtins.h"
#include "class.h"
#include "eval.h"
#include "traceback.h"
#include "types.h"

#include <stdio.h>

#include <string.h>

typedef struct weakref {
    object ob;
    object *referent;           /* wr_object, not a reference; NULL: dead (Py_None) */
    object *callback;           /* wr_callback (label 0), or NULL */
    int64_t hash;               /* the referent's, once asked; -1 before */
    struct weakref *prev, *next;    /* the referent's list */
} weakref;

#define WR(o) ((weakref *)(o))
#define CALLBACK_LABEL 0

static uint64_t list_key(const object *o)
{
    return (uint64_t)(uintptr_t)o;
}

object *weakref_list_head(vm *v, const object *o)
{
    uint64_t head;
    return o->weakly && map_get(&v->weakrefs, list_key(o), &head) ? (object *)(uintptr_t)head : NULL;
}

static void set_head(vm *v, object *o, weakref *head)
{
    o->weakly = head != NULL;
    if (head)
        map_put(&v->weakrefs, list_key(o), (uint64_t)(uintptr_t)head);
    else
        map_del(&v->weakrefs, list_key(o));
}

object *weakref_callback(const object *wr)
{
    return WR(wr)->callback;
}

object *weakref_referent(const object *wr)
{
    return WR(wr)->referent;
}

/* clear_weakref without the callback: wr leaves its referent's list (the
 * head moves on when wr was it). */
static void unlink_ref(vm *v, weakref *wr)
{
    object *o = wr->referent;
    if (!o)
        return;
    if (weakref_list_head(v, o) == &wr->ob)
        set_head(v, o, wr->next);
    if (wr->prev)
        wr->prev->next = wr->next;
    if (wr->next)
        wr->next->prev = wr->prev;
    wr->prev = wr->next = NULL;
    wr->referent = NULL;
}

/* clear_weakref: unlinked, and the callback dropped. */
static void clear_weakref(vm *v, weakref *wr)
{
    unlink_ref(v, wr);
    object *cb = wr->callback;
    wr->callback = NULL;
    if (cb)
        obj_release(v, cb, wr->ob.addr, CALLBACK_LABEL);
}

void weakref_clear_ref(vm *v, object *wr)
{
    unlink_ref(v, WR(wr));
}

int weakref_supported(vm *v, const object *o)
{
    static const enum builtin_type kinds[] = {T_TYPE, T_SET, T_FROZENSET, T_FUNCTION, T_GENERATOR, T_CODE,
                                              T_METHOD, T_BUILTIN, T_MODULE, T_TEXTIO,
                                              /* Python classes without __slots__ */
                                              T_TM_SNAPSHOT, T_TM_TRACES, T_SOURCE_LOADER};
    const type *t = o->type;
    if (t->flags & TPF_HEAPTYPE)                /* a metaclass's instances: type's tp_weaklistoffset */
        return class_has_weakref(t) || (t->flags & TPF_TYPE_SUBCLASS);
    for (size_t i = 0; i < HV_COUNTOF(kinds); i++)
        if (t == v->types[kinds[i]])
            return 1;
    return 0;
}

/* get_basic_refs: the basic ref heads the list when there is one. */
static weakref *basic_ref(vm *v, const object *o)
{
    object *head = weakref_list_head(v, o);
    return head && !WR(head)->callback ? WR(head) : NULL;
}

/* insert_head for a basic ref, else insert_after the basic ref (or at the
 * head when there is none). */
static void link_ref(vm *v, object *o, weakref *wr)
{
    weakref *prev = wr->callback ? basic_ref(v, o) : NULL;
    if (prev) {
        wr->prev = prev;
        wr->next = prev->next;
        if (prev->next)
            prev->next->prev = wr;
        prev->next = wr;
        return;
    }
    weakref *head = (weakref *)weakref_list_head(v, o);
    wr->next = head;
    if (head)
        head->prev = wr;
    set_head(v, o, wr);
}

object *weakref_new(vm *v, object *referent, object *callback)
{
    if (!weakref_supported(v, referent))
        return vm_raise_format(v, T_TYPE_ERROR, "cannot create weak reference to '%s' object",
                               referent->type->name);
    if (callback == v->none)
        callback = NULL;
    weakref *basic = callback ? NULL : basic_ref(v, referent);
    if (basic)
        return obj_incref(v, &basic->ob);
    object *o = obj_new(v, v->types[T_WEAKREF], 0);
    if (!o)
        return NULL;
    weakref *wr = WR(o);
    wr->referent = referent;
    wr->hash = -1;
    wr->callback = callback ? obj_hold(v, callback, o->addr, CALLBACK_LABEL) : NULL;
    link_ref(v, referent, wr);
    obj_track(v, o);
    return o;
}

void weakref_handle_callback(vm *v, object *wr, object *callback)
{
    object *r = eval_call(v, callback, &wr, 1, NULL);
    if (r)
        obj_decref(v, r);
    else
        traceback_write_unraisable(v, callback, "<function>");
}

/* PyObject_ClearWeakRefs' case of several: a tuple of (ref, callback)
 * pairs made first, every ref cleared, then the callbacks called. */
static void clear_many(vm *v, object *o, size_t count)
{
    object *pairs = tuple_new(v, count * 2);
    if (!pairs)
        return;                                 /* MemoryError: chained, reported by nobody */
    weakref *cur;                               /* the tuple's allocation may have collected
                                                   some: garbage refs handle_weakrefs unlinked */
    for (size_t i = 0; i < count && (cur = (weakref *)weakref_list_head(v, o)); i++) {
        object *cb = cur->callback;
        cur->callback = NULL;
        tuple_set(v, pairs, 2 * i, obj_incref(v, &cur->ob));
        if (cb) {
            obj_take(v, cb, cur->ob.addr, CALLBACK_LABEL);
            tuple_set(v, pairs, 2 * i + 1, cb);
        }
        unlink_ref(v, cur);
    }
    for (size_t i = 0; i < count; i++) {
        object *cb = TUPLE(pairs)->items[2 * i + 1];
        if (cb)
            weakref_handle_callback(v, TUPLE(pairs)->items[2 * i], cb);
    }
    obj_decref(v, pairs);
}

void weakref_clear_referent(vm *v, object *o)
{
    if (!o->weakly)
        return;
    weakref *basic = basic_ref(v, o);           /* the callback-less refs go first */
    if (basic)
        clear_weakref(v, basic);
    object *head = weakref_list_head(v, o);
    if (!head)
        return;
    size_t count = 0;
    for (weakref *w = WR(head); w; w = w->next)
        count++;
    vm_err saved = vm_exc_fetch(v);
    if (count == 1) {
        weakref *wr = WR(head);
        object *cb = wr->callback;
        wr->callback = NULL;
        if (cb)
            obj_take(v, cb, wr->ob.addr, CALLBACK_LABEL);
        unlink_ref(v, wr);
        if (cb) {
            weakref_handle_callback(v, &wr->ob, cb);
            obj_decref(v, cb);
        }
    } else {
        clear_many(v, o, count);
    }
    vm_exc_restore(v, saved);
}

/* ---- ReferenceType's slots ------------------------------------------------------- */

static void weakref_dealloc(vm *v, object *o)
{
    obj_untrack(v, o);
    clear_weakref(v, WR(o));
    obj_free(v, o);
}

static int weakref_traverse(object *o, visitproc visit, void *arg)
{
    return WR(o)->callback ? visit(WR(o)->callback, arg) : 0;
}

/* gc_clear: clear_weakref. */
static void weakref_tp_clear(vm *v, object *o)
{
    clear_weakref(v, WR(o));
}

/* weakref_repr: "<weakref at %p; dead>", or the referent's type and
 * address and, when it has a str __name__ (_PyObject_LookupAttr), that. */
static object *weakref_repr(vm *v, object *o)
{
    object *r = WR(o)->referent;
    if (!r)
        return str_from_format_args(v, "<weakref at %p; dead>", NULL, NULL, o->addr);
    obj_incref(v, r);
    object *name = NULL, *text = NULL;
    int found = attr_lookup(v, r, str_static_interned(v, "__name__"), &name);
    const int64_t addrs[] = {(int64_t)o->addr, (int64_t)r->addr};
    const char *tp = r->type->name;
    int named = name && type_is_subtype(name->type, v->types[T_STR]);
    if (found >= 0 && !named)
        text = str_from_format_ints(v, "<weakref at %p; to '%s' at %p>", &tp, NULL, 0, addrs);
    else if (found >= 0)
        text = str_from_format_ints(v, "<weakref at %p; to '%s' at %p (%U)>", &tp, &name, 0, addrs);
    obj_xdecref(v, name);
    obj_decref(v, r);
    return text;
}

/* weakref_hash: the referent's hash, kept once asked. */
static int weakref_hash(vm *v, object *o, int64_t *out)
{
    weakref *wr = WR(o);
    if (wr->hash != -1) {
        *out = wr->hash;
        return 0;
    }
    if (!wr->referent) {
        vm_raise(v, T_TYPE_ERROR, "weak object has gone away");
        return -1;
    }
    object *r = obj_incref(v, wr->referent);
    int64_t h;
    int rc = obj_hash(v, r, &h);
    obj_decref(v, r);
    wr->hash = rc ? -1 : h;                     /* PyObject_Hash's -1 on error */
    *out = wr->hash;
    return rc;
}

/* weakref_richcompare: == and != between two weakrefs compare their
 * referents, or, when either is dead, the weakrefs themselves. */
static object *weakref_richcompare(vm *v, object *a, object *b, int op)
{
    if ((op != CMP_EQ && op != CMP_NE) || !type_is_subtype(b->type, v->types[T_WEAKREF]))
        return obj_incref(v, v->notimpl);
    object *x = WR(a)->referent, *y = WR(b)->referent;
    if (!x || !y)
        return obj_bool(v, (a == b) == (op == CMP_EQ));
    obj_incref(v, x);
    obj_incref(v, y);
    object *r = obj_richcompare(v, x, y, op);
    obj_decref(v, x);
    obj_decref(v, y);
    return r;
}

/* weakref_call: the referent, or None once it died. */
static object *weakref_call(vm *v, object *o, object *const *args, size_t nargs, object *kwnames)
{
    (void)args;
    if (kwnames && TUPLE(kwnames)->n)
        return vm_raise(v, T_TYPE_ERROR, "weakref() takes no keyword arguments");
    if (nargs)
        return vm_raise(v, T_TYPE_ERROR, "weakref expected 0 arguments, got %zu", nargs);
    return obj_incref(v, WR(o)->referent ? WR(o)->referent : v->none);
}

/* type_call of ReferenceType: the arguments packed into a tuple
 * (_PyObject_MakeTpCall), weakref___new__ unpacking it, the tuple dropped. */
static object *weakref_vnew(vm *v, type *t, object *const *args, size_t nargs, object *kwnames)
{
    (void)t;
    if (kwnames && TUPLE(kwnames)->n)
        return vm_raise(v, T_TYPE_ERROR, "ref() takes no keyword arguments");
    object *packed = tuple_new(v, nargs);
    if (!packed)
        return NULL;
    for (size_t i = 0; i < nargs; i++)
        tuple_set(v, packed, i, obj_incref(v, args[i]));
    object *r = NULL;
    if (nargs < 1)
        vm_raise(v, T_TYPE_ERROR, "__new__ expected at least 1 argument, got %zu", nargs);
    else if (nargs > 2)
        vm_raise(v, T_TYPE_ERROR, "__new__ expected at most 2 arguments, got %zu", nargs);
    else
        r = weakref_new(v, args[0], nargs > 1 ? args[1] : NULL);
    obj_decref(v, packed);
    return r;
}

/* The __callback__ member: the callback, or None. */
static object *weakref_get_callback(vm *v, object *self, object *const *args, size_t nargs, object *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    return obj_incref(v, WR(self)->callback ? WR(self)->callback : v->none);
}

static const method_def weakref_methods[] = {
    {"__callback__", weakref_get_callback, METH_GETTER | METH_MEMBER, NULL},
    {NULL, NULL, 0, NULL},
};

void weakref_init_types(vm *v)
{
    type *t = v->types[T_WEAKREF];
    t->dealloc = weakref_dealloc;
    t->traverse = weakref_traverse;
    t->clear = weakref_tp_clear;
    t->repr = weakref_repr;
    t->hash = weakref_hash;
    t->richcompare = weakref_richcompare;
    t->call = weakref_call;
    t->vnew = weakref_vnew;
    t->methods = weakref_methods;
    t->host_size = sizeof(weakref);
}

/* ---- the checker ------------------------------------------------------------------ */

static int fail(buf *why, const char *what, const object *o)
{
    if (why)
        buf_printf(why, "weakref: %s (object at %#llx)", what, (unsigned long long)o->addr);
    return -1;
}

/* One referent's list: invariants 1-3. */
static int check_list(const object *o, const weakref *head, buf *why)
{
    if (!o->weakly)
        return fail(why, "a listed referent is not marked weakly", o);
    if (!head || head->prev)
        return fail(why, "the list's head is missing or has a predecessor", o);
    for (const weakref *w = head; w; w = w->next) {
        if (w->referent != o)
            return fail(why, "a weakref on the list refers to another object", o);
        if (w->next && w->next->prev != w)
            return fail(why, "wr_next and wr_prev disagree", o);
        if (w != head && !w->callback)
            return fail(why, "a basic ref is not the list's head", o);
    }
    return 0;
}

int weakref_check(vm *v, buf *why)
{
    size_t pos = 0;
    uint64_t key, head;
    while (map_next(&v->weakrefs, &pos, &key, &head))
        if (check_list((const object *)(uintptr_t)key, (const weakref *)(uintptr_t)head, why))
            return -1;
    return 0;
}

/* ---- the _weakref module ---------------------------------------------------------- */

/* weakref_module_defs' entries, each function's own for its argument
 * checks. */
enum wr_module_fn { WR_GETWEAKREFCOUNT, WR_GETWEAKREFS };

/* The length of o's weakref list: 0 for an object that takes none (its
 * weakly bit is never set). */
static size_t list_length(vm *v, const object *o)
{
    size_t n = 0;
    for (weakref *w = (weakref *)weakref_list_head(v, o); w; w = w->next)
        n++;
    return n;
}

/* _weakref.getweakrefcount(object): the length of its list, 0 for an
 * object that takes none. */
static object *wr_getweakrefcount(vm *v, object *self, object *const *args, size_t nargs, object *kwnames)
{
    (void)self;
    if (args_exact(v, &weakref_module_defs[WR_GETWEAKREFCOUNT], nargs, kwnames, 1))
        return NULL;
    return int_from_i64(v, (int64_t)list_length(v, args[0]));
}

/* _weakref.getweakrefs(object): a new list of its weakrefs, in list order. */
static object *wr_getweakrefs(vm *v, object *self, object *const *args, size_t nargs, object *kwnames)
{
    (void)self;
    if (args_exact(v, &weakref_module_defs[WR_GETWEAKREFS], nargs, kwnames, 1))
        return NULL;
    size_t n = list_length(v, args[0]);
    object *l = list_new(v, n);
    weakref *w = n ? (weakref *)weakref_list_head(v, args[0]) : NULL;
    for (size_t i = 0; l && i < n; i++, w = w ? w->next : NULL)   /* the list's allocation may have */
        list_set_fresh(v, l, i, obj_incref(v, w ? &w->ob : v->none)); /* collected refs: None for them */
    return l;
}

const method_def weakref_module_defs[] = {
    [WR_GETWEAKREFCOUNT] = {"getweakrefcount", wr_getweakrefcount, METH_O, "_weakref.getweakrefcount"},
    [WR_GETWEAKREFS] = {"getweakrefs", wr_getweakrefs, METH_O, "_weakref.getweakrefs"},
    {NULL, NULL, 0, NULL},
};
