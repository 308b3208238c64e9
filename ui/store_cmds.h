/*
 * store_cmds.h — the commands that read recorded sessions:
 *
 *   heapviz sessions                          id, name, date, steps, events, status
 *   heapviz stats  [--session ID] [--at STEP] the _debugmallocstats table there
 *   heapviz diff   [--session ID] FROM TO     tracemalloc's compare_to, by type and by line
 *   heapviz export [--session ID] [--at STEP] --format json|dot
 *
 * --db PATH, else $HEAPVIZ_DB, else $XDG_DATA_HOME/heapviz/sessions.db
 * (~/.local/share when XDG_DATA_HOME is unset).  Files are only read.
 *
 * `export --format json` writes one object (schema version 1):
 *
 *   {
 *     "format": "heapviz-heap", "version": 1,
 *     "session": {"id": 1, "name": "prog.py", "profile": "cpython-3.11",
 *                 "collector": "generational", "status": "complete"},
 *     "at": {"step": 12, "event": 3456},          event = events applied
 *     "geometry": {"alignment": 16, "small_threshold": 512,
 *                  "arena_size": 1048576, "pool_size": 16384, "pool_overhead": 48},
 *     "stats": {<every pymalloc_stats number by name: "arenas_allocated_total",
 *               "arenas_highwater", "arenas_current", "unused_pools",
 *               "allocated_bytes", "available_bytes", "pool_header_bytes",
 *               "quantization", "arena_alignment", "raw_blocks", "raw_bytes",
 *               "allocated_blocks">},
 *     "arenas": [{"slot": 0, "address": "0x7f3a5c000000", "pools": [
 *         {"index": 0, "address": "0x…", "state": "used"|"full"|"empty",
 *          "class": 1, "block_size": 32, "capacity": 510, "in_use": 3,
 *          "next": 4, "free_chain": ["0x…", …],
 *          "blocks": [{"address": "0x…", "nbytes": 28, "line": 3}, …]}]}],
 *                                              (carved pools only; blocks in use)
 *     "raw_blocks": [{"address": "0x…", "nbytes": 600, "size": 624, "line": 13}],
 *     "objects": [{"address": "0x…", "type": "list", "type_address": "0x…",
 *                  "size": 72, "line": 7, "refcount": 2, "generation": 0|null}],
 *                                              (generation 0, 1, 2, or 3: the
 *                                              permanent one, gc.freeze(); null:
 *                                              untracked)
 *     "references": [{"from": "0x…"|null, "to": "0x…", "label": 3, "count": 1,
 *                     "value": "'abc'"}],      (from null: the interpreter's own;
 *                                              label: the slot, an index, or the
 *                                              address of the key or name object
 *                                              as a number; "value", only for a
 *                                              static object "to" (a small int,
 *                                              None, a one-character str…, none
 *                                              in "objects"): its repr)
 *     "frames": [{"address": "0x…", "code": "0x…"}]    outermost first
 *   }
 *
 * Addresses are strings ("0x" and lowercase hex), so 64-bit values survive
 * JavaScript; a type's name is the one the recorder gave its address, else
 * "type@0x…".  `--format dot` writes the object graph: frames as boxes,
 * objects as "type rc=N" ellipses, references as labelled arrows.
 */
#ifndef HV_STORE_CMDS_H
#define HV_STORE_CMDS_H

#include "buf.h"
#include "cli.h"
#include "session.h"

/* 1 if o->command is one of these commands. */
int store_cmd_handles(const cli_opts *o);
/* Runs it: output appended to out, a one-line message ("heapviz: <file>:
 * <what>") to err.  Returns the exit status (0, or 2). */
int store_cmd_run(const cli_opts *o, buf *out, buf *err);

/* ---- STEP, as every command reads it (--at, diff's FROM and TO) ------------
 *
 * A STEP is a step number, `end`, or a snapshot's name.  One that names
 * nothing gets one wording, whichever command was given it:
 *   <db>: session 3 has no step or snapshot 'foo' (a step is 0 to 40 or
 *   `end`; snapshots: s1, ui-1)
 */
struct replay;
/* The position of `at` (NULL: the end) in replay r of store st: 0, or -1
 * with that message (or the store's, for a damaged file) in err. */
int store_cmd_resolve(store *st, struct replay *r, const char *at, uint64_t *pos, buf *err);
/* That message, for session id (steps 0 to last_step, nsnaps snapshots
 * called snaps, the first few listed) of file db, in err (cleared first). */
void store_cmd_bad_at(buf *err, const char *db, int64_t id, const char *at, uint64_t last_step,
                      const char *const *snaps, size_t nsnaps);

/* ---- recording, for `heapviz run` and the live UI ---------------------------
 *
 *   recorder rec;
 *   if (!o->no_record && store_cmd_record_begin(o, name, source, &rec, &err))
 *       → print err, exit 2
 *   interp_options.emit = session_emit, .emit_ud = rec.s   (when recording)
 *   … run; session_failed(rec.s) says if recording stopped …
 *   store_cmd_record_end(&rec, interrupted, &err)   → 0, or -1 with the reason
 */
typedef struct recorder {
    store *st;              /* the database, open for writing */
    session *s;             /* the session being recorded */
} recorder;

/* Opens --db (else the default path; folders created) for writing and
 * begins a session called name (the script; "console", a demo) with the
 * run's profile and collector and the program's source; the file may grow
 * by --record-limit (0: no limit) before recording stops as on a full disk.
 * 0, or -1 with "heapviz: <file>: <what>" in err. */
int store_cmd_record_begin(const cli_opts *o, const char *name, const char *source, recorder *rec, buf *err);
/* Ends the session (complete, or interrupted: Ctrl-C, an aborted run) and
 * closes the file, checkpointed.  0, or -1 with "heapviz: …" in err when
 * the recording had stopped early (disk full, I/O error: the message says
 * what was kept). */
int store_cmd_record_end(recorder *rec, int interrupted, buf *err);

#endif
