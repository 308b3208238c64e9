/*
 * 43-replay: seeking.  The model at the end of every step, reached in any
 * order, forwards and backwards, is exactly the model the live stream
 * built; each seek costs one keyframe and at most one keyframe gap of
 * events, at the start as at the end; the object graph follows the object
 * events; damaged batches and keyframes are reported, never trusted.
 */
#include "testutil.h"

#include "codec.h"
#include "replay.h"
#include "session.h"
#include "storetest.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>

#include <sqlite3.h>

typedef struct truth {
    session *s;
    model *m;
    uint64_t events;
    uint64_t said_at[3];            /* where the program "wrote" its three lines */
    uint64_t *digest, *position;    /* per step: the model at its end, and where that is */
    size_t nsteps, cap1, cap2;
} truth;

static void record_step_end(truth *t)
{
    hv_grow(&t->digest, &t->cap1, t->nsteps + 1, sizeof *t->digest, 1024);
    hv_grow(&t->position, &t->cap2, t->nsteps + 1, sizeof *t->position, 1024);
    t->digest[t->nsteps] = model_digest(t->m, profile_default());
    t->position[t->nsteps++] = t->events;
}

static void observe(void *ud, const hv_event *ev)
{
    truth *t = ud;
    if (ev->kind == EV_STEP)
        record_step_end(t);         /* the end of the step before it */
    if (model_knows(ev->kind))
        assert_int_equal(model_apply(t->m, ev), 0);
    t->events++;
    session_emit(t->s, ev);
}

typedef struct fixture {
    char dir[200], path[256];
    truth t;
    prog p;
    store *st;
    replay *r;
} fixture;

