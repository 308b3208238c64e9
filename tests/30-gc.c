/*
 * 30-gc: the cyclic collector against CPython 3.11's measured behaviour
 * (cpython311-model.md §5.2–5.5): gc.collect() return values for cycles,
 * the counts, which generation each collection takes, untracking.
 */
#include "testutil.h"

#include "builtins.h"
#include "dict.h"
#include "eval.h"
#include "gc.h"
#include "types.h"

static vm *fresh(void)
{
    vm *v = vm_new(profile_default(), 0, NULL, NULL);
    v->gc_enabled = 0;                  /* collections only when asked */
    return v;
}

static void heap_ok(vm *v)
{
    buf why = BUF_INIT;
    int rc = pymalloc_check(v->pm, &why);
    assert_checked(rc, &why);
    buf_free(&why);
}

/* A list that contains itself, then dropped: collect() finds 1. */
static void test_self_list(void **state)
{
    vm *v = fresh();
    object *l = list_new(v, 0);
    list_append(v, l, l);
    obj_decref(v, l);
    assert_int_equal(gc_collect(v, 2), 1);
    assert_int_equal(gc_collect(v, 2), 0);
    heap_ok(v);
    vm_delete(v);
}

/* Three lists in a ring: 3. */
static void test_ring_of_three(void **state)
{
    vm *v = fresh();
    object *a = list_new(v, 0), *b = list_new(v, 0), *c = list_new(v, 0);
    list_append(v, a, b);
    list_append(v, b, c);
    list_append(v, c, a);
    obj_decref(v, a);
    obj_decref(v, b);
    obj_decref(v, c);
    assert_int_equal(gc_collect(v, 2), 3);
    vm_delete(v);
}

/* A self-referencing list holding a fresh tuple of ints, a str and a float:
 * 2 (the tuple is tracked; str and float are not GC objects). */
static void test_list_with_tuple(void **state)
{
    vm *v = fresh();
    object *l = list_new(v, 0);
    object *i1 = int_from_i64(v, 1000), *i2 = int_from_i64(v, 2000);
    object *t = tuple_pack(v, 2, i1, i2);
    obj_decref(v, i1);
    obj_decref(v, i2);
    object *s = str_from_cstr(v, "some text"), *f = float_new(v, 2.5);
    list_append(v, l, t);
    list_append(v, l, s);
    list_append(v, l, f);
    list_append(v, l, l);
    obj_decref(v, t);
    obj_decref(v, s);
    obj_decref(v, f);
    obj_decref(v, l);
    assert_int_equal(gc_collect(v, 2), 2);
    heap_ok(v);
    vm_delete(v);
}

/* A self-referencing dict: 1; a list holding an untracked {'a': 1}: 1. */
static void test_dicts(void **state)
{
    vm *v = fresh();
    object *d = dict_new(v), *key = str_from_cstr(v, "me");
    dict_setitem(v, d, key, d);
    obj_decref(v, key);
    obj_decref(v, d);
    assert_int_equal(gc_collect(v, 2), 1);
    object *l = list_new(v, 0), *inner = dict_new(v), *k = str_from_cstr(v, "a");
    dict_setitem(v, inner, k, int_small(v, 1));
    assert_false(obj_is_tracked(inner));
    list_append(v, l, inner);
    list_append(v, l, l);
    obj_decref(v, k);
    obj_decref(v, inner);
    obj_decref(v, l);
    assert_int_equal(gc_collect(v, 2), 1);
    heap_ok(v);
    vm_delete(v);
}

/* Survivors move to the next generation; counts follow §5.3. */
static void test_generations(void **state)
{
    vm *v = fresh();
    object *keep = list_new(v, 0);
    assert_int_equal(obj_gc(keep)->gen, 0);
    assert_int_equal(v->gens[0].count, 1);
    gc_collect(v, 0);
    assert_int_equal(obj_gc(keep)->gen, 1);
    assert_int_equal(v->gens[0].count, 0);
    assert_int_equal(v->gens[1].count, 1);
    gc_collect(v, 1);
    assert_int_equal(obj_gc(keep)->gen, 2);
    assert_int_equal(v->gens[1].count, 0);
    assert_int_equal(v->gens[2].count, 1);
    assert_int_equal(v->long_lived_pending, 1);
    gc_collect(v, 2);
    assert_int_equal(v->long_lived_pending, 0);
    assert_int_equal(v->long_lived_total, 1);
    obj_decref(v, keep);
    vm_delete(v);
}

/* Tuples of untracked things are untracked by the first collection that
 * sees them; (int, (int,)) needs two, as measured. */
