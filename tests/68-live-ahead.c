/*
 * 68-live-ahead: a live stream walks to its end while the app waits for
 * keys (stream_index_some: a second model, the walker ahead, keeping the
 * first walk's keyframes).  Going to the end afterwards applies no event
 * (the walker is the spare there); a seek that overtakes the walker
 * midway takes it over; events appended meanwhile are walked too; and at
 * every place visited the model is the one replayed from an empty model
 * (model_digest), as is stream_model_at's.  A stream whose end is near
 * has nothing to walk.
 *
 * The same walk on a thread (stream_walk_behind, what the app starts):
 * it follows the script as it runs; a seek at once takes its model over
 * wherever it is (the thread then decoding the spans ahead of that
 * seek's walk); once it is done going to the end applies no event and
 * its keyframes serve the far jumps; a console statement typed after the
 * idle hook gave it a start is walked as it runs; and a stream deleted
 * while it walks stops it.
 */
#include "testutil.h"

#include "live.h"
#include "storetest.h"
#include "stream.h"
#include "streamtest.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char script[] =
    "xs = []\n"
    "d = {}\n"
    "for i in range(20000):\n    xs.append(str(i))\n    d[i] = [i]\n    if i % 3 == 0:\n        del d[i]\n"
    "n = len(xs)\n";

static void check_model(stream *s, uint64_t pos)
{
    uint64_t want = replayed_digest(s, pos);
    assert_int_equal(model_digest(stream_model(s), stream_profile(s)), want);
    buf err = BUF_INIT;
    model *m = stream_model_at(s, pos, &err);
    if (!m)
        fail_msg("model at %llu: %s", (unsigned long long)pos, buf_str(&err));
    assert_int_equal(model_digest(m, stream_profile(s)), want);
    model_delete(m);
    buf_free(&err);
}

/* The script run into a fresh live stream, followed by the walker behind
 * if `behind`. */
static live *run_script_as(int behind)
{
    live *l = live_new(profile_default(), 0, "ahead.py", script, NULL);
    if (behind)
        stream_walk_behind(live_stream(l));
    live_run_script(l, script, strlen(script), "ahead.py");
    assert_true(stream_events(live_stream(l)) > 500000);   /* several keyframes' spacing */
    assert_int_equal(stream_position(live_stream(l)), 0);
    return l;
}

static live *run_script(void)
{
    return run_script_as(0);
}

/* Walks ahead in slices until done: how many slices it took. */
static int walk_ahead(stream *s)
{
    int slices = 0;
    while (stream_index_some(s, 10000))
        slices++;
    return slices;
}

static void test_walk_then_end(void **state)
{
    (void)state;
    live *l = run_script();
    stream *s = live_stream(l);
    uint64_t end = stream_events(s);
    assert_true(walk_ahead(s) > 10);
    assert_int_equal(stream_position(s), 0);            /* the model shown did not move */
    assert_int_equal(stream_index_some(s, 10000), 0);   /* nothing left */
    assert_true(seek_to(s, end) == 0);                  /* the walker is the spare at the end */
    check_model(s, end);
    assert_true(seek_to(s, end - 1) == 1);              /* its undo history reaches back */
    check_model(s, end - 1);
    seek_to(s, end / 2);
    check_model(s, end / 2);
    seek_to(s, 0);
    check_model(s, 0);
    live_delete(l);
}

static void test_seek_overtakes_walker(void **state)
{
    (void)state;
    live *l = run_script();
    stream *s = live_stream(l);
    uint64_t end = stream_events(s);
    for (int i = 0; i < 30; i++)
        assert_int_equal(stream_index_some(s, 10000), 1);
    uint64_t moved = seek_to(s, 310000);                /* from the walker at 300,000 */
    assert_true(moved <= 10000);
    check_model(s, 310000);
    seek_to(s, 1000);                                   /* back, past what the walker did */
    check_model(s, 1000);
    walk_ahead(s);                                      /* a new walker, from the start */
    assert_true(seek_to(s, end) == 0);
    check_model(s, end);
    live_delete(l);
}

static void test_events_appended_meanwhile(void **state)
{
    (void)state;
    live *l = run_script();
    stream *s = live_stream(l);
    const app_console *c = live_console(l);
    for (int i = 0; i < 20; i++)
        stream_index_some(s, 10000);
    const char *more = "ys = [str(i) for i in range(3000)]\n";
    assert_int_equal(c->run(c->ud, more, strlen(more)), 0);
    uint64_t end = stream_events(s);
    walk_ahead(s);
    assert_true(seek_to(s, end) == 0);
    check_model(s, end);
    live_delete(l);
}

