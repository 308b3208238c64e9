/*
 * store.c — opening the session database: trust nothing until it is checked,
 * change nothing until it is trusted.
 *
 *   path ──▶ header check ──▶ sqlite3_open_v2 ──▶ harden ──▶ quick_check
 *            (our own read:     (READONLY for      (defensive,   ──▶ schema is exactly
 *             magic, app id,     STORE_READ)        no views,        ours (or empty)
 *             version, size)                        no triggers)  ──▶ migrate (WRITE)
 *
 * The schema (version 4; STORE_SCHEMA_VERSION):
 *
 *   session   id, name, profile (version 4: a session recorded before
 *             names its profile's legacy twin, profile.h), collector,
 *             source, started, ended (ms since
 *             the epoch; ended NULL while recording), status (recording,
 *             complete, interrupted), nsteps, nevents (committed), pid and
 *             host of the recorder, heartbeat (its last commit)
 *   batch     session, first (index of its first event), count, step0 (the
 *             step before it), step1 (the step after it), data (codec.h)
 *   keyframe  session, position (events applied before it), step, data
 *             (keyframe.h): written by recorders before this one, which
 *             kept a model, and now by replays, which save some of the
 *             keyframes they built in memory (replay_keep_keyframes)
 *   snapshot  session, name, position, step, origin ('ui', 'tracemalloc');
 *             its state is the replayed model at that position
 *   console   session, seq, position, line: every line typed live
 *   symbol    session, addr, kind, text: names the runner gives addresses
 *             (type objects' names, for diffs and exports), one per
 *             (addr, kind) (version 3; version 2 had one per addr)
 *   output    session, seq, position, fd (1 stdout, 2 stderr), text: what
 *             the program wrote, after `position` events (version 2)
 *
 * Invariants:
 *   1. no SQLite call reads a file whose 100-byte header failed the check,
 *      and nothing is written to a file before it passed every check;
 *   2. a STORE_READ store is opened SQLITE_OPEN_READONLY and never writes
 *      its file.  One exception to the flag, none to the rule: a recording
 *      cut short while switching journals (a full disk at the end) leaves a
 *      hot journal that only a writer can roll back; a read-only open then
 *      works on a private copy of the file and its journals (scratch),
 *      rolled back there and deleted at close;
 *   3. migrations[v] turns schema version v into v + 1 inside one
 *      transaction; the schema a version expects is the one its
 *      migrations produce (built in memory and compared), written once;
 *   4. all SQL goes through prepared statements; values are bound, never
 *      spliced into SQL text (pragmas, which take no bound values, get
 *      only this file's constants).
 */
#include "store.h"

#include "hv.h"
#include "profile.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/types.h>
#include <time.h>
#include <unistd.h>

#include <sqlite3.h>

enum { DEFAULT_BUSY_MS = 2000, HEADER_SIZE = 100, MAX_BLOB = 256 << 20 };
/* New files have 16 KiB pages.  A file's floor is a page per table and
 * index (15 of them): 64 KiB pages made every file at least 960 KiB, a
 * classroom script's session of a few thousand events a megabyte, and
 * bench-store's 1.7 M-event real program 4.08 bytes an event (3.62 now).
 * A batch of events (session.c's BATCH_BYTES) spans four pages: bytes per
 * event past the empty file and the writer's CPU measured the same as with
 * 64 KiB pages, one batch a page (stop 29), and the last commit and
 * checkpoint still write a quarter of the pages 4 KiB pages took.  Older
 * files keep theirs. */
#define PAGE_SIZE_PRAGMA "PRAGMA page_size = 16384"

struct store {
    sqlite3 *db;
    char *path;
    enum store_mode mode;
    uint32_t version;       /* schema version now (0: an empty file, read-only) */
    char *scratch;          /* invariant 2: the private copy's folder, or NULL */
    uint64_t growth_limit;  /* store_limit_growth's bytes, 0: none */
};

static const char *const companions[] = {"", "-journal", "-wal", "-shm"};

/* ---- the schema, as migrations ------------------------------------------ */

