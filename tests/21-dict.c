/*
 * 21-dict: dicts and instance attribute storage against CPython 3.11
 * (cpython311-model.md §2.2–2.4, §3.3, §5.5, §6.1–6.2): block sizes and
 * getsizeof through growth, presizing and conversions, the free lists, the
 * tracking rules, the release order, repr and error messages, views and
 * iterators, and the 3.11 shared keys / inline values of instances (with a
 * fake class).  Random programs are compared with /usr/bin/python3 through
 * tests/dictset/cases.h.
 */
#include "testutil.h"

#include "abstract.h"
#include "attr.h"
#include "builtins.h"
#include "dict.h"
#include "gc.h"
#include "set.h"
#include "types.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dictset/cases.h"

static vm *fresh(void)
{
    return vm_new(profile_default(), 0, NULL, NULL);
}

static void heap_ok(vm *v)
{
    buf why = BUF_INIT;
    int rc = pymalloc_check(v->pm, &why);
    assert_checked(rc, &why);
    buf_free(&why);
}

static void dict_ok(vm *v, object *d)
{
    buf why = BUF_INIT;
    int rc = dict_check(v, d, &why);
    assert_checked(rc, &why);
    buf_free(&why);
}

static uint64_t pool_blocks(vm *v)
{
    pymalloc_stats st;
    pymalloc_get_stats(v->pm, &st);
    return st.allocated_blocks - st.raw_blocks;
}

static uint64_t raw_blocks(vm *v)
{
    pymalloc_stats st;
    pymalloc_get_stats(v->pm, &st);
    return st.raw_blocks;
}

/* Empties every free list (a full collection) and checks nothing is left. */
static void drain(vm *v)
{
    repr_state_free(v);                     /* the Py_Repr dict a repr made lives for good */
    args_qualnames_free(v);                 /* so do the descriptors' qualnames errors made */
    gc_collect(v, 2);
    assert_int_equal(v->fl_dict.n, 0);
    assert_int_equal(v->nfl_keys, 0);
    assert_int_equal(pool_blocks(v), 0);
    heap_ok(v);
}

static uint64_t block_size(vm *v, uint64_t addr)
{
    pymalloc_block b;
    assert_int_equal(pymalloc_block_info(v->pm, addr, &b), 0);
    return b.state == BLOCK_RAW ? b.nbytes : b.size;
}

/* Blocks in use per size class (index = class), for before/after deltas. */
static void class_counts(vm *v, uint64_t out[33])
{
    pymalloc_stats st;
    pymalloc_get_stats(v->pm, &st);
    for (unsigned i = 0; i < 32; i++)
        out[i + 1] = st.in_use[i];
    out[0] = st.raw_blocks;
}

static void assert_repr(vm *v, object *o, const char *want)
{
    object *r = obj_repr(v, o);
    assert_non_null(r);
    assert_string_equal(STR(r)->data, want);
    obj_decref(v, r);
}

/* The pending exception is of type t and str() of it is msg; cleared. */
static void assert_error(vm *v, enum builtin_type t, const char *msg)
{
    assert_non_null(v->exc);
    assert_true(vm_exc_matches(v, t));
    object *e = exc_normalize(v);
    v->exc = NULL;
    object *s = obj_str(v, e);
    assert_non_null(s);
    assert_string_equal(STR(s)->data, msg);
    obj_decref(v, s);
    obj_decref(v, e);
}

/* o.name(*args) through the attribute machinery. */
static object *callv(vm *v, object *o, const char *name, object *const *args, size_t nargs,
                     object *kwnames)
{
    object *m = obj_getattr(v, o, str_static_interned(v, name));
    assert_non_null(m);
    object *r = m->type->call(v, m, args, nargs, kwnames);
    obj_decref(v, m);
    return r;
}

static object *call(vm *v, object *o, const char *name, size_t nargs, ...)
{
    object *args[8];
    va_list ap;
    va_start(ap, nargs);
    for (size_t i = 0; i < nargs; i++)
        args[i] = va_arg(ap, object *);
    va_end(ap);
    return callv(v, o, name, args, nargs, NULL);
}

/* dict.fromkeys(*args): a class method, called with the type as self. */
static object *fromkeys(vm *v, object *const *args, size_t nargs)
{
    type *t = v->types[T_DICT];
    for (const method_def *m = t->methods; m->name; m++)
        if (strcmp(m->name, "fromkeys") == 0)
            return m->fn(v, &t->ob, args, nargs, NULL);
    fail_msg("no dict.fromkeys");
    return NULL;
}

static object *key_str(vm *v, const char *prefix, int i)
{
    char text[32];
    snprintf(text, sizeof text, "%s%d", prefix, i);
    return str_from_cstr(v, text);
}

/* ---- sizes ------------------------------------------------------------------------------ */

/* §2.2 and §3.2: {} shares the empty keys; the first insert allocates a
 * log2 = 3 table (unicode 120 → 128, general 160); a const-key map of 6 str
 * keys is presized to log2 = 4 (208). */
static void test_sizes(void **state)
{
    vm *v = fresh();
    uint64_t before = pool_blocks(v);
    object *d = dict_new(v);
    assert_int_equal(obj_getsizeof(v, d), 64);
    assert_int_equal(block_size(v, d->addr - 16), 64);
    assert_int_equal(pool_blocks(v) - before, 1);                   /* nothing but the object */
    assert_false(obj_is_tracked(d));
    object *a = str_from_cstr(v, "a"), *x = int_from_i64(v, 1000);
    dict_setitem(v, d, a, x);
    assert_int_equal(obj_getsizeof(v, d), 184);
    assert_int_equal(pool_blocks(v) - before, 2 + 1);               /* + the 128-byte keys */
    dict_ok(v, d);
    dict_setitem(v, d, int_small(v, 1), x);                         /* unicode → general */
    assert_int_equal(obj_getsizeof(v, d), 352);
    dict_ok(v, d);
    obj_decref(v, d);
    d = dict_new(v);
    dict_setitem(v, d, int_small(v, 1), x);
    assert_int_equal(obj_getsizeof(v, d), 224);
    obj_decref(v, d);
    /* BUILD_CONST_KEY_MAP with 6 str keys, and with 6 int keys */
    object *keys[7], *vals[7];
    for (int i = 0; i < 7; i++) {
        keys[i] = key_str(v, "k", i);
        vals[i] = x;
    }
    d = dict_from_items(v, keys, 1, vals, 1, 6);
    assert_int_equal(obj_getsizeof(v, d), 272);
    dict_ok(v, d);
    obj_decref(v, d);
    d = dict_from_items(v, keys, 1, vals, 1, 7);
    assert_int_equal(obj_getsizeof(v, d), 272);
    dict_setitem(v, d, int_small(v, 1), x);                         /* 7 str keys + an int */
    assert_int_equal(obj_getsizeof(v, d), 632);
    obj_decref(v, d);
    object *ints[6];
    for (int i = 0; i < 6; i++)
        ints[i] = int_small(v, i);
    d = dict_from_items(v, ints, 1, vals, 1, 6);
    assert_int_equal(obj_getsizeof(v, d), 352);
    obj_decref(v, d);
    /* dict(k0=x, …, k6=x): one insert at a time, as python3's 272 */
    object *kwnames = tuple_new(v, 7);
    for (int i = 0; i < 7; i++)
        tuple_set(v, kwnames, (size_t)i, obj_incref(v, keys[i]));
    d = v->types[T_DICT]->vnew(v, v->types[T_DICT], vals, 7, kwnames);
    assert_int_equal(obj_getsizeof(v, d), 272);
    assert_false(obj_is_tracked(d));
    obj_decref(v, d);
    obj_decref(v, kwnames);
    for (int i = 0; i < 7; i++)
        obj_decref(v, keys[i]);
    obj_decref(v, a);
    obj_decref(v, x);
    drain(v);
    vm_delete(v);
}

