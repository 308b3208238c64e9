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

/* A clause the sentence can lose when it does not fit the screen: bytes
 * [start, end) of the sentence's buffer, each opening with its "; ", and
 * how much it matters (a higher rank stays longer):
 *   4 items moving (a list's insert or reverse, told beside a free)
 *   3 an older object freed, told beside a new one; a name bound, told beside a free
 *   2 where a freed or new object's block goes; a resize told beside the main clause
 *   1 where a freed or new object's item array or table goes
 *   0 arena and pool news */
enum { NARRATE_CLAUSES = 8 };
typedef struct narrate_clause {
    size_t start, end;
    int rank;
} narrate_clause;

/* What the events [from, to) touched: block and object addresses (up to
 * NARRATE_MAX of each; `more` says some were left out), the holders that
 * gained a reference in a slot (an attribute or item stored: the object a
 * statement like `self.x = v` is about, though its own count may not
 * change); and the clauses of the sentence told about them that
 * narrate_fit may drop. */
enum { NARRATE_MAX = 64 };
typedef struct narrate_changes {
    uint64_t blocks[NARRATE_MAX];
    size_t nblocks;
    uint64_t objects[NARRATE_MAX];
    size_t nobjects;
    uint64_t holders[NARRATE_MAX];
    size_t nholders;
    int more;
    narrate_clause clause[NARRATE_CLAUSES];   /* in the order of the sentence */
    size_t nclauses;
} narrate_changes;

/* Ends a line that lost clauses to fit (the editor's mark for words left
 * out: short, so that what is left has the room). */
#define NARRATE_SHORTENED " […]"

/* Appends to out one sentence about the events [from, to) of s (no
 * newline); ch (may be NULL) receives what they touched.  Cannot fail. */
void narrate_events(stream *s, uint64_t from, uint64_t to, buf *out, narrate_changes *ch);

/* The sentence for the current position: the whole step when the position
 * is at a step's end, else the last event applied. */
void narrate_position(stream *s, buf *out, narrate_changes *ch);

/* Appends to out the sentence (a narrate_position buffer and its ch) made
 * to fit `width` columns: when it is wider, its optional clauses go, the
 * lowest rank first (the later of equal ranks first), until it fits with
 * NARRATE_SHORTENED at its end.  A sentence still too wide without them
 * comes out whole, for the caller to cut.  Cannot fail. */
void narrate_fit(const char *sentence, const narrate_changes *ch, int width, buf *out);

/* "pool 3 of arena 0", or "a large block from the system malloc" for an
 * address outside the arenas. */
void narrate_where(const profile *p, uint64_t addr, buf *out);

/* 1 if addr is one of ch's blocks or objects. */
int narrate_changed(const narrate_changes *ch, uint64_t addr);

#endif
