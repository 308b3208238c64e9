/*
 * 85-record-faults: a full disk and I/O errors at every write of a short
 * recording made the way `heapviz run` makes it (ui/store_cmds.h: begin,
 * the interpreter's events into session_emit, end), through the fault
 * VFS of tests/faultvfs.h installed as SQLite's default.
 *
 * A clean recording measures how many bytes SQLite writes and in how many
 * write calls; then, for SQLITE_FULL and SQLITE_IOERR_WRITE, for every
 * 4 KiB step of that budget (a page) and for every write call in turn
 * (its first N let through), the recording is made again with the writes
 * past that point refused, in a child process (the
 * store tells a dead recorder's session from a live one by its pid, so the
 * file is checked after the recorder exits).  Each time:
 *   1. the program's output is complete (a recording failure loses none);
 *   2. a failure is reported as one line "heapviz: ...";
 *   3. the file, when one was made, opens (read-only, checked by the
 *      store's defensive open) and lists the session: complete if the
 *      recording ended well, interrupted if it did not — even when the
 *      fault cut the final journal switch short and left a hot journal
 *      (the read-only open works on a private copy);
 *   4. the read-only open leaves the file and its journals byte for byte
 *      as they were.
 */
#include "testutil.h"
#include "faultvfs.h"

#include "buf.h"
#include "cli.h"
#include "interp.h"
#include "profile.h"
#include "session.h"
#include "store.h"
#include "store_cmds.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static const char prog[] =
    "import sys, gc\n"
    "class Node:\n"
    "    def __init__(self, n):\n"
    "        self.n = n\n"
    "        self.me = self\n"
    "nodes = [Node(i) for i in range(200)]\n"
    "d = {str(i): [i] * 3 for i in range(300)}\n"
    "print(len(nodes), sys.getsizeof(d))\n"
    "del nodes\n"
    "print(gc.collect())\n"
    "for i in range(50):\n"
    "    s = '-'.join(str(j) for j in range(i))\n"
    "print(s[:20])\n";

typedef struct outcome {
    int began;              /* store_cmd_record_begin succeeded */
    int ended;              /* store_cmd_record_end returned 0 */
    buf out;                /* what the program printed (fd 1 and 2) */
    buf err;                /* the recorder's message */
} outcome;

static void collect(void *ud, int fd, const char *p, size_t n)
{
    buf_addc(ud, fd == 2 ? '!' : '>');
    buf_add(ud, p, n);
}

static void remove_db(const char *db)
{
    const char *suffix[] = {"", "-wal", "-shm", "-journal"};
    char path[4200];
    for (size_t i = 0; i < HV_COUNTOF(suffix); i++) {
        snprintf(path, sizeof path, "%s%s", db, suffix[i]);
        unlink(path);
    }
}

/* Records prog into db as `heapviz run` does. */
static void record(const char *db, outcome *o)
{
    memset(o, 0, sizeof *o);
    cli_opts opts = {.db = db, .profile = profile_default(), .script = "prog.py"};
    recorder rec;
    if (store_cmd_record_begin(&opts, "prog.py", prog, &rec, &o->err) != 0)
        return;
    o->began = 1;
    interp_options io = {.prof = profile_default(), .emit = session_emit, .emit_ud = rec.s,
                         .write = collect, .write_ud = &o->out};
    interp *in = interp_new(&io);
    assert_int_equal(interp_run(in, prog, sizeof prog - 1, "prog.py"), 0);
    interp_delete(in);
    o->ended = store_cmd_record_end(&rec, 0, &o->err) == 0;
}

static void outcome_free(outcome *o)
{
    buf_free(&o->out);
    buf_free(&o->err);
}

/* The bytes of db and its journals, appended to out (a missing journal
 * reads as an empty one: SQLite opening a WAL-mode file read-only may
 * create an empty -wal beside it, which changes no data). */
static void slurp_all(const char *db, buf *out)
{
    const char *suffix[] = {"", "-wal", "-journal"};
    char path[4200], chunk[4096];
    for (size_t i = 0; i < HV_COUNTOF(suffix); i++) {
        snprintf(path, sizeof path, "%s%s", db, suffix[i]);
        FILE *f = fopen(path, "rb");
        buf_printf(out, "[%s]", suffix[i]);    /* absent or empty: the same (SQLite may make an empty -wal) */
        size_t n;
        while (f && (n = fread(chunk, 1, sizeof chunk, f)) > 0)
            buf_add(out, chunk, n);
        if (f)
            fclose(f);
    }
}

/* Properties 3 and 4: the file opens read-only, lists the session with
 * the right status, and is left as it was. */