/* §2.3: _PyDict_NewPresized(n) → getsizeof. */
static void test_presized(void **state)
{
    vm *v = fresh();
    static const struct { size_t n; uint64_t size; } rows[] = {
        {0, 64}, {5, 64}, {6, 352}, {10, 352}, {11, 632}, {20, 632}, {21, 1168}, {22, 1168},
        {42, 1168}, {43, 2264},
    };
    for (size_t i = 0; i < HV_COUNTOF(rows); i++) {
        object *d = dict_new_presized(v, rows[i].n);
        assert_int_equal(obj_getsizeof(v, d), rows[i].size);
        dict_ok(v, d);
        obj_decref(v, d);
    }
    drain(v);
    vm_delete(v);
}

/* §3.3: inserting 0…42 keys; resizes on the 6th, 11th, 22nd insert. */
static void test_growth(void **state)
{
    vm *v = fresh();
    static const struct { int upto; uint64_t str, num; } rows[] = {
        {0, 64, 64}, {5, 184, 224}, {10, 272, 352}, {21, 464, 632}, {42, 832, 1168},
    };
    object *ds = dict_new(v), *dn = dict_new(v);
    uint64_t raw0 = raw_blocks(v);
    size_t row = 0;
    for (int n = 1; n <= 42; n++) {
        object *k = key_str(v, "key", n), *i = int_from_i64(v, 1000 + n);
        assert_int_equal(dict_setitem(v, ds, k, i), 0);
        assert_int_equal(dict_setitem(v, dn, i, k), 0);
        obj_decref(v, k);
        obj_decref(v, i);
        while (n > rows[row].upto)
            row++;
        assert_int_equal(obj_getsizeof(v, ds), rows[row].str);
        assert_int_equal(obj_getsizeof(v, dn), rows[row].num);
        dict_ok(v, ds);
        dict_ok(v, dn);
        if (n == 11)
            assert_int_equal(raw_blocks(v), raw0 + 1);              /* general log2 5: 568 B */
        if (n == 22)
            assert_int_equal(raw_blocks(v), raw0 + 2);              /* and unicode log2 6 */
    }
    assert_int_equal(dict_len(ds), 42);
    /* deleting leaves a dummy: 5 keys, del one, add one → resize to 16 */
    object *d = dict_new(v);
    for (int i = 0; i < 5; i++)
        dict_setitem(v, d, int_small(v, i), int_small(v, i));
    assert_int_equal(dict_delitem(v, d, int_small(v, 0)), 0);
    assert_int_equal(obj_getsizeof(v, d), 224);
    dict_ok(v, d);
    dict_setitem(v, d, int_small(v, 5), int_small(v, 5));
    assert_int_equal(obj_getsizeof(v, d), 352);
    assert_repr(v, d, "{1: 1, 2: 2, 3: 3, 4: 4, 5: 5}");
    obj_decref(v, d);
    obj_decref(v, ds);
    obj_decref(v, dn);
    assert_int_equal(raw_blocks(v), raw0);
    drain(v);
    vm_delete(v);
}

/* ---- free lists, tracking, release order ------------------------------------------------- */

/* §6.1: 80 dict objects and 80 log2 = 3 unicode keys tables, LIFO, no gc
 * counts; 200 {'a': X} die and 200 more take only 120 new blocks of each. */
static void test_freelists(void **state)
{
    vm *v = fresh();
    drain(v);
    object *a = str_from_cstr(v, "a"), *x = int_from_i64(v, 5000), *d[200];
    uint64_t c0[33], c1[33];
    for (int i = 0; i < 200; i++) {
        d[i] = dict_new(v);
        dict_setitem(v, d[i], a, x);
    }
    uint64_t last = d[79]->addr;                                    /* the last one parked */
    for (int i = 0; i < 200; i++)
        obj_decref(v, d[i]);
    assert_int_equal(v->fl_dict.n, 80);
    assert_int_equal(v->nfl_keys, 80);
    class_counts(v, c0);
    int64_t g0 = v->gens[0].count;
    for (int i = 0; i < 200; i++) {
        d[i] = dict_new(v);
        dict_setitem(v, d[i], a, x);
        if (i == 0)
            assert_int_equal(d[0]->addr, last);                     /* LIFO */
    }
    class_counts(v, c1);
    assert_int_equal(c1[4] - c0[4], 120);                           /* 64-byte dict objects */
    assert_int_equal(c1[8] - c0[8], 120);                           /* 128-byte keys tables */
    assert_int_equal(v->gens[0].count - g0, 120);                   /* only the new ones count */
    for (int i = 0; i < 200; i++)
        obj_decref(v, d[i]);
    /* general tables are never parked */
    uint32_t parked = v->nfl_keys;
    object *g = dict_new(v);
    dict_setitem(v, g, x, a);
    obj_decref(v, g);
    assert_int_equal(v->nfl_keys, parked);
    /* dict() never takes the free list */
    type *dt = v->types[T_DICT];
    uint32_t fl = v->fl_dict.n;
    object *e = dt->vnew(v, dt, NULL, 0, NULL);
    assert_int_equal(v->fl_dict.n, fl);
    obj_decref(v, e);
    assert_int_equal(v->fl_dict.n, 80);
    obj_decref(v, a);
    obj_decref(v, x);
    dict_clear_freelists(v);
    assert_int_equal(v->fl_dict.n, 0);
    assert_int_equal(v->nfl_keys, 0);
    drain(v);
    vm_delete(v);
}

/* §5.5: created untracked, tracked by a key or value that may be tracked
 * (not an untracked tuple), untracked again only by full collections. */
