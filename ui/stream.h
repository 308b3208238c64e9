/*
 * stream.h — the event stream the interactive UI moves through, and the
 * heap model at the current position.  Live mode and replay are the same
 * stream; only where the events come from and how the model is moved
 * differ:
 *
 *   live     the interpreter's emit callback appends (stream_emit); the
 *            model moves by applying / unapplying the stream's own events,
 *            from keyframes it keeps in memory as its model walks forward
 *            (keyframe.h's kfset, spaced as a replay's), so a far jump
 *            costs what it costs in replay
 *   replay   a recorded session (store/replay.h), opened lazily: its
 *            output, snapshots, symbols and batch index at open, never
 *            an event; a batch is decoded (and summarised for the
 *            readers below) the first time something needs it, a few
 *            kept decoded; the model is replay_seek()'s (keyframe + a
 *            bounded run of events), so a far jump costs the same
 *            anywhere, and opening costs the same for any length
 *
 * Either way the stream also holds what the screens show around the model:
 * the program's source and name, what it printed (each chunk at the
 * position it was written), named snapshots, and the names events do not
 * carry (names.h: types, interned strings, code objects and their locals),
 * one table for every view: live, the interpreter fills it (live.c, which
 * also records each name); in replay it holds the session's symbols.
 *
 * Positions and steps (as replay.h): position p has events [0, p)
 * applied.  Step S (1-based) is the STEP event S and the events after it
 * up to the next STEP.  "At step S" is the end of step S; step 0 ends at
 * the first STEP event.  stream_step_of(p) is the step position p is in
 * (the number of STEP events before p).
 *
 * Invariants:
 *   1. step_pos[] holds the index of every STEP event, increasing;
 *   2. output chunks are in increasing position order;
 *   3. the model, when valid, has exactly events [0, position) applied.
 */
#ifndef HV_STREAM_H
#define HV_STREAM_H

#include "buf.h"
#include "event.h"
#include "model.h"
#include "profile.h"

#include <stdint.h>

struct store;
typedef struct stream stream;

/* A live stream for a heap of geometry prof, named name ("prog.py",
 * "console"), with the program source (NULL: none).  Cannot fail. */
stream *stream_live_new(const profile *prof, const char *name, const char *source);
/* A stream of session id of st (opened for reading; the stream owns
 * neither).  Reads no event (stream.c): a damaged batch is found when
 * something reaches it.  NULL with "<file>: <what>" in err. */
stream *stream_replay_open(struct store *st, int64_t id, buf *err);
void stream_delete(stream *s);

/* hv_emit_fn for live streams (ud is the stream): appends *ev.  The
 * model does not move; stream_seek() does that. */
void stream_emit(void *ud, const hv_event *ev);
/* Text the program wrote to fd (1 stdout, 2 stderr; 0: a console input
 * echoed with its prompts) at the current end of the stream. */
void stream_output(stream *s, int fd, const char *p, size_t n);
/* A named snapshot at position pos (a later one of the same name replaces
 * it). */
void stream_snapshot(stream *s, const char *name, uint64_t pos);

int stream_is_live(const stream *s);
const char *stream_name(const stream *s);
/* The program's source, "" if none. */
const char *stream_source(const stream *s);
const profile *stream_profile(const stream *s);
/* The collector a replayed session was recorded with (its session row:
 * enum gc_collector); -1 for a live stream (its console knows). */
int stream_collector(const stream *s);
/* Session id (replay, or the live recording's; 0 when not recorded). */
int64_t stream_session(const stream *s);
void stream_set_session(stream *s, int64_t id);

uint64_t stream_events(const stream *s);
uint64_t stream_position(const stream *s);
/* A copy of event i (< stream_events; a zero event, EV_NONE, past the
 * end, or in a replay's damaged batch: stream_damage).  The events are
 * kept coded (store/evlist.h, or a replay's batches): reading forwards,
 * backwards or near a recent position decodes each chunk once; a copy,
 * because a pointer into the decoded chunks would not outlive the next
 * read. */
hv_event stream_event(const stream *s, uint64_t i);
/* The first event in [from, to) of a kind whose bit (1u << kind) is set
 * in kinds into *ev, its index into *at: 1, or 0 if there is none.  Skips
 * runs of events holding none of those kinds without decoding them (a
 * search for a rare kind across a long step). */
int stream_find(const stream *s, uint64_t from, uint64_t to, uint32_t kinds, uint64_t *at, hv_event *ev);
/* Bytes of memory the stream's events take, with the summaries below
 * (the benchmarks' bytes per event; a replay's: what it has decoded and
 * summarised so far). */
size_t stream_event_bytes(const stream *s);
/* NULL, or the one-line located message of the first damaged batch a
 * replay stream's readers reached ("<file>: session N is damaged: batch
 * at event F: <why>"): its events read as EV_NONE and its steps begin at
 * its end, where a seek reports the same damage. */
const char *stream_damage(const stream *s);

/* Summaries kept as events are appended, so the screens need not decode
 * long runs of events again and again. */
/* The block events of [from, to) by script line: fn(ud, side, site,
 * bytes, count) for each, or for several of the same side and site
 * summed (in the order each side and site first appears): side 0 a block
 * allocated (count 1) or resized (the change in bytes, count 0), side 1 a
 * block freed (count 1); raw blocks too.  Costs the chunks' summaries, not
 * their events, except at the ends of the range. */
