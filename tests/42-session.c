/*
 * 42-session: recording.  A recorded session lists with its metadata and
 * counts; console lines, snapshots and symbols land where they happened;
 * commits happen at least every second without being asked; a full disk
 * or an I/O error stops the recording with a clear message and keeps
 * every step committed before; recorders that vanished are closed as
 * interrupted.
 *
 * With arguments it is the recorder the shell tests use:
 *   42-session.test record DB STEPS PAUSE_MS [EXPECT_DIR]
 *       records STEPS statements of the test program; after each step it
 *       commits (session_flush), writes EXPECT_DIR/STEP.stats (the
 *       allocator's own _debugmallocstats, the truth to compare replay
 *       with), prints "committed STEP", and sleeps PAUSE_MS; PAUSE_MS 0:
 *       no per-step commit (only the writer's own, every ≤ 1 s)
 *   42-session.test make KIND FILE     KIND: good, other (another application's),
 *                                      newer, foreign-schema, damaged-batch,
 *                                      damaged-middle (a long session, its middle batch),
 *                                      misfit (an event the model refuses)
 *   42-session.test seeds DIR          fuzzing seeds: batches and keyframes
 */
#include "testutil.h"

#include "codec.h"
#include "faultvfs.h"
#include "keyframe.h"
#include "mallocstats.h"
#include "replay.h"
#include "session.h"
#include "store_cmds.h"
#include "storetest.h"

#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <sqlite3.h>

typedef struct rec {
    session *s;
    model *m;               /* a reference replica, or NULL */
    uint64_t events;
    uint64_t stepped;       /* events up to the last STEP, itself included */
} rec;

static void to_session(void *ud, const hv_event *ev)
{
    rec *r = ud;
    if (r->m && model_knows(ev->kind) && model_apply(r->m, ev) != 0)
        abort();
    r->events++;
    if (ev->kind == EV_STEP)
        r->stepped = r->events;
    session_emit(r->s, ev);
}

static const session_meta meta = {"prog.py", "cpython-3.11", "generational", "for i in range(10):\n    pass\n"};

static void temp_db(char *path, size_t n)
{
    char dir[200];
    snprintf(dir, sizeof dir, "%s/hv-42-XXXXXX", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
    if (!mkdtemp(dir))
        abort();
    snprintf(path, n, "%s/s.db", dir);
}

static void remove_db(const char *path)
{
    char cmd[400];
    snprintf(cmd, sizeof cmd, "rm -rf \"$(dirname '%s')\"", path);
    if (system(cmd) != 0)
        abort();
}

static int64_t scalar(const char *path, const char *text)
{
    sqlite3 *db;
    sqlite3_stmt *q;
    int64_t v = -1;
    sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL);
    if (sqlite3_prepare_v2(db, text, -1, &q, NULL) == SQLITE_OK && sqlite3_step(q) == SQLITE_ROW)
        v = sqlite3_column_int64(q, 0);
    sqlite3_finalize(q);
    sqlite3_close(db);
    return v;
}

static void test_records_and_lists(void **state)
{
    char path[256];
    temp_db(path, sizeof path);
    buf err = BUF_INIT;
    store *st = store_open(path, STORE_WRITE, NULL, &err);
    assert_non_null(st);
    session *s = session_begin(st, &meta, &err);
    assert_non_null(s);
    rec r = {.s = s};
    prog p;
    prog_init(&p, profile_default(), 1, to_session, &r);
    prog_build(&p, 2000);
    session_symbol(s, prog_types[0].addr, "type", "int");
    session_console(s, "x = [1, 2]");
    uint64_t at_console = r.events;
    for (int i = 0; i < 3000; i++)
        prog_statement(&p, 2000);
    session_snapshot(s, "mid", "ui");
    uint64_t at_snapshot = r.events, steps_at_snapshot = p.step;
    for (int i = 0; i < 3000; i++)
        prog_statement(&p, 2000);
    assert_null(session_failed(s));
    int64_t id = session_id(s);
    assert_int_equal(session_end(s, SESSION_COMPLETE, &err), 0);
    store_close(st);

    st = store_open(path, STORE_READ, NULL, &err);
    assert_non_null(st);
    session_row row;
    assert_int_equal(session_find(st, NULL, &row, &err), 0);
    assert_int_equal(row.id, id);
    assert_string_equal(row.name, "prog.py");
    assert_string_equal(row.profile, "cpython-3.11");
    assert_int_equal(row.status, SESSION_COMPLETE);
    assert_int_equal(row.nevents, r.events);
    assert_int_equal(row.nsteps, p.step);
    assert_true(row.ended >= row.started && row.started > 0);
    session_row_clear(&row);
    buf src = BUF_INIT;
    assert_int_equal(session_source(st, id, &src, &err), 0);
    assert_string_equal(buf_str(&src), meta.source);
    buf_clear(&src);
    assert_int_equal(session_symbol_text(st, id, prog_types[0].addr, "type", &src, &err), 0);
    assert_string_equal(buf_str(&src), "int");
    assert_int_equal(session_find(st, "99", &row, &err), -1);
    assert_int_equal(session_find(st, "x1", &row, &err), -1);
    store_close(st);

    char q[200];
    snprintf(q, sizeof q, "SELECT position FROM console WHERE session = %lld", (long long)id);
    assert_int_equal(scalar(path, q), (int64_t)at_console);
    snprintf(q, sizeof q, "SELECT position FROM snapshot WHERE name = 'mid'");
    assert_int_equal(scalar(path, q), (int64_t)at_snapshot);
    snprintf(q, sizeof q, "SELECT step FROM snapshot WHERE name = 'mid'");
    assert_int_equal(scalar(path, q), (int64_t)steps_at_snapshot);
    /* the recorder keeps no model: keyframes are the reader's (replay.c) */
    assert_int_equal(scalar(path, "SELECT count(*) FROM keyframe"), 0);
    prog_free_all(&p);
    buf_free(&src);
    buf_free(&err);
    remove_db(path);
}