static void test_tracking(void **state)
{
    vm *v = fresh();
    object *d = dict_new(v), *l = list_new(v, 0);
    dict_setitem(v, d, int_small(v, 1), int_small(v, 2));
    dict_setitem(v, d, int_small(v, 2), v->empty_tuple);
    assert_false(obj_is_tracked(d));
    object *t = tuple_pack(v, 1, int_small(v, 1));                  /* tracked at birth */
    dict_setitem(v, d, int_small(v, 3), t);
    assert_true(obj_is_tracked(d));
    gc_collect(v, 0);                                               /* t untracked, d stays */
    assert_false(obj_is_tracked(t));
    assert_true(obj_is_tracked(d));
    gc_collect(v, 2);
    assert_false(obj_is_tracked(d));
    dict_setitem(v, d, l, int_small(v, 1));                         /* unhashable */
    assert_error(v, T_TYPE_ERROR, "unhashable type: 'list'");
    dict_setitem(v, d, int_small(v, 4), l);
    assert_true(obj_is_tracked(d));
    dict_delitem(v, d, int_small(v, 4));
    dict_maybe_untrack(v, d);
    assert_false(obj_is_tracked(d));
    obj_decref(v, t);
    obj_decref(v, l);
    obj_decref(v, d);
    drain(v);
    vm_delete(v);
}

typedef struct trace {
    hv_event ev[128];
    size_t n;
} trace;

static void record(void *ud, const hv_event *ev)
{
    trace *t = ud;
    int keep = ev->kind == EV_REF || ev->kind == EV_OBJ_FREE || ev->kind == EV_TRACK ||
               ev->kind == EV_BLOCK_FREE || ev->kind == EV_RAW_FREE;
    if (keep && t->n < HV_COUNTOF(t->ev))
        t->ev[t->n++] = *ev;
}

/* §6.2: untrack, then entries first to last (key, then value), then the
 * keys block (here parked: no block event), then the dict object. */
static void test_release_order(void **state)
{
    trace t = {0};
    vm *v = vm_new(profile_default(), 0, record, &t);
    object *d = dict_new(v), *l = list_new(v, 0);
    uint64_t keys[3], vals[3];
    for (int i = 0; i < 3; i++) {
        object *k = key_str(v, "name", i), *x = int_from_i64(v, 7000 + i);
        keys[i] = k->addr;
        vals[i] = x->addr;
        dict_setitem(v, d, k, x);
        obj_decref(v, k);
        obj_decref(v, x);
    }
    dict_setitem(v, d, str_static_interned(v, "l"), l);             /* tracked now */
    obj_decref(v, l);
    dict_delitem(v, d, str_static_interned(v, "l"));
    uint64_t daddr = d->addr;
    vm_say_all(v);                                                  /* the setup's step ends */
    t.n = 0;
    obj_decref(v, d);
    size_t k = 0;
    assert_int_equal(t.ev[k].kind, EV_REF);
    assert_int_equal(t.ev[k++].u.ref.target, daddr);
    assert_int_equal(t.ev[k++].kind, EV_TRACK);
    for (int i = 0; i < 3; i++) {
        assert_int_equal(t.ev[k].kind, EV_REF);                     /* the key */
        assert_int_equal(t.ev[k].u.ref.target, keys[i]);
        assert_int_equal(t.ev[k].u.ref.holder, daddr);
        assert_int_equal(t.ev[k].u.ref.label, keys[i]);
        k++;
        assert_int_equal(t.ev[k++].kind, EV_OBJ_FREE);
        assert_int_equal(t.ev[k++].kind, EV_BLOCK_FREE);
        assert_int_equal(t.ev[k].kind, EV_REF);                     /* then its value */
        assert_int_equal(t.ev[k].u.ref.target, vals[i]);
        assert_int_equal(t.ev[k].u.ref.label, keys[i]);
        k++;
        assert_int_equal(t.ev[k++].kind, EV_OBJ_FREE);
        assert_int_equal(t.ev[k++].kind, EV_BLOCK_FREE);
    }
    assert_int_equal(t.ev[k].kind, EV_OBJ_FREE);                    /* parked dict */
    assert_int_equal(t.ev[k].u.obj.addr, daddr);
    assert_int_equal(t.ev[k++].u.obj.freelist, 1);
    assert_int_equal(k, t.n);
    assert_int_equal(v->nfl_keys, 1);                               /* the keys went first */
    drain(v);
    vm_delete(v);
}

/* ---- behaviour ------------------------------------------------------------------------------- */

static void test_repr_and_order(void **state)
{
    vm *v = fresh();
    object *d = dict_new(v);
    assert_repr(v, d, "{}");
    object *a = str_from_cstr(v, "a"), *l = list_new(v, 0);
    list_append(v, l, int_small(v, 3));
    dict_setitem(v, d, a, int_small(v, 1));
    dict_setitem(v, d, int_small(v, 2), l);
    assert_repr(v, d, "{'a': 1, 2: [3]}");
    object *self = str_from_cstr(v, "self");
    dict_setitem(v, d, self, d);
    assert_repr(v, d, "{'a': 1, 2: [3], 'self': {...}}");
    dict_delitem(v, d, self);                                       /* the cycle goes */
    dict_setitem(v, d, a, int_small(v, 9));                         /* replacing keeps order */
    assert_repr(v, d, "{'a': 9, 2: [3]}");
    object *keys = call(v, d, "keys", 0), *items = call(v, d, "items", 0);
    object *vals = call(v, d, "values", 0);
    assert_repr(v, keys, "dict_keys(['a', 2])");
    assert_repr(v, items, "dict_items([('a', 9), (2, [3])])");
    assert_repr(v, vals, "dict_values([9, [3]])");
    assert_int_equal(obj_getsizeof(v, keys), 40);
    assert_int_equal(block_size(v, keys->addr - 16), 48);
    obj_decref(v, keys);
    obj_decref(v, items);
    obj_decref(v, vals);
    object *kl = dict_keys_list(v, d);
    assert_repr(v, kl, "['a', 2]");
    obj_decref(v, kl);
    kl = dict_items_list(v, d);
    assert_repr(v, kl, "[('a', 9), (2, [3])]");
    obj_decref(v, kl);
    obj_decref(v, self);
    obj_decref(v, a);
    obj_decref(v, l);
    obj_decref(v, d);
    drain(v);
    vm_delete(v);
}