static const char *const migration_1[] = {
    "CREATE TABLE session ("
    " id INTEGER PRIMARY KEY,"
    " name TEXT NOT NULL,"
    " profile TEXT NOT NULL,"
    " collector TEXT NOT NULL,"
    " source TEXT NOT NULL DEFAULT '',"
    " started INTEGER NOT NULL,"
    " ended INTEGER,"
    " status TEXT NOT NULL CHECK (status IN ('recording', 'complete', 'interrupted')),"
    " nsteps INTEGER NOT NULL DEFAULT 0,"
    " nevents INTEGER NOT NULL DEFAULT 0,"
    " pid INTEGER,"
    " host TEXT,"
    " heartbeat INTEGER)",
    "CREATE TABLE batch ("
    " id INTEGER PRIMARY KEY,"
    " session INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,"
    " first INTEGER NOT NULL,"
    " count INTEGER NOT NULL,"
    " step0 INTEGER NOT NULL,"
    " step1 INTEGER NOT NULL,"
    " data BLOB NOT NULL)",
    "CREATE UNIQUE INDEX batch_first ON batch(session, first)",
    "CREATE INDEX batch_step ON batch(session, step1)",
    "CREATE TABLE keyframe ("
    " id INTEGER PRIMARY KEY,"
    " session INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,"
    " position INTEGER NOT NULL,"
    " step INTEGER NOT NULL,"
    " data BLOB NOT NULL)",
    "CREATE UNIQUE INDEX keyframe_position ON keyframe(session, position)",
    "CREATE TABLE snapshot ("
    " session INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,"
    " name TEXT NOT NULL,"
    " position INTEGER NOT NULL,"
    " step INTEGER NOT NULL,"
    " origin TEXT NOT NULL,"
    " PRIMARY KEY (session, name))",
    "CREATE TABLE console ("
    " session INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,"
    " seq INTEGER NOT NULL,"
    " position INTEGER NOT NULL,"
    " line TEXT NOT NULL,"
    " PRIMARY KEY (session, seq))",
    "CREATE TABLE symbol ("
    " session INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,"
    " addr INTEGER NOT NULL,"
    " kind TEXT NOT NULL,"
    " text TEXT NOT NULL,"
    " PRIMARY KEY (session, addr))",
    NULL,
};

/* Version 2: what the program wrote, where in the event stream. */
static const char *const migration_2[] = {
    "CREATE TABLE output ("
    " session INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,"
    " seq INTEGER NOT NULL,"
    " position INTEGER NOT NULL,"
    " fd INTEGER NOT NULL CHECK (fd IN (1, 2)),"
    " text BLOB NOT NULL,"
    " PRIMARY KEY (session, seq))",
    "CREATE INDEX output_position ON output(session, position)",
    NULL,
};

/* Version 3: a symbol is keyed by its kind too, so one address can have a
 * name and a value; version 2 kept a static object's value at addr | 1
 * (objects are 16-byte aligned), moved back to addr here.  A file whose
 * rows collide once moved (hostile: no recorder wrote both) fails the
 * migration and is left as it was. */
static const char *const migration_3[] = {
    /* through a temporary copy, not ALTER TABLE … RENAME, which rereads the
     * whole schema: a new file runs this too, and the rename tripled the
     * cost of creating one */
    "CREATE TEMP TABLE symbol_2 AS SELECT session, addr, kind, text FROM symbol",
    "DROP TABLE symbol",
    "CREATE TABLE symbol ("
    " session INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,"
    " addr INTEGER NOT NULL,"
    " kind TEXT NOT NULL,"
    " text TEXT NOT NULL,"
    " PRIMARY KEY (session, addr, kind))",
    "INSERT INTO symbol (session, addr, kind, text)"
    " SELECT session, CASE WHEN kind = 'value' THEN addr & ~1 ELSE addr END, kind, text FROM temp.symbol_2",
    "DROP TABLE temp.symbol_2",
    NULL,
};

/* Version 4: raw blocks moved from 0x55d0c8e00000 to python3's brk heap
 * (profile.c); every session recorded before used the old addresses, and
 * now names the legacy profile that keeps them (no table changes).
 * Read-only, a version-3 file's sessions are read the same way
 * (session_profile_name). */
