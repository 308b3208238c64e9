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
 */
#include "apptest.h"

#include <stdio.h>

enum { SMALL = 12000, BIG = 60000 };

static const char *const tour[] = {
    "gend<Enter>", "p", "n", ",", ".", "2", "3", "w", "h", "l", "j", "<Home>", "<End>", "w",
    "4", "5", "6", "1", "/str<Enter>", "1", "g1<Enter>", "gend<Enter>",
};
enum { NTOUR = sizeof tour / sizeof *tour };

static void program(char *out, size_t len, long objects)
{
    snprintf(out, len, "data = [str(i) for i in range(%ld)]\nx = len(data)\ny = [x]\nprint(x)\n", objects);
}

static const model *model_of(app_fixture *f)
{
    return stream_model(live_stream(f->l));
}

/* Objects and references the model was asked about for each tour key,
 * the key pressed and the screen drawn. */
static void tour_visits(long objects, uint64_t *out)
{
    char src[160];
    program(src, sizeof src, objects);
    app_fixture f;
    app_config cfg = {0};
    app_fixture_open(&f, "bounded.py", src, "default", &cfg, 0, 120, 40);
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
    char src[160];
    program(src, sizeof src, SMALL);
    app_fixture f;
    app_config cfg = {0};
    app_fixture_open(&f, "bounded.py", src, "default", &cfg, 0, 120, 40);
    app_keys(&f, "gend<Enter>");
    uint64_t before = model_visits(model_of(&f));
    app_keys(&f, "/no_such_type<Enter>");
    assert_true(model_visits(model_of(&f)) - before >= SMALL);
    assert_true(app_shows(&f, "no live object matches"));
    app_fixture_close(&f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_keys_bounded),
        cmocka_unit_test(test_counter_counts),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