/* The item iterator refills its result tuple while nobody else holds it. */
static void test_iterators(void **state)
{
    vm *v = fresh();
    object *d = dict_new(v);
    dict_setitem(v, d, int_small(v, 1), int_small(v, 2));
    dict_setitem(v, d, int_small(v, 3), int_small(v, 4));
    object *view = call(v, d, "items", 0);
    object *it = obj_getiter(v, view);
    assert_int_equal(obj_getsizeof(v, it), 72);
    assert_int_equal(block_size(v, it->addr - 16), 80);
    assert_int_equal(it->type->length_hint(v, it), 2);
    object *first = obj_iternext(v, it);
    assert_repr(v, first, "(1, 2)");
    uint64_t addr = first->addr;
    obj_decref(v, first);                                           /* only the iterator holds it */
    object *second = obj_iternext(v, it);
    assert_int_equal(second->addr, addr);                           /* the same tuple, refilled */
    assert_repr(v, second, "(3, 4)");
    object *kept = second;
    it = (obj_decref(v, it), obj_getiter(v, view));
    object *p = obj_iternext(v, it), *q = obj_iternext(v, it);
    assert_int_not_equal(p->addr, q->addr);                         /* p kept: a new tuple */
    obj_decref(v, p);
    obj_decref(v, q);
    assert_null(obj_iternext(v, it));
    assert_null(v->exc);
    obj_decref(v, kept);
    obj_decref(v, it);
    /* a size change is noticed and sticks */
    it = obj_getiter(v, d);
    dict_setitem(v, d, int_small(v, 5), int_small(v, 6));
    assert_null(obj_iternext(v, it));
    assert_error(v, T_RUNTIME, "dictionary changed size during iteration");
    dict_delitem(v, d, int_small(v, 5));
    assert_null(obj_iternext(v, it));
    assert_error(v, T_RUNTIME, "dictionary changed size during iteration");
    obj_decref(v, it);
    obj_decref(v, view);
    obj_decref(v, d);
    drain(v);
    vm_delete(v);
}

/* The messages python3 prints for misuse. */
static void test_errors(void **state)
{
    vm *v = fresh();
    object *d = dict_new(v), *one = int_small(v, 1), *l = list_new(v, 0);
    object *a = str_from_cstr(v, "a");
    assert_null(obj_getitem(v, d, one));
    assert_error(v, T_KEY, "1");
    assert_null(obj_getitem(v, d, a));
    assert_error(v, T_KEY, "'a'");
    assert_int_equal(obj_setitem(v, d, one, NULL), -1);
    assert_error(v, T_KEY, "1");
    assert_null(obj_getitem(v, d, l));
    assert_error(v, T_TYPE_ERROR, "unhashable type: 'list'");
    assert_int_equal(obj_contains(v, d, l), -1);
    assert_error(v, T_TYPE_ERROR, "unhashable type: 'list'");
    assert_null(call(v, d, "get", 0));
    assert_error(v, T_TYPE_ERROR, "get expected at least 1 argument, got 0");
    assert_null(call(v, d, "get", 3, one, one, one));
    assert_error(v, T_TYPE_ERROR, "get expected at most 2 arguments, got 3");
    object *kw = tuple_pack(v, 1, a), *args[2] = {one, one};
    assert_null(callv(v, d, "get", args, 2, kw));
    assert_error(v, T_TYPE_ERROR, "dict.get() takes no keyword arguments");
    assert_null(call(v, d, "pop", 0));
    assert_error(v, T_TYPE_ERROR, "pop expected at least 1 argument, got 0");
    assert_null(call(v, d, "pop", 1, one));
    assert_error(v, T_KEY, "1");
    assert_null(call(v, d, "popitem", 0));
    assert_error(v, T_KEY, "'popitem(): dictionary is empty'");
    assert_null(call(v, d, "popitem", 1, one));
    assert_error(v, T_TYPE_ERROR, "dict.popitem() takes no arguments (1 given)");
    assert_null(call(v, d, "keys", 1, one));
    assert_error(v, T_TYPE_ERROR, "dict.keys() takes no arguments (1 given)");
    object *items = call(v, d, "items", 0);
    assert_null(call(v, items, "isdisjoint", 2, one, one));
    assert_error(v, T_TYPE_ERROR, "dict_items.isdisjoint() takes exactly one argument (2 given)");
    obj_decref(v, items);
    assert_null(call(v, d, "setdefault", 0));
    assert_error(v, T_TYPE_ERROR, "setdefault expected at least 1 argument, got 0");
    assert_null(call(v, d, "update", 2, one, one));
    assert_error(v, T_TYPE_ERROR, "update expected at most 1 argument, got 2");
    assert_null(call(v, d, "update", 1, one));
    assert_error(v, T_TYPE_ERROR, "'int' object is not iterable");
    list_append(v, l, one);
    assert_null(call(v, d, "update", 1, l));
    assert_error(v, T_TYPE_ERROR,
                 "cannot convert dictionary update sequence element #0 to a sequence");
    object *t3 = tuple_pack(v, 3, one, one, one), *l2 = list_new(v, 0);
    list_append(v, l2, t3);
    assert_null(call(v, d, "update", 1, l2));
    assert_error(v, T_VALUE, "dictionary update sequence element #0 has length 3; 2 is required");
    assert_null(fromkeys(v, NULL, 0));
    assert_error(v, T_TYPE_ERROR, "fromkeys expected at least 1 argument, got 0");
    assert_null(obj_binary_op(v, d, one, NB_OR));
    assert_error(v, T_TYPE_ERROR, "unsupported operand type(s) for |: 'dict' and 'int'");
    assert_null(obj_binary_op(v, d, one, NB_INPLACE + NB_OR));
    assert_error(v, T_TYPE_ERROR, "'int' object is not iterable");
    assert_null(obj_richcompare(v, d, d, CMP_LT));
    assert_error(v, T_TYPE_ERROR, "'<' not supported between instances of 'dict' and 'dict'");
    int64_t h;
    assert_int_equal(obj_hash(v, d, &h), -1);
    assert_error(v, T_TYPE_ERROR, "unhashable type: 'dict'");
    assert_int_equal(dict_update(v, d, one), -1);
    assert_error(v, T_TYPE_ERROR, "'int' object is not a mapping");
    type *dt = v->types[T_DICT];
    assert_null(dt->vnew(v, dt, args, 2, NULL));
    assert_error(v, T_TYPE_ERROR, "dict expected at most 1 argument, got 2");
    obj_decref(v, t3);
    obj_decref(v, l2);
    obj_decref(v, kw);
    obj_decref(v, a);
    obj_decref(v, l);
    obj_decref(v, d);
    drain(v);
    vm_delete(v);
}

/* Copies: a compact dict is cloned (same table size), a sparse one merged
 * compactly; equality is by items. */
static void test_copy_and_compare(void **state)
{
    vm *v = fresh();
    object *d = dict_new(v);
    for (int i = 0; i < 8; i++)
        dict_setitem(v, d, int_small(v, i), int_small(v, i * i));
    object *c = dict_copy(v, d);
    assert_int_equal(obj_getsizeof(v, c), 352);
    dict_ok(v, c);
    object *r = obj_richcompare(v, c, d, CMP_EQ);
    assert_ptr_equal(r, v->true_);
    obj_decref(v, r);
    for (int i = 0; i < 7; i++)
        dict_delitem(v, d, int_small(v, i));
    object *c2 = dict_copy(v, d);                   /* 1 of 8 live: merged, presized to 16 */
    assert_int_equal(obj_getsizeof(v, c2), 352);
    assert_repr(v, c2, "{7: 49}");
    r = obj_richcompare(v, c2, c, CMP_NE);
    assert_ptr_equal(r, v->true_);
    obj_decref(v, r);
    obj_decref(v, c2);
    obj_decref(v, c);
    obj_decref(v, d);
    drain(v);
    vm_delete(v);
}