/* Nobody calls flush: the writer commits by itself within a second what
 * was emitted up to the last STEP (event.h: the producer publishes at
 * each), and session_flush commits everything emitted before it. */
static void test_commits_without_being_asked(void **state)
{
    char path[256];
    temp_db(path, sizeof path);
    buf err = BUF_INIT;
    store *st = store_open(path, STORE_WRITE, NULL, &err);
    session *s = session_begin(st, &meta, &err);
    rec r = {.s = s};
    prog p;
    prog_init(&p, profile_default(), 2, to_session, &r);
    for (int i = 0; i < 500; i++)
        prog_statement(&p, 100);
    uint64_t emitted = r.stepped;
    assert_true(emitted > 1000 && emitted < r.events);
    struct timespec nap = {1, 500 * 1000000L};   /* the promise is 1 s; the writer aims at 0.5 */
    nanosleep(&nap, NULL);
    assert_int_equal(scalar(path, "SELECT nevents FROM session"), (int64_t)emitted);
    for (int i = 0; i < 500; i++)
        prog_statement(&p, 100);
    assert_int_equal(session_flush(s, &err), 0);
    assert_int_equal(scalar(path, "SELECT nevents FROM session"), (int64_t)r.events);
    assert_int_equal(scalar(path, "SELECT nsteps FROM session"), (int64_t)p.step);
    assert_int_equal(scalar(path, "SELECT status = 'recording' FROM session"), 1);
    assert_int_equal(session_end(s, SESSION_INTERRUPTED, &err), 0);
    assert_int_equal(scalar(path, "SELECT status = 'interrupted' FROM session"), 1);
    store_close(st);
    prog_free_all(&p);
    buf_free(&err);
    remove_db(path);
}

/* The child records through a VFS that fails writes once armed; it
 * reports (step, digest) of its last successful commit on fd. */
static void record_until_failure(const char *path, int rc, int fd)
{
    faultvfs f;
    faultvfs_register(&f, "fault42");
    buf err = BUF_INIT;
    store_options opts = {.vfs = "fault42"};
    store *st = store_open(path, STORE_WRITE, &opts, &err);
    session *s = st ? session_begin(st, &meta, &err) : NULL;
    if (!s)
        _exit(3);
    rec r = {.s = s, .m = model_new(profile_default())};
    prog p;
    prog_init(&p, profile_default(), 3, to_session, &r);
    uint64_t last[2] = {0, 0};
    for (int i = 0; i < 40000 && !session_failed(s); i++) {
        prog_statement(&p, 3000);
        if (i % 2000 == 1999 && session_flush(s, &err) == 0) {
            last[0] = p.step;
            last[1] = model_digest(r.m, profile_default());
        }
        if (i == 20000)
            faultvfs_arm(&f, 150000, rc);
    }
    buf_clear(&err);
    int end = session_end(s, SESSION_COMPLETE, &err);
    const char *want = rc == SQLITE_FULL ? "the disk is full" : "I/O error";
    if (end != -1 || !strstr(buf_str(&err), want) || !strstr(buf_str(&err), "recording stopped") ||
        strchr(buf_str(&err), '\n'))
        _exit(4);
    if (write(fd, last, sizeof last) != sizeof last)
        _exit(5);
    _exit(0);
}

