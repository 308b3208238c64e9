/*
 * 65-lazy: a replay stream opens lazily (issue 6: ui/stream.h, the batch
 * index of store/replay.h) and reads exactly as the eager path did.
 *
 * The eager path is what stream_replay_open did before: every event of
 * the session read at open into a stream that keeps them and their
 * summaries in memory (here: replay_scan into stream_emit of a live
 * stream, which seeks over its own events).  On several recorded
 * programs, real interpreter runs and a long synthetic one of many
 * batches, the lazy stream must give the same events, searches, steps,
 * step lines, step and line memory, and the same model (model_digest) at
 * every position visited: forwards, one step back at a time, far jumps,
 * and stream_model_at.
 *
 * Then what only lazy opening can do: a session whose middle and last
 * batches are damaged opens (the eager path refused it); the damage is
 * reported where it is reached, as one located line, the batches before
 * and after it still read; rows of the batch table that disagree are
 * reported too; and a session still being recorded opens at what was
 * committed.
 */
#include "testutil.h"

#include "replay.h"
#include "session.h"
#include "storetest.h"
#include "stream.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sqlite3.h>

typedef struct fixture {
    char dir[200], path[256];
} fixture;

static int setup(void **state)
{
    fixture *f = calloc(1, sizeof *f);
    snprintf(f->dir, sizeof f->dir, "%s/hv-65-XXXXXX", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
    if (!mkdtemp(f->dir))
        return -1;
    snprintf(f->path, sizeof f->path, "%s/s.db", f->dir);
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    fixture *f = *state;
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", f->dir);
    int rc = system(cmd);
    free(f);
    return rc;
}

/* The eager path: every event of session id read at once into a stream
 * that keeps them. */
static stream *eager_open(store *st, int64_t id)
{
    buf err = BUF_INIT;
    replay *r = replay_open(st, id, &err);
    if (!r)
        fail_msg("%s", buf_str(&err));
    stream *e = stream_live_new(replay_profile(r), "eager", NULL);
    if (replay_scan(r, 0, replay_events(r), stream_emit, e, &err))
        fail_msg("%s", buf_str(&err));
    replay_close(r);
    buf_free(&err);
    return e;
}

static size_t batches_of(store *st, int64_t id)
{
    buf err = BUF_INIT;
    replay *r = replay_open(st, id, &err);
    assert_non_null(r);
    size_t n = replay_batches(r);
    replay_close(r);
    buf_free(&err);
    return n;
}

/* An order-free sum of a site tally. */
typedef struct tally {
    int64_t bytes[2], count[2];
    uint64_t mix;
} tally;

static void add_site(void *ud, int side, uint32_t site, int64_t bytes, int64_t count)
{
    tally *t = ud;
    t->bytes[side] += bytes;
    t->count[side] += count;
    t->mix += ((uint64_t)site * 1000003u + (uint64_t)side + 1) * (uint64_t)(bytes * 31 + count);
}

static void same_event(const stream *a, const stream *b, uint64_t i)
{
    hv_event x = stream_event(a, i), y = stream_event(b, i);
    if (memcmp(&x, &y, sizeof x) != 0)
        fail_msg("event %llu: %s vs %s", (unsigned long long)i, event_name(x.kind), event_name(y.kind));
}

/* Everything but the model reads alike. */
static void same_reading(const stream *lz, const stream *eg, uint64_t seed)
{
    uint64_t n = stream_events(eg), steps = stream_steps(eg);
    assert_int_equal(stream_events(lz), n);
    assert_int_equal(stream_steps(lz), steps);
    for (uint64_t s = 0; s <= steps + 1; s++) {
        assert_int_equal(stream_step_begin(lz, s), stream_step_begin(eg, s));
        assert_int_equal(stream_step_end(lz, s), stream_step_end(eg, s));
        assert_int_equal(stream_step_line(lz, s), stream_step_line(eg, s));
        int64_t a1, f1, a2, f2;
        stream_step_memory(lz, s, &a1, &f1);
        stream_step_memory(eg, s, &a2, &f2);
        if (a1 != a2 || f1 != f2)
            fail_msg("step %llu's memory: +%lld -%lld vs +%lld -%lld", (unsigned long long)s, (long long)a1,
                     (long long)f1, (long long)a2, (long long)f2);
        uint64_t b = stream_step_begin(eg, s);
        for (uint64_t p = b ? b - 1 : 0; p <= b + 1 && p <= n; p++)
            assert_int_equal(stream_step_of(lz, p), stream_step_of(eg, p));
    }
    static const uint32_t kinds[] = {1u << EV_STEP, 1u << EV_OBJ_NEW | 1u << EV_OBJ_FREE, 1u << EV_GC_PHASE,
                                     1u << EV_BLOCK_ALLOC, 1u << EV_RAW_ALLOC | 1u << EV_REF};
    for (int k = 0; k < 300; k++) {
        uint64_t i = n ? test_rand(&seed) % n : 0, j = i + test_rand(&seed) % (n / 3 + 2);
        same_event(lz, eg, i);
        assert_int_equal(stream_step_of(lz, i), stream_step_of(eg, i));
        uint32_t want = kinds[k % HV_COUNTOF(kinds)];
        uint64_t at1 = 0, at2 = 0;
        hv_event e1, e2;
        int f1 = stream_find(lz, i, j, want, &at1, &e1), f2 = stream_find(eg, i, j, want, &at2, &e2);
        assert_int_equal(f1, f2);
        if (f1) {
            assert_int_equal(at1, at2);
            assert_memory_equal(&e1, &e2, sizeof e1);
        }
        tally t1 = {0}, t2 = {0};
        stream_site_tally(lz, i, j, add_site, &t1);
        stream_site_tally(eg, i, j, add_site, &t2);
        assert_memory_equal(&t1, &t2, sizeof t1);
    }
    tally t1 = {0}, t2 = {0};
    stream_site_tally(lz, 0, n, add_site, &t1);         /* whole batches, from their summaries */
    stream_site_tally(eg, 0, n, add_site, &t2);
    assert_memory_equal(&t1, &t2, sizeof t1);
    same_event(lz, eg, n);                              /* past the end: EV_NONE both */
}

static void seek_both(stream *lz, stream *eg, uint64_t pos)
{
    buf err = BUF_INIT;
    if (stream_seek(lz, pos, &err) || stream_seek(eg, pos, &err))
        fail_msg("seek to %llu: %s", (unsigned long long)pos, buf_str(&err));
    assert_int_equal(stream_position(lz), stream_position(eg));
    if (model_digest(stream_model(lz), stream_profile(lz)) != model_digest(stream_model(eg), stream_profile(eg)))
        fail_msg("the model at %llu differs", (unsigned long long)pos);
    buf_free(&err);
}

/* The same model everywhere visited: every `stride`-th step end forwards,
 * then one step back at a time from the end, then one event back, then far
 * jumps, and a model built aside. */
static void same_models(stream *lz, stream *eg, uint64_t stride, uint64_t seed)
{
    uint64_t steps = stream_steps(eg), n = stream_events(eg);
    for (uint64_t s = 0; s <= steps; s += stride)
        seek_both(lz, eg, stream_step_end(eg, s));
    seek_both(lz, eg, n);
    for (uint64_t s = steps, k = 0; s-- > 0 && k < 40; k++)
        seek_both(lz, eg, stream_step_end(eg, s));
    for (uint64_t k = 0, p = stream_position(eg); k < 5 && p > 0; k++)
        seek_both(lz, eg, --p);
    for (int k = 0; k < 25; k++)
        seek_both(lz, eg, test_rand(&seed) % (n + 1));
    buf err = BUF_INIT;
    uint64_t at = n / 2 + 1;
    model *a = stream_model_at(lz, at, &err), *b = stream_model_at(eg, at, &err);
    assert_non_null(a);
    assert_non_null(b);
    assert_int_equal(model_digest(a, stream_profile(lz)), model_digest(b, stream_profile(eg)));
    model_delete(a);
    model_delete(b);
    buf_free(&err);
}

static stream *lazy_open(store *st, int64_t id)
{
    buf err = BUF_INIT;
    stream *s = stream_replay_open(st, id, &err);
    if (!s)
        fail_msg("%s", buf_str(&err));
    buf_free(&err);
    return s;
}

/* A long synthetic session of many batches (tests/storetest.h's program). */
static void record_prog(const char *path, int statements, size_t live)
{
    buf err = BUF_INIT;
    store *st = store_open(path, STORE_WRITE, NULL, &err);
    session_meta meta = {"prog.py", "cpython-3.11", "generational", ""};
    session *s = st ? session_begin(st, &meta, &err) : NULL;
    assert_non_null(s);
    prog p;
    prog_init(&p, profile_default(), 65, session_emit, s);
    prog_build(&p, live);
    for (int i = 0; i < statements; i++)
        prog_statement(&p, live);
    prog_free_all(&p);
    assert_int_equal(session_end(s, SESSION_COMPLETE, &err), 0);
    store_close(st);
    buf_free(&err);
}

/* index: build the replay's keyframes ahead first (stream_index_some, as
 * the app does between keys), in slices, the model staying at 0. */
static void check_file(const char *path, size_t min_batches, uint64_t stride, uint64_t seed, int index)
{
    buf err = BUF_INIT;
    store *st = store_open(path, STORE_READ, NULL, &err);
    assert_non_null(st);
    if (batches_of(st, 1) < min_batches)
        fail_msg("%zu batches: the test proves less than it says", batches_of(st, 1));
    stream *eg = eager_open(st, 1), *lz = lazy_open(st, 1);
    for (int slices = 0; index && stream_index_some(lz, 7000); slices++)
        assert_true(slices < 10000);
    assert_int_equal(stream_position(lz), 0);
    if (index)
        assert_int_equal(stream_index_some(lz, 7000), 0);
    same_reading(lz, eg, seed);
    same_models(lz, eg, stride, seed);
    assert_null(stream_damage(lz));
    stream_delete(lz);
    stream_delete(eg);
    store_close(st);
    unlink(path);
    buf_free(&err);
}

/* Real programs run by the interpreter, recorded as `heapviz run` does. */
static void test_programs_read_alike(void **state)
{
    fixture *f = *state;
    static const char *const programs[] = {
        st_program,
        "data = [str(i) for i in range(12000)]\nx = len(data)\ndel data[::2]\ny = {i: [i] for i in range(3000)}\n"
        "print(x, len(y))\n",
        "import gc\nclass N:\n    pass\nfor i in range(300):\n    a = N()\n    b = N()\n    a.o = b\n    b.o = a\n"
        "    del a, b\n    if i % 50 == 0:\n        gc.collect()\nprint(gc.collect())\n",
    };
    static const size_t min_batches[] = {1, 3, 1};
    for (size_t i = 0; i < HV_COUNTOF(programs); i++) {
        assert_int_equal(st_record_program(f->path, "prog.py", programs[i], "prog.py"), 0);
        check_file(f->path, min_batches[i], 3, 11 + i, (int)i & 1);
    }
}

static void test_long_session_reads_alike(void **state)
{
    fixture *f = *state;
    record_prog(f->path, 20000, 800);
    check_file(f->path, 4, 97, 5, 0);
    record_prog(f->path, 20000, 800);
    check_file(f->path, 4, 97, 6, 1);
}

/* Flips a byte of the blob of the n-th batch (by position; -1: the last). */
static void damage_batch(const char *path, int n)
{
    sqlite3 *db;
    assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
    char text[400];
    snprintf(text, sizeof text,
             "UPDATE batch SET data = substr(data, 1, 20) || x'a5' || substr(data, 22) WHERE id = "
             "(SELECT id FROM batch ORDER BY first %s LIMIT 1 OFFSET %d)", n < 0 ? "DESC" : "", n < 0 ? 0 : n);
    assert_int_equal(sqlite3_exec(db, text, NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(db);
}

/* A damaged batch in the middle (and the last one): opening succeeds, and
 * reaching it says where, in one line, without a crash; what lies before
 * it replays as before and the batches after it still read. */
static void test_damaged_middle_batch(void **state)
{
    fixture *f = *state;
    record_prog(f->path, 20000, 800);
    buf err = BUF_INIT;
    store *st = store_open(f->path, STORE_READ, NULL, &err);
    size_t nb = batches_of(st, 1);
    assert_true(nb >= 5);
    stream *eg = eager_open(st, 1);
    store_close(st);
    replay_batch mid;
    {
        st = store_open(f->path, STORE_READ, NULL, &err);
        replay *r = replay_open(st, 1, &err);
        replay_batch_info(r, nb / 2, &mid);
        replay_close(r);
        store_close(st);
    }
    damage_batch(f->path, (int)(nb / 2));
    damage_batch(f->path, -1);
    st = store_open(f->path, STORE_READ, NULL, &err);
    assert_non_null(st);
    stream *lz = stream_replay_open(st, 1, &err);
    if (!lz)
        fail_msg("a damaged batch stops the opening: %s", buf_str(&err));
    assert_null(stream_damage(lz));                     /* nothing read yet */
    assert_int_equal(stream_events(lz), stream_events(eg));
    assert_int_equal(stream_steps(lz), stream_steps(eg));
    char want[200];
    snprintf(want, sizeof want, "session 1 is damaged: batch at event %llu: batch checksum mismatch",
             (unsigned long long)mid.first);

    uint64_t before = stream_step_of(eg, mid.first) - 1;  /* a step wholly before the damage */
    seek_both(lz, eg, stream_step_end(eg, before));
    seek_both(lz, eg, stream_step_end(eg, before / 2));

    assert_int_equal(stream_seek(lz, stream_events(lz), &err), -1);   /* the end lies past it */
    assert_non_null(strstr(buf_str(&err), want));
    assert_non_null(strstr(buf_str(&err), f->path));
    assert_null(strchr(buf_str(&err), '\n'));
    buf_clear(&err);

    uint64_t inside = mid.step0 + 1;                    /* a step that begins in the damaged batch */
    assert_true(inside <= mid.step1);
    uint64_t p = stream_step_end(lz, inside);
    assert_true(p >= mid.first + mid.count);            /* placed at the batch's end … */
    assert_int_equal(stream_seek(lz, p, &err), -1);     /* … where going says why not */
    assert_non_null(strstr(buf_str(&err), want));
    buf_clear(&err);
    assert_int_equal(stream_event(lz, mid.first + 1).kind, EV_NONE);
    assert_non_null(stream_damage(lz));
    assert_non_null(strstr(stream_damage(lz), want));
    assert_null(strchr(stream_damage(lz), '\n'));
    assert_int_equal(stream_step_of(lz, mid.first + 1), mid.step0);

    uint64_t after = mid.first + mid.count + 3;         /* the batch after it reads as before */
    same_event(lz, eg, after);
    assert_int_equal(stream_step_of(lz, after), stream_step_of(eg, after));
    uint64_t a1, a2;
    hv_event e1, e2;
    assert_int_equal(stream_find(lz, mid.first, stream_events(lz), 1u << EV_STEP, &a1, &e1), 1);
    assert_int_equal(stream_find(eg, mid.first + mid.count, stream_events(eg), 1u << EV_STEP, &a2, &e2), 1);
    assert_int_equal(a1, a2);                           /* the search steps over the damage */
    model *m = stream_model_at(lz, stream_events(lz) - 1, &err);
    assert_null(m);
    assert_non_null(strstr(buf_str(&err), "is damaged: batch at event"));
    buf_clear(&err);

    seek_both(lz, eg, stream_step_end(eg, 1));          /* and it is still usable */
    int slices = 0;
    while (stream_index_some(lz, 5000))                 /* indexing ahead stops at the damage */
        assert_true(++slices < 10000);
    assert_int_equal(stream_index_some(lz, 5000), 0);
    seek_both(lz, eg, stream_step_end(eg, before));
    stream_delete(lz);
    stream_delete(eg);
    store_close(st);
    buf_free(&err);
}

static void sql(const char *path, const char *text)
{
    sqlite3 *db;
    assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
    assert_int_equal(sqlite3_exec(db, text, NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(db);
}

/* The batch index is read from the table's indexes, each row's count
 * checked when it is decoded: a row that disagrees with its neighbours is
 * reported where it is reached, and steps that go back refuse the open. */
static void test_inconsistent_rows(void **state)
{
    fixture *f = *state;
    buf err = BUF_INIT;
    static const char *const edits[] = {
        "UPDATE batch SET count = count + 5 WHERE first = (SELECT first FROM batch ORDER BY first LIMIT 1 OFFSET 2)",
        "UPDATE batch SET first = first + 10 WHERE first = (SELECT first FROM batch ORDER BY first LIMIT 1 OFFSET 2)",
    };
    for (size_t i = 0; i < HV_COUNTOF(edits); i++) {
        record_prog(f->path, 20000, 800);
        sql(f->path, edits[i]);
        store *st = store_open(f->path, STORE_READ, NULL, &err);
        assert_non_null(st);
        stream *lz = lazy_open(st, 1);
        assert_int_equal(stream_seek(lz, 1, &err), 0);
        assert_int_equal(stream_seek(lz, stream_events(lz), &err), -1);
        if (!strstr(buf_str(&err), "is damaged: its batches overlap or leave gaps at event "))
            fail_msg("edit %zu: %s", i, buf_str(&err));
        buf_clear(&err);
        stream_delete(lz);
        store_close(st);
        unlink(f->path);
    }
    record_prog(f->path, 20000, 800);
    sql(f->path, "UPDATE batch SET step1 = 0 WHERE first = (SELECT first FROM batch ORDER BY first LIMIT 1 OFFSET 2)");
    store *st = store_open(f->path, STORE_READ, NULL, &err);
    assert_null(stream_replay_open(st, 1, &err));
    assert_non_null(strstr(buf_str(&err), "is damaged: its batch rows are inconsistent"));
    assert_null(strchr(buf_str(&err), '\n'));
    store_close(st);
    buf_free(&err);
}

/* A session still recording, opened by a reader of its own: it shows what
 * was committed when it opened, as the eager path did, and a later open
 * shows more. */
static void test_still_recording(void **state)
{
    fixture *f = *state;
    buf err = BUF_INIT;
    store *wst = store_open(f->path, STORE_WRITE, NULL, &err);
    session_meta meta = {"prog.py", "cpython-3.11", "generational", ""};
    session *s = wst ? session_begin(wst, &meta, &err) : NULL;
    assert_non_null(s);
    prog p;
    prog_init(&p, profile_default(), 66, session_emit, s);
    prog_build(&p, 400);
    for (int i = 0; i < 2000; i++)
        prog_statement(&p, 400);
    assert_int_equal(session_flush(s, &err), 0);

    store *st = store_open(f->path, STORE_READ, NULL, &err);
    assert_non_null(st);
    session_row row;
    assert_int_equal(session_find(st, "1", &row, &err), 0);
    assert_int_equal(row.status, SESSION_RECORDING);
    session_row_clear(&row);
    stream *lz = lazy_open(st, 1), *eg = eager_open(st, 1);
    uint64_t first = stream_events(lz);
    assert_true(first > 0);
    for (int i = 0; i < 2000; i++)                  /* the recording goes on meanwhile */
        prog_statement(&p, 400);
    assert_int_equal(session_flush(s, &err), 0);
    same_reading(lz, eg, 3);
    same_models(lz, eg, 41, 3);
    assert_int_equal(stream_events(lz), first);     /* what was committed at open */
    stream *later = lazy_open(st, 1);
    assert_true(stream_events(later) > first);
    seek_both(later, eg, first);                    /* the same events where both have them */
    stream_delete(later);
    stream_delete(lz);
    stream_delete(eg);
    store_close(st);

    assert_int_equal(session_end(s, SESSION_COMPLETE, &err), 0);
    store_close(wst);
    prog_free_all(&p);
    buf_free(&err);
    unlink(f->path);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_programs_read_alike, setup, teardown),
        cmocka_unit_test_setup_teardown(test_long_session_reads_alike, setup, teardown),
        cmocka_unit_test_setup_teardown(test_damaged_middle_batch, setup, teardown),
        cmocka_unit_test_setup_teardown(test_inconsistent_rows, setup, teardown),
        cmocka_unit_test_setup_teardown(test_still_recording, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
