/*
 * 63-bounded: the interactive screen's work per key does not grow with
 * the heap.  Counted, not timed: model_visits() (model.h) adds up every
 * object and reference the model's queries hand out or step over, so a
 * view that walks every live object on a key or a frame shows up as a
 * count that grows with the program.
 *
 * The same tour of keys (moving, each view, why-alive, the graph's
 * selection, a find) runs on a program of SMALL and of BIG live objects,
 * both above the graph's whole-graph limit; each key, drawn as the UI
 * draws it, must visit no more on the big heap than a bounded amount more
 * than on the small one.  `make bench` times the same keys on a million
 * objects (tests/bench-load.c, load_app_*).
 *
 * Then what the bounded views answer there: the graph's window
 * (ui/graph_window.h) holds a why-alive chain for an object deep in a big
 * list, its sizes stop at their budget and say so, and exact sizes when
 * the budget suffices; the screen says it shows a window.
 */
#include "apptest.h"
#include "graph_window.h"
#include "keyframe.h"

#include <stdio.h>

enum { SMALL = 12000, BIG = 60000 };

static const char *const tour[] = {
    "gend<Enter>", "p", "n", ",", ".", "2", "3", "w", "h", "l", "j", "<Home>", "<End>", "w",
    "4", "5", "6", "1", "/str<Enter>", "1", "g1<Enter>", "gend<Enter>",
};
enum { NTOUR = sizeof tour / sizeof *tour };

/* The app on a program that keeps `objects` strs alive in a list. */
static void open_program(app_fixture *f, long objects)
{
    char src[160];
    snprintf(src, sizeof src, "data = [str(i) for i in range(%ld)]\nx = len(data)\ny = [x]\nprint(x)\n", objects);
    app_config cfg = {0};
    app_fixture_open(f, "bounded.py", src, "default", &cfg, 0, 120, 40);
}

static const model *model_of(app_fixture *f)
{
    return stream_model(live_stream(f->l));
}

/* Objects and references the model was asked about for each tour key,
 * the key pressed and the screen drawn. */
static void tour_visits(long objects, uint64_t *out)
{
    app_fixture f;
    open_program(&f, objects);
    app_screen(&f, 0);
    for (int i = 0; i < NTOUR; i++) {
        uint64_t before = model_visits(model_of(&f));
        app_keys(&f, tour[i]);
        app_screen(&f, 0);
        out[i] = model_visits(model_of(&f)) - before;
    }
    app_fixture_close(&f);
}

static void test_keys_bounded(void **state)
{
    (void)state;
    uint64_t small[NTOUR], big[NTOUR];
    tour_visits(SMALL, small);
    tour_visits(BIG, big);
    for (int i = 0; i < NTOUR; i++) {
        printf("# %-14s %8llu visits at %d objects, %8llu at %d\n", tour[i], (unsigned long long)small[i], SMALL,
               (unsigned long long)big[i], BIG);
        if (big[i] > 2 * small[i] + 1000)
            fail_msg("key %s: %llu visits with %d objects, %llu with %d: its work grows with the heap", tour[i],
                     (unsigned long long)small[i], SMALL, (unsigned long long)big[i], BIG);
    }
}

/* The counter sees a walk over the heap: a find for a type no object has
 * looks at every live object (so the test above can fail). */
static void test_counter_counts(void **state)
{
    (void)state;
    app_fixture f;
    open_program(&f, SMALL);
    app_keys(&f, "gend<Enter>");
    uint64_t before = model_visits(model_of(&f));
    app_keys(&f, "/no_such_type<Enter>");
    assert_true(model_visits(model_of(&f)) - before >= SMALL);
    assert_true(app_shows(&f, "no live object matches"));
    app_fixture_close(&f);
}

/* The biggest live object (the list of strs). */
static int biggest(void *ud, const model_obj *o)
{
    model_obj *b = ud;
    if (o->size > b->size)
        *b = *o;
    return 0;
}

/* The list's newest reference leads to a str: a chain from a root to
 * it, a window holding the chain, the sizes bounded then exact. */