static int setup(void **state)
{
    fixture *f = calloc(1, sizeof *f);
    snprintf(f->dir, sizeof f->dir, "%s/hv-43-XXXXXX", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
    if (!mkdtemp(f->dir))
        return -1;
    snprintf(f->path, sizeof f->path, "%s/s.db", f->dir);
    buf err = BUF_INIT;
    store *st = store_open(f->path, STORE_WRITE, NULL, &err);
    session_meta meta = {"prog.py", "cpython-3.11", "generational", ""};
    f->t.s = st ? session_begin(st, &meta, &err) : NULL;
    if (!f->t.s)
        return -1;
    f->t.m = model_new(profile_default());
    prog_init(&f->p, profile_default(), 21, observe, &f->t);
    prog_build(&f->p, 3000);
    for (int i = 0; i < 12000; i++) {
        prog_statement(&f->p, 3000);
        if (i == 6000)
            session_snapshot(f->t.s, "middle", "ui");
        if (i == 100 || i == 5000 || i == 11000) {
            int k = i == 100 ? 0 : i == 5000 ? 1 : 2;
            f->t.said_at[k] = f->t.events;
            session_output(f->t.s, k == 1 ? 2 : 1, k == 0 ? "one\n" : k == 1 ? "oops\n" : "three\n", k == 2 ? 6 : 4 + (k == 1));
        }
    }
    record_step_end(&f->t);                 /* the last step ends at the end */
    if (session_end(f->t.s, SESSION_COMPLETE, &err))
        return -1;
    store_close(st);
    f->st = store_open(f->path, STORE_READ, NULL, &err);
    f->r = f->st ? replay_open(f->st, 1, &err) : NULL;
    buf_free(&err);
    *state = f;
    return f->r ? 0 : -1;
}

static int teardown(void **state)
{
    fixture *f = *state;
    replay_close(f->r);
    store_close(f->st);
    model_delete(f->t.m);
    free(f->t.digest);
    free(f->t.position);
    prog_free_all(&f->p);
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", f->dir);
    int rc = system(cmd);
    free(f);
    return rc;
}

static void check_step(fixture *f, replay *r, uint64_t step)
{
    buf err = BUF_INIT;
    uint64_t pos;
    if (replay_step_end(r, step, &pos, &err) || replay_seek(r, pos, &err))
        fail_msg("step %llu: %s", (unsigned long long)step, buf_str(&err));
    assert_int_equal(pos, f->t.position[step]);
    if (model_digest(replay_model(r), profile_default()) != f->t.digest[step])
        fail_msg("step %llu: the replayed model differs", (unsigned long long)step);
    assert_int_equal(model_step(replay_model(r)), step);
    buf_free(&err);
}

static void test_every_step_in_order(void **state)
{
    fixture *f = *state;
    assert_int_equal(replay_last_step(f->r) + 1, f->t.nsteps);
    assert_int_equal(replay_events(f->r), f->t.events);
    for (uint64_t k = 0; k < f->t.nsteps; k += 7)
        check_step(f, f->r, k);
    for (uint64_t k = f->t.nsteps; k-- > 0;)   /* and back, one step at a time */
        if (k % 5 == 0)
            check_step(f, f->r, k);
}

static void test_random_seeks(void **state)
{
    fixture *f = *state;
    uint64_t seed = 8;
    for (int i = 0; i < 1500; i++)
        check_step(f, f->r, test_rand(&seed) % f->t.nsteps);
    replay_stats rs;
    replay_get_stats(f->r, &rs);
    assert_true(rs.unapplied > 0 && rs.keyframes_loaded > 0);
}

/* After one walk through the session (replay_index), every seek that
 * starts afresh costs one keyframe and at most the widest keyframe spacing
 * (REPLAY_EVENTS_PER_OBJECT per object of the working set, at least
 * REPLAY_SPACING_MIN), wherever it lands, mid-batch or not: at the start
 * as at the end. */
static void test_seek_cost_is_bounded(void **state)
{
    fixture *f = *state;
    buf err = BUF_INIT;
    replay *r = replay_open(f->st, 1, &err);
    assert_non_null(r);
    assert_int_equal(replay_index(r, &err), 0);
    assert_int_equal(replay_position(r), 0);
    replay_stats before, after;
    replay_get_stats(r, &before);
    assert_int_equal(before.applied, f->t.events);      /* the walk: every event, once */
    if (before.keyframes_built < 1)
        fail_msg("%llu keyframes for %llu events", (unsigned long long)before.keyframes_built, (unsigned long long)f->t.events);
    uint64_t spacing = before.max_spacing, most = f->p.nlive + 1000;   /* the working set and a margin */
    if (spacing < REPLAY_SPACING_MIN || spacing > REPLAY_SPACING_MIN + REPLAY_EVENTS_PER_OBJECT * most)
        fail_msg("keyframe spacing %llu", (unsigned long long)spacing);
    uint64_t bound = spacing;
    assert_true(bound < f->t.events);          /* else the test proves nothing */
    uint64_t steps[5 + 100] = {1, 2, f->t.nsteps / 2, f->t.nsteps - 2, f->t.nsteps - 1};
    for (size_t i = 5; i < HV_COUNTOF(steps); i++)     /* and 100 across, most ends mid-batch */
        steps[i] = 1 + (i - 5) * (f->t.nsteps - 2) / 100;
    for (size_t i = 0; i < HV_COUNTOF(steps); i++) {
        assert_int_equal(replay_seek(r, 0, &err), 0);
        replay_get_stats(r, &before);
        check_step(f, r, steps[i]);
        replay_get_stats(r, &after);
        assert_true(after.keyframes_loaded - before.keyframes_loaded <= 1);
        assert_int_equal(after.keyframes_built, before.keyframes_built);
        uint64_t applied = after.applied - before.applied;
        if (applied > bound)
            fail_msg("seek to step %llu applied %llu events", (unsigned long long)steps[i],
                     (unsigned long long)applied);
    }
    replay_close(r);
    buf_free(&err);
}

/* The same walk in slices while the replay's own model stays put
 * (replay_index_some, what the app does between keys): it starts from
 * the farthest keyframe a seek made, so no event is walked twice, and
 * afterwards every seek costs a keyframe and a bounded run of events. */
static void test_index_in_slices(void **state)
{
    fixture *f = *state;
    buf err = BUF_INIT;
    replay *r = replay_open(f->st, 1, &err);
    assert_non_null(r);
    uint64_t half = f->t.nsteps / 2;
    check_step(f, r, half);                     /* a seek's walk to the middle first */
    replay_stats before, after;
    replay_get_stats(r, &before);
    assert_int_equal(before.applied, f->t.position[half]);
    int rc, slices = 0;
    while ((rc = replay_index_some(r, 5000, &err)) == 1)
        slices++;
    assert_int_equal(rc, 0);
    assert_true(slices > 2);
    assert_int_equal(replay_index_some(r, 5000, &err), 0);      /* done stays done */
    assert_int_equal(replay_position(r), f->t.position[half]);  /* the model did not move … */
    if (model_digest(replay_model(r), profile_default()) != f->t.digest[half])
        fail_msg("indexing changed the model");             /* … nor change */
    replay_get_stats(r, &after);
    uint64_t walked = after.applied - before.applied, batch = 0;
    for (size_t b = 0; b < replay_batches(r); b++) {
        replay_batch rb;
        replay_batch_info(r, b, &rb);
        batch = rb.count > batch ? rb.count : batch;
    }
    if (walked > f->t.events - f->t.position[half] + after.max_spacing + batch)
        fail_msg("indexing from the middle applied %llu events of %llu", (unsigned long long)walked,
                 (unsigned long long)f->t.events);
    assert_true(after.keyframes_built > before.keyframes_built);
    uint64_t bound = after.max_spacing;
    assert_true(bound < f->t.position[half]);      /* else the test proves nothing */
    uint64_t steps[] = {1, f->t.nsteps / 3, f->t.nsteps - 2, f->t.nsteps - 1, 2};
    for (size_t i = 0; i < HV_COUNTOF(steps); i++) {
        assert_int_equal(replay_seek(r, 0, &err), 0);
        replay_get_stats(r, &before);
        check_step(f, r, steps[i]);
        replay_get_stats(r, &after);
        assert_int_equal(after.keyframes_built, before.keyframes_built);   /* no walk any more */
        if (after.applied - before.applied > bound)
            fail_msg("seek to step %llu applied %llu events", (unsigned long long)steps[i],
                     (unsigned long long)(after.applied - before.applied));
    }
    replay_close(r);
    buf_free(&err);
}

/* Copies the fixture's file to dir/name (path in out). */
static void copy_db(fixture *f, const char *name, char *out, size_t n)
{
    char cmd[700];
    snprintf(out, n, "%s/%s", f->dir, name);
    snprintf(cmd, sizeof cmd, "cp '%s' '%s'", f->path, out);
    assert_int_equal(system(cmd), 0);
}

/* The keyframe rows of session 1 in path: how many, their bytes. */
static void keyframe_rows(const char *path, int64_t *count, int64_t *bytes)
{
    sqlite3 *db;
    sqlite3_stmt *q;
    assert_int_equal(sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_prepare_v2(db, "SELECT count(*), coalesce(sum(length(data)), 0) FROM keyframe WHERE session = 1",
                                        -1, &q, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_step(q), SQLITE_ROW);
    *count = sqlite3_column_int64(q, 0);
    *bytes = sqlite3_column_int64(q, 1);
    sqlite3_finalize(q);
    sqlite3_close(db);
}

/* Whether files a and b hold the same bytes. */
static int same_bytes(const char *a, const char *b)
{
    char cmd[700];
    snprintf(cmd, sizeof cmd, "cmp -s '%s' '%s'", a, b);
    return system(cmd) == 0;
}

/* What one replay walked, the next replay — another connection, as the
 * next `heapviz stats` would open — starts from: replay_keep_keyframes
 * writes some of the walk's keyframes (the last one, within the byte
 * budget), a seek to the end then loads one and applies at most a
 * keyframe gap of events, to the same models everywhere; keeping again
 * writes nothing; a file locked by another writer gets a one-line reason
 * after a short wait and nothing written; a file made read-only (its
 * bits, even for root) or an empty walk writes nothing. */
static void test_keep_keyframes(void **state)
{
    fixture *f = *state;
    char path[300], ro[300], before[300];
    copy_db(f, "keep.db", path, sizeof path);
    buf err = BUF_INIT;
    store *st = store_open(path, STORE_READ, NULL, &err);
    replay *r = replay_open(st, 1, &err);
    assert_non_null(r);
    assert_int_equal(replay_keep_keyframes(r, &err), 0);    /* nothing walked: nothing to keep */
    assert_int_equal(replay_index(r, &err), 0);
    replay_stats walked;
    replay_get_stats(r, &walked);
    sqlite3 *other;                                         /* locked by another writer: */
    assert_int_equal(sqlite3_open(path, &other), SQLITE_OK);
    assert_int_equal(sqlite3_exec(other, "BEGIN IMMEDIATE", NULL, NULL, NULL), SQLITE_OK);
    assert_int_equal(replay_keep_keyframes(r, &err), -1);   /* a short wait, then one line */
    assert_non_null(strstr(buf_str(&err), path));
    assert_null(strchr(buf_str(&err), '\n'));
    sqlite3_exec(other, "ROLLBACK", NULL, NULL, NULL);
    sqlite3_close(other);
    int64_t rows, bytes;
    keyframe_rows(path, &rows, &bytes);
    assert_int_equal(rows, 0);
    buf_clear(&err);
    int wrote = replay_keep_keyframes(r, &err);
    if (wrote < 1 || (uint64_t)wrote > walked.keyframes_built)
        fail_msg("kept %d of %llu keyframes: %s", wrote, (unsigned long long)walked.keyframes_built, buf_str(&err));
    assert_int_equal(replay_keep_keyframes(r, &err), 0);    /* all there already */
    replay_close(r);
    store_close(st);
    keyframe_rows(path, &rows, &bytes);
    assert_int_equal(rows, wrote);
    assert_true((uint64_t)bytes <= f->t.events * REPLAY_KEEP_BYTES_PER_EVENT);

    st = store_open(path, STORE_READ, NULL, &err);
    r = replay_open(st, 1, &err);
    assert_non_null(r);
    replay_stats a, b;
    replay_get_stats(r, &a);
    check_step(f, r, f->t.nsteps - 1);                      /* the end: from the last keyframe kept */
    replay_get_stats(r, &b);
    assert_int_equal(b.keyframes_loaded - a.keyframes_loaded, 1);
    if (b.applied - a.applied > walked.max_spacing)
        fail_msg("the end cost %llu events", (unsigned long long)(b.applied - a.applied));
    uint64_t seed = 43;
    for (int i = 0; i < 200; i++)
        check_step(f, r, test_rand(&seed) % f->t.nsteps);
    replay_close(r);
    store_close(st);

    copy_db(f, "ro.db", ro, sizeof ro);                     /* read-only: left as it is */
    copy_db(f, "before.db", before, sizeof before);
    assert_int_equal(chmod(ro, 0444), 0);
    st = store_open(ro, STORE_READ, NULL, &err);
    r = replay_open(st, 1, &err);
    assert_int_equal(replay_index(r, &err), 0);
    assert_int_equal(replay_keep_keyframes(r, &err), 0);
    replay_close(r);
    store_close(st);
    assert_true(same_bytes(ro, before));
    assert_int_equal(err.len, 0);
    buf_free(&err);
}

static void test_positions(void **state)
{
    fixture *f = *state;
    buf err = BUF_INIT;
    uint64_t pos;
    assert_int_equal(replay_resolve(f->r, "end", &pos, &err), 0);
    assert_int_equal(pos, f->t.events);
    assert_int_equal(replay_resolve(f->r, NULL, &pos, &err), 0);
    assert_int_equal(pos, f->t.events);
    assert_int_equal(replay_resolve(f->r, "0", &pos, &err), 0);
    assert_int_equal(pos, f->t.position[0]);
    assert_int_equal(replay_resolve(f->r, "middle", &pos, &err), 0);
    assert_true(pos > f->t.position[1] && pos < f->t.events);
    assert_int_equal(replay_resolve(f->r, "nope", &pos, &err), -1);
    assert_non_null(strstr(buf_str(&err), "no step or snapshot 'nope'"));
    buf_clear(&err);
    assert_int_equal(replay_resolve(f->r, "99999999", &pos, &err), -1);
    assert_non_null(strstr(buf_str(&err), "there is no step 99999999"));
    buf_clear(&err);
    assert_int_equal(replay_seek(f->r, f->t.events + 1, &err), -1);
    buf_free(&err);
}

typedef struct held {
    uint64_t holder;
    int64_t count;
} held;

static int count_held(void *ud, const model_ref *r)
{
    held *h = ud;
    if (r->holder == h->holder)
        h->count += r->count;
    return 0;
}

static int refcount_one(void *ud, const model_obj *o)
{
    size_t *alive = ud;
    (*alive)++;
    assert_int_equal(o->refcnt, 1);
    return 0;
}

/* The replayed model's object half at the end: the working set, held by
 * its list, each object once; the list held by the frame. */
static void test_object_graph(void **state)
{
    fixture *f = *state;
    buf err = BUF_INIT;
    assert_int_equal(replay_seek(f->r, replay_events(f->r), &err), 0);
    const model *m = replay_model(f->r);
    size_t alive = 0;
    model_obj_each(m, refcount_one, &alive);
    assert_int_equal(alive, f->p.nlive + 1);       /* the working set and its list */
    assert_int_equal(model_obj_count(m), alive);
    assert_int_equal(model_obj_info(m, f->p.list.addr, NULL), 1);
    assert_int_equal(model_frames(m, NULL, 0), 1);
    held h = {f->p.list.addr, 0};
    model_refs_from(m, f->p.list.addr, count_held, &h);
    assert_int_equal(h.count, (int64_t)f->p.nlive);
    assert_int_equal(model_check(m, &err), 0);
    buf_free(&err);
}

/* The program's output up to a position: what was written there, in order. */
static void test_output_so_far(void **state)
{
    fixture *f = *state;
    buf out = BUF_INIT, err = BUF_INIT;
    const uint64_t *at = f->t.said_at;
    struct { uint64_t pos; unsigned fds; const char *want; } cases[] = {
        {0, 3, ""}, {at[0] - 1, 3, ""}, {at[0], 3, "one\n"}, {at[1], 3, "one\noops\n"},
        {at[1], 1, "one\n"}, {at[2], 2, "oops\n"}, {replay_events(f->r), 3, "one\noops\nthree\n"},
        {UINT64_MAX, 1, "one\nthree\n"},
    };
    for (size_t i = 0; i < HV_COUNTOF(cases); i++) {
        buf_clear(&out);
        assert_int_equal(replay_output(f->r, cases[i].pos, cases[i].fds, &out, &err), 0);
        assert_string_equal(buf_str(&out), cases[i].want);
    }
    buf_free(&out);
    buf_free(&err);
}

static void ignore_event(void *ud, const hv_event *ev)
{
    (void)ud, (void)ev;
}

/* Flips one byte of a stored blob (table, the n-th row by position). */
static void damage(const char *path, const char *table, const char *order, int n)
{
    sqlite3 *db;
    sqlite3_open(path, &db);
    char text[300];
    snprintf(text, sizeof text,
             "UPDATE %s SET data = substr(data, 1, 20) || x'a5' || substr(data, 22) WHERE id = "
             "(SELECT id FROM %s ORDER BY %s LIMIT 1 OFFSET %d)", table, table, order, n);
    assert_int_equal(sqlite3_exec(db, text, NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(db);
}

static void test_damage_is_reported(void **state)
{
    fixture *f = *state;
    buf err = BUF_INIT;
    replay_close(f->r);
    store_close(f->st);
    damage(f->path, "batch", "first", 3);
    /* a keyframe an older recorder stored, damaged */
    sqlite3 *db;
    sqlite3_open(f->path, &db);
    char text[200];
    snprintf(text, sizeof text, "INSERT INTO keyframe (session, position, step, data) VALUES (1, %llu, 0, "
             "x'0100000000aabbccdd')", (unsigned long long)f->t.events);
    assert_int_equal(sqlite3_exec(db, text, NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(db);
    f->st = store_open(f->path, STORE_READ, NULL, &err);
    assert_non_null(f->st);
    f->r = replay_open(f->st, 1, &err);
    assert_non_null(f->r);
    check_step(f, f->r, 1);                     /* before the damage: fine */
    uint64_t pos;
    assert_int_equal(replay_resolve(f->r, "end", &pos, &err), 0);
    assert_int_equal(replay_seek(f->r, pos, &err), -1);
    assert_non_null(strstr(buf_str(&err), "keyframe"));
    assert_null(strchr(buf_str(&err), '\n'));
    buf_clear(&err);
    int hit = 0;
    for (uint64_t k = 0; k < f->t.nsteps && !hit; k += 50) {
        uint64_t p;
        if (replay_step_end(f->r, k, &p, &err) || replay_seek(f->r, p, &err))
            hit = strstr(buf_str(&err), "checksum mismatch") != NULL;
        buf_clear(&err);
    }
    assert_true(hit);
    assert_int_equal(replay_scan(f->r, 0, replay_events(f->r), ignore_event, NULL, &err), -1);
    buf_free(&err);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_step_in_order),
        cmocka_unit_test(test_random_seeks),
        cmocka_unit_test(test_seek_cost_is_bounded),
        cmocka_unit_test(test_index_in_slices),
        cmocka_unit_test(test_keep_keyframes),
        cmocka_unit_test(test_positions),
        cmocka_unit_test(test_object_graph),
        cmocka_unit_test(test_output_so_far),
        cmocka_unit_test(test_damage_is_reported),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
