/*
 * replay.h — a recorded session, seekable in both directions: the heap
 * model at any position, rebuilt from the nearest keyframe and a bounded
 * number of events.  Replay never re-runs the program.
 *
 * Keyframes: a replay keeps them in memory as it first walks through the
 * session (and uses those the file holds: an older recorder's, or what an
 * earlier replay kept with replay_keep_keyframes), spaced by
 * the model's size: after a keyframe of n objects the next comes at least
 * max(REPLAY_SPACING_MIN, REPLAY_EVENTS_PER_OBJECT × n) events later, so
 * the events a seek replays after loading a keyframe cost about as much as
 * loading it, and a big heap does not fill memory with keyframes.  The first seek to a far position costs every
 * event up to it once; later seeks cost a keyframe and a bounded number of
 * events wherever they land.  replay_index() makes that walk up front.
 *
 * A position is a number of events: the model at position p has events
 * [0, p) applied.  "At step S" is the position just before STEP S + 1 (or
 * the end), i.e. after everything step S did; step 0 is what happened
 * before the first statement.
 *
 * Opening reads the session row and the batch index (each batch's first
 * event, count and step range), never a batch's events: a batch is
 * decoded when something reaches it, and REPLAY_CACHE of them are kept.
 *
 * Call order:
 *   r = replay_open(st, id, &err)
 *   replay_resolve(r, "12" | "end" | "snapshot-name", &pos, &err)
 *   replay_seek(r, pos, &err)  … replay_model(r) …   (any order, any number)
 *   replay_scan(r, from, to, fn, ud, &err)           events in a range
 *   replay_output(r, pos, fds, &out, &err)           the program's output so far
 *   replay_output_each / replay_snapshots(r, fn, …)  every output chunk, snapshot
 *   replay_keep_keyframes(r, &err)                   optional: for the next replay
 *   replay_close(r)
 *
 * Everything read is checked (checksums, counts, contiguity, every event
 * against the model); a damaged session gives a one-line error naming the
 * batch or keyframe, never a crash.  Events of kinds the model does not
 * know (model_knows) are stored and scanned but not applied.
 */
#ifndef HV_REPLAY_H
#define HV_REPLAY_H

#include "buf.h"
#include "store.h"
#include "event.h"
#include "keyframe.h"
#include "model.h"

#include <stdint.h>

typedef struct replay replay;

enum {                                  /* its keyframes' spacing (keyframe.h's kfset) */
    REPLAY_SPACING_MIN = KEYFRAME_SPACING_MIN,
    REPLAY_EVENTS_PER_OBJECT = KEYFRAME_REPLAY_PER_OBJECT,
    REPLAY_CACHE = 6,                   /* decoded batches kept (least recently used goes) */
};

/* Session id of st, at position 0.  NULL with "<file>: <what>" in err. */
replay *replay_open(store *st, int64_t id, buf *err);
void replay_close(replay *r);

const profile *replay_profile(const replay *r);
int64_t replay_session(const replay *r);
/* Events and the last step recorded (committed). */
uint64_t replay_events(const replay *r);
uint64_t replay_last_step(const replay *r);

/* The position of `at`: a step number, "end", or a snapshot name. */
int replay_resolve(replay *r, const char *at, uint64_t *position, buf *err);
/* The position at the end of step `step` (0 ≤ step ≤ the last step). */
int replay_step_end(replay *r, uint64_t step, uint64_t *position, buf *err);

/* Moves the model to position (≤ replay_events).  Forwards, or backwards
 * by unapplying, or from the nearest keyframe, whichever is cheaper.
 * Returns 0, or -1 with a message (the model is then unusable until a
 * seek succeeds). */
int replay_seek(replay *r, uint64_t position, buf *err);
const model *replay_model(const replay *r);
/* Walks the whole session once, keeping its keyframes, and comes back to
 * the current position: afterwards every seek costs the same.  0, or -1
 * with a message (a damaged session). */
int replay_index(replay *r, buf *err);
uint64_t replay_position(const replay *r);
/* The same walk a slice at a time, on a model of its own (the replay's
 * stays where it is): up to `events` more events, keeping keyframes as
 * a seek's walk does, from the last keyframe in memory (so it never walks
 * again what a seek walked).  What a viewer calls while the user looks:
 * once it has reached the end, any seek costs a keyframe and a bounded
 * run of events.  1 if more remains, 0 when done, -1 with a message (a
 * damaged session: indexing stops there; a seek reports the same). */
int replay_index_some(replay *r, uint64_t events, buf *err);
/* A model of the caller's own (model_delete it) at the last memory
 * keyframe at or before p, or an empty one at 0 if there is none; *kpos
 * gets its position.  The replay does not move: a caller wanting a second
 * position (a diff) applies the events [*kpos, p) itself.  NULL with a
 * message if the keyframe does not load. */
