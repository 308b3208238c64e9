/*
 * 05-model-io: the heap model's whole-state operations.  Its stats equal
 * the allocator's after every operation; a saved model loads back to the
 * same visible state and goes on taking the same events; and a damaged or
 * foreign keyframe is refused, never half loaded.  The same with objects,
 * references, frames and free lists from the interpreter's own stream.
 */
#include "testutil.h"

#include "storetest.h"

#include <stdlib.h>
#include <string.h>

typedef struct tap {
    model *m;
    int bad;
} tap;

static void feed(void *ud, const hv_event *ev)
{
    tap *t = ud;
    if (model_apply(t->m, ev) != 0)
        t->bad = 1;
}

static void check_stats(const pymalloc *pm, const model *m, int op)
{
    pymalloc_stats a, b;
    pymalloc_get_stats(pm, &a);
    model_get_stats(m, &b);
    if (memcmp(&a, &b, sizeof a) != 0)
        fail_msg("op %d: the model's stats differ from the allocator's", op);
}

/* A random malloc/free/realloc trace: stats after every op, a save and
 * load every 97 ops, the loaded model carried on in place of the old. */
static void trace(const profile *p, uint64_t seed, int ops)
{
    tap t = {model_new(p), 0};
    pymalloc *pm = pymalloc_new(p, 0, feed, &t);
    uint64_t live[600] = {0};
    buf kf = BUF_INIT, why = BUF_INIT;
    for (int op = 0; op < ops; op++) {
        uint64_t r = test_rand(&seed);
        unsigned slot = (unsigned)(r >> 8) % 600;
        pymalloc_set_site(pm, (uint32_t)(op % 17) + 1);
        if (!live[slot])
            live[slot] = pymalloc_malloc(pm, (r & 0xff) < 245 ? 1 + (r >> 20) % 512 : (r >> 20) % 3000);
        else if ((r & 0xff) < 160) {
            pymalloc_free(pm, live[slot]);
            live[slot] = 0;
        } else
            live[slot] = pymalloc_realloc(pm, live[slot], 1 + (r >> 20) % 700);
        assert_false(t.bad);
        check_stats(pm, t.m, op);
        if (op % 97 == 0) {
            buf_clear(&kf);
            model_save(t.m, &kf);
            model *back = model_load(p, kf.data, kf.len, &why);
            if (!back)
                fail_msg("op %d: %s", op, buf_str(&why));
            assert_int_equal(model_digest(back, p), model_digest(t.m, p));
            assert_int_equal(model_check(back, &why), 0);
            model *own = model_load_own(p, kf.data, kf.len, &why);    /* the same, unchecked */
            assert_non_null(own);
            assert_int_equal(model_digest(own, p), model_digest(t.m, p));
            assert_int_equal(model_check(own, &why), 0);
            model_delete(own);
            model_delete(t.m);
            t.m = back;
        }
    }
    assert_checked(model_check(t.m, &why), &why);
    pymalloc_delete(pm);
    model_delete(t.m);
    buf_free(&kf);
    buf_free(&why);
}

static void test_every_profile(void **state)
{
    for (unsigned i = 0; profile_at(i); i++)
        trace(profile_at(i), 77 + i, 4000);
}

/* Classroom arenas come and go: slots ever mapped but unmapped now, and
 * counters (total, highwater) that only history knows, survive a save. */
static void test_arena_churn(void **state)
{
    trace(profile_find("classroom"), 3, 12000);
}

typedef struct stream {
    hv_event *ev;
    size_t n, cap;
} stream;

static void collect(void *ud, const hv_event *ev)
{
    stream *s = ud;
    hv_grow(&s->ev, &s->cap, s->n + 1, sizeof *s->ev, 1024);
    s->ev[s->n++] = *ev;
}

