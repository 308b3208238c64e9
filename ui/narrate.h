/*
 * narrate.h — one plain sentence saying what a run of events did, for the
 * narration line under the status line:
 *
 *   "line 7: list freed: refcount fell to 0; its 64-byte block returns to
 *    pool 3 of arena 0 (+2 more freed)"
 *
 * The sentence is derived from the events alone: the most telling event
 * leads (an object freed, then created, then a pool or arena change, then
 * blocks, then reference counts), the rest is counted.  It also collects
 * what changed, so the views can highlight it for one step.
 */
#ifndef HV_NARRATE_H
#define HV_NARRATE_H

#include "buf.h"
#include "stream.h"

#include <stddef.h>
#include <stdint.h>

/* What the events [from, to) touched: block and object addresses (up to
 * NARRATE_MAX of each; `more` says some were left out). */
enum { NARRATE_MAX = 64 };
typedef struct narrate_changes {
    uint64_t blocks[NARRATE_MAX];
    size_t nblocks;
    uint64_t objects[NARRATE_MAX];
    size_t nobjects;
    int more;
} narrate_changes;

/* Appends to out one sentence about the events [from, to) of s (no
 * newline); ch (may be NULL) receives what they touched.  Cannot fail. */
void narrate_events(stream *s, uint64_t from, uint64_t to, buf *out, narrate_changes *ch);

/* The sentence for the current position: the whole step when the position
 * is at a step's end, else the last event applied. */
void narrate_position(stream *s, buf *out, narrate_changes *ch);

/* "pool 3 of arena 0", or "a large block from the system malloc" for an
 * address outside the arenas. */
void narrate_where(const profile *p, uint64_t addr, buf *out);

/* 1 if addr is one of ch's blocks or objects. */
int narrate_changed(const narrate_changes *ch, uint64_t addr);

#endif