static void check_failure(int rc)
{
    char path[256];
    temp_db(path, sizeof path);
    int pfd[2];
    assert_int_equal(pipe(pfd), 0);
    pid_t child = fork();
    if (child == 0)
        record_until_failure(path, rc, pfd[1]);
    int status;
    waitpid(child, &status, 0);
    assert_true(WIFEXITED(status));
    assert_int_equal(WEXITSTATUS(status), 0);
    uint64_t last[2];
    assert_int_equal(read(pfd[0], last, sizeof last), sizeof last);
    close(pfd[0]);
    close(pfd[1]);
    assert_true(last[0] > 0);
    buf err = BUF_INIT;
    store *st = store_open(path, STORE_READ, NULL, &err);
    if (!st)
        fail_msg("%s", buf_str(&err));
    session_row row;
    assert_int_equal(session_find(st, NULL, &row, &err), 0);
    assert_int_equal(row.status, SESSION_INTERRUPTED);     /* its recorder is gone */
    assert_true(row.nsteps >= last[0]);
    replay *r = replay_open(st, row.id, &err);
    assert_non_null(r);
    uint64_t pos;
    assert_int_equal(replay_step_end(r, last[0], &pos, &err), 0);
    assert_int_equal(replay_seek(r, pos, &err), 0);
    assert_int_equal(model_digest(replay_model(r), profile_default()), last[1]);
    assert_int_equal(replay_seek(r, replay_events(r), &err), 0);     /* all of it replays */
    replay_close(r);
    session_row_clear(&row);
    store_close(st);
    buf_free(&err);
    remove_db(path);
}

static void test_disk_full(void **state)
{
    check_failure(SQLITE_FULL);
}

static void test_io_error(void **state)
{
    check_failure(SQLITE_IOERR_WRITE);
}

/* Syncs (fsyncs) of one recording, open to close, through a counting
 * VFS.  Each waits for the disk (milliseconds on a busy one): a short
 * program's recording must not pay dozens. */
static uint64_t recording_syncs(const char *path, faultvfs *f)
{
    buf err = BUF_INIT;
    store_options opts = {.vfs = f->vfs.zName};
    uint64_t before = f->syncs;
    store *st = store_open(path, STORE_WRITE, &opts, &err);
    session *s = st ? session_begin(st, &meta, &err) : NULL;
    if (!s)
        fail_msg("%s", buf_str(&err));
    prog p;
    prog_init(&p, profile_default(), 5, session_emit, s);
    for (int i = 0; i < 200; i++)
        prog_statement(&p, 300);
    assert_int_equal(session_end(s, SESSION_COMPLETE, &err), 0);
    store_close(st);
    prog_free_all(&p);
    buf_free(&err);
    return f->syncs - before;
}

/* A new file's schema is written without syncs (it holds nothing yet),
 * and so are the switches of journal mode, to WAL and back (they change
 * only header bytes): a recording syncs the WAL's first frame (its
 * header) and, at the end, the checkpoint's WAL and file: three, into a
 * new file or an existing one.  (The schema's migrations, each synced,
 * had added 8 more, and each switch 2.)  The counting VFS counts a sync
 * of a file and its folder once. */
static void test_syncs_are_few(void **state)
{
    char path[256];
    temp_db(path, sizeof path);
    faultvfs f;
    faultvfs_register(&f, "sync42");
    uint64_t fresh = recording_syncs(path, &f), again = recording_syncs(path, &f);
    print_message("# %llu syncs into a new file, %llu into an existing one\n", (unsigned long long)fresh,
                  (unsigned long long)again);
    if (fresh > 3 || again > 3)
        fail_msg("%llu syncs recording into a new file, %llu into an existing one", (unsigned long long)fresh,
                 (unsigned long long)again);
    sqlite3_vfs_unregister(&f.vfs);
    assert_int_equal(scalar(path, "PRAGMA page_size"), 16384);  /* store.c: a new file's */
    remove_db(path);
}

/* A long recording is checkpointed while it goes on (by the
 * checkpointer, past every CHECKPOINT_BYTES of WAL): the file itself
 * grows before session_end, which then only copies the tail. */