static const char *const migration_4[] = {
    "UPDATE session SET profile = profile || '" PROFILE_LEGACY_SUFFIX "'",
    NULL,
};

/* migrations[v]: from version v to v + 1. */
static const char *const *const migrations[STORE_SCHEMA_VERSION] = {migration_1, migration_2, migration_3,
                                                                    migration_4};

/* ---- messages ----------------------------------------------------------- */

static void say(buf *err, const char *path, const char *fmt, ...) HV_PRINTF(3, 4);
static void say(buf *err, const char *path, const char *fmt, ...)
{
    va_list ap;
    buf_printf(err, "%s: ", path);
    va_start(ap, fmt);
    buf_vprintf(err, fmt, ap);
    va_end(ap);
}

/* Appends SQLite's text on one line: newlines become "; ", and
 * quick_check's "*** in database main ***" banner goes. */
static void add_one_line(buf *out, const char *t)
{
    static const char banner[] = "*** in database main ***";
    int sep = 0;
    for (; *t; t++) {
        if (strncmp(t, banner, sizeof banner - 1) == 0) {
            t += sizeof banner - 2;
            continue;
        }
        if (*t == '\n' || *t == '\r') {
            sep = 1;
            continue;
        }
        if (sep && out->len && out->data[out->len - 1] != '(')
            buf_adds(out, "; ");
        sep = 0;
        buf_addc(out, *t);
    }
}

int64_t store_now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* ---- the default path --------------------------------------------------- */

int store_default_path(buf *out, buf *err)
{
    const char *env = getenv("HEAPVIZ_DB");
    if (env && *env) {
        buf_adds(out, env);
        return 0;
    }
    const char *xdg = getenv("XDG_DATA_HOME"), *home = getenv("HOME");
    if (xdg && *xdg == '/')
        buf_printf(out, "%s/heapviz/sessions.db", xdg);
    else if (home && *home)
        buf_printf(out, "%s/.local/share/heapviz/sessions.db", home);
    else {
        buf_adds(err, "sessions.db: no --db, HEAPVIZ_DB, XDG_DATA_HOME or HOME to find it");
        return -1;
    }
    return 0;
}

/* mkdir -p of path's folder. */
static int make_parent(const char *path, buf *err)
{
    char *dir = hv_strdup(path);
    char *slash = strrchr(dir, '/');
    int rc = 0;
    if (slash && slash != dir) {
        *slash = 0;
        for (char *p = dir + 1; !rc; p++) {
            if (*p && *p != '/')
                continue;
            char c = *p;
            *p = 0;
            if (mkdir(dir, 0700) != 0 && errno != EEXIST) {
                say(err, path, "cannot create folder %s: %s", dir, strerror(errno));
                rc = -1;
            }
            *p = c;
            if (!c)
                break;
        }
    }
    free(dir);
    return rc;
}

/* ---- the header, read before SQLite sees the file ------------------------ */