static void allocator_stream(const profile *p, stream *s, int ops)
{
    pymalloc *pm = pymalloc_new(p, 0, collect, s);
    uint64_t live[300] = {0}, seed = 99;
    for (int op = 0; op < ops; op++) {
        uint64_t r = test_rand(&seed);
        unsigned slot = (unsigned)(r >> 8) % 300;
        if (live[slot]) {
            pymalloc_free(pm, live[slot]);
            live[slot] = 0;
        } else
            live[slot] = pymalloc_malloc(pm, 1 + (r >> 20) % 900);
    }
    pymalloc_delete(pm);
}

/* A loaded model has no history before its keyframe, but everything
 * applied after it unapplies. */
static void test_unapply_after_load(void **state)
{
    const profile *p = profile_find("classroom");
    stream s = {0};
    allocator_stream(p, &s, 3000);
    model *m = model_new(p);
    size_t half = s.n / 2;
    for (size_t i = 0; i < half; i++)
        assert_int_equal(model_apply(m, &s.ev[i]), 0);
    uint64_t at_half = model_digest(m, p);
    buf kf = BUF_INIT;
    model_save(m, &kf);
    model_drop_history(m);
    model *back = model_load(p, kf.data, kf.len, NULL);
    assert_non_null(back);
    for (size_t i = half; i < s.n; i++) {
        assert_int_equal(model_apply(m, &s.ev[i]), 0);
        assert_int_equal(model_apply(back, &s.ev[i]), 0);
    }
    assert_int_equal(model_digest(back, p), model_digest(m, p));
    for (size_t i = s.n; i > half; i--) {
        assert_int_equal(model_unapply(back, &s.ev[i - 1]), 0);
        assert_int_equal(model_unapply(m, &s.ev[i - 1]), 0);
    }
    assert_int_equal(model_digest(back, p), at_half);
    assert_int_equal(model_digest(m, p), at_half);
    model_delete(m);
    model_delete(back);
    buf_free(&kf);
    free(s.ev);
}

/* Changes every byte of keyframe kf in turn: each copy is refused with a
 * reason, or loads to a model that passes its checker.  Returns how many
 * were refused. */
static size_t damage_every_byte(const profile *p, const buf *kf, uint64_t seed)
{
    uint8_t *copy = malloc(kf->len);
    buf why = BUF_INIT;
    size_t refused = 0;
    for (size_t i = 0; i < kf->len; i++) {
        memcpy(copy, kf->data, kf->len);
        copy[i] ^= (uint8_t)(1 + test_rand(&seed) % 255);
        buf_clear(&why);
        model *x = model_load(p, copy, kf->len, &why);
        if (x)
            assert_int_equal(model_check(x, &why), 0);
        else
            refused++, assert_true(why.len > 0);
        model_delete(x);
    }
    free(copy);
    buf_free(&why);
    return refused;
}

static void test_foreign_keyframes(void **state)
{
    const profile *p = profile_default();
    stream s = {0};
    allocator_stream(p, &s, 2000);
    model *m = model_new(p);
    for (size_t i = 0; i < s.n; i++)
        model_apply(m, &s.ev[i]);
    buf kf = BUF_INIT, why = BUF_INIT;
    model_save(m, &kf);
    /* another geometry */
    assert_null(model_load(profile_find("cpython-3.8"), kf.data, kf.len, &why));
    assert_non_null(strstr(buf_str(&why), "geometry"));
    /* every cut */
    for (size_t n = 0; n < kf.len; n++)
        assert_null(model_load(p, kf.data, n, NULL));
    damage_every_byte(p, &kf, 1);
    uint8_t *copy = malloc(kf.len);
    uint64_t seed = 1;
    /* garbage */
    for (int round = 0; round < 2000; round++) {
        size_t n = 1 + test_rand(&seed) % 200;
        for (size_t i = 0; i < n; i++)
            copy[i] = (uint8_t)test_rand(&seed);
        copy[0] = 1;
        model_delete(model_load(p, copy, n, NULL));
    }
    free(copy);
    model_delete(m);
    buf_free(&kf);
    buf_free(&why);
    free(s.ev);
}

