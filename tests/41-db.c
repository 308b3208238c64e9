/*
 * 41-db: opening the session database.  A new file (and its folders) is
 * created with heapviz's id and schema version; every kind of unusable
 * file — not SQLite, another application's, a newer version, truncated,
 * corrupt, a foreign schema — is refused with a one-line message and left
 * byte for byte as it was; a locked database names the process holding
 * it; a read-only store never writes.
 */
#include "testutil.h"

#include "store.h"
#include "faultvfs.h"
#include "session.h"
#include "profile.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <sqlite3.h>

typedef struct dir {
    char path[256];
} dir;

static void dir_make(dir *d)
{
    snprintf(d->path, sizeof d->path, "%s/hv-41-XXXXXX", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
    assert_non_null(mkdtemp(d->path));
}

static void dir_remove(dir *d)
{
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", d->path);
    assert_int_equal(system(cmd), 0);
}

static char *file_in(const dir *d, const char *name)
{
    static char path[2][320];
    static int k;
    k ^= 1;
    snprintf(path[k], sizeof path[k], "%s/%s", d->path, name);
    return path[k];
}

static void slurp(const char *path, buf *out)
{
    buf_clear(out);
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    char chunk[4096];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        buf_add(out, chunk, n);
    fclose(f);
}

static void spit(const char *path, const void *p, size_t n)
{
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(p, 1, n, f), n);
    fclose(f);
}

static void sql(const char *path, const char *text)
{
    sqlite3 *db;
    assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
    char *msg = NULL;
    if (sqlite3_exec(db, text, NULL, NULL, &msg) != SQLITE_OK)
        fail_msg("%s: %s", text, msg);
    sqlite3_close(db);
}

/* A database with one recorded session in it. */
static void make_good(const char *path)
{
    buf err = BUF_INIT;
    store *st = store_open(path, STORE_WRITE, NULL, &err);
    if (!st)
        fail_msg("%s", buf_str(&err));
    session_meta meta = {"t.py", "cpython-3.11", "generational", "x = 1\n"};
    session *s = session_begin(st, &meta, &err);
    assert_non_null(s);
    hv_event ev = {.kind = EV_STEP};
    for (int i = 1; i <= 3; i++) {
        ev.u.step.number = (uint64_t)i;
        session_emit(s, &ev);
    }
    assert_int_equal(session_end(s, SESSION_COMPLETE, &err), 0);
    store_close(st);
    buf_free(&err);
}

/* store_open must fail in both modes with a message containing want, and
 * leave the file exactly as it was. */
static void refused(const char *path, const char *want)
{
    buf before = BUF_INIT, after = BUF_INIT, err = BUF_INIT;
    slurp(path, &before);
    for (int mode = STORE_READ; mode <= STORE_WRITE; mode++) {
        buf_clear(&err);
        store *st = store_open(path, (enum store_mode)mode, NULL, &err);
        if (st)
            fail_msg("%s: opened", path);
        if (!strstr(buf_str(&err), want) || strchr(buf_str(&err), '\n') || strncmp(buf_str(&err), path, strlen(path)))
            fail_msg("message '%s' (want '%s')", buf_str(&err), want);
        slurp(path, &after);
        assert_int_equal(after.len, before.len);
        assert_memory_equal(after.data, before.data, before.len);
    }
    char side[400];
    snprintf(side, sizeof side, "%s-wal", path);
    assert_int_equal(access(side, F_OK), -1);
    buf_free(&before);
    buf_free(&after);
    buf_free(&err);
}

static uint32_t be32(const char *p)
{
    const uint8_t *u = (const uint8_t *)p;
    return (uint32_t)u[0] << 24 | (uint32_t)u[1] << 16 | (uint32_t)u[2] << 8 | u[3];
}

