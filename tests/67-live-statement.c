/*
 * 67-live-statement: a big statement typed at the live console (issue 6:
 * the live stream's model walks it at once, saving keyframes as it goes)
 * leaves the same model as replaying every event of the stream from an
 * empty one (model_digest), at its end, after stepping back to the
 * statement's start and to step 0, and after walking forward again; and
 * stream_model_at (keyframe + events) agrees at every place visited.
 */
#include "testutil.h"

#include "live.h"
#include "storetest.h"
#include "stream.h"
#include "streamtest.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The live model at pos is the replayed one, and so is stream_model_at's. */
static void check_at(stream *s, uint64_t pos)
{
    seek_to(s, pos);
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

static void test_big_statement_steps_alike(void **state)
{
    (void)state;
    live *l = live_new(profile_default(), 0, "console", NULL, NULL);
    stream *s = live_stream(l);
    const app_console *c = live_console(l);
    const char *setup[] = {"xs = []\n", "d = {}\n"};
    const char *stmt = "for i in range(30000):\n    xs.append(i)\n    d[i] = [i]\n    if i % 3 == 0:\n        del d[i]\n";
    for (int k = 0; k < 2; k++)
        assert_int_equal(c->run(c->ud, setup[k], strlen(setup[k])), 0);
    seek_to(s, stream_events(s));
    uint64_t start = stream_events(s), step0 = stream_steps(s);
    assert_int_equal(c->run(c->ud, stmt, strlen(stmt)), 0);
    uint64_t end = stream_events(s);
    assert_true(end - start > 500000);          /* several keyframes' spacing */
    check_at(s, end);                           /* the console's walk to the end */
    check_at(s, start);                         /* back over the whole statement */
    check_at(s, end);
    check_at(s, stream_step_begin(s, step0 + 1));
    check_at(s, (start + end) / 2);
    check_at(s, 0);
    check_at(s, end - 1);
    check_at(s, start + 1);
    check_at(s, end);
    live_delete(l);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_big_statement_steps_alike),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