/* A copy whose table was cloned but whose dict object could not be had
 * (MemoryError): the clone is disposed of, the source's keys and values
 * keep their counts (they were over-released once, freeing a value the
 * dict still held).  The keys' block is reserved, the 64-byte class
 * filled to the limit, then the reserve given back for the clone. */
static void test_copy_out_of_memory(void **state)
{
    vm *v = vm_new(profile_find("classroom"), 64 << 10, NULL, NULL);
    object *d = dict_new(v), *l = list_new(v, 0), *ka = str_from_cstr(v, "ka");
    dict_setitem(v, d, ka, l);
    dict_setitem(v, d, int_small(v, 7), v->none);
    int64_t lrc = l->refcnt, karc = ka->refcnt;
    object *parked[128];
    size_t nparked = 0;
    while (v->fl_dict.n)                            /* no free dict object to fall back on */
        parked[nparked++] = dict_new(v);
    uint64_t reserve = pymalloc_malloc(v->pm, obj_getsizeof(v, d) - 64);
    assert_true(reserve != 0);
    uint64_t fill[4096];
    size_t nfill = 0;
    while (nfill < HV_COUNTOF(fill) && (fill[nfill] = pymalloc_malloc(v->pm, 64)))
        nfill++;
    assert_true(nfill < HV_COUNTOF(fill));
    pymalloc_free(v->pm, reserve);
    assert_null(dict_copy(v, d));
    assert_true(vm_exc_matches(v, T_MEMORY));
    vm_exc_clear(v);
    assert_int_equal(l->refcnt, lrc);
    assert_int_equal(ka->refcnt, karc);
    dict_ok(v, d);
    while (nfill)
        pymalloc_free(v->pm, fill[--nfill]);
    object *c = dict_copy(v, d);
    assert_repr(v, c, "{'ka': [], 7: None}");
    obj_decref(v, c);
    while (nparked)
        obj_decref(v, parked[--nparked]);
    obj_decref(v, d);
    obj_decref(v, l);
    obj_decref(v, ka);
    heap_ok(v);
    vm_delete(v);
}

/* ---- generated programs -------------------------------------------------------------------- */

static object *ds_object(vm *v, const ds_val *x)
{
    switch (x->kind) {
    case DS_INT: return int_from_i64(v, x->a);
    case DS_FLOAT: return float_new(v, x->f);
    case DS_TUPLE: {
        object *a = int_from_i64(v, x->a), *b = int_from_i64(v, x->b);
        object *t = tuple_pack(v, 2, a, b);
        obj_decref(v, a);
        obj_decref(v, b);
        return t;
    }
    case DS_STR: return obj_incref(v, str_static_interned(v, x->s));   /* as constants are */
    default: return obj_incref(v, v->none);
    }
}

/* [(k0, v0), (k1, v1), …] from alternating args. */
static object *ds_pairs(vm *v, const ds_step *st)
{
    object *l = list_new(v, (size_t)st->n / 2);
    for (int i = 0; i + 1 < st->n; i += 2) {
        object *k = ds_object(v, &st->x[i]), *x = ds_object(v, &st->x[i + 1]);
        object *t = tuple_pack(v, 2, k, x);
        obj_decref(v, k);
        obj_decref(v, x);
        list_set_fresh(v, l, (size_t)i / 2, t);
    }
    return l;
}

/* t = {}; t[k] = v for alternating args (values None when `keys_only`). */
static object *ds_dict(vm *v, const ds_step *st, int keys_only)
{
    object *t = dict_new(v);
    for (int i = 0; i < st->n; i += keys_only ? 1 : 2) {
        object *k = ds_object(v, &st->x[i]);
        object *x = keys_only ? obj_incref(v, v->none) : ds_object(v, &st->x[i + 1]);
        assert_int_equal(dict_setitem(v, t, k, x), 0);
        obj_decref(v, k);
        obj_decref(v, x);
    }
    return t;
}

static object *replace(vm *v, object *old, object *r)
{
    assert_non_null(r);
    obj_decref(v, old);
    return r;
}

static void check_aux(vm *v, object *r, const char *aux)
{
    assert_non_null(r);
    assert_repr(v, r, aux);
    obj_decref(v, r);
}

static object *ds_keyset(vm *v, const ds_step *st)
{
    object *t = set_new(v);
    for (int i = 0; i < st->n; i++) {
        object *e = ds_object(v, &st->x[i]);
        set_add(v, t, e);
        obj_decref(v, e);
    }
    return t;
}

/* The set operations and comparisons of keys and items views. */
static object *view_op(vm *v, object *d, const ds_step *st)
{
    object *keys = call(v, d, "keys", 0), *items = call(v, d, "items", 0);
    object *t = ds_keyset(v, st), *l = list_new(v, 0), *r = NULL;
    for (int i = 0; i < st->n; i++) {
        object *e = ds_object(v, &st->x[i]);
        list_append(v, l, e);
        obj_decref(v, e);
    }
    switch (st->op) {
    case DICT_KEYS_AND: r = obj_binary_op(v, keys, t, NB_AND); break;
    case DICT_KEYS_OR: r = obj_binary_op(v, keys, l, NB_OR); break;
    case DICT_KEYS_SUB: r = obj_binary_op(v, keys, l, NB_SUBTRACT); break;
    case DICT_KEYS_XOR: r = obj_binary_op(v, keys, t, NB_XOR); break;
    case DICT_KEYS_ISDISJOINT: r = call(v, keys, "isdisjoint", 1, l); break;
    case DICT_ITEMS_AND: {
        object *is = set_new_from(v, items);
        r = obj_binary_op(v, items, is, NB_AND);
        obj_decref(v, is);
        break;
    }
    default: {
        object *is = set_new_from(v, items);
        object *a = obj_richcompare(v, keys, t, CMP_LE), *b = obj_richcompare(v, keys, t, CMP_EQ);
        object *c = obj_richcompare(v, items, is, CMP_EQ);
        r = tuple_pack(v, 3, a, b, c);
        obj_decref(v, a);
        obj_decref(v, b);
        obj_decref(v, c);
        obj_decref(v, is);
    }
    }
    obj_decref(v, keys);
    obj_decref(v, items);
    obj_decref(v, t);
    obj_decref(v, l);
    return r;
}