/* Foreign arena events cannot make the model allocate without bound. */
static void test_arena_slots_are_dense(void **state)
{
    const profile *p = profile_default();
    model *m = model_new(p);
    hv_event ev = {.kind = EV_ARENA_NEW};
    ev.u.arena.slot = 4000000000u;
    ev.u.arena.addr = profile_arena_addr(p, ev.u.arena.slot);
    ev.u.arena.npools = 64;
    assert_int_equal(model_apply(m, &ev), -1);
    ev.u.arena.slot = 1;
    ev.u.arena.addr = profile_arena_addr(p, 1);
    assert_int_equal(model_apply(m, &ev), -1);      /* slot 0 first */
    ev.u.arena.slot = 0;
    ev.u.arena.addr = profile_arena_addr(p, 0);
    ev.u.arena.npools = 1000;
    assert_int_equal(model_apply(m, &ev), -1);      /* more pools than the arena has room for */
    ev.u.arena.npools = 64;
    assert_int_equal(model_apply(m, &ev), 0);
    assert_int_equal(model_check(m, NULL), 0);
    model_delete(m);
}


/* ---- the object half in keyframes ---------------------------------------- */

static int same_save(const model *a, const model *b)
{
    buf x = BUF_INIT, y = BUF_INIT;
    model_save(a, &x);
    model_save(b, &y);
    int same = x.len == y.len && memcmp(x.data, y.data, x.len) == 0;
    buf_free(&x);
    buf_free(&y);
    return same;
}

/* At every step of a real program: save, load, the same state (bytes and
 * queries); the loaded model takes the rest of the stream to the same end
 * and unapplies back to where it was loaded. */
static void test_objects_round_trip(void **state)
{
    const profile *p = profile_default();
    st_stream s = {0};
    st_run_program(st_program, p, &s);
    model *m = model_new(p);
    buf kf = BUF_INIT, why = BUF_INIT;
    size_t checked = 0;
    for (size_t i = 0; i < s.n; i++) {
        assert_int_equal(model_apply(m, &s.ev[i]), 0);
        if (s.ev[i].kind != EV_STEP || i % 3 || !model_can_save(m))
            continue;                   /* (mid-collection: nothing to save whole) */
        buf_clear(&kf);
        model_save(m, &kf);
        model *back = model_load(p, kf.data, kf.len, &why);
        if (!back)
            fail_msg("event %zu: %s", i, buf_str(&why));
        assert_true(same_save(back, m));
        assert_true(model_digest(back, p) == model_digest(m, p));
        if (checked++ % 8 == 0) {       /* the rest of the stream, there and back */
            model *ref = model_load(p, kf.data, kf.len, NULL);
            for (size_t k = i + 1; k < s.n; k++)
                if (model_apply(back, &s.ev[k]))
                    fail_msg("loaded at %zu: event %zu (%s) does not apply", i, k, event_name(s.ev[k].kind));
            for (size_t k = s.n; k > i + 1; k--)
                if (model_unapply(back, &s.ev[k - 1]))
                    fail_msg("loaded at %zu: event %zu does not unapply", i, k - 1);
            assert_true(same_save(back, ref));
            model_delete(ref);
        }
        model_delete(back);
    }
    assert_true(checked > 20);
    model_delete(m);
    buf_free(&kf);
    buf_free(&why);
    free(s.ev);
}

/* A keyframe with objects, damaged every way: refused with a reason, or a
 * model that passes its checker; never a crash. */
static void test_objects_damaged(void **state)
{
    const profile *p = profile_default();
    st_stream s = {0};
    st_run_program(st_program, p, &s);
    model *m = model_new(p);
    size_t most = 0, at = 0;                /* the step with the most objects */
    for (size_t i = 0; i < s.n; i++) {
        if (s.ev[i].kind == EV_STEP && model_obj_count(m) > most && model_can_save(m))
            most = model_obj_count(m), at = i;
        model_apply(m, &s.ev[i]);
    }
    model_delete(m);
    m = model_new(p);
    for (size_t i = 0; i < at; i++)
        model_apply(m, &s.ev[i]);
    assert_true(model_obj_count(m) > 50);
    buf kf = BUF_INIT, why = BUF_INIT;
    model_save(m, &kf);
    for (size_t n = 0; n < kf.len; n++)
        assert_null(model_load(p, kf.data, n, NULL));
    assert_true(damage_every_byte(p, &kf, 5) > kf.len / 2);
    model_delete(m);
    buf_free(&kf);
    buf_free(&why);
    free(s.ev);
}