static uint32_t be32(const uint8_t *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

/* 1 if path-wal holds frames: a checkpoint interrupted (a full disk) may
 * leave the file shorter than its header says, and SQLite completes it
 * from the WAL when it opens it, so the size is no sign of damage then. */
static int wal_pending(const char *path)
{
    char wal[4096];
    struct stat st;
    if ((size_t)snprintf(wal, sizeof wal, "%s-wal", path) >= sizeof wal)
        return 0;
    return stat(wal, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 32;
}

/* Checks the first 100 bytes.  Returns 1 for a usable file, 0 for an empty
 * one (a new database), -1 with a message.  *version gets user_version. */
static int check_header(const char *path, enum store_mode mode, uint32_t *version, buf *err)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        if (errno == ENOENT && mode == STORE_WRITE)
            return 0;
        say(err, path, "%s", errno == ENOENT ? "no such file (no session recorded yet?)" : strerror(errno));
        return -1;
    }
    struct stat st;
    uint8_t h[HEADER_SIZE];
    ssize_t n = fstat(fd, &st) == 0 && S_ISREG(st.st_mode) ? read(fd, h, sizeof h) : -2;
    close(fd);
    if (n == -2) {
        say(err, path, "not a regular file");
        return -1;
    }
    if (n == 0)
        return 0;
    static const char magic[16] = "SQLite format 3";
    if (n < 16 || memcmp(h, magic, 16) != 0) {
        say(err, path, "not a heapviz session database (not an SQLite file)");
        return -1;
    }
    if (n < HEADER_SIZE) {
        say(err, path, "truncated (%zd bytes)", n);
        return -1;
    }
    uint32_t page = (uint32_t)h[16] << 8 | h[17], appid = be32(h + 68);
    page = page == 1 ? 65536 : page;
    *version = be32(h + 60);
    if (page < 512 || (page & (page - 1))) {
        say(err, path, "corrupt (page size %u)", page);
        return -1;
    }
    if (appid != STORE_APPLICATION_ID && !(appid == 0 && *version == 0)) {
        say(err, path, "another application's database (application_id 0x%08x, not heapviz's 0x%08x)", appid,
            (unsigned)STORE_APPLICATION_ID);
        return -1;
    }
    if (*version > STORE_SCHEMA_VERSION) {
        say(err, path, "made by a newer heapviz (schema version %u; this one knows up to %d)", *version,
            STORE_SCHEMA_VERSION);
        return -1;
    }
    uint64_t pages = be32(h + 28);
    if (be32(h + 24) == be32(h + 92) && pages && (uint64_t)st.st_size < pages * page &&
        !wal_pending(path)) {
        say(err, path, "truncated (%lld bytes of %llu)", (long long)st.st_size, (unsigned long long)(pages * page));
        return -1;
    }
    if (st.st_size % page) {
        say(err, path, "truncated (%lld bytes: not a whole number of %u-byte pages)", (long long)st.st_size, page);
        return -1;
    }
    return 1;
}

/* ---- who holds a lock ----------------------------------------------------- */

/* The pid holding a POSIX lock on file (read from /proc/locks, so this
 * process's own locks are not disturbed), or 0. */
static long lock_holder(const char *file)
{
    struct stat st;
    FILE *f;
    if (stat(file, &st) != 0 || !(f = fopen("/proc/locks", "r")))
        return 0;
    char line[256];
    long found = 0, self = (long)getpid();
    while (!found && fgets(line, sizeof line, f)) {
        long pid;
        unsigned maj, min;
        unsigned long long ino;
        char *p = strstr(line, "POSIX");
        if (p && sscanf(p, "POSIX %*s %*s %ld %x:%x:%llu", &pid, &maj, &min, &ino) == 4 &&
            ino == (unsigned long long)st.st_ino && maj == major(st.st_dev) && min == minor(st.st_dev) &&
            pid != self)
            found = pid;
    }
    fclose(f);
    return found;
}

static void describe_holder(store *st, buf *err)
{
    buf shm = BUF_INIT;
    buf_printf(&shm, "%s-shm", st->path);
    long pid = lock_holder(st->path);
    if (!pid)
        pid = lock_holder(buf_str(&shm));
    buf_free(&shm);
    if (!pid) {
        buf_adds(err, " (by another process)");
        return;
    }
    buf_printf(err, " by process %ld", pid);
    sqlite3_stmt *q;
    if (sqlite3_prepare_v2(st->db, "SELECT id, name FROM session WHERE status = 'recording' AND pid = ?", -1, &q,
                           NULL) == SQLITE_OK) {
        sqlite3_bind_int64(q, 1, pid);
        if (sqlite3_step(q) == SQLITE_ROW)
            buf_printf(err, " (heapviz, recording session %lld \"%s\")", (long long)sqlite3_column_int64(q, 0),
                       (const char *)sqlite3_column_text(q, 1));
        sqlite3_finalize(q);
    }
}

/* One number a PRAGMA returns (page_count, page_size, max_page_count), or -1. */
static int64_t pragma_int(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *q;
    int64_t v = -1;
    if (sqlite3_prepare_v2(db, sql, -1, &q, NULL) != SQLITE_OK)
        return -1;
    if (sqlite3_step(q) == SQLITE_ROW)
        v = sqlite3_column_int64(q, 0);
    sqlite3_finalize(q);
    return v;
}