static void test_creates_with_identity(void **state)
{
    dir d;
    dir_make(&d);
    const char *path = file_in(&d, "a/b/c/sessions.db");
    buf err = BUF_INIT, h = BUF_INIT;
    store *st = store_open(path, STORE_READ, NULL, &err);
    assert_null(st);                            /* reading never creates */
    assert_non_null(strstr(buf_str(&err), "no such file"));
    make_good(path);
    slurp(path, &h);
    assert_true(h.len >= 100);
    assert_int_equal(be32(h.data + 68), STORE_APPLICATION_ID);
    assert_int_equal(be32(h.data + 60), STORE_SCHEMA_VERSION);
    assert_int_equal(h.data[18], 1);            /* rollback journal again: stands alone */
    buf_clear(&err);
    st = store_open(path, STORE_READ, NULL, &err);
    assert_non_null(st);
    session_row *rows;
    size_t n;
    assert_int_equal(session_list(st, &rows, &n, &err), 0);
    assert_int_equal(n, 1);
    assert_int_equal(rows[0].nsteps, 3);
    assert_int_equal(rows[0].status, SESSION_COMPLETE);
    session_rows_free(rows, n);
    store_close(st);
    buf_free(&err);
    buf_free(&h);
    dir_remove(&d);
}

static void test_default_path(void **state)
{
    buf p = BUF_INIT, err = BUF_INIT;
    setenv("HEAPVIZ_DB", "/x/h.db", 1);
    assert_int_equal(store_default_path(&p, &err), 0);
    assert_string_equal(buf_str(&p), "/x/h.db");
    unsetenv("HEAPVIZ_DB");
    setenv("XDG_DATA_HOME", "/data", 1);
    buf_clear(&p);
    store_default_path(&p, &err);
    assert_string_equal(buf_str(&p), "/data/heapviz/sessions.db");
    unsetenv("XDG_DATA_HOME");
    setenv("HOME", "/home/u", 1);
    buf_clear(&p);
    store_default_path(&p, &err);
    assert_string_equal(buf_str(&p), "/home/u/.local/share/heapviz/sessions.db");
    buf_free(&p);
    buf_free(&err);
}

static void test_bad_files_are_left_alone(void **state)
{
    dir d;
    dir_make(&d);
    buf good = BUF_INIT;
    const char *path = file_in(&d, "good.db");
    make_good(path);
    slurp(path, &good);

    const char *text = file_in(&d, "text.db");
    spit(text, "print('hello')\n", 15);
    refused(text, "not an SQLite file");

    const char *tiny = file_in(&d, "tiny.db");
    spit(tiny, good.data, 40);
    refused(tiny, "truncated");

    const char *half = file_in(&d, "half.db");
    spit(half, good.data, good.len / 2);
    refused(half, "truncated");

    const char *other = file_in(&d, "other.db");
    sql(other, "PRAGMA application_id = 4660; CREATE TABLE t(x); INSERT INTO t VALUES (1);");
    refused(other, "another application's database (application_id 0x00001234");

    const char *anon = file_in(&d, "anon.db");
    sql(anon, "CREATE TABLE session(id); INSERT INTO session VALUES (1);");
    refused(anon, "another application's database");

    const char *newer = file_in(&d, "newer.db");
    spit(newer, good.data, good.len);
    sql(newer, "PRAGMA user_version = 99;");
    refused(newer, "newer heapviz (schema version 99");

    const char *alien = file_in(&d, "alien.db");
    spit(alien, good.data, good.len);
    sql(alien, "CREATE TABLE extra(x);");
    refused(alien, "not a heapviz session database");

    /* a b-tree page with garbage in it: quick_check finds it */
    const char *bad = file_in(&d, "corrupt.db");
    buf c = BUF_INIT;
    buf_add(&c, good.data, good.len);
    uint32_t page = (uint32_t)(uint8_t)good.data[16] << 8 | (uint8_t)good.data[17];
    for (size_t i = page; i < c.len; i += 7)
        c.data[i] = (char)(i * 131);
    spit(bad, c.data, c.len);
    refused(bad, "corrupt");

    buf_free(&c);
    buf_free(&good);
    dir_remove(&d);
}

/* An empty file or an empty SQLite database without an id is a new
 * database: writing adopts it, reading finds no sessions. */