typedef void (*stream_site_fn)(void *ud, int side, uint32_t site, int64_t bytes, int64_t count);
void stream_site_tally(const stream *s, uint64_t from, uint64_t to, stream_site_fn fn, void *ud);
/* The bytes step `step`'s BLOCK_ALLOC and RAW_ALLOC events requested
 * (*alloc) and its BLOCK_FREE and RAW_FREE events gave back (*freed);
 * 0 past the last step.  O(1). */
void stream_step_memory(const stream *s, uint64_t step, int64_t *alloc, int64_t *freed);
/* The model at stream_position(). */
const model *stream_model(const stream *s);
/* Events a live stream's seeks have applied or undone since it was made
 * (a replay's: replay_get_stats): the debug counter tests use to check a
 * far jump costs a keyframe and a bounded run of events. */
uint64_t stream_events_moved(const stream *s);
/* Of those, the events a seek applied from spans the walker behind
 * decoded for it (stream.c's invariant 7: a long walk forwards after a
 * seek took the thread's model); tests check the feed is used. */
uint64_t stream_events_fed(const stream *s);
/* A model of the caller's own (model_delete it) at pos (clamped to the
 * end), the stream's model not moved: built from the nearest keyframe at
 * or before pos and the events after it, so it costs what a far seek
 * costs, not every event before pos (the timeline's diff of two steps).
 * NULL with a one-line message in err. */
model *stream_model_at(stream *s, uint64_t pos, buf *err);
/* A replay's keyframes built ahead, up to `events` more events of walking
 * (replay_index_some), and as many events' batches summarised, the model
 * not moved: what the app does while it waits for a key, so that a far
 * jump later costs a keyframe and a bounded run of events, not a walk
 * from the start, and the screens there find their summaries made.  A
 * live stream whose end is a long walk away walks a second model there
 * the same way (keeping its keyframes; at the end it is the spare, so
 * going there costs no walk).  1 if more remains; 0 when done.  A damaged
 * batch stops the walk (stream_damage) and is summarised as damaged. */
int stream_index_some(stream *s, uint64_t events);
/* Starts the walker behind on a live stream (nothing on a replay, or
 * when it runs already): a thread that walks a second model along the
 * events as they are appended, keeping the keyframes a first walk keeps,
 * so that the interpreter's events are walked on another core while it
 * runs, and a seek that the thread's model reaches first takes it over.
 * stream_index_some then only lends it the last events and gives it a
 * model when it has none (the spare, or an empty one when the end is a
 * long walk away), and returns 0: the thread needs no slices.  What the
 * app does.  If the thread cannot be started, or tests inject allocation
 * faults (hv_fault_injecting), the walk stays in slices. */
void stream_walk_behind(stream *s);
/* 1 while the walker behind has events it may read left to walk, and
 * waiting until it has walked them (tests and benchmarks; the app never
 * waits). */
int stream_walking(stream *s);
void stream_walk_wait(stream *s);
/* Moves the model to pos (clamped to the end).  Returns 0, or -1 with a
 * one-line message in err (a corrupt stream: the model stays usable at
 * the position it reached). */
int stream_seek(stream *s, uint64_t pos, buf *err);

/* Steps recorded (STEP events). */
uint64_t stream_steps(const stream *s);
/* The step position pos is in (0 before the first STEP event). */
uint64_t stream_step_of(const stream *s, uint64_t pos);
/* Where step `step` begins (its STEP event; 0 for step 0) and ends (the
 * next STEP event, or the end). */
uint64_t stream_step_begin(const stream *s, uint64_t step);
uint64_t stream_step_end(const stream *s, uint64_t step);
/* The script line of step `step`: a statement's, or the caller's a
 * return step goes on at (0: none, or neither). */
uint32_t stream_step_line(const stream *s, uint64_t step);
/* The GC_PHASE event that opens collector-phase step `step` (it follows
 * the STEP event) into *ph: 1, or 0 if the step is not a collector phase. */
int stream_step_phase(const stream *s, uint64_t step, hv_event *ph);
/* For a collector-phase step: the step of its collection's first phase
 * (the one that left GCP_IDLE), back over the collection's phases and the
 * statements finalizers run between them, its GC_PHASE in *ph; else 0. */
uint64_t stream_collection_first(const stream *s, uint64_t step, hv_event *ph);
/* For a collector's phase, the script line of the statement that started
 * the collection (0: not a phase, or a collection the console or the
 * script's end started: their sites are no line of the script). */
uint32_t stream_step_gc_line(const stream *s, uint64_t step);

/* Appends to out what had been written by position pos (program output
 * and echoed console inputs, in order).  Returns the number of chunks. */
size_t stream_output_upto(const stream *s, uint64_t pos, buf *out);

typedef struct stream_snap {
    const char *name;
    uint64_t pos;
} stream_snap;
/* Snapshots in position order: copies up to max into out; returns how many
 * there are. */
size_t stream_snapshots(const stream *s, stream_snap *out, size_t max);
/* The snapshot called name: 1 and its position, else 0. */
int stream_find_snapshot(const stream *s, const char *name, uint64_t *pos);

/* The position of `at`: a step number (the end of that step), "end", or
 * a snapshot's name (this stream's, else the recorded session's).
 * Returns 0, or -1 with a one-line message in err. */
int stream_resolve(stream *s, const char *at, uint64_t *pos, buf *err);

/* The names table the views read (names.h); live mode fills it, replay
 * loads it at open.  The pointer stays valid while s lives. */
struct names_table *stream_names(stream *s);
/* The type object's name from that table, "object" if no one named it. */
const char *stream_type_name(const stream *s, uint64_t type_addr);

#endif