/* Whether the write that failed would have passed store_limit_growth's
 * cap: the file (as the failed transaction left it: rolled back) within
 * one recorder transaction of it, LIMIT_SLACK bytes (session.c's commits of
 * 2 MiB, and up to 32 MiB queued while a checkpoint ran); a full disk
 * elsewhere leaves it well below.  (A slack in pages read 64 KiB pages:
 * with 16 KiB ones a 1M limit's first commit, failing whole, said "the
 * disk is full".) */
static int limit_reached(store *st)
{
    enum { LIMIT_SLACK = 40 << 20 };
    int64_t pages = pragma_int(st->db, "PRAGMA page_count"), max = pragma_int(st->db, "PRAGMA max_page_count"),
            size = pragma_int(st->db, "PRAGMA page_size");
    return pages >= 0 && max >= 0 && size > 0 && pages + LIMIT_SLACK / size >= max;
}

int store_limit_growth(store *st, uint64_t bytes, buf *err)
{
    int64_t pages = pragma_int(st->db, "PRAGMA page_count"), size = pragma_int(st->db, "PRAGMA page_size");
    if (pages < 0 || size <= 0)
        return store_fail(st, sqlite3_errcode(st->db), "reading its size", err);
    char sql[64];
    snprintf(sql, sizeof sql, "PRAGMA max_page_count = %lld", (long long)(pages + (int64_t)(bytes / (uint64_t)size) + 1));
    if (pragma_int(st->db, sql) < 0)
        return store_fail(st, sqlite3_errcode(st->db), "limiting its growth", err);
    st->growth_limit = bytes;
    return 0;
}

int store_fail(store *st, int rc, const char *doing, buf *err)
{
    int primary = rc & 0xff;
    buf_printf(err, "%s: ", st->path);
    if (doing)
        buf_printf(err, "%s: ", doing);
    switch (primary) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        buf_adds(err, "the database is locked");
        describe_holder(st, err);
        break;
    case SQLITE_FULL:
        if (st->growth_limit && limit_reached(st))
            buf_printf(err, "the recording reached its size limit (--record-limit %lluM)",
                       (unsigned long long)(st->growth_limit >> 20));
        else
            buf_adds(err, "the disk is full");
        break;
    case SQLITE_IOERR:
        buf_printf(err, "I/O error (%s)", sqlite3_errstr(rc));
        break;
    case SQLITE_READONLY:
        buf_adds(err, "the database is read-only");
        break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        buf_adds(err, "corrupt (");
        add_one_line(err, sqlite3_errmsg(st->db));
        buf_addc(err, ')');
        break;
    default:
        add_one_line(err, sqlite3_errmsg(st->db));
        break;
    }
    return -1;
}

/* ---- opening -------------------------------------------------------------- */

static int exec_all(sqlite3 *db, const char *const *sql)
{
    for (; *sql; sql++) {
        sqlite3_stmt *q;
        int rc = sqlite3_prepare_v2(db, *sql, -1, &q, NULL);
        if (rc != SQLITE_OK)
            return rc;
        while ((rc = sqlite3_step(q)) == SQLITE_ROW)
            ;
        sqlite3_finalize(q);
        if (rc != SQLITE_DONE)
            return rc;
    }
    return SQLITE_OK;
}

static int exec1(sqlite3 *db, const char *sql)
{
    const char *one[] = {sql, NULL};
    return exec_all(db, one);
}

/* The connection settings that hold for every file we read. */
static void harden(sqlite3 *db, int busy_ms)
{
    sqlite3_extended_result_codes(db, 1);
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
    sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, NULL);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, NULL);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, NULL);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, NULL);
    sqlite3_limit(db, SQLITE_LIMIT_ATTACHED, 0);
    sqlite3_limit(db, SQLITE_LIMIT_LENGTH, MAX_BLOB);
    sqlite3_limit(db, SQLITE_LIMIT_SQL_LENGTH, 100000);
    sqlite3_busy_timeout(db, busy_ms);
    exec1(db, "PRAGMA cell_size_check = ON");
    exec1(db, "PRAGMA mmap_size = 0");
    exec1(db, "PRAGMA foreign_keys = ON");
    exec1(db, "PRAGMA temp_store = MEMORY");
}

