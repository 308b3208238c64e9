/*
 * 75-predict: prediction mode's answer key (ui/predict.h) on a recorded
 * program: what a step frees and whose refcounts it changes, and the
 * scoring of right, missed and wrong guesses.  The app's way to the same
 * answer (predict_answer_model: the live model and the stream's events)
 * must agree with the recording's step by step, and covers the functions
 * a statement calls.
 */
#include "testutil.h"
#include "storetest.h"

#include "interp.h"
#include "live.h"
#include "predict.h"
#include "session.h"
#include "store.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char program[] =
    "a = [1]\n"         /* 1: list A made */
    "b = [a]\n"         /* 2: list OUTER made; A's refcount 1 → 2 */
    "c = b\n"           /* 3: OUTER 1 → 2 */
    "del b\n"           /* 4: OUTER 2 → 1, nothing freed */
    "del c\n"           /* 5: OUTER freed; A 2 → 1 */
    "print(a)\n";       /* 6 */

enum { LINES = 7 };

typedef struct fixture {
    char dir[200], path[256];
    store *st;
    replay *r;
    uint64_t step_of[LINES];    /* the statement step of each line */
} fixture;

static void find_steps(void *ud, const hv_event *ev)
{
    fixture *f = ud;
    if (ev->kind == EV_STEP && ev->u.step.what == STEP_STATEMENT && ev->site < LINES && !f->step_of[ev->site])
        f->step_of[ev->site] = ev->u.step.number;
}