static void test_untrack_tuples(void **state)
{
    vm *v = fresh();
    object *i = int_from_i64(v, 5000);
    object *inner = tuple_pack(v, 1, i);
    object *outer = tuple_pack(v, 2, i, inner);
    obj_decref(v, i);
    obj_decref(v, inner);
    assert_true(obj_is_tracked(outer) && obj_is_tracked(inner));
    gc_collect(v, 0);
    assert_false(obj_is_tracked(inner));
    assert_true(obj_is_tracked(outer));            /* inner came after it in the list */
    gc_collect(v, 1);
    assert_false(obj_is_tracked(outer));
    obj_decref(v, outer);
    vm_delete(v);
}

/* move_unreachable scans an object brought back from `unreachable` even
 * when it lands right after the object being scanned: leaf ← inner ← outer,
 * made in that order, outer held by the test — nothing is garbage. */
static void test_moved_back_scanned(void **state)
{
    vm *v = fresh();
    gc_collect(v, 2);
    object *leaf = list_new(v, 0), *inner = list_new(v, 0), *outer = list_new(v, 0);
    list_append(v, inner, leaf);
    list_append(v, outer, inner);
    obj_decref(v, leaf);
    obj_decref(v, inner);
    assert_int_equal(gc_collect(v, 0), 0);
    assert_int_equal(leaf->refcnt, 1);
    assert_ptr_equal(LIST(LIST(outer)->items[0])->items[0], leaf);
    buf why = BUF_INIT;
    assert_checked(gc_check(v, &why), &why);
    buf_free(&why);
    obj_decref(v, outer);
    vm_delete(v);
}

/* The automatic trigger: the collection starts when the gen-0 count passes
 * 700; 11 gen-0 collections, then a gen-1 one (§5.3). */
static void test_automatic(void **state)
{
    vm *v = fresh();
    v->gc_enabled = 1;
    object *keep = list_new(v, 0);
    int64_t gen1_before = 0;
    unsigned gen0_runs = 0, gen1_runs = 0;
    for (int i = 0; i < 701 * 12 + 50; i++) {
        object *l = list_new(v, 0);
        if (v->gens[0].count == 0) {
            if (v->gens[1].count == 0 && gen1_before)
                gen1_runs++;
            else
                gen0_runs++;
        }
        gen1_before = v->gens[1].count;
        list_append(v, keep, l);                    /* every new list survives */
        obj_decref(v, l);
    }
    assert_int_equal(gen0_runs, 11);
    assert_int_equal(gen1_runs, 1);
    obj_decref(v, keep);
    vm_delete(v);
}

/* The gc module's functions, called as a program calls them. */
static object *gc_fn(vm *v, const char *name)
{
    object *m = v->modules[1];
    return module_lookup(v, m, str_static_interned(v, name));
}

static void test_gc_module(void **state)
{
    vm *v = fresh();
    object *l = list_new(v, 0);
    list_append(v, l, l);
    obj_decref(v, l);
    object *n = eval_call(v, gc_fn(v, "collect"), NULL, 0, NULL);
    int64_t x;
    assert_true(int_as_i64(n, &x));
    assert_int_equal(x, 1);
    obj_decref(v, n);
    object *three = int_from_i64(v, 3);
    assert_null(eval_call(v, gc_fn(v, "collect"), &three, 1, NULL));
    assert_true(vm_exc_matches(v, T_VALUE));
    vm_exc_clear(v);
    object *a = list_new(v, 0), *b = list_new(v, 0);
    list_append(v, b, a);
    object *refs = eval_call(v, gc_fn(v, "get_referrers"), &a, 1, NULL);
    assert_int_equal(LIST(refs)->n, 1);
    assert_ptr_equal(LIST(refs)->items[0], b);
    obj_decref(v, refs);
    object *ents = eval_call(v, gc_fn(v, "get_referents"), &b, 1, NULL);
    assert_int_equal(LIST(ents)->n, 1);
    assert_ptr_equal(LIST(ents)->items[0], a);
    obj_decref(v, ents);
    obj_decref(v, a);
    obj_decref(v, b);
    assert_int_equal(LIST(v->gc_garbage)->n, 0);
    vm_delete(v);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_self_list),
        cmocka_unit_test(test_ring_of_three),
        cmocka_unit_test(test_list_with_tuple),
        cmocka_unit_test(test_dicts),
        cmocka_unit_test(test_generations),
        cmocka_unit_test(test_untrack_tuples),
        cmocka_unit_test(test_moved_back_scanned),
        cmocka_unit_test(test_automatic),
        cmocka_unit_test(test_gc_module),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