static void test_near_end_walks_nothing(void **state)
{
    (void)state;
    const char small[] = "xs = [1, 2]\nys = xs\n";
    live *l = live_new(profile_default(), 0, "small.py", small, NULL);
    live_run_script(l, small, strlen(small), "small.py");
    stream *s = live_stream(l);
    assert_int_equal(stream_index_some(s, 10000), 0);
    seek_to(s, stream_events(s));
    check_model(s, stream_events(s));
    live_delete(l);
}

/* The app's idle hook with the walker behind: nothing for the main
 * thread to do; then waits until the thread has walked what it may. */
static void idle_behind(stream *s)
{
    assert_int_equal(stream_index_some(s, 10000), 0);
    stream_walk_wait(s);
    assert_int_equal(stream_walking(s), 0);
}

static void test_behind_then_end(void **state)
{
    (void)state;
    live *l = run_script_as(1);
    stream *s = live_stream(l);
    uint64_t end = stream_events(s);
    idle_behind(s);
    assert_int_equal(stream_position(s), 0);            /* the model shown did not move */
    assert_true(seek_to(s, end) == 0);                  /* the thread's model, at the end */
    check_model(s, end);
    assert_true(seek_to(s, end - 1) == 1);              /* its undo history reaches back */
    check_model(s, end - 1);
    assert_true(seek_to(s, end / 2) < end / 2);         /* its keyframes, handed over */
    check_model(s, end / 2);
    seek_to(s, 0);
    check_model(s, 0);
    live_delete(l);
}

static void test_behind_seek_at_once(void **state)
{
    (void)state;
    live *l = run_script_as(1);
    stream *s = live_stream(l);
    uint64_t end = stream_events(s);
    seek_to(s, end);                                    /* wherever the thread is */
    check_model(s, end);
    seek_to(s, 1000);
    check_model(s, 1000);
    seek_to(s, end / 3);
    check_model(s, end / 3);
    idle_behind(s);                                     /* started again: keyframes past the last */
    seek_to(s, end);
    check_model(s, end);
    seek_to(s, end - end / 4);
    check_model(s, end - end / 4);
    live_delete(l);
}

/* A seek at once takes the thread's model wherever it is and applies
 * the rest itself, the thread (left with no model) decoding the spans
 * ahead for it (stream.c's invariant 7): the model is the replayed one
 * whichever spans came from the feed.  The thread walked part of the
 * script first on any machine that ran it at all; a few tries at most. */
static void test_behind_feeds_a_seek(void **state)
{
    (void)state;
    uint64_t fed = 0;
    for (int tries = 0; tries < 5 && !fed; tries++) {
        live *l = run_script_as(1);
        stream *s = live_stream(l);
        uint64_t end = stream_events(s), moved = stream_events_moved(s);
        seek_to(s, end);
        check_model(s, end);
        fed = stream_events_fed(s);
        assert_true(fed <= stream_events_moved(s) - moved);
        live_delete(l);
    }
    assert_true(fed > 0);
}

static void test_behind_console(void **state)
{
    (void)state;
    live *l = run_script_as(1);
    stream *s = live_stream(l);
    const app_console *c = live_console(l);
    idle_behind(s);
    seek_to(s, stream_events(s));
    idle_behind(s);                                     /* a start given: walked to the end */
    const char *more = "ys = [str(i) for i in range(30000)]\n";
    assert_int_equal(c->run(c->ud, more, strlen(more)), 0);
    uint64_t end = stream_events(s);
    idle_behind(s);
    assert_true(seek_to(s, end) == 0);                  /* walked as it ran */
    check_model(s, end);
    assert_int_equal(c->run(c->ud, more, strlen(more)), 0);
    end = stream_events(s);
    seek_to(s, end);                                    /* no idle hook: what the thread read, then the rest */
    check_model(s, end);
    live_delete(l);
}

static void test_behind_delete_while_walking(void **state)
{
    (void)state;
    live *l = run_script_as(1);
    stream_index_some(live_stream(l), 10000);
    live_delete(l);                                     /* stops the thread (sanitizers and valgrind: nothing leaks) */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_walk_then_end),
        cmocka_unit_test(test_seek_overtakes_walker),
        cmocka_unit_test(test_events_appended_meanwhile),
        cmocka_unit_test(test_near_end_walks_nothing),
        cmocka_unit_test(test_behind_then_end),
        cmocka_unit_test(test_behind_seek_at_once),
        cmocka_unit_test(test_behind_feeds_a_seek),
        cmocka_unit_test(test_behind_console),
        cmocka_unit_test(test_behind_delete_while_walking),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