model *replay_model_near(replay *r, uint64_t p, uint64_t *kpos, buf *err);
/* Frees the spare model (the one a seek set aside, keyframe.h): its
 * memory comes back, and the next far seek pays a keyframe (what the
 * benchmarks time as a cold seek). */
void replay_drop_spare(replay *r);

/* Calls fn(ud, ev) for the events [from, to) in order, without moving the
 * model.  -1 with a message if a batch is damaged. */
int replay_scan(replay *r, uint64_t from, uint64_t to, hv_emit_fn fn, void *ud, buf *err);

/* What the program wrote before position (the output a replay shows "so
 * far"), in the order written, appended to out: fds is a mask, 1 for
 * stdout, 2 for stderr, 3 for both.  0, or -1 with a message. */
int replay_output(replay *r, uint64_t position, unsigned fds, buf *out, buf *err);
/* Calls fn(ud, position, fd, p, n) for every chunk the program wrote, in
 * the order written (p valid during the call): what a viewer keeps to
 * show the output at any position.  0, or -1 with a message. */
typedef void (*replay_output_fn)(void *ud, uint64_t position, int fd, const void *p, size_t n);
int replay_output_each(replay *r, replay_output_fn fn, void *ud, buf *err);
/* Calls fn(ud, name, position) for every named snapshot of the session,
 * in position order.  0, or -1 with a message. */
typedef void (*replay_snapshot_fn)(void *ud, const char *name, uint64_t position);
int replay_snapshots(replay *r, replay_snapshot_fn fn, void *ud, buf *err);

/* The batch index, read at open (no event decoded): a session's events
 * lie in replay_batches() batches end to end, batch b holding events
 * [first, first + count) and STEP numbers step0 + 1 … step1 (step0 is the
 * step before it: the batch before's step1, 0 for the first). */
typedef struct replay_batch {
    uint64_t first, count;      /* its events */
    uint64_t step0, step1;      /* the last STEP number before it, at its end */
} replay_batch;
size_t replay_batches(const replay *r);
/* Batch b's row (b < replay_batches).  Cannot fail. */
void replay_batch_info(const replay *r, size_t b, replay_batch *out);
/* The batch holding event i; replay_batches() if i is past the end. */
size_t replay_batch_of(const replay *r, uint64_t i);
/* The batch holding STEP number step (1 … replay_last_step); else
 * replay_batches(). */
size_t replay_batch_of_step(const replay *r, uint64_t step);
/* Batch b's events, decoded (from the cache, or read and checked now):
 * count of them, valid until REPLAY_CACHE − 1 other batches have been
 * read since (by this, a seek or a scan).  NULL with the one-line
 * "<file>: session N is damaged: batch at event F: <why>" in err. */
const hv_event *replay_batch_events(replay *r, size_t b, buf *err);
/* Bytes the replay holds for its events: the batch index and the decoded
 * batches (not the model or its keyframes). */
size_t replay_cache_bytes(const replay *r);

/* Writes some of the keyframes this replay built in memory into the
 * file's keyframe table, so the next replay of the session — in any
 * process — starts a far seek from one of them instead of walking every
 * event before it (keyframe rows are checked as they load, like the
 * rest of the file).  The last one always, then every k-th back from it,
 * k the smallest that keeps the session's keyframe rows within
 * REPLAY_KEEP_BYTES_PER_EVENT bytes per event; positions the file has
 * already are skipped.  The replay's store is read-only: this opens the
 * file again for writing (store_open's checks), in one transaction.
 * Nothing is written, and 0 returned, when there is nothing new to keep,
 * when the file or its folder is read-only (store_may_write: the mode's
 * bits, even for root), the replay found damage or failed to read (a
 * damaged file is left byte for byte as it is), or the store reads a
 * private copy or an older schema; -1 with "<file>: <what>" in err when writing fails (locked past
 * a short wait, a full disk; err may be NULL): nothing is lost then, the
 * replay works as before.  Returns the keyframes written. */
enum { REPLAY_KEEP_BYTES_PER_EVENT = 1, REPLAY_KEEP_BUSY_MS = 250 };
int replay_keep_keyframes(replay *r, buf *err);

/* How the last seek went (for tests and the benchmark). */
typedef struct replay_stats {
    uint64_t keyframes_loaded;  /* since replay_open */
    uint64_t keyframes_built;   /* kept in memory, since replay_open */
    uint64_t applied, unapplied;/* events */
    uint64_t batches_decoded;
    uint64_t max_spacing;       /* the widest keyframe spacing chosen so far */
} replay_stats;
void replay_get_stats(const replay *r, replay_stats *out);

#endif