static void check_file(const char *db, const outcome *o, const char *what)
{
    if (access(db, F_OK) != 0) {
        if (o->began)
            fail_msg("%s: the recording began but no file is left", what);
        return;
    }
    buf err = BUF_INIT, before = BUF_INIT, after = BUF_INIT;
    slurp_all(db, &before);
    store *st = store_open(db, STORE_READ, NULL, &err);
    if (!st) {
        /* Only a file whose creation itself failed may be unreadable. */
        if (o->began)
            fail_msg("%s: the file does not open: %s", what, buf_str(&err));
        buf_free(&err);
        buf_free(&before);
        return;
    }
    session_row *rows = NULL;
    size_t n = 0;
    if (session_list(st, &rows, &n, &err) != 0)
        fail_msg("%s: sessions cannot be listed: %s", what, buf_str(&err));
    if (o->began && n != 1)
        fail_msg("%s: %zu sessions listed, want 1", what, n);
    if (n == 1) {
        enum session_status want = o->ended ? SESSION_COMPLETE : SESSION_INTERRUPTED;
        if (rows[0].status != want)
            fail_msg("%s: session is %s, want %s", what, session_status_name(rows[0].status),
                     session_status_name(want));
    }
    session_rows_free(rows, n);
    store_close(st);
    slurp_all(db, &after);
    if (before.len != after.len || memcmp(buf_str(&before), buf_str(&after), before.len) != 0)
        fail_msg("%s: a read-only open changed the file or its journals", what);
    buf_free(&before);
    buf_free(&after);
    buf_free(&err);
}

/* Property 2: one line, "heapviz: ...". */
static int message_ok(const outcome *o)
{
    if (o->began && o->ended)
        return 1;
    const char *m = buf_str(&o->err);
    const char *nl = strchr(m, '\n');
    return strncmp(m, "heapviz: ", 9) == 0 && (!nl || !nl[1]);
}

/* Records in a child with writes refused past `budget` bytes (by_writes:
 * past that many write calls) with rc; fills *o's flags (not its buffers)
 * and returns what the child found wrong about properties 1 and 2: 0
 * nothing, 1 the output changed, 2 the message. */
static int faulty_child(faultvfs *f, const char *db, int64_t budget, int by_writes, int rc,
                        const buf *want, outcome *o)
{
    int fd[2];
    assert_int_equal(pipe(fd), 0);
    fflush(stdout);
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        close(fd[0]);
        if (by_writes)
            faultvfs_arm_writes(f, budget, rc);
        else
            faultvfs_arm(f, budget, rc);
        record(db, o);
        faultvfs_disarm(f);
        int bad = o->began && (o->out.len != want->len || memcmp(o->out.data, want->data, want->len))
                ? 1 : !message_ok(o) ? 2 : 0;
        char flags[2] = {(char)o->began, (char)o->ended};
        if (write(fd[1], flags, 2) != 2)
            bad = 3;
        if (bad == 2)
            fprintf(stderr, "# message: '%s'\n", buf_str(&o->err));
        _exit(bad);
    }
    close(fd[1]);
    char flags[2] = {0, 0};
    ssize_t got = read(fd[0], flags, 2);
    close(fd[0]);
    int status;
    assert_int_equal(waitpid(pid, &status, 0), pid);
    memset(o, 0, sizeof *o);
    o->began = flags[0];
    o->ended = flags[1];
    if (!WIFEXITED(status) || got != 2)
        fail_msg("the recorder crashed (status %d)", status);
    return WEXITSTATUS(status);
}

static void faults_at_every_write(void **state)
{
    (void)state;
    char db[4096];
    snprintf(db, sizeof db, "%s/hv-85-%d.db", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp",
             (int)getpid());
    faultvfs f;
    faultvfs_register(&f, "fault85");
    sqlite3_vfs_register(&f.vfs, 1);            /* the default: store_cmds opens through it */

    outcome clean;
    remove_db(db);
    const int64_t plenty = INT64_MAX / 2;
    faultvfs_arm(&f, plenty, SQLITE_FULL);
    record(db, &clean);
    faultvfs_disarm(&f);
    int64_t total = plenty - f.budget;
    assert_true(clean.began && clean.ended);
    check_file(db, &clean, "clean");
    printf("# a clean recording writes %lld bytes\n", (long long)total);
    assert_true(total > 4096);

    outcome again;
    remove_db(db);
    faultvfs_arm_writes(&f, INT64_MAX, SQLITE_FULL);
    record(db, &again);
    faultvfs_disarm(&f);
    assert_true(again.began && again.ended);
    outcome_free(&again);
    int64_t writes = (int64_t)f.writes;
    printf("# ... in %lld write calls\n", (long long)writes);
    assert_true(writes > 4);

    const int codes[] = {SQLITE_FULL, SQLITE_IOERR_WRITE};
    int runs = 0, failed = 0;
    for (size_t c = 0; c < HV_COUNTOF(codes); c++) {
        for (int by_writes = 0; by_writes < 2; by_writes++) {
            int64_t step = by_writes ? 1 : 4096, end = by_writes ? writes : total;
            for (int64_t budget = 0; budget < end; budget += step) {
                char what[96];
                snprintf(what, sizeof what, "%s after %lld %s", codes[c] == SQLITE_FULL ? "disk full" : "I/O error",
                         (long long)budget, by_writes ? "write calls" : "bytes");
                outcome o;
                remove_db(db);
                int bad = faulty_child(&f, db, budget, by_writes, codes[c], &clean.out, &o);
                if (bad == 1)
                    fail_msg("%s: the program's output changed", what);
                if (bad)
                    fail_msg("%s: the failure was not reported as one 'heapviz: ' line", what);
                runs++;
                failed += !(o.began && o.ended);
                check_file(db, &o, what);
            }
        }
    }
    printf("# %d faulty recordings, %d reported a failure\n", runs, failed);
    assert_true(failed > 0);
    outcome_free(&clean);
    remove_db(db);
    sqlite3_vfs_unregister(&f.vfs);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(faults_at_every_write),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