static void test_window_answers(void **state)
{
    (void)state;
    enum { N = 6000 };
    app_fixture f;
    open_program(&f, N);
    app_keys(&f, "gend<Enter>");
    const model *m = model_of(&f);
    model_obj list = {0};
    model_obj_each(m, biggest, &list);
    model_ref item;
    assert_int_equal(model_refs_from_newest(m, list.addr, &item, 1, NULL), 1);

    graph_window w = GRAPH_WINDOW_INIT;
    graph_window_build(&w, m, item.target, 50, 8);
    assert_true(w.npath >= 2);
    assert_true(graph_window_is_root(&w, w.path[0].holder));
    assert_true(w.path[w.npath - 1].holder == list.addr && w.path[w.npath - 1].target == item.target);
    for (size_t k = 1; k < w.npath; k++)
        assert_true(w.path[k].holder == w.path[k - 1].target);
    assert_true(w.n <= 50 + w.npath + 1);
    int has_item = 0;
    for (size_t i = 0; i < w.n; i++) {
        has_item |= w.objs[i].addr == item.target;
        if (i)
            assert_true(w.objs[i].serial > w.objs[i - 1].serial);
    }
    assert_true(has_item);
    graph_window_free(&w);

    graph_window_sizes z;
    assert_int_equal(graph_window_sizes_of(m, list.addr, 1, 100, &z), 0);
    assert_true(z.bounded);
    assert_true(z.deep_count >= 1 && z.deep_count <= 100);
    assert_int_equal(graph_window_sizes_of(m, list.addr, 1, 2 * N, &z), 0);
    assert_false(z.bounded);
    assert_int_equal(z.deep_count, N + 1);          /* the list and its strs, each its own */
    assert_int_equal(z.retained_count, N + 1);      /* nothing else holds them */
    assert_int_equal(z.retained, z.deep);
    assert_int_equal(graph_window_sizes_of(m, item.target, 1, 10, &z), 0);
    assert_int_equal(z.deep_count, 1);
    assert_int_equal(z.retained_count, 1);

    app_keys(&f, "3");
    assert_true(app_shows(&f, "showing"));          /* the graph says it shows a window */
    app_keys(&f, "w<Home>");
    assert_true(app_shows(&f, "why alive: interpreter"));
    app_fixture_close(&f);
}

/* model_save's bytes of m: two models hold the same state if and only if
 * they save the same bytes. */
static void saved(const model *m, buf *out)
{
    buf_clear(out);
    model_save(m, out);
}

/* Far jumps in a live session start from the keyframes its stream keeps
 * (ui/stream.h): wherever they land, the model is the one a walk from the
 * start gives, and so is the diff's model built beside it
 * (stream_model_at); a jump to the far end after the first walk applies
 * no more than a keyframe's spacing of events. */
static void test_live_far_jumps(void **state)
{
    (void)state;
    enum { N = 20000 };
    live *l = live_new(profile_default(), 0, "far.py", NULL, NULL);
    char src[160];
    snprintf(src, sizeof src, "data = [str(i) for i in range(%d)]\nx = len(data)\ny = [x]\ndel data\nz = [x]\n", N);
    assert_int_equal(live_run_script(l, src, strlen(src), "far.py"), 0);
    stream *s = live_stream(l);
    uint64_t end = stream_events(s), seed = 11;
    buf err = BUF_INIT, got = BUF_INIT, want = BUF_INIT;
    assert_true(end > 8 * KEYFRAME_SPACING_MIN);            /* several keyframes, else this proves nothing */
    assert_int_equal(stream_seek(s, end, &err), 0);         /* the first walk keeps them */
    uint64_t targets[24];
    for (int i = 0; i < 24; i++)
        targets[i] = i % 3 == 0 ? end - (uint64_t)i : i % 3 == 1 ? (uint64_t)i * 3 : test_rand(&seed) % (end + 1);
    for (int i = 0; i < 24; i++) {
        uint64_t p = targets[i];
        assert_int_equal(stream_seek(s, p, &err), 0);
        assert_int_equal(stream_position(s), p);
        model *ref = model_new(profile_default());
        for (uint64_t k = 0; k < p; k++) {
            hv_event ev = stream_event(s, k);
            if (model_knows(ev.kind))
                assert_int_equal(model_apply(ref, &ev), 0);
        }
        saved(ref, &want);
        saved(stream_model(s), &got);
        assert_true(got.len == want.len && memcmp(got.data, want.data, got.len) == 0);
        model *beside = stream_model_at(s, p, &err);
        assert_non_null(beside);
        saved(beside, &got);
        assert_true(got.len == want.len && memcmp(got.data, want.data, got.len) == 0);
        model_delete(beside);
        model_delete(ref);
    }
    uint64_t mid = end / 2, bound = KEYFRAME_SPACING_MIN + KEYFRAME_EVENTS_PER_OBJECT * (N + 1000);
    for (int i = 0; i < 3; i++) {                           /* end → middle → start → end: each far */
        uint64_t before = stream_events_moved(s);
        assert_int_equal(stream_seek(s, mid, &err), 0);
        assert_int_equal(stream_seek(s, 1, &err), 0);
        assert_int_equal(stream_seek(s, end, &err), 0);
        uint64_t moved = stream_events_moved(s) - before;
        printf("# end -> middle -> 1 -> end: %llu events moved of %llu\n", (unsigned long long)moved,
               (unsigned long long)end);
        assert_true(moved <= 3 * 2 * bound);
        assert_true(3 * 2 * bound < end);                   /* else the bound proves nothing */
    }
    buf_free(&err);
    buf_free(&got);
    buf_free(&want);
    live_delete(l);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_keys_bounded),
        cmocka_unit_test(test_counter_counts),
        cmocka_unit_test(test_window_answers),
        cmocka_unit_test(test_live_far_jumps),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