static void test_checkpoints_while_recording(void **state)
{
    char path[256];
    temp_db(path, sizeof path);
    buf err = BUF_INIT;
    store *st = store_open(path, STORE_WRITE, NULL, &err);
    session *s = st ? session_begin(st, &meta, &err) : NULL;
    assert_non_null(s);
    struct stat sb;
    assert_int_equal(stat(path, &sb), 0);
    off_t start = sb.st_size;
    prog p;
    prog_init(&p, profile_default(), 11, session_emit, s);
    int grew = 0;
    while (!grew && p.events < 40000000) {             /* 40 M events: about 100 MiB of batches */
        for (int i = 0; i < 2000; i++)
            prog_statement(&p, 3000);
        assert_int_equal(session_flush(s, &err), 0);    /* a commit: the WAL hook looks */
        for (int wait = 0; wait < 50 && !grew; wait++) {
            assert_int_equal(stat(path, &sb), 0);
            grew = sb.st_size >= start + (8 << 20);
            if (!grew)
                usleep(2000);
        }
    }
    if (!grew)
        fail_msg("the file stayed at %lld bytes for %llu events", (long long)sb.st_size,
                 (unsigned long long)p.events);
    assert_int_equal(session_end(s, SESSION_COMPLETE, &err), 0);
    store_close(st);
    session_row row;
    st = store_open(path, STORE_READ, NULL, &err);
    assert_int_equal(session_find(st, NULL, &row, &err), 0);
    assert_int_equal(row.nevents, p.events);
    session_row_clear(&row);
    store_close(st);
    prog_free_all(&p);
    buf_free(&err);
    remove_db(path);
}

/* A 'recording' row whose process is gone becomes interrupted when the
 * next recording starts (and is listed so before). */