/* Appends the schema rows (type, name, table, sql) of db, sorted, to out;
 * not SQLite's statistics tables (sqlite_stat1, which store_close's
 * PRAGMA optimize may create once a table grew). */
static int schema_of(sqlite3 *db, buf *out)
{
    sqlite3_stmt *q;
    int rc = sqlite3_prepare_v2(db, "SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_schema "
                                    "WHERE name NOT LIKE 'sqlite\\_stat%' ESCAPE '\\' ORDER BY type, name", -1, &q,
                                NULL);
    if (rc != SQLITE_OK)
        return rc;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW)
        for (int i = 0; i < 4; i++)
            buf_printf(out, "%s%c", (const char *)sqlite3_column_text(q, i), i == 3 ? '\n' : '|');
    sqlite3_finalize(q);
    return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

/* The schema version v expects: its migrations, run on an empty database. */
static void expected_schema(unsigned v, buf *out)
{
    sqlite3 *mem;
    sqlite3_open_v2(":memory:", &mem, SQLITE_OPEN_READWRITE, NULL);
    for (unsigned i = 0; i < v; i++)
        exec_all(mem, migrations[i]);
    schema_of(mem, out);
    sqlite3_close(mem);
}

/* quick_check, then the schema must be exactly version's. */
static int verify(store *st, uint32_t version, buf *err)
{
    sqlite3_stmt *q;
    int rc = sqlite3_prepare_v2(st->db, "PRAGMA quick_check(1)", -1, &q, NULL);
    if (rc != SQLITE_OK)
        return store_fail(st, rc, NULL, err);
    rc = sqlite3_step(q);
    if (rc != SQLITE_ROW) {
        sqlite3_finalize(q);
        return store_fail(st, rc, NULL, err);
    }
    const char *res = (const char *)sqlite3_column_text(q, 0);
    if (!res || strcmp(res, "ok") != 0) {
        say(err, st->path, "corrupt (");
        add_one_line(err, res ? res : "quick_check failed");
        buf_addc(err, ')');
        sqlite3_finalize(q);
        return -1;
    }
    sqlite3_finalize(q);
    buf have = BUF_INIT, want = BUF_INIT;
    rc = schema_of(st->db, &have);
    expected_schema(version, &want);
    int ok = rc == SQLITE_OK && strcmp(buf_str(&have), buf_str(&want)) == 0;
    if (rc != SQLITE_OK)
        store_fail(st, rc, NULL, err);
    else if (!ok && version == 0)
        say(err, st->path, "another application's database (it has tables but no heapviz id)");
    else if (!ok)
        say(err, st->path, "not a heapviz session database (its tables are not those of schema version %u)",
            version);
    buf_free(&have);
    buf_free(&want);
    return ok ? 0 : -1;
}

/* Brings the schema from version to STORE_SCHEMA_VERSION, one step per
 * transaction. */
static int migrate(store *st, uint32_t version, buf *err)
{
    for (uint32_t v = version; v < STORE_SCHEMA_VERSION; v++) {
        char id[64], version_pragma[64];   /* pragmas take no bound values */
        snprintf(id, sizeof id, "PRAGMA application_id = %d", STORE_APPLICATION_ID);
        snprintf(version_pragma, sizeof version_pragma, "PRAGMA user_version = %u", v + 1);
        int rc = exec1(st->db, "BEGIN IMMEDIATE");
        if (rc == SQLITE_OK)
            rc = exec_all(st->db, migrations[v]);
        if (rc == SQLITE_OK)
            rc = exec1(st->db, id);
        if (rc == SQLITE_OK)
            rc = exec1(st->db, version_pragma);
        if (rc == SQLITE_OK)
            rc = exec1(st->db, "COMMIT");
        if (rc != SQLITE_OK) {
            store_fail(st, rc, "upgrading the schema", err);
            exec1(st->db, "ROLLBACK");
            return -1;
        }
    }
    return 0;
}