static void test_empty_files(void **state)
{
    dir d;
    dir_make(&d);
    buf err = BUF_INIT;
    const char *empty = file_in(&d, "empty.db");
    spit(empty, "", 0);
    store *st = store_open(empty, STORE_READ, NULL, &err);
    assert_non_null(st);
    session_row *rows;
    size_t n;
    assert_int_equal(session_list(st, &rows, &n, &err), 0);
    assert_int_equal(n, 0);
    session_row row;
    assert_int_equal(session_find(st, NULL, &row, &err), -1);
    assert_non_null(strstr(buf_str(&err), "no sessions recorded yet"));
    store_close(st);
    make_good(empty);                           /* migrated from version 0 */
    const char *blank = file_in(&d, "blank.db");
    sql(blank, "PRAGMA page_size = 8192; VACUUM;");
    make_good(blank);
    buf h = BUF_INIT;
    slurp(blank, &h);
    assert_int_equal(be32(h.data + 68), STORE_APPLICATION_ID);
    buf_free(&h);
    buf_free(&err);
    dir_remove(&d);
}

/* A child holds a write transaction; the parent waits briefly, then says
 * which process holds the lock. */
static void test_locked_names_the_holder(void **state)
{
    dir d;
    dir_make(&d);
    const char *path = file_in(&d, "locked.db");
    make_good(path);
    int ready[2];
    assert_int_equal(pipe(ready), 0);
    pid_t child = fork();
    if (child == 0) {
        sqlite3 *db;
        sqlite3_open(path, &db);
        sqlite3_exec(db, "BEGIN EXCLUSIVE", NULL, NULL, NULL);
        if (write(ready[1], "x", 1) != 1)
            _exit(1);
        pause();
        _exit(0);
    }
    char c;
    assert_int_equal(read(ready[0], &c, 1), 1);
    buf err = BUF_INIT;
    store_options opts = {.busy_ms = 200};
    store *st = store_open(path, STORE_READ, &opts, &err);
    assert_null(st);
    char want[64];
    snprintf(want, sizeof want, "locked by process %ld", (long)child);
    if (!strstr(buf_str(&err), want))
        fail_msg("'%s' does not say '%s'", buf_str(&err), want);
    kill(child, SIGKILL);
    waitpid(child, NULL, 0);
    close(ready[0]);
    close(ready[1]);
    buf_free(&err);
    dir_remove(&d);
}

/* Reading never writes: not the file, not a journal; and a read-only
 * store cannot start a recording. */
static void test_read_only(void **state)
{
    dir d;
    dir_make(&d);
    const char *path = file_in(&d, "ro.db");
    make_good(path);
    buf before = BUF_INIT, after = BUF_INIT, err = BUF_INIT;
    slurp(path, &before);
    chmod(path, 0444);
    store *st = store_open(path, STORE_READ, NULL, &err);
    assert_non_null(st);
    session_meta meta = {"t.py", "cpython-3.11", "generational", NULL};
    assert_null(session_begin(st, &meta, &err));
    assert_non_null(strstr(buf_str(&err), "read-only"));
    session_row *rows;
    size_t n;
    assert_int_equal(session_list(st, &rows, &n, &err), 0);
    session_rows_free(rows, n);
    store_close(st);
    slurp(path, &after);
    assert_int_equal(after.len, before.len);
    assert_memory_equal(after.data, before.data, before.len);
    buf_free(&before);
    buf_free(&after);
    buf_free(&err);
    dir_remove(&d);
}

/* A file of schema version 2 as heapviz 2 wrote it: one session (make_good)
 * and its symbols, a static str's value at the odd address (addr | 1). */
static void make_version_2(const char *path, const char *rows)
{
    make_good(path);
    buf text = BUF_INIT;
    buf_printf(&text,
               "DROP TABLE symbol;"
               "CREATE TABLE symbol ("
               " session INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,"
               " addr INTEGER NOT NULL,"
               " kind TEXT NOT NULL,"
               " text TEXT NOT NULL,"
               " PRIMARY KEY (session, addr));"
               "INSERT INTO symbol VALUES %s;"
               "PRAGMA user_version = 2;",
               rows);
    sql(path, buf_str(&text));
    buf_free(&text);
}

static void gather_symbol(void *ud, uint64_t addr, const char *kind, const char *text)
{
    buf_printf(ud, "%llx %s %s\n", (unsigned long long)addr, kind, text);
}

