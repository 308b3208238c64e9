/*
 * evlist.h — every event of a session in memory, compactly: a list that
 * only grows at its end and is read anywhere.
 *
 * Events are kept in chunks of EVLIST_CHUNK, each coded as one codec batch
 * (codec.h: one to three bytes an event instead of the 48 of an hv_event);
 * the chunk being filled stays decoded (the tail).  Reading decodes a
 * chunk into a small cache of decoded chunks (EVLIST_CACHE of them, chosen
 * by chunk number), so reading forwards or backwards decodes each chunk
 * once, and reading near a recent position costs no decoding.
 *
 *   chunk 0      chunk 1      …  chunk k−1     tail (decoded, < CHUNK events)
 *   [batch]      [batch]         [batch]       [hv_event × m]
 *        ╲ decoded on demand into cache slot (chunk mod EVLIST_CACHE)
 *
 * Each chunk also keeps the set of event kinds it holds, so a search for
 * rare kinds (evlist_find) skips chunks without decoding them.
 *
 * Invariants:
 *   1. event i is in chunk i / EVLIST_CHUNK; every chunk but the tail
 *      holds exactly EVLIST_CHUNK events;
 *   2. a cache slot, when valid, holds the decoded chunk it names, equal
 *      to what was added (codec's round trip: kind, site and the fields
 *      event.h lists for the kind; other bytes zero).
 */
#ifndef HV_EVLIST_H
#define HV_EVLIST_H

#include "event.h"
#include "profile.h"

#include <stddef.h>
#include <stdint.h>

enum {
    EVLIST_CHUNK = 4096,        /* events in a coded chunk */
    EVLIST_CACHE = 16,          /* decoded chunks kept */
};

typedef struct evlist evlist;

/* An empty list for events of a heap of geometry prof (the codec predicts
 * from it).  Cannot fail. */
evlist *evlist_new(const profile *prof);
void evlist_delete(evlist *l);

/* Appends a copy of *ev.  Cannot fail (host OOM is fatal). */
void evlist_add(evlist *l, const hv_event *ev);
uint64_t evlist_count(const evlist *l);

/* Event i (< evlist_count) into *out; a zero event (EV_NONE) past the
 * end.  The list's own bytes are trusted: a chunk that does not decode is
 * memory damage, fatal. */
void evlist_get(evlist *l, uint64_t i, hv_event *out);
/* Events i, i+1, … as far as i's chunk goes: a pointer to event i and in
 * *n how many follow it there (≥ 1), or NULL past the end.  The pointer
 * is valid until the next call on l (the walks that apply events). */
const hv_event *evlist_span(evlist *l, uint64_t i, size_t *n);
/* The first event in [from, to) whose kind bit is set in kinds (bit k:
 * 1u << kind) into *out, with its index: 1, or 0 if there is none.
 * Chunks without such a kind are not decoded. */
int evlist_find(evlist *l, uint64_t from, uint64_t to, uint32_t kinds, uint64_t *at, hv_event *out);

/* Bytes of memory the list holds (chunks, tail, cache): what the
 * benchmarks divide by the events. */
size_t evlist_bytes(const evlist *l);

#endif
