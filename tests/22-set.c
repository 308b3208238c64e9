/*
 * 22-set: set and frozenset against CPython 3.11 (cpython311-model.md §2.2,
 * §3.2, §3.3, §5.5): block sizes and getsizeof as a set grows, the table
 * algorithm (iteration order = what print() shows, compared byte for byte
 * with /usr/bin/python3 through tests/dictset/cases.h), the algebra, the
 * iterator, frozenset hashes and CPython's error messages.
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

static void set_ok(vm *v, object *s)
{
    buf why = BUF_INIT;
    int rc = set_check(v, s, &why);
    assert_checked(rc, &why);
    buf_free(&why);
}

/* Blocks in use besides raw ones and the parked free-list entries: what a
 * test leaves behind. */
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

/* Empties every free list (a full collection's clear_freelists). */
static void drain(vm *v)
{
    repr_state_free(v);                     /* the Py_Repr dict a repr made lives for good */
    args_qualnames_free(v);                 /* so do the descriptors' qualnames errors made */
    gc_collect(v, 2);
    assert_int_equal(pool_blocks(v), 0);
    heap_ok(v);
}

static uint64_t block_size(vm *v, uint64_t addr)
{
    pymalloc_block b;
    assert_int_equal(pymalloc_block_info(v->pm, addr, &b), 0);
    return b.state == BLOCK_RAW ? b.nbytes : b.size;
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
    v->exc = NULL;                          /* str() runs with no exception set */
    object *s = obj_str(v, e);
    assert_non_null(s);
    assert_string_equal(STR(s)->data, msg);
    obj_decref(v, s);
    obj_decref(v, e);
}

/* Calls method `name` of o with positional arguments. */
static object *call(vm *v, object *o, const char *name, size_t nargs, ...)
{
    object *args[8];
    va_list ap;
    va_start(ap, nargs);
    for (size_t i = 0; i < nargs; i++)
        args[i] = va_arg(ap, object *);
    va_end(ap);
    object *m = obj_getattr(v, o, str_static_interned(v, name));
    assert_non_null(m);
    object *r = m->type->call(v, m, args, nargs, NULL);
    obj_decref(v, m);
    return r;
}

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
    case DS_STR: return str_from_cstr(v, x->s);
    default: return obj_incref(v, v->none);
    }
}

static object *ds_list(vm *v, const ds_step *st)
{
    object *l = list_new(v, (size_t)st->n);
    for (int i = 0; i < st->n; i++)
        list_set_fresh(v, l, (size_t)i, ds_object(v, &st->x[i]));
    return l;
}

