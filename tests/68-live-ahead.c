/*
 * 68-live-ahead: a live stream walks to its end while the app waits for
 * keys (stream_index_some: a second model, the walker ahead, keeping the
 * first walk's keyframes).  Going to the end afterwards applies no event
 * (the walker is the spare there); a seek that overtakes the walker
 * midway takes it over; events appended meanwhile are walked too; and at
 * every place visited the model is the one replayed from an empty model
 * (model_digest), as is stream_model_at's.  A stream whose end is near
 * has nothing to walk.
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

static live *run_script(void)
{
    live *l = live_new(profile_default(), 0, "ahead.py", script, NULL);
    live_run_script(l, script, strlen(script), "ahead.py");
    assert_true(stream_events(live_stream(l)) > 500000);   /* several keyframes' spacing */
    assert_int_equal(stream_position(live_stream(l)), 0);
    return l;
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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_walk_then_end),
        cmocka_unit_test(test_seek_overtakes_walker),
        cmocka_unit_test(test_events_appended_meanwhile),
        cmocka_unit_test(test_near_end_walks_nothing),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