static int setup(void **state)
{
    fixture *f = calloc(1, sizeof *f);
    snprintf(f->dir, sizeof f->dir, "%s/hv-75-XXXXXX", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
    if (!mkdtemp(f->dir))
        return -1;
    snprintf(f->path, sizeof f->path, "%s/s.db", f->dir);
    if (st_record_program(f->path, "p.py", program, "p.py"))
        return -1;
    buf err = BUF_INIT;
    f->st = store_open(f->path, STORE_READ, NULL, &err);
    f->r = f->st ? replay_open(f->st, 1, &err) : NULL;
    if (!f->r || replay_scan(f->r, 0, replay_events(f->r), find_steps, f, &err))
        return -1;
    buf_free(&err);
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    fixture *f = *state;
    replay_close(f->r);
    store_close(f->st);
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", f->dir);
    if (system(cmd) != 0)
        return -1;
    free(f);
    return 0;
}

static void answer_line(fixture *f, unsigned line, predict_answer *a)
{
    buf err = BUF_INIT;
    assert_true(f->step_of[line] > 0);
    if (predict_answer_step(f->r, f->step_of[line], a, &err))
        fail_msg("line %u: %s", line, buf_str(&err));
    buf_free(&err);
}

static const predict_obj *find(const predict_answer *a, uint64_t addr)
{
    for (size_t i = 0; i < a->n; i++)
        if (a->objs[i].addr == addr)
            return &a->objs[i];
    return NULL;
}

/* The one object made by the step and still alive after it. */
static const predict_obj *made(const predict_answer *a)
{
    const predict_obj *found = NULL;
    for (size_t i = 0; i < a->n; i++)
        if (a->objs[i].created && !a->objs[i].freed) {
            assert_null(found);
            found = &a->objs[i];
        }
    assert_non_null(found);
    return found;
}

/* Pre-existing objects whose refcount changed without being freed. */
static size_t changed_count(const predict_answer *a)
{
    size_t n = 0;
    for (size_t i = 0; i < a->n; i++)
        n += !a->objs[i].created && !a->objs[i].freed && a->objs[i].delta != 0;
    return n;
}

static void test_answers_and_scores(void **state)
{
    fixture *f = *state;
    predict_answer a;
    answer_line(f, 1, &a);
    uint64_t A = made(&a)->addr, list_type = made(&a)->type;
    predict_answer_free(&a);
    answer_line(f, 2, &a);
    uint64_t OUTER = made(&a)->addr;
    assert_int_equal(made(&a)->type, list_type);
    assert_int_equal(find(&a, A)->before, 1);
    assert_int_equal(find(&a, A)->delta, 1);
    predict_answer_free(&a);

    /* del b: OUTER loses a reference, nothing is freed */
    answer_line(f, 4, &a);
    const predict_obj *o = find(&a, OUTER);
    assert_non_null(o);
    assert_int_equal(o->before, 2);
    assert_int_equal(o->delta, -1);
    assert_false(o->freed);
    assert_true(!find(&a, A) || find(&a, A)->delta == 0);
    for (size_t i = 0; i < a.n; i++)
        assert_false(!a.objs[i].created && a.objs[i].freed);
    predict_answer_free(&a);

    /* del c: OUTER is freed, and with it its reference to A */
    answer_line(f, 5, &a);
    assert_true(find(&a, OUTER)->freed);
    assert_int_equal(find(&a, OUTER)->before, 1);
    assert_int_equal(find(&a, A)->before, 2);
    assert_int_equal(find(&a, A)->delta, -1);
    assert_false(find(&a, A)->freed);
    size_t others = changed_count(&a) - 1;      /* e.g. the name 'c', a dict key */

    predict_result res;
    predict_guess good = {&OUTER, 1, &A, 1};
    predict_score(&a, &good, &res);
    assert_int_equal(res.freed.right, 1);
    assert_int_equal(res.freed.missed, 0);
    assert_int_equal(res.freed.wrong, 0);
    assert_int_equal(res.changed.right, 1);
    assert_int_equal(res.changed.missed, others);
    assert_int_equal(res.changed.wrong, 0);

    predict_guess swapped = {&A, 1, &OUTER, 1};
    predict_score(&a, &swapped, &res);
    assert_int_equal(res.freed.right, 0);
    assert_int_equal(res.freed.missed, 1);
    assert_int_equal(res.freed.wrong, 1);
    assert_int_equal(res.changed.right, 0);
    assert_int_equal(res.changed.missed, others + 1);
    assert_int_equal(res.changed.wrong, 1);     /* OUTER was freed, not merely changed */

    uint64_t nowhere = 0x10;
    predict_guess none = {NULL, 0, &nowhere, 1};
    predict_score(&a, &none, &res);
    assert_int_equal(res.freed.missed, 1);
    assert_int_equal(res.changed.wrong, 1);
    buf text = BUF_INIT;
    predict_describe(&res, &text);
    assert_non_null(strstr(buf_str(&text), "freed: 0 right, 1 missed, 0 wrong; refcounts: 0 right"));
    buf_free(&text);
    predict_answer_free(&a);
}

/* The answer does not depend on where the replay was: backwards works. */
static void test_any_order(void **state)
{
    fixture *f = *state;
    predict_answer late, early, again;
    answer_line(f, 5, &late);
    answer_line(f, 2, &early);
    answer_line(f, 5, &again);
    assert_int_equal(late.n, again.n);
    assert_memory_equal(late.objs, again.objs, late.n * sizeof *late.objs);
    predict_answer_free(&late);
    predict_answer_free(&early);
    predict_answer_free(&again);
}

static void test_bad_steps(void **state)
{
    fixture *f = *state;
    predict_answer a;
    buf err = BUF_INIT;
    assert_int_equal(predict_answer_step(f->r, 0, &a, &err), -1);
    assert_non_null(strstr(buf_str(&err), "from 1 to"));
    buf_clear(&err);
    assert_int_equal(predict_answer_step(f->r, replay_last_step(f->r) + 1, &a, &err), -1);
    assert_null(strchr(buf_str(&err), '\n'));
    assert_int_equal(a.n, 0);
    buf_free(&err);
}

/* The same program live: the answer from the model agrees with the one
 * from the recording at every step but the last (the recording's goes on
 * into the interpreter's teardown); no statement here calls a function,
 * so a statement is one step. */
static void test_model_agrees(void **state)
{
    fixture *f = *state;
    live *l = live_new(profile_default(), 0, "p.py", program, NULL);
    live_run_script(l, program, strlen(program), "p.py");
    stream *s = live_stream(l);
    buf err = BUF_INIT;
    assert_int_equal(stream_steps(s), LINES);         /* the six statements, then the script's end (STEP_END) */
    for (uint64_t step = 1; step + 1 < stream_steps(s); step++) {     /* print's output differs (a live screen's) */
        predict_answer m, r;
        assert_int_equal(stream_seek(s, stream_step_end(s, step - 1), &err), 0);
        if (predict_answer_model(s, &m, &err) || predict_answer_step(f->r, step, &r, &err))
            fail_msg("step %llu: %s", (unsigned long long)step, buf_str(&err));
        assert_int_equal(m.step, step);
        assert_int_equal(m.end, stream_step_end(s, step));
        assert_int_equal(m.n, r.n);
        for (size_t i = 0; i < m.n; i++) {
            assert_int_equal(m.objs[i].addr, r.objs[i].addr);
            assert_int_equal(m.objs[i].before, r.objs[i].before);
            assert_int_equal(m.objs[i].delta, r.objs[i].delta);
            assert_int_equal(m.objs[i].freed, r.objs[i].freed);
            assert_int_equal(m.objs[i].created, r.objs[i].created);
        }
        predict_answer_free(&m);
        predict_answer_free(&r);
    }
    assert_int_equal(stream_seek(s, stream_events(s), &err), 0);       /* no step after the last */
    predict_answer a;
    assert_int_equal(predict_answer_model(s, &a, &err), -1);
    assert_null(strchr(buf_str(&err), '\n'));
    buf_clear(&err);
    assert_int_equal(stream_seek(s, stream_step_end(s, 2) - 1, &err), 0);   /* mid-step */
    assert_int_equal(predict_answer_model(s, &a, &err), -1);
    assert_string_equal(buf_str(&err), "not at the end of a step");
    buf_free(&err);
    live_delete(l);
}

/* `del x` of an object with a __del__: the statement's answer runs through
 * the finalizer's steps to the free. */
static void test_model_statement(void **state)
{
    (void)state;
    static const char src[] =
        "class T:\n"
        "    def __del__(self):\n"
        "        print('bye')\n"
        "x = T()\n"
        "del x\n"
        "print('end')\n";
    live *l = live_new(profile_default(), 0, "t.py", src, NULL);
    live_run_script(l, src, strlen(src), "t.py");
    stream *s = live_stream(l);
    buf err = BUF_INIT;
    uint64_t step = 1;
    while (step <= stream_steps(s) && stream_step_line(s, step) != 5)
        step++;
    assert_true(step <= stream_steps(s));
    assert_int_equal(stream_seek(s, stream_step_end(s, step - 1), &err), 0);
    predict_answer a;
    assert_int_equal(predict_answer_model(s, &a, &err), 0);
    assert_true(a.end > stream_step_end(s, step));                  /* __del__'s line 3 is in it */
    assert_int_equal(stream_step_line(s, stream_step_of(s, a.end + 1)), 6);   /* it ends where line 6 begins */
    size_t freed = 0;
    for (size_t i = 0; i < a.n; i++)
        if (!a.objs[i].created && a.objs[i].freed) {
            freed++;
            assert_string_equal(stream_type_name(s, a.objs[i].type), "T");
        }
    assert_int_equal(freed, 1);
    predict_answer_free(&a);
    buf_free(&err);
    live_delete(l);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_answers_and_scores),
        cmocka_unit_test(test_any_order),
        cmocka_unit_test(test_bad_steps),
        cmocka_unit_test(test_model_agrees),
        cmocka_unit_test(test_model_statement),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