static void test_orphans_are_closed(void **state)
{
    char path[256];
    temp_db(path, sizeof path);
    buf err = BUF_INIT;
    store *st = store_open(path, STORE_WRITE, NULL, &err);
    session *s = session_begin(st, &meta, &err);
    assert_int_equal(session_end(s, SESSION_COMPLETE, &err), 0);
    store_close(st);
    pid_t dead = fork();
    if (dead == 0)
        _exit(0);
    waitpid(dead, NULL, 0);
    char host[256], text[512];
    gethostname(host, sizeof host);
    snprintf(text, sizeof text, "UPDATE session SET status = 'recording', pid = %ld, host = '%s'", (long)dead, host);
    sqlite3 *db;
    sqlite3_open(path, &db);
    assert_int_equal(sqlite3_exec(db, text, NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(db);
    st = store_open(path, STORE_READ, NULL, &err);
    session_row row;
    assert_int_equal(session_find(st, "1", &row, &err), 0);
    assert_int_equal(row.status, SESSION_INTERRUPTED);
    session_row_clear(&row);
    store_close(st);
    assert_int_equal(scalar(path, "SELECT status = 'recording' FROM session WHERE id = 1"), 1);
    st = store_open(path, STORE_WRITE, NULL, &err);
    s = session_begin(st, &meta, &err);
    assert_int_equal(session_end(s, SESSION_COMPLETE, &err), 0);
    store_close(st);
    assert_int_equal(scalar(path, "SELECT status = 'interrupted' FROM session WHERE id = 1"), 1);
    buf_free(&err);
    remove_db(path);
}

static void test_unknown_profile(void **state)
{
    char path[256];
    temp_db(path, sizeof path);
    buf err = BUF_INIT;
    store *st = store_open(path, STORE_WRITE, NULL, &err);
    session_meta m = meta;
    m.profile = "pdp11";
    assert_null(session_begin(st, &m, &err));
    assert_non_null(strstr(buf_str(&err), "unknown profile"));
    store_close(st);
    buf_free(&err);
    remove_db(path);
}

/* The runner's way in: --db, or HEAPVIZ_DB, with folders created; the
 * profile and collector of the run. */
static void test_runner_api(void **state)
{
    char path[256], nested[300];
    temp_db(path, sizeof path);
    snprintf(nested, sizeof nested, "%s.d/deeper/s.db", path);
    cli_opts o;
    char msg[256];
    char *argv[] = {"heapviz", "run", "--profile", "classroom", "--collector", "mark-sweep", "x.py", NULL};
    assert_int_equal(cli_parse(7, argv, &o, msg, sizeof msg), CLI_GO);
    setenv("HEAPVIZ_DB", nested, 1);
    recorder runrec;
    buf err = BUF_INIT;
    assert_int_equal(store_cmd_record_begin(&o, "x.py", "x = 1\n", &runrec, &err), 0);
    hv_event ev = {.kind = EV_STEP};
    ev.u.step.number = 1;
    session_emit(runrec.s, &ev);
    assert_null(session_failed(runrec.s));
    assert_int_equal(store_cmd_record_end(&runrec, 1, &err), 0);
    unsetenv("HEAPVIZ_DB");
    char q[64];
    snprintf(q, sizeof q, "SELECT count(*) FROM session");
    assert_int_equal(scalar(nested, q), 1);
    assert_int_equal(scalar(nested, "SELECT profile = 'classroom' AND collector = 'mark-sweep' "
                                    "AND status = 'interrupted' AND nsteps = 1 FROM session"), 1);
    o.db = "/proc/no/such/place/s.db";      /* a folder that cannot be made */
    assert_int_equal(store_cmd_record_begin(&o, "x.py", "", &runrec, &err), -1);
    assert_true(strncmp(buf_str(&err), "heapviz: /proc/no/such/place/s.db: ", 35) == 0);
    char cmd[400];
    snprintf(cmd, sizeof cmd, "rm -rf '%s.d'", path);
    assert_int_equal(system(cmd), 0);
    buf_free(&err);
    remove_db(path);
}

/* A note given again replaces the row (session.h): a symbol's text for the
 * same address and kind, a snapshot's position and step for the same name;
 * another kind at the address is a row of its own. */
static void test_notes_given_again_replace(void **state)
{
    char path[256];
    temp_db(path, sizeof path);
    buf err = BUF_INIT;
    store *st = store_open(path, STORE_WRITE, NULL, &err);
    session *s = st ? session_begin(st, &meta, &err) : NULL;
    assert_non_null(s);
    rec r = {.s = s};
    prog p;
    prog_init(&p, profile_default(), 5, to_session, &r);
    session_symbol(s, 0x1000, "name", "first");
    session_symbol(s, 0x1000, "value", "v1");
    session_snapshot(s, "here", "ui");
    for (int i = 0; i < 50; i++)
        prog_statement(&p, 100);
    uint64_t at = r.events, step = p.step;
    session_symbol(s, 0x1000, "name", "second");
    session_snapshot(s, "here", "tracemalloc");
    for (int i = 0; i < 50; i++)
        prog_statement(&p, 100);
    assert_int_equal(session_end(s, SESSION_COMPLETE, &err), 0);
    store_close(st);
    assert_int_equal(scalar(path, "SELECT count(*) FROM symbol WHERE addr = 4096"), 2);
    assert_int_equal(scalar(path, "SELECT text = 'second' FROM symbol WHERE addr = 4096 AND kind = 'name'"), 1);
    assert_int_equal(scalar(path, "SELECT text = 'v1' FROM symbol WHERE addr = 4096 AND kind = 'value'"), 1);
    assert_int_equal(scalar(path, "SELECT count(*) FROM snapshot"), 1);
    char q[160];
    snprintf(q, sizeof q, "SELECT position = %llu AND step = %llu AND origin = 'tracemalloc' FROM snapshot",
             (unsigned long long)at, (unsigned long long)step);
    assert_int_equal(scalar(path, q), 1);
    prog_free_all(&p);
    buf_free(&err);
    remove_db(path);
}

/* ---- the ring: events built in place (event.h) ------------------------------- */

enum { RING_SLOTS = SESSION_RING_SLOTS };   /* the tests go round it */

static const char ring_program[] =       /* about 650,000 events */
    "rows = []\n"
    "for i in range(16000):\n"
    "    rows.append((i, str(i), i * 0.5))\n"
    "    if len(rows) > 500:\n"
    "        rows = rows[250:]\n";

/* replay_scan's callback: the events coded, as the writer codes them. */
static void code_into(void *ud, const hv_event *ev)
{
    codec_enc_add(ud, ev);
}

typedef struct watcher {
    uint64_t steps, news, refs, catch_ups;
} watcher;

/* The ring's observer: counts what it is shown. */
static void count_observed(void *ud, const hv_event *ev)
{
    watcher *w = ud;
    if (!ev)
        w->catch_ups++;
    else if (ev->kind == EV_STEP)
        w->steps++;
    else if (ev->kind == EV_OBJ_NEW)
        w->news++;
    else if (ev->kind == EV_REF || ev->kind == EV_REF_MOVE)
        w->refs++;
}

/* The interpreter building its events in the session's ring records the
 * same session as the one calling session_emit: round the ring many times,
 * the observer shown every STEP and OBJ_NEW and every REF and REF_MOVE to
 * the objects in its range (here the commonest target and the 64 bytes
 * past it), and called before slots are reused. */
static void test_ring_records_in_place(void **state)
{
    st_stream want = {0};
    interp_options opt = {.prof = profile_default(), .emit = st_collect, .emit_ud = &want, .write = st_quiet};
    interp *in = interp_new(&opt);
    assert_int_equal(interp_run(in, ring_program, strlen(ring_program), "prog.py"), 0);
    interp_set_sink(in, NULL, NULL, NULL);
    interp_delete(in);
    assert_true(want.n > 4 * RING_SLOTS);
    uint64_t steps = 0, news = 0, refs = 0, lo = 0, best = 0;
    for (size_t i = 0; i < want.n; i++) {
        steps += want.ev[i].kind == EV_STEP;
        news += want.ev[i].kind == EV_OBJ_NEW;
    }
    for (size_t i = 0; i < want.n && !lo; i++)     /* a target referred to often */
        if (want.ev[i].kind == EV_REF) {
            uint64_t t = want.ev[i].u.ref.target, n = 0;
            for (size_t j = 0; j < want.n; j++)
                n += want.ev[j].kind == EV_REF && want.ev[j].u.ref.target == t;
            if (n > 100)
                lo = t, best = n;
        }
    assert_true(best > 100);
    for (size_t i = 0; i < want.n; i++)
        refs += (want.ev[i].kind == EV_REF || want.ev[i].kind == EV_REF_MOVE) && want.ev[i].u.ref.target - lo < 64;

    char path[256];
    temp_db(path, sizeof path);
    buf err = BUF_INIT;
    store *st = store_open(path, STORE_WRITE, NULL, &err);
    session *s = st ? session_begin(st, &meta, &err) : NULL;
    assert_non_null(s);
    watcher w = {0};
    hv_ring *ring = session_ring(s);
    ring->observe = count_observed;
    ring->observe_ud = &w;
    ring->watch = 1u << EV_STEP | 1u << EV_OBJ_NEW | 1u << EV_REF | 1u << EV_REF_MOVE;
    ring->ref_lo = lo;
    ring->ref_span = 64;
    interp_options ropt = {.prof = profile_default(), .ring = ring, .write = st_quiet};
    in = interp_new(&ropt);
    assert_int_equal(interp_run(in, ring_program, strlen(ring_program), "prog.py"), 0);
    interp_set_sink(in, NULL, NULL, NULL);      /* the shutdown is not recorded */
    assert_int_equal(session_end(s, SESSION_COMPLETE, &err), 0);
    interp_delete(in);
    store_close(st);
    assert_int_equal(w.steps, steps);
    assert_int_equal(w.news, news);
    assert_int_equal(w.refs, refs);
    assert_true(w.catch_ups >= want.n / RING_SLOTS);

    st = store_open(path, STORE_READ, NULL, &err);
    replay *r = st ? replay_open(st, 1, &err) : NULL;
    assert_non_null(r);
    assert_int_equal(replay_events(r), want.n);
    codec_enc got, expect;
    codec_enc_init(&got, profile_default());
    codec_enc_init(&expect, profile_default());
    assert_int_equal(replay_scan(r, 0, want.n, code_into, &got, &err), 0);
    for (size_t i = 0; i < want.n; i++)
        codec_enc_add(&expect, &want.ev[i]);
    assert_int_equal(got.payload.len, expect.payload.len);
    assert_memory_equal(got.payload.data, expect.payload.data, expect.payload.len);
    codec_enc_free(&got);
    codec_enc_free(&expect);
    replay_close(r);
    store_close(st);
    free(want.ev);
    buf_free(&err);
    remove_db(path);
}

/* A STEP event built in the ring's next slot. */
static hv_event *reserve_step(hv_ring *ring, uint64_t number)
{
    hv_event *ev = hv_ring_reserve(ring);
    *ev = (hv_event){.kind = EV_STEP, .u.step = {.number = number, .what = STEP_STATEMENT}};
    return ev;
}

/* A slot reserved and filled but never committed when the session ends
 * is not recorded, and the end does not wait for it. */
static void test_ring_slot_open_at_end(void **state)
{
    char path[256];
    temp_db(path, sizeof path);
    buf err = BUF_INIT;
    store *st = store_open(path, STORE_WRITE, NULL, &err);
    session *s = st ? session_begin(st, &meta, &err) : NULL;
    assert_non_null(s);
    hv_ring *ring = session_ring(s);
    hv_ring_commit(ring, reserve_step(ring, 1));
    hv_ring_commit(ring, reserve_step(ring, 2));
    reserve_step(ring, 3);                      /* open when the session ends */
    assert_int_equal(session_end(s, SESSION_COMPLETE, &err), 0);
    store_close(st);
    assert_int_equal(scalar(path, "SELECT nevents = 2 AND nsteps = 2 AND status = 'complete' FROM session"), 1);
    buf_free(&err);
    remove_db(path);
}

typedef struct staller {
    sqlite3 *db;            /* holds the write lock the writer needs */
    hv_ring *ring;
    uint64_t head_at_release;
} staller;

/* Lets the writer go after 300 ms, noting how far the producer got. */
static void *release_later(void *arg)
{
    staller *k = arg;
    struct timespec t = {0, 300 * 1000000L};
    nanosleep(&t, NULL);
    k->head_at_release = atomic_load(&k->ring->head);
    sqlite3_exec(k->db, "ROLLBACK", NULL, NULL, NULL);
    return NULL;
}

/* The writer stalls (another connection holds the write lock): the
 * producer fills the ring and waits in the slow path, and nothing is lost
 * once the writer goes on. */
static void test_ring_writer_stalled(void **state)
{
    enum { TOTAL = 8 * RING_SLOTS };
    char path[256];
    temp_db(path, sizeof path);
    buf err = BUF_INIT;
    store *st = store_open(path, STORE_WRITE, NULL, &err);
    session *s = st ? session_begin(st, &meta, &err) : NULL;
    assert_non_null(s);
    staller k = {NULL, session_ring(s), 0};
    assert_int_equal(sqlite3_open(path, &k.db), SQLITE_OK);
    assert_int_equal(sqlite3_exec(k.db, "BEGIN IMMEDIATE", NULL, NULL, NULL), SQLITE_OK);
    pthread_t t;
    assert_int_equal(pthread_create(&t, NULL, release_later, &k), 0);
    for (uint64_t i = 1; i <= TOTAL; i++)
        hv_ring_commit(k.ring, reserve_step(k.ring, i));
    pthread_join(t, NULL);
    sqlite3_close(k.db);
    /* the writer held at most one batch when it stalled: the producer
     * waited with the ring full */
    assert_true(k.head_at_release <= CODEC_MAX_EVENTS + RING_SLOTS);
    assert_null(session_failed(s));
    assert_int_equal(session_end(s, SESSION_COMPLETE, &err), 0);
    store_close(st);
    char q[100];
    snprintf(q, sizeof q, "SELECT nevents = %d AND nsteps = %d FROM session", TOTAL, TOTAL);
    assert_int_equal(scalar(path, q), 1);
    buf_free(&err);
    remove_db(path);
}

/* ---- the helper ------------------------------------------------------------ */

static int helper_record(int argc, char **argv)
{
    if (argc < 5)
        return 2;
    const char *path = argv[2], *expect = argc > 5 ? argv[5] : NULL;
    long steps = atol(argv[3]), pause_ms = atol(argv[4]);
    buf err = BUF_INIT, text = BUF_INIT;
    store *st = store_open(path, STORE_WRITE, NULL, &err);
    session *s = st ? session_begin(st, &meta, &err) : NULL;
    if (!s) {
        fprintf(stderr, "heapviz: %s\n", buf_str(&err));
        store_close(st);
        buf_free(&err);
        return 2;
    }
    rec r = {.s = s};
    prog p;
    prog_init(&p, profile_default(), 4, to_session, &r);
    for (int t = 0; t < PROG_TYPES; t++)
        session_symbol(s, prog_types[t].addr, "type", prog_types[t].name);
    for (long i = 0; i < steps; i++) {
        if (i == 0)
            prog_build(&p, 500);
        else
            prog_statement(&p, 500);
        if (i == steps / 2)
            session_snapshot(s, "half", "tracemalloc");
        if (pause_ms) {
            if (session_flush(s, &err)) {
                fprintf(stderr, "heapviz: %s\n", buf_str(&err));
                return 2;
            }
            if (expect) {
                char file[512];
                pymalloc_stats st2;
                mallocstats_freelists none = {0};   /* this program parks nothing */
                pymalloc_get_stats(p.pm, &st2);
                buf_clear(&text);
                mallocstats_format(&text, &st2, &none);
                snprintf(file, sizeof file, "%s/%llu.stats", expect, (unsigned long long)p.step);
                FILE *f = fopen(file, "w");
                fputs(buf_str(&text), f);
                fclose(f);
            }
            printf("committed %llu\n", (unsigned long long)p.step);
            fflush(stdout);
            struct timespec nap = {pause_ms / 1000, (pause_ms % 1000) * 1000000L};
            nanosleep(&nap, NULL);
        }
    }
    int rc = session_end(s, SESSION_COMPLETE, &err);
    store_close(st);
    prog_free_all(&p);
    buf_free(&text);
    if (rc)
        fprintf(stderr, "heapviz: %s\n", buf_str(&err));
    buf_free(&err);
    return rc ? 2 : 0;
}

static int helper_make(const char *kind, const char *path)
{
    sqlite3 *db;
    const char *text = strcmp(kind, "other") == 0 ? "PRAGMA application_id = 1718773092; CREATE TABLE notes(x);"
                     : strcmp(kind, "newer") == 0 ? "PRAGMA user_version = 7;"
                     : strcmp(kind, "foreign-schema") == 0 ? "CREATE TABLE extra(x);"
                     : strcmp(kind, "damaged-batch") == 0
                         ? "UPDATE batch SET data = substr(data, 1, 30) || x'5a' || substr(data, 32) "
                           "WHERE first = 0;"
                     : strcmp(kind, "damaged-middle") == 0      /* of a long session: its middle batch */
                         ? "UPDATE batch SET data = substr(data, 1, 30) || x'5a' || substr(data, 32) "
                           "WHERE id = (SELECT id FROM batch ORDER BY first LIMIT 1 OFFSET (SELECT count(*) / 2 FROM batch));"
                         : NULL;
    if (strcmp(kind, "other") == 0) {
        if (sqlite3_open(path, &db) != SQLITE_OK || sqlite3_exec(db, text, NULL, NULL, NULL) != SQLITE_OK)
            return 1;
        return sqlite3_close(db) == SQLITE_OK ? 0 : 1;
    }
    buf err = BUF_INIT;
    store *st = store_open(path, STORE_WRITE, NULL, &err);
    session *s = st ? session_begin(st, &meta, &err) : NULL;
    if (!s)
        return 1;
    rec r = {.s = s};
    prog p;
    prog_init(&p, profile_default(), 5, to_session, &r);
    for (int i = 0, n = strcmp(kind, "damaged-middle") == 0 ? 30000 : 200; i < n; i++) {
        prog_statement(&p, 100);
        if (i == 100 && strcmp(kind, "misfit") == 0) {  /* a free of a block never allocated */
            hv_event bad = {.kind = EV_BLOCK_FREE};
            bad.u.block.addr = 0x10;
            session_emit(s, &bad);
        }
    }
    session_end(s, SESSION_COMPLETE, &err);
    store_close(st);
    prog_free_all(&p);
    buf_free(&err);
    if (!text)
        return 0;
    if (sqlite3_open(path, &db) != SQLITE_OK || sqlite3_exec(db, text, NULL, NULL, NULL) != SQLITE_OK)
        return 1;
    return sqlite3_close(db) == SQLITE_OK ? 0 : 1;
}

typedef struct seeder {
    codec_enc enc;
    model *m;
} seeder;

static void seed_event(void *ud, const hv_event *ev)
{
    seeder *s = ud;
    codec_enc_add(&s->enc, ev);
    if (model_knows(ev->kind))
        model_apply(s->m, ev);
}

/* Seeds for fuzz-codec: "b" + a batch, "k" + a keyframe. */
static int helper_seeds(const char *dirpath)
{
    seeder s;
    s.m = model_new(profile_find("classroom"));
    codec_enc_init(&s.enc, profile_find("classroom"));
    prog p;
    prog_init(&p, profile_find("classroom"), 6, seed_event, &s);
    for (int n = 0; n < 6; n++) {
        for (int i = 0; i < 20 * (n + 1); i++)
            prog_statement(&p, 40);
        buf b = BUF_INIT, batch = BUF_INIT;
        char file[512];
        codec_enc_finish(&s.enc, &batch);
        long count = codec_batch_count(batch.data, batch.len);
        buf_addc(&b, n % 2 ? 'k' : (char)('0' + batch.data[0]));     /* fuzz-codec: '4' a format-4 batch */
        if (n % 2) {
            keyframe_encode(s.m, &b);
        } else {    /* fuzz-codec's layout: shift, pool bits, count (2 bytes LE), events */
            size_t head = 3 + (count < 128 ? 1 : count < 16384 ? 2 : 3) + 4;
            uint8_t c2[2] = {(uint8_t)count, (uint8_t)(count >> 8)};
            buf_add(&b, batch.data + 1, 2);
            buf_add(&b, c2, 2);
            buf_add(&b, batch.data + head, batch.len - head);
        }
        buf_free(&batch);
        snprintf(file, sizeof file, "%s/seed-%d", dirpath, n);
        FILE *f = fopen(file, "wb");
        if (!f)
            return 1;
        fwrite(b.data, 1, b.len, f);
        fclose(f);
        buf_free(&b);
    }
    prog_free_all(&p);
    codec_enc_free(&s.enc);
    model_delete(s.m);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc > 1 && strcmp(argv[1], "record") == 0)
        return helper_record(argc, argv);
    if (argc > 3 && strcmp(argv[1], "make") == 0)
        return helper_make(argv[2], argv[3]);
    if (argc > 2 && strcmp(argv[1], "seeds") == 0)
        return helper_seeds(argv[2]);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_records_and_lists),
        cmocka_unit_test(test_commits_without_being_asked),
        cmocka_unit_test(test_disk_full),
        cmocka_unit_test(test_io_error),
        cmocka_unit_test(test_syncs_are_few),
        cmocka_unit_test(test_checkpoints_while_recording),
        cmocka_unit_test(test_orphans_are_closed),
        cmocka_unit_test(test_unknown_profile),
        cmocka_unit_test(test_runner_api),
        cmocka_unit_test(test_notes_given_again_replace),
        cmocka_unit_test(test_ring_records_in_place),
        cmocka_unit_test(test_ring_slot_open_at_end),
        cmocka_unit_test(test_ring_writer_stalled),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