static object *dict_step(vm *v, object *d, const ds_step *st)
{
    object *k = st->n > 0 ? ds_object(v, &st->x[0]) : NULL;
    object *x = st->n > 1 ? ds_object(v, &st->x[1]) : NULL, *t, *args[2];
    switch (st->op) {
    case DICT_SET: assert_int_equal(obj_setitem(v, d, k, x), 0); break;
    case DICT_DEL: assert_int_equal(obj_setitem(v, d, k, NULL), 0); break;
    case DICT_POP: check_aux(v, call(v, d, "pop", 2, k, v->none), st->aux); break;
    case DICT_GET: check_aux(v, call(v, d, "get", 1, k), st->aux); break;
    case DICT_POPITEM: check_aux(v, call(v, d, "popitem", 0), st->aux); break;
    case DICT_SETDEFAULT: check_aux(v, call(v, d, "setdefault", 2, k, x), st->aux); break;
    case DICT_UPDATE_PAIRS:
        t = ds_pairs(v, st);
        obj_decref(v, call(v, d, "update", 1, t));
        obj_decref(v, t);
        break;
    case DICT_IOR_PAIRS:
        t = ds_pairs(v, st);
        d = replace(v, d, obj_binary_op(v, d, t, NB_INPLACE + NB_OR));
        obj_decref(v, t);
        break;
    case DICT_DICT_PAIRS:
        t = ds_pairs(v, st);
        d = replace(v, d, v->types[T_DICT]->vnew(v, v->types[T_DICT], &t, 1, NULL));
        obj_decref(v, t);
        break;
    case DICT_UPDATE_DICT:
        t = ds_dict(v, st, 0);
        obj_decref(v, call(v, d, "update", 1, t));
        obj_decref(v, t);
        break;
    case DICT_OR_DICT:
        t = ds_dict(v, st, 0);
        d = replace(v, d, obj_binary_op(v, d, t, NB_OR));
        obj_decref(v, t);
        break;
    case DICT_COPY: d = replace(v, d, call(v, d, "copy", 0)); break;
    case DICT_CLEAR: obj_decref(v, call(v, d, "clear", 0)); break;
    case DICT_FROMKEYS_LIST:
        t = list_new(v, (size_t)st->n);
        for (int i = 0; i < st->n; i++)
            list_set_fresh(v, t, (size_t)i, ds_object(v, &st->x[i]));
        args[0] = t;
        args[1] = int_small(v, 7);
        d = replace(v, d, fromkeys(v, args, 2));
        obj_decref(v, t);
        break;
    case DICT_FROMKEYS_DICT:
        t = ds_dict(v, st, 1);
        d = replace(v, d, fromkeys(v, &t, 1));
        obj_decref(v, t);
        break;
    case DICT_FROMKEYS_SET:
        t = set_new(v);
        for (int i = 0; i < st->n; i++) {
            object *e = ds_object(v, &st->x[i]);
            set_add(v, t, e);
            obj_decref(v, e);
        }
        args[0] = t;
        args[1] = int_small(v, 1);
        d = replace(v, d, fromkeys(v, args, 2));
        obj_decref(v, t);
        break;
    case DICT_KEYS_AND: case DICT_KEYS_OR: case DICT_KEYS_SUB: case DICT_KEYS_XOR:
    case DICT_ITEMS_AND: case DICT_KEYS_ISDISJOINT: case DICT_KEYS_LE:
        check_aux(v, view_op(v, d, st), st->aux);
        break;
    default: fail_msg("unknown dict op %d", st->op);
    }
    obj_xdecref(v, k);
    obj_xdecref(v, x);
    return d;
}

static void test_generated(void **state)
{
    vm *v = fresh();
    object *d = NULL;
    for (size_t i = 0; i < HV_COUNTOF(dict_cases); i++) {
        const ds_step *st = &dict_cases[i];
        if (st->op == DS_BEGIN) {
            obj_xdecref(v, d);
            d = dict_new(v);
            continue;
        }
        d = dict_step(v, d, st);
        assert_null(v->exc);
        dict_ok(v, d);
        object *r = obj_repr(v, d);
        if (strcmp(STR(r)->data, st->repr) != 0)
            fail_msg("step %zu (op %d): %s, python3 prints %s", i, st->op, STR(r)->data, st->repr);
        obj_decref(v, r);
        if (obj_getsizeof(v, d) != (uint64_t)st->size)
            fail_msg("step %zu (op %d): getsizeof %llu, python3 says %lld", i, st->op,
                     (unsigned long long)obj_getsizeof(v, d), st->size);
    }
    obj_decref(v, d);
    heap_ok(v);
    drain(v);
    vm_delete(v);
}

/* ---- instances of ordinary classes (a fake class) ------------------------------------------ */

typedef struct instobj {
    object ob;
    dictvalues *values;     /* the values pointer (obj − 32 in CPython) */
    object *dict;           /* the dict pointer (obj − 24) */
} instobj;

#define INST(o) ((instobj *)(o))

/* subtype_dealloc's part: the dict, or the inline values, then the object
 * (which then drops the class). */
static void inst_dealloc(vm *v, object *o)
{
    obj_untrack(v, o);
    if (INST(o)->dict)
        obj_release(v, INST(o)->dict, o->addr, DICT_INLINE_LABEL);
    else if (INST(o)->values)
        dict_inline_free(v, o, INST(o)->values);
    obj_free(v, o);
}

/* class C: a heap type with a managed dict: 32 + 24 → a 64-byte block. */
static type *class_new(vm *v, const char *name)
{
    type *t = hv_calloc(1, sizeof *t);
    type_inherit(t, v->types[T_OBJECT]);
    t->name = name;
    t->basicsize = 24;
    t->flags = TPF_GC | TPF_MANAGED_DICT | TPF_HEAPTYPE | TPF_BASETYPE;
    t->host_size = sizeof(instobj);
    t->dealloc = inst_dealloc;
    t->base = v->types[T_OBJECT];
    t->ob.addr = vm_static_addr(v, 904);
    t->ob.refcnt = 1;
    t->ob.type = v->types[T_TYPE];
    assert_int_equal(dict_class_init(v, t), 0);
    return t;
}

static void class_free(vm *v, type *t)
{
    assert_int_equal(t->ob.refcnt, 1);
    dict_class_fini(v, t);
    vm_say_all(v);                          /* the vm's list of unsaid counts may name it */
    free(t);
}

static object *inst_new(vm *v, type *t)
{
    object *o = obj_new(v, t, 0);
    assert_non_null(o);
    obj_track(v, o);
    INST(o)->values = dict_inline_new(v, o);
    assert_non_null(INST(o)->values);
    return o;
}

static int setattr(vm *v, object *o, const char *name, object *value)
{
    object *n = str_static_interned(v, name);
    return dict_inline_set(v, o, &INST(o)->values, &INST(o)->dict, n, value);
}

static object *getattr(vm *v, object *o, const char *name)
{
    return dict_inline_get(v, o, INST(o)->values, INST(o)->dict, str_static_interned(v, name));
}

static uint64_t values_block(vm *v, object *o)
{
    return block_size(v, dict_inline_addr(INST(o)->values));
}

/* §2.4: values blocks of a 2-attribute class's instances shrink as the
 * shared keys' usable count does, down to 32 for ever. */
