/*
 * 33-gcstart: the collector's starting state (gc.c: gc_start_interpreter):
 * the counts python3's first statement sees, the interpreter's own objects
 * per generation moving as survivors do and weighing in the long-lived
 * rule, the free lists' start-up entries, and the model following it all
 * from the events (keyframes included).
 */
#include "testutil.h"

#include "dict.h"
#include "gc.h"
#include "model.h"
#include "types.h"

static void to_model(void *ud, const hv_event *ev)
{
    model *m = ud;
    if (model_apply(m, ev))
        fail_msg("%s does not apply", event_name(ev->kind));
}

static void counts_are(vm *v, int64_t c0, int64_t c1, int64_t c2)
{
    assert_int_equal(v->gens[0].count, c0);
    assert_int_equal(v->gens[1].count, c1);
    assert_int_equal(v->gens[2].count, c2);
}

static void interp_are(vm *v, int64_t i0, int64_t i1, int64_t i2)
{
    assert_int_equal(v->interp_objs[0], i0);
    assert_int_equal(v->interp_objs[1], i1);
    assert_int_equal(v->interp_objs[2], i2);
}

/* A vm that never calls it starts empty; one that does, as python3. */
static void test_start_state(void **state)
{
    (void)state;
    vm *v = vm_new(profile_default(), 0, NULL, NULL);
    counts_are(v, 0, 0, 0);
    interp_are(v, 0, 0, 0);
    assert_int_equal(v->fl_dict.n, 0);
    gc_start_interpreter(v);
    counts_are(v, 5, 8, 0);                 /* python3's 7 at _PyAST_Compile less __main__'s 2 */
    interp_are(v, 22, 4762, 0);         /* the script's arena list is heapviz's own */
    assert_int_equal(v->fl_dict.n, 6);       /* python3's numfree there */
    assert_int_equal(v->fl_list.n, 4);
    assert_int_equal(v->fl_tuple[1].n, 5);
    assert_int_equal(v->fl_tuple[2].n, 3);
    assert_int_equal(v->fl_tuple[3].n, 3);
    assert_int_equal(v->fl_tuple[5].n, 3);
    assert_int_equal(v->fl_tuple[18].n, 2);
    object *d = dict_new(v);                /* from the free list: not counted */
    assert_int_equal(v->gens[0].count, 5);
    obj_decref(v, d);
    gc_start_main_function(v);              /* after the compiler: the module code's function */
    counts_are(v, 6, 8, 0);
    interp_are(v, 23, 4762, 0);
    vm_delete(v);
}

/* The interpreter's objects survive every collection: a gen-0 one moves
 * them to gen 1, a gen-1 one to gen 2 (pending for the long-lived rule),
 * a full one counts them in long_lived_total.  None is ever collected;
 * the first collection to examine generation 1's untracks 15 tuples, the
 * first full one 4 dicts, the next one the tuple that held 10 of those. */
static void test_promotion(void **state)
{
    (void)state;
    vm *v = vm_new(profile_default(), 0, NULL, NULL);
    gc_start_interpreter(v);
    assert_int_equal(gc_collect(v, 0), 0);
    interp_are(v, 0, 4784, 0);
    counts_are(v, 0, 9, 0);
    assert_int_equal(gc_collect(v, 1), 0);
    interp_are(v, 0, 0, 4769);
    counts_are(v, 0, 0, 1);
    assert_int_equal(v->long_lived_pending, 4769);
    assert_int_equal(v->long_lived_total, 0);
    assert_int_equal(gc_collect(v, 2), 0);
    interp_are(v, 0, 0, 4764);
    assert_int_equal(v->long_lived_total, 4764);
    assert_int_equal(v->long_lived_pending, 0);
    assert_int_equal(gc_collect(v, 2), 0);
    interp_are(v, 0, 0, 4764);
    vm_delete(v);
}

/* After a full collection counted 4,765 long-lived objects, gen 2 over its
 * threshold is skipped while fewer than a quarter of that are pending: the
 * trigger collects gen 1 instead, whose survivors add to pending. */
static void test_long_lived_rule(void **state)
{
    (void)state;
    vm *v = vm_new(profile_default(), 0, NULL, NULL);
    gc_start_interpreter(v);
    gc_collect(v, 2);
    v->gens[2].count = 11;
    v->gens[1].count = 11;
    v->gens[0].count = 701;
    gc_maybe_collect(v);
    counts_are(v, 0, 0, 12);                /* gen 1 was collected, not gen 2 */
    interp_are(v, 0, 0, 4765);              /* 15 tuples and 4 dicts untracked */
    v->long_lived_pending = 4765 / 4;       /* a quarter pending: gen 2 is due */
    v->gens[1].count = 11;
    v->gens[0].count = 701;
    gc_maybe_collect(v);
    counts_are(v, 0, 0, 0);
    assert_int_equal(v->long_lived_pending, 0);
    vm_delete(v);
}

