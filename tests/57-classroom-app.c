/*
 * 57-classroom-app: presenter mode and prediction mode in the app, driven
 * by keys and play-timer ticks below the terminal (as 56-app).
 *
 * Presenter: autoplay stops at each caption the first time it comes up
 * (line captions and a collector phase's #@ caption), the caption leads a
 * three-row narration, the heap map draws large cells (golden screen).
 * Prediction: → poses a question about the next step instead of running
 * it; answers are marked against the step's events; the score adds up;
 * Esc skips without scoring.
 */
#include "apptest.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char program[] =
    "#% profile classroom\n"                            /* 1 */
    "import gc\n"                                       /* 2 */
    "#: Two lists, one name each.\n"                    /* 3 */
    "a = [1, 2]\n"                                      /* 4 */
    "b = [a, a]\n"                                      /* 5 */
    "c = b\n"                                           /* 6 */
    "#: The last name goes: the outer list is freed.\n" /* 7 */
    "del b, c\n"                                        /* 8 */
    "a.append(a)\n"                                     /* 9 */
    "del a\n"                                           /* 10 */
    "#@ subtract_refs: Only the cycle's own reference counts.\n" /* 11 */
    "gc.collect()\n";                                   /* 12 */

typedef app_fixture fixture;

static void open_app(fixture *f, int present, int predict, int cols, int rows)
{
    app_config cfg = {.present = present, .predict = predict};
    app_fixture_open(f, profile_find("classroom"), program, present ? "presenter" : "default", &cfg, 0, cols, rows);
}

#define close_app app_fixture_close
#define keys app_keys
#define screen app_screen
#define shows app_shows

/* Play-timer ticks until the app stops playing (at most max); how many. */
static int play_until_stopped(fixture *f, int max)
{
    backend_event tick = {.type = BEV_TIMER};
    int n = 0;
    while (app_timeout(f->a) >= 0 && n < max) {
        app_event(f->a, &tick);
        n++;
    }
    return n;
}

static void test_autoplay_stops_at_captions(void **state)
{
    (void)state;
    fixture f;
    open_app(&f, 1, 0, 100, 34);
    assert_true(shows(&f, "presenter"));
    keys(&f, " ");
    assert_true(app_timeout(f.a) >= 0);
    int n = play_until_stopped(&f, 1000);
    assert_true(n > 0 && n < 1000);
    assert_true(shows(&f, "Two lists, one name each."));
    assert_true(shows(&f, "caption: space goes on"));
    assert_true(shows(&f, "step 2/"));          /* import gc, then line 4 */
    keys(&f, " ");                              /* on to the next caption */
    play_until_stopped(&f, 1000);
    assert_true(shows(&f, "The last name goes: the outer list is freed."));
    assert_true(shows(&f, "list freed"));
    keys(&f, " ");                              /* the collector's phase caption */
    play_until_stopped(&f, 1000);
    assert_true(shows(&f, "Only the cycle's own reference counts."));
    /* a caption stops autoplay once: from the start again, play runs past
     * all three to the end */
    keys(&f, "g0<Enter> ");
    play_until_stopped(&f, 100000);
    assert_false(shows(&f, "caption: space goes on"));
    assert_true(shows(&f, "‖"));
    /* P leaves presenter mode: no "presenter" in the status line */
    keys(&f, "P");
    assert_false(shows(&f, "  presenter"));
    close_app(&f);
}

static void test_stepping_shows_captions_without_presenter(void **state)
{
    (void)state;
    fixture f;
    open_app(&f, 0, 0, 100, 30);
    keys(&f, "nnn");                            /* start-up, import gc, line 4 */
    assert_true(shows(&f, " » Two lists, one name each. — line 4"));
    close_app(&f);
}

static void test_presenter_golden(void **state)
{
    (void)state;
    fixture f;
    open_app(&f, 1, 0, 100, 34);
    keys(&f, "nnn");
    screen(&f, 0);
    check_golden("app-present-100x34", &f.out);
    close_app(&f);
}

/* The status line's running score. */
static int score_is(fixture *f, const char *want)
{
    return shows(f, want);
}

static void test_prediction_round(void **state)
{
    (void)state;
    fixture f;
    open_app(&f, 0, 1, 110, 34);
    assert_true(score_is(&f, "predict 0/0"));
    keys(&f, "nnn");                            /* start-up, import gc, line 4: nothing of the program's to ask about */
    assert_true(shows(&f, "step 2/"));
    keys(&f, "n");                              /* b = [a, a]: a's refcount changes */
    assert_true(shows(&f, "before step 3: what will it do?"));
    assert_true(shows(&f, "step 2/"));          /* not run yet */
    assert_true(shows(&f, "1  list rc=1 · a"));
    keys(&f, "1<Enter>");                       /* 1: refcount changes */
    assert_true(shows(&f, "✓ right"));
    assert_true(shows(&f, "step 3/"));
    assert_true(score_is(&f, "predict 1/1"));
    keys(&f, "x");                              /* any key closes the marks */
    assert_false(shows(&f, "how did you do?"));
    keys(&f, "n");                              /* c = b: b's list changes, a's does not */
    assert_true(shows(&f, "before step 4"));
    keys(&f, "11<Enter>");                      /* says a is freed: wrong; b unanswered: wrong */
    assert_true(shows(&f, "✗ it was: no change"));
    assert_true(shows(&f, "✗ it was: refcount changes"));
    assert_true(score_is(&f, "predict 1/3"));
    keys(&f, "xn");                             /* del b, c: the outer list is freed, a loses two */
    assert_true(shows(&f, "before step 5"));
    assert_true(shows(&f, "2  list rc=2 · "));
    keys(&f, "122<Enter>");
    assert_true(shows(&f, "freed             ✓ right"));
    assert_true(shows(&f, "refcount changes  ✓ right"));
    assert_true(score_is(&f, "predict 3/5"));
    keys(&f, "xn<Esc>");                        /* skipped: the step runs, no score */
    assert_true(shows(&f, "step 6/"));
    assert_true(score_is(&f, "predict 3/5"));
    keys(&f, "xA");                             /* A leaves prediction mode */
    keys(&f, "n");
    assert_false(shows(&f, "what will it do?"));
    assert_false(shows(&f, "predict "));
    close_app(&f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_autoplay_stops_at_captions),
        cmocka_unit_test(test_stepping_shows_captions_without_presenter),
        cmocka_unit_test(test_presenter_golden),
        cmocka_unit_test(test_prediction_round),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