/* set(); t.add(x) for each x, in order. */
static object *ds_set(vm *v, const ds_step *st)
{
    object *t = set_new(v);
    for (int i = 0; i < st->n; i++) {
        object *x = ds_object(v, &st->x[i]);
        assert_int_equal(set_add(v, t, x), 0);
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

static object *binop_set(vm *v, object *s, const ds_step *st, int op)
{
    object *t = ds_set(v, st);
    object *r = obj_binary_op(v, s, t, op);
    obj_decref(v, t);
    return replace(v, s, r);
}

static object *method_list(vm *v, object *s, const ds_step *st, const char *name, int result)
{
    object *l = ds_list(v, st);
    object *r = call(v, s, name, 1, l);
    obj_decref(v, l);
    assert_non_null(r);
    if (result)
        return replace(v, s, r);
    obj_decref(v, r);
    return s;
}

/* One step of a generated program; returns the (maybe new) set. */
static object *set_step(vm *v, object *s, const ds_step *st)
{
    object *x, *r;
    switch (st->op) {
    case SET_ADD:
    case SET_DISCARD:
        x = ds_object(v, &st->x[0]);
        if (st->op == SET_ADD)
            assert_int_equal(set_add(v, s, x), 0);
        else
            assert_true(set_discard(v, s, x) >= 0);
        obj_decref(v, x);
        return s;
    case SET_POP:
        r = call(v, s, "pop", 0);
        assert_repr(v, r, st->aux);
        obj_decref(v, r);
        return s;
    case SET_UPDATE_LIST: return method_list(v, s, st, "update", 0);
    case SET_UPDATE_SET:
        x = ds_set(v, st);
        assert_int_equal(set_update(v, s, x), 0);
        obj_decref(v, x);
        return s;
    case SET_OR_SET: return binop_set(v, s, st, NB_OR);
    case SET_IOR_SET: return binop_set(v, s, st, NB_INPLACE + NB_OR);
    case SET_AND_SET: return binop_set(v, s, st, NB_AND);
    case SET_SUB_SET: return binop_set(v, s, st, NB_SUBTRACT);
    case SET_XOR_SET: return binop_set(v, s, st, NB_XOR);
    case SET_IAND_LIST: return method_list(v, s, st, "intersection_update", 0);
    case SET_ISUB_LIST: return method_list(v, s, st, "difference_update", 0);
    case SET_IXOR_LIST: return method_list(v, s, st, "symmetric_difference_update", 0);
    case SET_UNION_LIST: return method_list(v, s, st, "union", 1);
    case SET_DIFFERENCE_LIST: return method_list(v, s, st, "difference", 1);
    case SET_COPY: return replace(v, s, call(v, s, "copy", 0));
    case SET_CLEAR:
        obj_decref(v, call(v, s, "clear", 0));
        return s;
    case SET_COMPARE: {
        static const int ops[] = {CMP_LE, CMP_LT, CMP_EQ, CMP_GE, CMP_GT, CMP_NE};
        object *t = ds_set(v, st), *l = ds_list(v, st);
        buf b = BUF_INIT;
        for (size_t i = 0; i < 8; i++) {
            r = i < 6 ? obj_richcompare(v, s, t, ops[i])
                      : call(v, s, i == 6 ? "issubset" : "issuperset", 1, l);
            assert_non_null(r);
            buf_printf(&b, "%s%s", i ? ", " : "(", r == v->true_ ? "True" : "False");
            obj_decref(v, r);
        }
        buf_addc(&b, ')');
        assert_string_equal(buf_str(&b), st->aux);
        buf_free(&b);
        obj_decref(v, t);
        obj_decref(v, l);
        return s;
    }
    case SET_FHASH: {
        int64_t h;
        char text[32];
        object *f = set_new_frozen(v, s);
        assert_int_equal(obj_hash(v, f, &h), 0);
        snprintf(text, sizeof text, "%lld", (long long)h);
        assert_string_equal(text, st->aux);
        obj_decref(v, f);
        return s;
    }
    case SET_SYMDIFF_LIST: return method_list(v, s, st, "symmetric_difference", 1);
    case SET_ISDISJOINT_LIST:
        x = ds_list(v, st);
        r = call(v, s, "isdisjoint", 1, x);
        assert_repr(v, r, st->aux);
        obj_decref(v, r);
        obj_decref(v, x);
        return s;
    case SET_REFREEZE: {
        object *f = set_new_frozen(v, s);
        r = set_new_from(v, f);
        obj_decref(v, f);
        return replace(v, s, r);
    }
    }
    fail_msg("unknown set op %d", st->op);
    return s;
}

/* Every generated program: repr (the table order) and getsizeof after each
 * step are python3's. */
static void test_generated(void **state)
{
    vm *v = fresh();
    object *s = NULL;
    for (size_t i = 0; i < HV_COUNTOF(set_cases); i++) {
        const ds_step *st = &set_cases[i];
        if (st->op == DS_BEGIN) {
            if (s)
                obj_decref(v, s);
            s = set_new(v);
            continue;
        }
        s = set_step(v, s, st);
        assert_null(v->exc);
        set_ok(v, s);
        object *r = obj_repr(v, s);
        if (strcmp(STR(r)->data, st->repr) != 0)
            fail_msg("step %zu (op %d): %s, python3 prints %s", i, st->op, STR(r)->data, st->repr);
        obj_decref(v, r);
        assert_int_equal(obj_getsizeof(v, s), st->size);
    }
    obj_decref(v, s);
    heap_ok(v);
    drain(v);
    vm_delete(v);
}

/* §3.3: set.add growth 0…100 — 216 (inline) for 0–4, 728 (32 entries, a
 * 512-byte block) for 5–18, 2264 (128 entries, raw) for 19–76, 8408 after. */
static void test_growth(void **state)
{
    vm *v = fresh();
    object *s = set_new(v);
    assert_int_equal(obj_getsizeof(v, s), 216);
    assert_int_equal(block_size(v, s->addr - 16), 224);
    static const struct { int upto; uint64_t size; } rows[] = {
        {4, 216}, {18, 728}, {76, 2264}, {100, 8408},
    };
    size_t row = 0;
    uint64_t raw0 = raw_blocks(v);
    for (int n = 1; n <= 100; n++) {
        object *x = int_from_i64(v, n * 7919);
        assert_int_equal(set_add(v, s, x), 0);
        obj_decref(v, x);
        while (n > rows[row].upto)
            row++;
        assert_int_equal(obj_getsizeof(v, s), rows[row].size);
        if (n == 5)
            assert_int_equal(pool_blocks(v), 1 + 1 + 5);    /* set, table of 512, 5 ints */
        if (n == 19)
            assert_int_equal(raw_blocks(v), raw0 + 1);      /* 2048 bytes: malloc */
        set_ok(v, s);
    }
    assert_int_equal(set_len(s), 100);
    obj_decref(v, s);
    assert_int_equal(raw_blocks(v), raw0);
    drain(v);
    vm_delete(v);
}

/* print({...}) of ints: the table order, as python3 prints it. */
static void test_order(void **state)
{
    vm *v = fresh();
    static const int64_t xs[] = {5, 13, 21, 29, 37, 3, 100, -1, -2, 0};
    object *s = set_new(v);
    for (size_t i = 0; i < HV_COUNTOF(xs); i++) {
        object *x = int_from_i64(v, xs[i]);
        set_add(v, s, x);
        obj_decref(v, x);
    }
    /* python3: s = set(); [s.add(x) for x in (5, 13, 21, 29, 37, 3, 100, -1, -2, 0)]; print(s) */
    assert_repr(v, s, "{0, 3, 100, 37, 5, 13, 21, -2, 29, -1}");
    object *f = set_new_frozen(v, s);
    assert_repr(v, f, "frozenset({0, 3, 100, 37, 5, 13, 21, -2, 29, -1})");
    obj_decref(v, f);
    object *e = set_new(v);
    assert_repr(v, e, "set()");
    f = set_new_frozen(v, NULL);
    assert_repr(v, f, "frozenset()");
    assert_int_equal(obj_getsizeof(v, f), 216);
    obj_decref(v, f);
    obj_decref(v, e);
    /* set(range(0, 200, 7)) and a set of floats and tuples */
    object *l = list_new(v, 0);
    for (int i = 0; i < 200; i += 7) {
        object *x = int_from_i64(v, i);
        list_append(v, l, x);
        obj_decref(v, x);
    }
    object *r = set_new_from(v, l);
    assert_repr(v, r, "{0, 133, 7, 140, 14, 147, 21, 154, 28, 161, 35, 168, 42, 175, 49, 182, "
                      "56, 189, 63, 196, 70, 77, 84, 91, 98, 105, 112, 119, 126}");
    obj_decref(v, r);
    obj_decref(v, l);
    obj_decref(v, s);
    drain(v);
    vm_delete(v);
}

/* hash(frozenset(...)) and float hashes as python3 computes them. */
static void test_hashes(void **state)
{
    vm *v = fresh();
    int64_t h;
    object *f = set_new_frozen(v, NULL);
    assert_int_equal(obj_hash(v, f, &h), 0);
    assert_true(h == 133146708735736LL);
    obj_decref(v, f);
    object *s = set_new(v);
    for (int i = 1; i <= 3; i++)
        set_add(v, s, int_small(v, i));
    f = set_new_frozen(v, s);
    assert_int_equal(obj_hash(v, f, &h), 0);
    assert_true(h == -272375401224217160LL);
    obj_decref(v, f);
    set_add(v, s, v->none);
    assert_int_equal(obj_hash(v, s, &h), -1);
    assert_error(v, T_TYPE_ERROR, "unhashable type: 'set'");
    obj_decref(v, s);
    static const struct { double x; int64_t h; } floats[] = {
        {1.5, 1152921504606846977LL}, {-0.5, -1152921504606846976LL},
        {1e300, 1224995262755759164LL}, {1.0 / 0.0, 314159}, {2.0, 2},
    };
    for (size_t i = 0; i < HV_COUNTOF(floats); i++) {
        object *x = float_new(v, floats[i].x);
        assert_int_equal(obj_hash(v, x, &h), 0);
        assert_true(h == floats[i].h);
        obj_decref(v, x);
    }
    object *one = int_small(v, 1), *two = int_small(v, 2);
    object *t = tuple_pack(v, 2, one, two);
    assert_int_equal(obj_hash(v, t, &h), 0);
    assert_true(h == -3550055125485641917LL);
    obj_decref(v, t);
    drain(v);
    vm_delete(v);
}

/* Containment, removal, a set key looked up as a frozenset, pop, the
 * algebra's results and the comparisons. */
static void test_algebra(void **state)
{
    vm *v = fresh();
    object *a = set_new(v), *b = set_new(v);
    for (int i = 0; i < 6; i++)
        set_add(v, a, int_small(v, i));
    for (int i = 3; i < 9; i++)
        set_add(v, b, int_small(v, i));
    object *r = obj_binary_op(v, a, b, NB_AND);
    assert_repr(v, r, "{3, 4, 5}");
    obj_decref(v, r);
    r = obj_binary_op(v, a, b, NB_OR);
    assert_repr(v, r, "{0, 1, 2, 3, 4, 5, 6, 7, 8}");
    obj_decref(v, r);
    r = obj_binary_op(v, a, b, NB_SUBTRACT);
    assert_repr(v, r, "{0, 1, 2}");
    obj_decref(v, r);
    r = obj_binary_op(v, a, b, NB_XOR);
    assert_repr(v, r, "{0, 1, 2, 6, 7, 8}");
    obj_decref(v, r);
    assert_int_equal(set_contains(v, a, int_small(v, 5)), 1);
    assert_int_equal(set_contains(v, a, int_small(v, 7)), 0);
    r = obj_richcompare(v, a, b, CMP_LT);
    assert_ptr_equal(r, v->false_);
    obj_decref(v, r);
    object *c = call(v, a, "copy", 0);
    r = obj_richcompare(v, a, c, CMP_EQ);
    assert_ptr_equal(r, v->true_);
    obj_decref(v, r);
    r = obj_richcompare(v, a, c, CMP_LE);
    assert_ptr_equal(r, v->true_);
    obj_decref(v, r);
    r = call(v, a, "issuperset", 1, c);
    assert_ptr_equal(r, v->true_);
    obj_decref(v, r);
    r = call(v, a, "isdisjoint", 1, b);
    assert_ptr_equal(r, v->false_);
    obj_decref(v, r);
    /* {frozenset({3})} contains {3}: the set is looked up as a frozenset */
    object *k = set_new(v);
    set_add(v, k, int_small(v, 3));
    object *fk = set_new_frozen(v, k);
    object *outer = set_new(v);
    assert_int_equal(set_add(v, outer, fk), 0);
    assert_int_equal(set_contains(v, outer, k), 1);
    assert_null(call(v, outer, "remove", 1, b));
    assert_error(v, T_KEY, "{3, 4, 5, 6, 7, 8}");
    r = call(v, outer, "remove", 1, k);
    assert_ptr_equal(r, v->none);
    obj_decref(v, r);
    assert_int_equal(set_len(outer), 0);
    /* pop takes from the finger on: 0, 1, 2 … */
    for (int i = 0; i < 3; i++) {
        r = call(v, c, "pop", 0);
        assert_ptr_equal(r, int_small(v, i));
        obj_decref(v, r);
    }
    assert_repr(v, c, "{3, 4, 5}");
    obj_decref(v, outer);
    obj_decref(v, fk);
    obj_decref(v, k);
    obj_decref(v, c);
    obj_decref(v, a);
    obj_decref(v, b);
    drain(v);
    vm_delete(v);
}

/* The messages python3 prints for misuse. */
static void test_errors(void **state)
{
    vm *v = fresh();
    object *s = set_new(v), *fs = set_new_frozen(v, NULL);
    object *l = list_new(v, 0), *one = int_small(v, 1);
    assert_null(call(v, s, "add", 0));
    assert_error(v, T_TYPE_ERROR, "set.add() takes exactly one argument (0 given)");
    assert_null(call(v, s, "add", 2, one, one));
    assert_error(v, T_TYPE_ERROR, "set.add() takes exactly one argument (2 given)");
    assert_null(call(v, s, "add", 1, l));
    assert_error(v, T_TYPE_ERROR, "unhashable type: 'list'");
    assert_null(call(v, s, "remove", 1, one));
    assert_error(v, T_KEY, "1");
    assert_null(call(v, s, "pop", 0));
    assert_error(v, T_KEY, "'pop from an empty set'");
    assert_null(call(v, s, "pop", 1, one));
    assert_error(v, T_TYPE_ERROR, "set.pop() takes no arguments (1 given)");
    assert_null(call(v, s, "update", 1, one));
    assert_error(v, T_TYPE_ERROR, "'int' object is not iterable");
    assert_null(call(v, fs, "issubset", 0));
    assert_error(v, T_TYPE_ERROR, "frozenset.issubset() takes exactly one argument (0 given)");
    assert_null(obj_getattr(v, fs, str_static_interned(v, "add")));
    assert_error(v, T_ATTRIBUTE, "'frozenset' object has no attribute 'add'");
    assert_null(obj_binary_op(v, s, one, NB_OR));
    assert_error(v, T_TYPE_ERROR, "unsupported operand type(s) for |: 'set' and 'int'");
    assert_null(obj_binary_op(v, s, one, NB_INPLACE + NB_OR));
    assert_error(v, T_TYPE_ERROR, "unsupported operand type(s) for |=: 'set' and 'int'");
    assert_null(obj_richcompare(v, s, one, CMP_LT));
    assert_error(v, T_TYPE_ERROR, "'<' not supported between instances of 'set' and 'int'");
    assert_int_equal(set_contains(v, s, l), -1);
    assert_error(v, T_TYPE_ERROR, "unhashable type: 'list'");
    type *st = v->types[T_SET];
    object *two[2] = {one, one};
    assert_null(st->vnew(v, st, two, 2, NULL));
    assert_error(v, T_TYPE_ERROR, "set expected at most 1 argument, got 2");
    assert_null(st->vnew(v, st, two, 1, NULL));
    assert_error(v, T_TYPE_ERROR, "'int' object is not iterable");
    /* the iterator notices a size change */
    set_add(v, s, one);
    object *it = obj_getiter(v, s);
    set_add(v, s, int_small(v, 2));
    assert_null(obj_iternext(v, it));
    assert_error(v, T_RUNTIME, "Set changed size during iteration");
    obj_decref(v, it);
    obj_decref(v, l);
    obj_decref(v, fs);
    obj_decref(v, s);
    drain(v);
    vm_delete(v);
}

/* set_iterator: 64-byte block; sets are tracked from birth; a dealloc
 * releases the table after the elements. */
static void test_iterator_and_tracking(void **state)
{
    vm *v = fresh();
    int64_t c0 = v->gens[0].count;
    object *s = set_new(v);
    assert_true(obj_is_tracked(s));
    assert_int_equal(v->gens[0].count - c0, 1);
    for (int i = 0; i < 3; i++)
        set_add(v, s, int_small(v, 10 - i));
    object *it = obj_getiter(v, s);
    assert_int_equal(block_size(v, it->addr - 16), 64);
    assert_int_equal(obj_getsizeof(v, it), 64);
    assert_int_equal(it->type->length_hint(v, it), 3);
    int64_t seen[3];
    for (int i = 0; i < 3; i++) {
        object *x = obj_iternext(v, it);
        int_as_i64(x, &seen[i]);
        obj_decref(v, x);
    }
    assert_true(seen[0] == 8 && seen[1] == 9 && seen[2] == 10);    /* table order */
    assert_int_equal(s->refcnt, 2);
    assert_null(obj_iternext(v, it));
    assert_null(v->exc);
    assert_int_equal(s->refcnt, 1);                                 /* released when exhausted */
    obj_decref(v, it);
    obj_decref(v, s);
    drain(v);
    vm_delete(v);
}

/* Bulk updates presize: set.update(a 10-element set) into an empty set
 * resizes once to (0 + 10) × 2 → 32 entries; update from a dict likewise. */
static void test_bulk_presize(void **state)
{
    vm *v = fresh();
    object *src = set_new(v), *d = dict_new(v);
    for (int i = 0; i < 10; i++) {
        set_add(v, src, int_small(v, i * 3));
        dict_setitem(v, d, int_small(v, i * 3), v->none);
    }
    assert_int_equal(obj_getsizeof(v, src), 728);
    object *s = set_new(v);
    assert_int_equal(set_update(v, s, src), 0);
    assert_int_equal(obj_getsizeof(v, s), 728);
    set_ok(v, s);
    object *t = set_new_from(v, d);
    assert_int_equal(obj_getsizeof(v, t), 728);
    assert_repr(v, t, "{0, 3, 6, 9, 12, 15, 18, 21, 24, 27}");
    obj_decref(v, t);
    obj_decref(v, s);
    obj_decref(v, d);
    obj_decref(v, src);
    drain(v);
    vm_delete(v);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_growth),
        cmocka_unit_test(test_order),
        cmocka_unit_test(test_hashes),
        cmocka_unit_test(test_algebra),
        cmocka_unit_test(test_errors),
        cmocka_unit_test(test_iterator_and_tracking),
        cmocka_unit_test(test_bulk_presize),
        cmocka_unit_test(test_generated),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