static void symbols_are(const char *path, enum store_mode mode, unsigned version, const char *want)
{
    buf err = BUF_INIT, got = BUF_INIT;
    store *st = store_open(path, mode, NULL, &err);
    if (!st)
        fail_msg("%s", buf_str(&err));
    assert_int_equal(store_version(st), version);
    assert_int_equal(session_symbols(st, 1, gather_symbol, &got, &err), 0);
    assert_string_equal(buf_str(&got), want);
    buf_clear(&got);
    assert_int_equal(session_symbol_text(st, 1, 0x1000, "value", &got, &err), 0);
    assert_string_equal(buf_str(&got), "'s'");
    store_close(st);
    buf_free(&err);
    buf_free(&got);
}

/* Version 2 → 3: the symbol table is keyed by kind too, the value kept at
 * addr | 1 moves back to addr.  Read-only, a version-2 file is read as it
 * is (and not written); a writer migrates it. */
static void test_migrates_2_to_3(void **state)
{
    dir d;
    dir_make(&d);
    const char *path = file_in(&d, "v2.db");
    make_version_2(path, "(1, 4096, 'name', 's'), (1, 4097, 'value', '''s'''), (1, 8192, 'type', 'int')");
    const char *want = "1000 name s\n1000 value 's'\n2000 type int\n";
    buf before = BUF_INIT, after = BUF_INIT, h = BUF_INIT;
    slurp(path, &before);
    symbols_are(path, STORE_READ, 2, want);
    slurp(path, &after);
    assert_int_equal(after.len, before.len);
    assert_memory_equal(after.data, before.data, before.len);
    symbols_are(path, STORE_WRITE, STORE_SCHEMA_VERSION, want);
    slurp(path, &h);
    assert_int_equal(be32(h.data + 60), STORE_SCHEMA_VERSION);
    symbols_are(path, STORE_READ, STORE_SCHEMA_VERSION, want);
    buf_free(&before);
    buf_free(&after);
    buf_free(&h);
    dir_remove(&d);
}