static void test_values_sequence(void **state)
{
    vm *v = fresh();
    static const uint64_t two[] = {
        272, 256, 256, 240, 240, 224, 224, 208, 192, 192, 176, 176, 160, 160, 144, 128, 128,
        112, 112, 96, 96, 80, 80, 64, 48, 48, 32, 32, 32, 32, 32,
    };
    type *c = class_new(v, "C");
    object *objs[HV_COUNTOF(two)];
    for (size_t i = 0; i < HV_COUNTOF(two); i++) {
        objs[i] = inst_new(v, c);
        assert_int_equal(setattr(v, objs[i], "a", int_small(v, 1)), 0);
        assert_int_equal(setattr(v, objs[i], "b", int_small(v, 2)), 0);
        assert_int_equal(values_block(v, objs[i]), two[i]);
        assert_int_equal(obj_getsizeof(v, objs[i]), 56);
        assert_int_equal(block_size(v, objs[i]->addr - 32), 64);
    }
    assert_ptr_equal(getattr(v, objs[3], "b"), int_small(v, 2));
    assert_null(getattr(v, objs[3], "c"));
    for (size_t i = 0; i < HV_COUNTOF(two); i++)
        obj_decref(v, objs[i]);
    class_free(v, c);
    /* no attributes: 272 … down to 16 from the 29th instance on */
    static const uint64_t none[] = {
        272, 256, 256, 240, 240, 224, 224, 208, 192, 192, 176, 176, 160, 160, 144, 128, 128,
        112, 112, 96, 96, 80, 80, 64, 48, 48, 32, 32, 16, 16,
    };
    c = class_new(v, "D");
    object *more[HV_COUNTOF(none)];
    for (size_t i = 0; i < HV_COUNTOF(none); i++) {
        more[i] = inst_new(v, c);
        assert_int_equal(values_block(v, more[i]), none[i]);
    }
    for (size_t i = 0; i < HV_COUNTOF(none); i++)
        obj_decref(v, more[i]);
    class_free(v, c);
    drain(v);
    vm_delete(v);
}

/* §2.4, e09: the first instance of a fresh class holds 29 names inline, the
 * 30th materialises the dict; once ~30 instances exist one more name fits
 * and the next new name materialises the dict of its instance. */
static void test_materialise_rules(void **state)
{
    vm *v = fresh();
    drain(v);
    type *c = class_new(v, "D");
    object *o = inst_new(v, c);
    char name[16];
    int n = 0;
    for (int i = 0; i < 40 && !INST(o)->dict; i++, n++) {
        snprintf(name, sizeof name, "x%d", i);
        assert_int_equal(setattr(v, o, name, int_small(v, i)), 0);
    }
    assert_int_equal(n, 30);
    assert_null(INST(o)->values);
    assert_int_equal(dict_len(INST(o)->dict), 30);
    dict_ok(v, INST(o)->dict);
    assert_ptr_equal(getattr(v, o, "x29"), int_small(v, 29));
    obj_decref(v, o);
    class_free(v, c);
    /* 40 instances with a and b */
    c = class_new(v, "C");
    object *objs[40];
    for (int i = 0; i < 40; i++) {
        objs[i] = inst_new(v, c);
        setattr(v, objs[i], "a", int_small(v, 1));
        setattr(v, objs[i], "b", int_small(v, 2));
    }
    object *o1 = objs[39], *o2 = objs[38], *o3 = objs[37];
    assert_int_equal(setattr(v, o1, "c", int_small(v, 3)), 0);      /* the last usable slot */
    assert_non_null(INST(o1)->values);
    assert_null(INST(o1)->dict);
    dict_clear_freelists(v);
    int64_t g0 = v->gens[0].count;
    assert_int_equal(setattr(v, o2, "d", int_small(v, 4)), 0);      /* no slot: materialised */
    assert_null(INST(o2)->values);
    assert_non_null(INST(o2)->dict);
    assert_int_equal(v->gens[0].count - g0, 1);
    assert_int_equal(setattr(v, o3, "c", int_small(v, 5)), 0);      /* known name: inline */
    assert_non_null(INST(o3)->values);
    assert_repr(v, INST(o2)->dict, "{'a': 1, 'b': 2, 'd': 4}");
    dict_ok(v, INST(o2)->dict);
    /* a non-str name materialises too */
    object *o4 = objs[36];
    assert_int_equal(dict_inline_set(v, o4, &INST(o4)->values, &INST(o4)->dict, int_small(v, 1),
                                     int_small(v, 1)), 0);
    assert_null(INST(o4)->values);
    assert_repr(v, INST(o4)->dict, "{'a': 1, 'b': 2, 1: 1}");
    for (int i = 0; i < 40; i++)
        obj_decref(v, objs[i]);
    class_free(v, c);
    drain(v);
    vm_delete(v);
}

/* §2.2, §2.4: obj.__dict__ is a real dict (64-byte GC block, gc count +1)
 * adopting the values block: getsizeof 48 + 8 × size + 16; insertion order
 * is the instance's; CPython's sizes through later changes (measured). */
