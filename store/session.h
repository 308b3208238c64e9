/*
 * session.h — recording a session as it runs, and listing recorded ones.
 *
 * A recorder takes every event the heap emits, in order, on the program's
 * thread, built in a slot of its ring (session_ring, event.h) or copied
 * there (session_emit); a writer thread does the rest
 * (codes batches, writes them, commits at least every second; no heap
 * model, no keyframes: replay.h builds those), and a long recording's WAL
 * is copied into the file as it goes by a checkpointer thread.  What was committed
 * survives a crash or kill -9:
 * the session is then listed as interrupted and replays up to its last
 * commit.
 *
 * Call order (the runner, ui/run.c, and the live UI):
 *
 *   st = store_open(path, STORE_WRITE, NULL, &err)
 *   s  = session_begin(st, &meta, &err)        NULL: print err, exit 2
 *        pass session_emit and s as the interpreter's emit/ud, or
 *        session_ring(s) as its ring: every event, in order, from one thread
 *        session_console(s, line)        before the events of a line typed live
 *        session_snapshot(s, name, origin)  at the current position
 *        session_snapshot_at(s, name, origin, pos, step)  or an earlier one
 *        session_symbol(s, addr, kind, text)  name an address (type objects)
 *        session_output(s, fd, p, n)     what the program wrote, at the current position
 *        session_flush(s, &err)          before waiting for the user
 *        session_failed(s)               non-NULL once recording has stopped
 *   session_end(s, SESSION_COMPLETE or SESSION_INTERRUPTED, &err)
 *   store_close(st)
 *
 * Between session_begin and session_end the store belongs to the writer
 * thread: to read the same file meanwhile (a replay view), open a second
 * store on it.  One session records per store at a time.
 *
 * If the disk fills up or an I/O error occurs, the recording stops: later
 * events are dropped, session_failed() says why in one line, session_end()
 * returns -1 with that line, and everything committed before stays.
 *
 * Session life cycle (the status column):
 *
 *   session_begin ──▶ recording ──session_end(COMPLETE)────▶ complete
 *                        │      ──session_end(INTERRUPTED)─▶ interrupted
 *                        └── recorder gone (kill -9, crash): listed as
 *                            interrupted; the next recorder writes it so
 */
#ifndef HV_SESSION_H
#define HV_SESSION_H

#include "buf.h"
#include "store.h"
#include "event.h"

#include <stdint.h>

typedef struct session session;

enum session_status { SESSION_RECORDING, SESSION_COMPLETE, SESSION_INTERRUPTED };

/* Appends the name of the profile a session's profile column (`column`)
 * means in st: in a file of schema version 3 or older (read only; a writer
 * migrates it) every session used its profile's legacy twin (store.c's
 * migration 4, profile.h).  Cannot fail. */
void session_profile_name(store *st, const char *column, buf *out);

typedef struct session_meta {
    const char *name;       /* what `heapviz sessions` shows: the script, "console", a demo */
    const char *profile;    /* profile name (profile_find() must know it) */
    const char *collector;  /* "generational" or "mark-sweep" */
    const char *source;     /* the program's text; NULL for none */
} session_meta;

/* Starts recording a new session in st (opened STORE_WRITE).  Returns the
 * session, or NULL with "<file>: <what>" in err (locked, read-only, full…). */
session *session_begin(store *st, const session_meta *meta, buf *err);

/* hv_emit_fn: records *ev (ud is the session).  Cannot fail; after a
 * failure it drops events (see session_failed). */
void session_emit(void *ud, const hv_event *ev);
/* The ring session_emit copies into, for producers that build their events
 * in its slots (event.h: interp_options.ring); the same recording, without
 * the copy and the call.  Its observe, observe_ud and watch are the
 * caller's to set (NULL, 0 at first), before the first event.  One way
 * in per session: session_emit or the ring, from one thread.  Valid until
 * session_end. */
hv_ring *session_ring(session *s);
/* The ring's slots (session.c says why so many): how far the program may
 * run ahead of the writer. */
enum { SESSION_RING_SLOTS = 1 << 17 };

/* A console line typed live, recorded at the current position. */
void session_console(session *s, const char *line);
/* A named snapshot of the heap at the current position; origin is "ui" or
 * "tracemalloc".  A later snapshot of the same name replaces it. */
void session_snapshot(session *s, const char *name, const char *origin);
/* The same at an earlier position (events before it; at most the events
 * emitted so far) that lies in step `step` (a viewer stepped back: the
 * model it shows there is the state named). */
void session_snapshot_at(session *s, const char *name, const char *origin, uint64_t position, uint64_t step);
/* Names an address for the tools: kind "type" (a type object, text its
 * __name__), "code", "name", "value"; one text per (addr, kind), the
 * last given. */
void session_symbol(session *s, uint64_t addr, const char *kind, const char *text);

/* Text the program wrote to fd (1 stdout, 2 stderr) at the current
 * position (replay_output() gives it back up to any position). */
void session_output(session *s, int fd, const char *p, size_t n);

/* Waits until everything recorded so far is committed.  Returns 0, or -1
 * with the reason in err. */
int session_flush(session *s, buf *err);
/* NULL while recording works; else why it stopped ("<file>: …"). */
const char *session_failed(session *s);
int64_t session_id(const session *s);

/* Ends the recording with status (COMPLETE or INTERRUPTED), commits,
 * checkpoints, and frees s.  Returns 0, or -1 with the reason in err (the
 * recording had failed, or the last commit did). */
int session_end(session *s, enum session_status status, buf *err);

/* ---- recorded sessions ---------------------------------------------------- */

typedef struct session_row {
    int64_t id;
    char *name, *profile, *collector;
    int64_t started, ended;         /* ms since the epoch; ended 0 while recording */
    enum session_status status;     /* a recording whose recorder is gone: INTERRUPTED */
    uint64_t nsteps;                /* the last step committed */
    uint64_t nevents;               /* events committed */
} session_row;

/* Every session, oldest first, in *rows (free with session_rows_free). */
int session_list(store *st, session_row **rows, size_t *n, buf *err);
void session_rows_free(session_row *rows, size_t n);
void session_row_clear(session_row *row);
/* The session `spec` names (its id; NULL: the latest) into *row (free
 * with session_row_clear).  -1 with a message if there is none. */
int session_find(store *st, const char *spec, session_row *row, buf *err);
/* The program source of session id, appended to out. */
int session_source(store *st, int64_t id, buf *out, buf *err);
/* The text of kind (e.g. "type") session id's runner gave addr, appended
 * to out; 0 if found, 1 if not, -1 on error. */
int session_symbol_text(store *st, int64_t id, uint64_t addr, const char *kind, buf *out, buf *err);
/* Calls fn(ud, addr, kind, text) for every symbol of session id, by
 * address (text valid during the call); an address may have one symbol
 * of each kind (a file of schema version 2, read-only, kept a "value" at
 * addr | 1: it comes at addr too).  0, or -1 with a message. */
typedef void (*session_symbol_fn)(void *ud, uint64_t addr, const char *kind, const char *text);
int session_symbols(store *st, int64_t id, session_symbol_fn fn, void *ud, buf *err);
/* Adds (or replaces) the named snapshot of session id (ended, or recorded
 * by another process) at position, in step `step`: what a replay's S
 * saves.  st is opened STORE_WRITE.  0, or -1 with "<file>: <what>". */
int session_add_snapshot(store *st, int64_t id, const char *name, const char *origin, uint64_t position,
                         uint64_t step, buf *err);
/* "recording", "complete", "interrupted". */
const char *session_status_name(enum session_status status);

#endif