/* The profile column of session 1, as stored. */
static void stored_profile(const char *path, buf *out)
{
    sqlite3 *db;
    sqlite3_stmt *q;
    assert_int_equal(sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_prepare_v2(db, "SELECT profile FROM session WHERE id = 1", -1, &q, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_step(q), SQLITE_ROW);
    buf_adds(out, (const char *)sqlite3_column_text(q, 0));
    sqlite3_finalize(q);
    sqlite3_close(db);
}

/* The profile session 1 replays with, opened in mode: its name as listed
 * must be want, and it must be found (profile_find_recorded). */
static const profile *profile_is(const char *path, enum store_mode mode, unsigned version, const char *want)
{
    buf err = BUF_INIT;
    store *st = store_open(path, mode, NULL, &err);
    if (!st)
        fail_msg("%s", buf_str(&err));
    assert_int_equal(store_version(st), version);
    session_row row;
    assert_int_equal(session_find(st, "1", &row, &err), 0);
    assert_string_equal(row.profile, want);
    const profile *p = profile_find_recorded(row.profile);
    session_row_clear(&row);
    store_close(st);
    buf_free(&err);
    assert_non_null(p);
    return p;
}

/* Version 3 → 4: sessions recorded before used raw blocks at the old
 * address, and name their profile's legacy twin; a session recorded after
 * names the profile itself.  Read only, a version-3 file is read the same
 * way and left as it was. */
static void test_migrates_3_to_4(void **state)
{
    dir d;
    dir_make(&d);
    const char *path = file_in(&d, "v3.db");
    make_good(path);
    sql(path, "PRAGMA user_version = 3;");
    buf before = BUF_INIT, after = BUF_INIT, col = BUF_INIT;
    slurp(path, &before);
    const profile *p = profile_is(path, STORE_READ, 3, "cpython-3.11" PROFILE_LEGACY_SUFFIX);
    assert_int_equal(p->raw_base, 0x55d0c8e00000ULL);
    assert_string_equal(p->name, "cpython-3.11");
    assert_int_equal(p->arena_base, profile_default()->arena_base);
    slurp(path, &after);
    assert_int_equal(after.len, before.len);
    assert_memory_equal(after.data, before.data, before.len);
    stored_profile(path, &col);
    assert_string_equal(buf_str(&col), "cpython-3.11");

    assert_ptr_equal(profile_is(path, STORE_WRITE, 4, "cpython-3.11" PROFILE_LEGACY_SUFFIX), p);
    buf_clear(&col);
    stored_profile(path, &col);
    assert_string_equal(buf_str(&col), "cpython-3.11" PROFILE_LEGACY_SUFFIX);
    assert_ptr_equal(profile_is(path, STORE_READ, 4, "cpython-3.11" PROFILE_LEGACY_SUFFIX), p);

    const char *now = file_in(&d, "v4.db");
    make_good(now);
    assert_ptr_equal(profile_is(now, STORE_READ, 4, "cpython-3.11"), profile_default());
    assert_true(profile_default()->raw_base < (1ULL << 30));
    buf_free(&before);
    buf_free(&after);
    buf_free(&col);
    dir_remove(&d);
}

/* A migration that cannot finish leaves the file as it was: a version-2
 * file whose rows collide once the value moves to its even address (no
 * recorder writes that), and a disk that fills up midway. */
static void test_failed_migration_changes_nothing(void **state)
{
    dir d;
    dir_make(&d);
    const char *path = file_in(&d, "clash.db");
    make_version_2(path, "(1, 4096, 'value', 'a'), (1, 4097, 'value', 'b')");
    buf before = BUF_INIT, after = BUF_INIT, err = BUF_INIT;
    slurp(path, &before);
    assert_null(store_open(path, STORE_WRITE, NULL, &err));
    if (strncmp(buf_str(&err), path, strlen(path)) || !strstr(buf_str(&err), "upgrading the schema") ||
        strchr(buf_str(&err), '\n'))
        fail_msg("'%s'", buf_str(&err));
    slurp(path, &after);
    assert_int_equal(after.len, before.len);
    assert_memory_equal(after.data, before.data, before.len);

    path = file_in(&d, "full.db");
    make_version_2(path, "(1, 4096, 'name', 's'), (1, 4097, 'value', '''s''')");
    slurp(path, &before);
    faultvfs f;
    faultvfs_register(&f, "fault41m");
    faultvfs_arm(&f, 0, SQLITE_FULL);
    store_options opts = {.vfs = "fault41m"};
    buf_clear(&err);
    assert_null(store_open(path, STORE_WRITE, &opts, &err));
    if (!strstr(buf_str(&err), "disk is full"))
        fail_msg("'%s'", buf_str(&err));
    sqlite3_vfs_unregister(&f.vfs);
    slurp(path, &after);
    assert_int_equal(after.len, before.len);
    assert_memory_equal(after.data, before.data, before.len);
    symbols_are(path, STORE_READ, 2, "1000 name s\n1000 value 's'\n");
    buf_free(&before);
    buf_free(&after);
    buf_free(&err);
    dir_remove(&d);
}

/* The disk fills up while the schema is being created: a clean message. */
static void test_full_disk_at_creation(void **state)
{
    dir d;
    dir_make(&d);
    faultvfs f;
    faultvfs_register(&f, "fault41");
    faultvfs_arm(&f, 1000, SQLITE_FULL);
    buf err = BUF_INIT;
    store_options opts = {.vfs = "fault41"};
    store *st = store_open(file_in(&d, "full.db"), STORE_WRITE, &opts, &err);
    assert_null(st);
    if (!strstr(buf_str(&err), "disk is full"))
        fail_msg("'%s'", buf_str(&err));
    faultvfs_arm(&f, 3000, SQLITE_IOERR_WRITE);
    buf_clear(&err);
    st = store_open(file_in(&d, "io.db"), STORE_WRITE, &opts, &err);
    assert_null(st);
    if (!strstr(buf_str(&err), "I/O error"))
        fail_msg("'%s'", buf_str(&err));
    sqlite3_vfs_unregister(&f.vfs);
    buf_free(&err);
    dir_remove(&d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_creates_with_identity),
        cmocka_unit_test(test_default_path),
        cmocka_unit_test(test_bad_files_are_left_alone),
        cmocka_unit_test(test_empty_files),
        cmocka_unit_test(test_locked_names_the_holder),
        cmocka_unit_test(test_read_only),
        cmocka_unit_test(test_full_disk_at_creation),
        cmocka_unit_test(test_migrates_2_to_3),
        cmocka_unit_test(test_migrates_3_to_4),
        cmocka_unit_test(test_failed_migration_changes_nothing),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