static void test_materialised_dict(void **state)
{
    vm *v = fresh();
    drain(v);
    type *c = class_new(v, "C");
    object *objs[30];
    for (int i = 0; i < 30; i++) {
        objs[i] = inst_new(v, c);
        setattr(v, objs[i], "a", int_small(v, 1));
        setattr(v, objs[i], "b", int_small(v, 2));
    }
    object *o = objs[29];
    uint64_t vals = dict_inline_addr(INST(o)->values), before = pool_blocks(v);
    int64_t g0 = v->gens[0].count;
    object *d = dict_inline_materialize(v, o, &INST(o)->values, &INST(o)->dict);
    assert_non_null(d);
    assert_int_equal(pool_blocks(v) - before, 1);                   /* only the dict object */
    assert_int_equal(v->gens[0].count - g0, 1);
    assert_int_equal(block_size(v, d->addr - 16), 64);
    assert_int_equal(obj_getsizeof(v, d), 88);
    assert_int_equal(block_size(v, vals), 32);                      /* the same values block */
    assert_false(obj_is_tracked(d));                                /* ints only */
    assert_ptr_equal(dict_inline_materialize(v, o, &INST(o)->values, &INST(o)->dict), d);
    dict_ok(v, d);
    for (int i = 0; i < 30; i++)
        obj_decref(v, objs[i]);
    class_free(v, c);
    /* class D: x.b, x.a set in that order → vars(x) is {'b': 2, 'a': 1}
     * and its size counts the shared keys' current usable size (288) */
    c = class_new(v, "D");
    object *x = inst_new(v, c), *y = inst_new(v, c);
    setattr(v, x, "b", int_small(v, 2));
    setattr(v, x, "a", int_small(v, 1));
    setattr(v, y, "a", int_small(v, 1));
    setattr(v, y, "b", int_small(v, 2));
    object *dx = dict_inline_materialize(v, x, &INST(x)->values, &INST(x)->dict);
    object *dy = dict_inline_materialize(v, y, &INST(y)->values, &INST(y)->dict);
    assert_repr(v, dx, "{'b': 2, 'a': 1}");
    assert_repr(v, dy, "{'a': 1, 'b': 2}");
    assert_int_equal(obj_getsizeof(v, dx), 288);
    obj_decref(v, x);
    obj_decref(v, y);
    class_free(v, c);
    /* class F: three names inline, then the dict: delete keeps the split
     * table (296), popitem makes it combined at the shared size (832) */
    c = class_new(v, "F");
    object *f = inst_new(v, c);
    setattr(v, f, "a", int_small(v, 1));
    setattr(v, f, "b", int_small(v, 2));
    setattr(v, f, "c", int_small(v, 3));
    object *fd = dict_inline_materialize(v, f, &INST(f)->values, &INST(f)->dict);
    assert_int_equal(obj_getsizeof(v, fd), 296);
    assert_int_equal(dict_delitem(v, fd, str_static_interned(v, "b")), 0);
    assert_int_equal(obj_getsizeof(v, fd), 296);
    assert_repr(v, fd, "{'a': 1, 'c': 3}");
    dict_ok(v, fd);
    object *item = dict_popitem(v, fd);
    assert_repr(v, item, "('c', 3)");
    obj_decref(v, item);
    assert_int_equal(obj_getsizeof(v, fd), 832);
    dict_ok(v, fd);
    object *g = inst_new(v, c);                                     /* a non-str key: general */
    setattr(v, g, "z", int_small(v, 5));
    object *gd = dict_inline_materialize(v, g, &INST(g)->values, &INST(g)->dict);
    dict_setitem(v, gd, int_small(v, 1), int_small(v, 2));
    assert_int_equal(obj_getsizeof(v, gd), 352);
    assert_repr(v, gd, "{'z': 5, 1: 2}");
    object *h = inst_new(v, c);
    setattr(v, h, "w", int_small(v, 1));
    object *hd = dict_inline_materialize(v, h, &INST(h)->values, &INST(h)->dict);
    assert_int_equal(obj_getsizeof(v, hd), 280);
    object *hc = dict_copy(v, hd);                                  /* a split copy */
    assert_int_equal(obj_getsizeof(v, hc), 280);
    dict_ok(v, hc);
    obj_decref(v, hc);
    obj_decref(v, f);
    obj_decref(v, g);
    obj_decref(v, h);
    class_free(v, c);
    /* class E: 40 instances, e.p inline, then the dict grows combined */
    c = class_new(v, "E");
    object *es[40];
    for (int i = 0; i < 40; i++)
        es[i] = inst_new(v, c);
    object *e = es[39];
    setattr(v, e, "p", int_small(v, 1));
    object *ed = dict_inline_materialize(v, e, &INST(e)->values, &INST(e)->dict);
    assert_int_equal(obj_getsizeof(v, ed), 72);
    setattr(v, e, "q", int_small(v, 2));                            /* through the dict */
    assert_int_equal(obj_getsizeof(v, ed), 272);
    assert_repr(v, ed, "{'p': 1, 'q': 2}");
    dict_ok(v, ed);
    for (int i = 0; i < 40; i++)
        obj_decref(v, es[i]);
    class_free(v, c);
    drain(v);
    vm_delete(v);
}

/* Deleting attributes, and the release order of inline values (index
 * order) before the values block and the object. */
static void test_inline_delete_and_dealloc(void **state)
{
    trace t = {0};
    vm *v = vm_new(profile_default(), 0, record, &t);
    type *c = class_new(v, "C");
    object *o = inst_new(v, c);
    object *x[3];
    for (int i = 0; i < 3; i++)
        x[i] = int_from_i64(v, 9000 + i);
    setattr(v, o, "c", x[2]);                                       /* index 0 */
    setattr(v, o, "a", x[0]);                                       /* index 1 */
    setattr(v, o, "b", x[1]);                                       /* index 2 */
    assert_int_equal(setattr(v, o, "zz", NULL), -1);
    assert_error(v, T_ATTRIBUTE, "'C' object has no attribute 'zz'");
    assert_int_equal(setattr(v, o, "a", NULL), 0);
    assert_null(getattr(v, o, "a"));
    assert_int_equal(setattr(v, o, "a", NULL), -1);
    assert_error(v, T_ATTRIBUTE, "'C' object has no attribute 'a'");
    assert_int_equal(setattr(v, o, "a", x[0]), 0);
    object *d = dict_inline_materialize(v, o, &INST(o)->values, &INST(o)->dict);
    assert_repr(v, d, "{'c': 9002, 'b': 9001, 'a': 9000}");
    obj_incref(v, d);
    obj_decref(v, o);                                               /* the dict outlives it */
    dict_setitem(v, d, str_static_interned(v, "a"), int_small(v, 0));
    object *o2 = inst_new(v, c);
    uint64_t xaddr[3];
    for (int i = 0; i < 3; i++) {
        obj_decref(v, x[i]);
        x[i] = int_from_i64(v, 9100 + i);                           /* held by o2 alone */
        setattr(v, o2, i == 0 ? "b" : i == 1 ? "c" : "a", x[i]);
        xaddr[i] = x[i]->addr;
        obj_decref(v, x[i]);
    }
    uint64_t addr = o2->addr, vals = dict_inline_addr(INST(o2)->values);
    vm_say_all(v);                                                  /* the setup's step ends */
    t.n = 0;
    obj_decref(v, o2);
    /* REF and untrack, then index order: c (x[1]), a (x[2]), b (x[0]) */
    size_t k = 2;
    static const int order[3] = {1, 2, 0};
    for (int i = 0; i < 3; i++) {
        assert_int_equal(t.ev[k].kind, EV_REF);
        assert_int_equal(t.ev[k].u.ref.holder, addr);
        assert_int_equal(t.ev[k].u.ref.target, xaddr[order[i]]);
        k += 3;                                                     /* REF, OBJ_FREE, BLOCK_FREE */
    }
    assert_int_equal(t.ev[k].kind, EV_BLOCK_FREE);                  /* the values block */
    assert_int_equal(t.ev[k].u.block.addr, vals);
    obj_decref(v, d);
    class_free(v, c);
    drain(v);
    vm_delete(v);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sizes),
        cmocka_unit_test(test_presized),
        cmocka_unit_test(test_growth),
        cmocka_unit_test(test_freelists),
        cmocka_unit_test(test_tracking),
        cmocka_unit_test(test_release_order),
        cmocka_unit_test(test_repr_and_order),
        cmocka_unit_test(test_iterators),
        cmocka_unit_test(test_errors),
        cmocka_unit_test(test_copy_and_compare),
        cmocka_unit_test(test_copy_out_of_memory),
        cmocka_unit_test(test_values_sequence),
        cmocka_unit_test(test_materialise_rules),
        cmocka_unit_test(test_materialised_dict),
        cmocka_unit_test(test_inline_delete_and_dealloc),
        cmocka_unit_test(test_generated),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