/* ---- the collector's settings in keyframes ---------------------------------- */

/* gc.set_threshold, gc.disable and gc.set_debug: the model follows
 * GC_CONFIG, a keyframe keeps the settings at every step (the debug flags
 * as the C int they are, negative too), and undoing everything gives back
 * CPython's defaults. */
static void test_gc_settings_round_trip(void **state)
{
    const profile *p = profile_default();
    st_stream s = {0};
    st_run_program("import gc\n"
                   "gc.set_threshold(100, 5)\n"
                   "a = [1]\n"
                   "gc.disable()\n"
                   "b = [a]\n"
                   "gc.set_debug(gc.DEBUG_SAVEALL)\n"
                   "gc.set_debug(-3)\n"
                   "gc.set_threshold(100, 5, 3)\n", p, &s);
    model *m = model_new(p);
    buf kf = BUF_INIT, why = BUF_INIT;
    int64_t th[3], back_th[3];
    for (size_t i = 0; i < s.n; i++) {
        assert_int_equal(model_apply(m, &s.ev[i]), 0);
        if (s.ev[i].kind != EV_STEP || !model_can_save(m))
            continue;
        buf_clear(&kf);
        model_save(m, &kf);
        model *back = model_load(p, kf.data, kf.len, &why);
        if (!back)
            fail_msg("event %zu: %s", i, buf_str(&why));
        assert_int_equal(model_gc_config(back, back_th), model_gc_config(m, th));
        assert_memory_equal(back_th, th, sizeof th);
        assert_int_equal(model_gc_debug(back), model_gc_debug(m));
        model_delete(back);
    }
    assert_int_equal(model_gc_config(m, th), 0);
    assert_true(th[0] == 100 && th[1] == 5 && th[2] == 3);
    assert_int_equal(model_gc_debug(m), -3);
    for (size_t k = s.n; k-- > 0;)
        assert_int_equal(model_unapply(m, &s.ev[k]), 0);
    assert_int_equal(model_gc_config(m, th), 1);
    assert_true(th[0] == 700 && th[1] == 10 && th[2] == 10);
    assert_int_equal(model_gc_debug(m), 0);
    hv_event wrong = {.kind = EV_GC_CONFIG};
    wrong.u.gc.gen = 0;
    wrong.u.gc.old_refs = 5;                /* the model has 700 */
    wrong.u.gc.refs = 6;
    assert_int_equal(model_apply(m, &wrong), -1);
    wrong.u.gc.gen = GC_CONFIG_ENABLED;
    wrong.u.gc.old_refs = 1;
    wrong.u.gc.refs = 2;                    /* enabled is 0 or 1 */
    assert_int_equal(model_apply(m, &wrong), -1);
    wrong.u.gc.gen = GC_CONFIG_DEBUG;
    wrong.u.gc.old_refs = 0;
    wrong.u.gc.refs = (int64_t)1 << 40;     /* a C int */
    assert_int_equal(model_apply(m, &wrong), -1);
    model_delete(m);
    buf_free(&kf);
    buf_free(&why);
    free(s.ev);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_profile),
        cmocka_unit_test(test_arena_churn),
        cmocka_unit_test(test_unapply_after_load),
        cmocka_unit_test(test_foreign_keyframes),
        cmocka_unit_test(test_arena_slots_are_dense),
        cmocka_unit_test(test_objects_round_trip),
        cmocka_unit_test(test_objects_damaged),
        cmocka_unit_test(test_gc_settings_round_trip),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