/* Opens file (the store's own path or its private copy) and checks it. */
static int connect(store *st, const char *file, int flags, const store_options *opts, uint32_t version, buf *err)
{
    int rc = sqlite3_open_v2(file, &st->db, flags, opts ? opts->vfs : NULL);
    if (rc != SQLITE_OK) {
        if (st->db)
            return store_fail(st, rc, NULL, err);
        say(err, st->path, "cannot open (%s)", sqlite3_errstr(rc));
        return -1;
    }
    harden(st->db, opts && opts->busy_ms ? opts->busy_ms : DEFAULT_BUSY_MS);
    return verify(st, version, err);
}

/* A file about to be created: its page size, and the schema written
 * without waiting for the disk (each migration's commit cost three
 * fsyncs): the file holds no data yet.  A crash or kill -9 meanwhile
 * leaves the rollback journal, which undoes a migration cut short; only
 * a power loss before the first recording's checkpoint (which syncs the
 * file) could leave it unreadable, with nothing in it.  The switch to WAL
 * that a recording makes first is made then too (store_open), without
 * the syncs it costs a file that holds sessions.  Then the usual sync
 * level for everything else. */
static int fresh_file(store *st, buf *err)
{
    int rc = exec1(st->db, PAGE_SIZE_PRAGMA);
    if (rc == SQLITE_OK)
        rc = exec1(st->db, "PRAGMA synchronous = OFF");
    return rc == SQLITE_OK ? 0 : store_fail(st, rc, "creating the file", err);
}

/* Copies from to to; 0, 1 if from does not exist, -1 with errno set. */
static int copy_file(const char *from, const char *to)
{
    int in = open(from, O_RDONLY | O_CLOEXEC);
    if (in < 0)
        return errno == ENOENT ? 1 : -1;
    int out = open(to, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600), rc = out < 0 ? -1 : 0;
    char chunk[1 << 16];
    ssize_t n = 0;
    while (rc == 0 && (n = read(in, chunk, sizeof chunk)) > 0)
        rc = write(out, chunk, (size_t)n) == n ? 0 : -1;
    rc = n < 0 || (out >= 0 && close(out) != 0) ? -1 : rc;
    int saved = errno;
    close(in);
    errno = saved;
    return rc;
}

static void scratch_remove(store *st)
{
    char file[PATH_MAX + 32];
    for (size_t i = 0; i < HV_COUNTOF(companions); i++) {
        snprintf(file, sizeof file, "%s/s.db%s", st->scratch, companions[i]);
        unlink(file);
    }
    rmdir(st->scratch);
    free(st->scratch);
    st->scratch = NULL;
}

/* Invariant 2's exception: opens a private copy of the file and its
 * journals, which SQLite recovers as it reads it. */
static int open_copy(store *st, const store_options *opts, uint32_t version, buf *err)
{
    const char *tmp = getenv("TMPDIR");
    buf dir = BUF_INIT;
    buf_printf(&dir, "%s/heapviz-read-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (!mkdtemp(dir.data)) {
        say(err, st->path, "a recording was cut short and left a journal only a writer can apply, and no private "
                           "copy could be made (%s); open it once for writing (heapviz run --db)", strerror(errno));
        buf_free(&dir);
        return -1;
    }
    st->scratch = hv_strdup(buf_str(&dir));
    buf_free(&dir);
    char from[PATH_MAX + 32], to[PATH_MAX + 32];
    int rc = 0;
    for (size_t i = 0; rc >= 0 && i + 1 < HV_COUNTOF(companions); i++) {   /* not -shm: SQLite rebuilds it */
        snprintf(from, sizeof from, "%s%s", st->path, companions[i]);
        snprintf(to, sizeof to, "%s/s.db%s", st->scratch, companions[i]);
        rc = copy_file(from, to);
        rc = i == 0 && rc == 1 ? -1 : rc;
    }
    if (rc < 0) {
        say(err, st->path, "a recording was cut short and left a journal only a writer can apply, and no private "
                           "copy could be made (%s); open it once for writing (heapviz run --db)", strerror(errno));
        return -1;
    }
    snprintf(to, sizeof to, "%s/s.db", st->scratch);
    return connect(st, to, SQLITE_OPEN_READWRITE, opts, version, err);
}

