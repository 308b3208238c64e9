/*
 * store.h — the session database file: finding it, opening it defensively,
 * creating and migrating its schema, and saying in one line what is wrong
 * with a file that cannot be used.
 *
 * Only store/ talks to SQLite, and within store/ only through a store
 * handle.  Every message is "<file>: <what>", for the caller to print as
 * "heapviz: <file>: <what>" and exit 2.
 *
 * Call order:
 *   store_default_path()                    where, when --db is not given
 *   store_open(path, STORE_READ | STORE_WRITE, &opts, &err)
 *     … session.h (record), replay.h (read) …
 *   store_close(st)
 */
#ifndef HV_STORE_H
#define HV_STORE_H

#include "buf.h"

#include <stdint.h>

struct sqlite3;
typedef struct store store;

enum store_mode {
    STORE_READ,             /* an existing file, opened read-only: never written */
    STORE_WRITE,            /* created (and its folder) if missing; migrated forward */
};

typedef struct store_options {
    const char *vfs;        /* SQLite VFS name; NULL: the default (tests inject faults) */
    int busy_ms;            /* how long to wait for a locked database; 0: 2000 */
} store_options;

enum {
    STORE_APPLICATION_ID = 0x48505631,  /* "HPV1" in the file header */
    STORE_SCHEMA_VERSION = 4,           /* PRAGMA user_version */
};

/* The database path: $HEAPVIZ_DB, else $XDG_DATA_HOME/heapviz/sessions.db,
 * else $HOME/.local/share/heapviz/sessions.db.  Returns 0 with the path
 * appended to out, or -1 with a message in err (no HOME either). */
int store_default_path(buf *out, buf *err);

/* Opens path.  Before SQLite reads anything the header is checked (SQLite
 * magic, application id, schema version, size); then the connection is
 * hardened (defensive mode, untrusted schema, no views or triggers), the
 * file passes PRAGMA quick_check and its schema must be exactly the one
 * this version writes.  A file that fails any check is left byte for byte
 * as it was.  opts may be NULL.  Returns the store, or NULL with
 * "<path>: <what>" in err.  A missing file in STORE_READ mode is an error
 * too ("no such file").  A file a recording left with a hot journal (cut
 * short while ending) opens read-only through a private copy that SQLite
 * recovers; the file itself is never written. */
store *store_open(const char *path, enum store_mode mode, const store_options *opts, buf *err);
/* Closes the store (NULL is a no-op).  A store opened for writing whose
 * sessions have all ended is checkpointed and left in rollback-journal
 * mode, so the file stands alone. */
void store_close(store *st);

const char *store_path(const store *st);
enum store_mode store_mode(const store *st);
/* 1 for an empty file opened read-only (no schema yet: no sessions). */
int store_empty(const store *st);
/* The schema version of the file as opened: STORE_SCHEMA_VERSION once
 * opened for writing (migrated), the file's own read-only (0: empty). */
unsigned store_version(const store *st);
/* Runs one statement of this program's constant SQL on st (prepared and
 * stepped to its end, as all SQL here is); SQLite's result code. */
int store_exec(store *st, const char *sql);
/* Whether the file at path and its folder may be written: each has a
 * write permission bit and access() allows it.  The bits count even for
 * root, whom access() never refuses: a file made read-only is read only. */
int store_may_write(const char *path);
/* Whether st reads a private copy of its file (invariant 2 of store.c: a
 * hot journal only a writer could roll back). */
int store_is_copy(const store *st);
/* The connection, for the store's own modules only. */
struct sqlite3 *store_db(store *st);

/* Turns the last SQLite error on the connection (rc from the failed call)
 * into "<path>: <what>" in err, naming who holds the lock when the
 * database is busy.  Returns -1. */
int store_fail(store *st, int rc, const char *doing, buf *err);
/* A writer's file may grow by at most `bytes` from now on (SQLite's
 * max_page_count, for this connection): past it a write fails as a full
 * disk does (SQLITE_FULL), and store_fail says the limit was reached
 * instead of "the disk is full".  Returns 0, or -1 with err. */
int store_limit_growth(store *st, uint64_t bytes, buf *err);

/* Milliseconds since the epoch (what the session table stores). */
int64_t store_now_ms(void);

#endif