/* The model follows the interpreter's objects from GC_CONFIG events,
 * forwards and backwards, and keeps them in a keyframe. */
static void test_model_follows(void **state)
{
    (void)state;
    model *m = model_new(profile_default());
    vm *v = vm_new(profile_default(), 0, to_model, m);
    gc_start_interpreter(v);
    int64_t seen[GC_GENERATIONS];
    model_gc_interp(m, seen);
    assert_int_equal(seen[1], 4762);
    gc_collect(v, 1);
    model_gc_interp(m, seen);
    assert_int_equal(seen[0], 0);
    assert_int_equal(seen[2], 4769);
    buf b = BUF_INIT, why = BUF_INIT;
    model_save(m, &b);
    model *k = model_load(profile_default(), b.data, b.len, &why);
    assert_non_null(k);
    model_gc_interp(k, seen);
    assert_int_equal(seen[2], 4769);
    assert_int_equal(seen[1], 0);
    hv_event ev = {.kind = EV_GC_CONFIG};
    ev.u.gc.gen = GC_CONFIG_INTERP + 2;
    ev.u.gc.old_refs = 4769;
    ev.u.gc.refs = 0;
    assert_int_equal(model_apply(k, &ev), 0);
    assert_int_equal(model_unapply(k, &ev), 0);
    model_gc_interp(k, seen);
    assert_int_equal(seen[2], 4769);
    ev.u.gc.old_refs = 5;                   /* not what the model holds: refused */
    assert_int_not_equal(model_apply(k, &ev), 0);
    model_delete(k);
    buf_free(&b);
    buf_free(&why);
    vm_delete(v);
    model_delete(m);
}

/* gc.freeze(): the interpreter's objects and the program's move to the
 * permanent generation, counts to 0; the model follows (a keyframe keeps
 * the frozen ones); no collection touches them; gc.unfreeze() hands them
 * all to generation 2, undone event by event back to the frozen state. */
static void test_freeze(void **state)
{
    (void)state;
    model *m = model_new(profile_default());
    vm *v = vm_new(profile_default(), 0, to_model, m);
    gc_start_interpreter(v);
    object *l = list_new(v, 0);
    gc_freeze(v);
    counts_are(v, 0, 0, 0);
    interp_are(v, 0, 0, 0);
    assert_int_equal(gc_freeze_count(v), 22 + 4762 + 1);
    int64_t seen[GC_GENERATIONS];
    size_t tracked[GC_GENERATIONS];
    model_gc_interp(m, seen);
    model_tracked(m, tracked);
    assert_int_equal(seen[GC_PERMANENT], 22 + 4762);
    assert_int_equal(tracked[GC_PERMANENT], 1);
    assert_int_equal(gc_collect(v, 2), 0);  /* nothing examined: none untracked */
    assert_int_equal(gc_freeze_count(v), 22 + 4762 + 1);
    buf b = BUF_INIT, why = BUF_INIT;
    model_save(m, &b);
    model *k = model_load(profile_default(), b.data, b.len, &why);
    assert_non_null(k);
    model_gc_interp(k, seen);
    model_tracked(k, tracked);
    assert_int_equal(seen[GC_PERMANENT], 22 + 4762);
    assert_int_equal(tracked[GC_PERMANENT], 1);
    model_delete(k);
    gc_unfreeze(v);
    assert_int_equal(gc_freeze_count(v), 0);
    interp_are(v, 0, 0, 22 + 4762);
    assert_int_equal(obj_gc(l)->gen, 2);
    model_tracked(m, tracked);
    assert_int_equal(tracked[GC_PERMANENT], 0);
    assert_int_equal(tracked[2], 1);
    assert_int_equal(gc_collect(v, 2), 0);  /* examined now: 19 untracked */
    interp_are(v, 0, 0, 22 + 4762 - 19);
    obj_decref(v, l);
    buf_free(&b);
    buf_free(&why);
    vm_delete(v);
    model_delete(m);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_start_state),
        cmocka_unit_test(test_promotion),
        cmocka_unit_test(test_long_lived_rule),
        cmocka_unit_test(test_model_follows),
        cmocka_unit_test(test_freeze),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