/* 1 if a read-only open failed on a journal it may not recover. */
static int needs_writer(store *st)
{
    if (!st->db || (sqlite3_extended_errcode(st->db) & 0xff) != SQLITE_READONLY)
        return 0;
    char file[PATH_MAX + 32];
    struct stat sb;
    snprintf(file, sizeof file, "%s-journal", st->path);
    if (stat(file, &sb) == 0 && sb.st_size > 0)
        return 1;
    snprintf(file, sizeof file, "%s-wal", st->path);
    return stat(file, &sb) == 0 && sb.st_size > 0;
}

store *store_open(const char *path, enum store_mode mode, const store_options *opts, buf *err)
{
    uint32_t version = 0;
    int have = check_header(path, mode, &version, err);
    if (have < 0)
        return NULL;
    if (!have && mode == STORE_WRITE && make_parent(path, err))
        return NULL;
    store *st = hv_calloc(1, sizeof *st);
    st->path = hv_strdup(path);
    st->mode = mode;
    int flags = mode == STORE_READ ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    size_t said = err->len;
    int rc = connect(st, path, flags, opts, version, err);
    if (rc && mode == STORE_READ && needs_writer(st)) {
        err->len = said;            /* not the last word: try the copy */
        if (err->data)
            err->data[said] = 0;
        sqlite3_close(st->db);
        st->db = NULL;
        rc = open_copy(st, opts, version, err);
    }
    int fresh = !rc && !have && mode == STORE_WRITE;
    if (fresh)
        rc = fresh_file(st, err);
    if (!rc && mode == STORE_WRITE)
        rc = migrate(st, version, err);
    if (!rc && fresh && ((rc = exec1(st->db, "PRAGMA journal_mode = WAL")) != SQLITE_OK ||
                         (rc = exec1(st->db, "PRAGMA synchronous = FULL")) != SQLITE_OK))
        rc = store_fail(st, rc, "creating the file", err);
    if (rc) {
        sqlite3_close(st->db);      /* not store_close: a refused file gets no optimize, no checkpoint */
        st->db = NULL;
        store_close(st);
        return NULL;
    }
    st->version = mode == STORE_WRITE ? STORE_SCHEMA_VERSION : version;
    return st;
}

void store_close(store *st)
{
    if (!st)
        return;
    if (st->db && st->mode == STORE_WRITE) {
        exec1(st->db, "PRAGMA optimize");
        /* self-contained: fails harmlessly (busy) while others have it open.
         * The checkpoint syncs what it copies; the switch to a rollback
         * journal after it changes only the header's journal-mode bytes
         * (and its counters) in page 1, so it needs no syncs: a power cut
         * may leave the file in WAL mode, which SQLite reads the same (a
         * torn write cannot mix two headers: they lie in one sector). */
        if (exec1(st->db, "PRAGMA wal_checkpoint(TRUNCATE)") == SQLITE_OK &&
            exec1(st->db, "PRAGMA synchronous = OFF") == SQLITE_OK)
            exec1(st->db, "PRAGMA journal_mode = DELETE");
    }
    sqlite3_close(st->db);
    if (st->scratch)
        scratch_remove(st);
    free(st->path);
    free(st);
}

const char *store_path(const store *st)
{
    return st->path;
}

enum store_mode store_mode(const store *st)
{
    return st->mode;
}

int store_empty(const store *st)
{
    return st->version == 0;
}

unsigned store_version(const store *st)
{
    return st->version;
}

int store_exec(store *st, const char *sql)
{
    return exec1(st->db, sql);
}

/* One path: a write bit, and access() agrees. */
static int writable(const char *path)
{
    struct stat sb;
    return stat(path, &sb) == 0 && (sb.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) && access(path, W_OK) == 0;
}

int store_may_write(const char *path)
{
    char *dir = hv_strdup(path);
    char *slash = strrchr(dir, '/');
    if (slash)
        slash[slash == dir] = 0;
    int ok = writable(path) && writable(slash ? dir : ".");
    free(dir);
    return ok;
}

int store_is_copy(const store *st)
{
    return st->scratch != NULL;
}

sqlite3 *store_db(store *st)
{
    return st->db;
}
