/*
 * evlist.c — events in memory as coded chunks, decoded on demand
 * (evlist.h).
 *
 * The coded chunks lie end to end in one buffer; chunk c's bytes are
 * [off[c], off[c + 1]) (off[nchunks] is the buffer's length).
 */
#include "evlist.h"

#include "buf.h"
#include "codec.h"
#include "hv.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

_Static_assert((long)EVLIST_CHUNK <= (long)CODEC_MAX_EVENTS, "a chunk is one codec batch");
_Static_assert(EV_NKINDS <= 32, "a chunk's kinds fit a uint32_t");

#define NO_CHUNK UINT64_MAX

typedef struct slot {
    uint64_t chunk;             /* the chunk decoded here; NO_CHUNK: none */
    hv_event *ev;               /* EVLIST_CHUNK events (allocated on first use) */
} slot;

struct evlist {
    codec_enc enc;              /* reused for every chunk */
    buf data;                   /* the coded chunks, end to end */
    uint64_t *off;              /* nchunks + 1 offsets into data */
    uint32_t *kinds;            /* per chunk: bit k set if it holds kind k */
    size_t nchunks, cap;
    hv_event *tail;             /* the chunk being filled, decoded */
    size_t ntail;
    uint32_t tail_kinds;
    slot cache[EVLIST_CACHE];   /* invariant 2 */
};

evlist *evlist_new(const profile *prof)
{
    evlist *l = hv_calloc(1, sizeof *l);
    codec_enc_init(&l->enc, prof);
    l->tail = hv_malloc(EVLIST_CHUNK * sizeof *l->tail);
    hv_grow(&l->off, &l->cap, 1, sizeof *l->off, 64);
    l->kinds = hv_malloc(l->cap * sizeof *l->kinds);
    l->off[0] = 0;
    for (size_t i = 0; i < EVLIST_CACHE; i++)
        l->cache[i].chunk = NO_CHUNK;
    return l;
}

void evlist_delete(evlist *l)
{
    if (!l)
        return;
    codec_enc_free(&l->enc);
    buf_free(&l->data);
    free(l->off);
    free(l->kinds);
    free(l->tail);
    for (size_t i = 0; i < EVLIST_CACHE; i++)
        free(l->cache[i].ev);
    free(l);
}

/* Codes the full tail as a new chunk. */
static void seal_tail(evlist *l)
{
    size_t cap = l->cap;
    hv_grow(&l->off, &l->cap, l->nchunks + 2, sizeof *l->off, 64);
    if (l->cap != cap)
        l->kinds = hv_realloc(l->kinds, l->cap * sizeof *l->kinds);
    codec_enc_add_many(&l->enc, l->tail, l->ntail, SIZE_MAX);
    codec_enc_finish(&l->enc, &l->data);
    l->kinds[l->nchunks] = l->tail_kinds;
    l->off[++l->nchunks] = l->data.len;
    l->ntail = 0;
    l->tail_kinds = 0;
}

void evlist_add(evlist *l, const hv_event *ev)
{
    l->tail[l->ntail++] = *ev;
    l->tail_kinds |= 1u << (ev->kind % 32);
    if (l->ntail == EVLIST_CHUNK)
        seal_tail(l);
}

uint64_t evlist_count(const evlist *l)
{
    return (uint64_t)l->nchunks * EVLIST_CHUNK + l->ntail;
}

/* Chunk c decoded (c < nchunks), or the tail (c == nchunks). */
static const hv_event *chunk_events(evlist *l, uint64_t c)
{
    if (c == l->nchunks)
        return l->tail;
    slot *s = &l->cache[c % EVLIST_CACHE];
    if (s->chunk == c)
        return s->ev;
    if (!s->ev)
        s->ev = hv_malloc(EVLIST_CHUNK * sizeof *s->ev);
    buf why = BUF_INIT;
    long n = codec_decode(l->data.data + l->off[c], (size_t)(l->off[c + 1] - l->off[c]), s->ev, EVLIST_CHUNK, &why);
    if (n != EVLIST_CHUNK) {
        fprintf(stderr, "heapviz: events in memory damaged (chunk %llu: %s)\n", (unsigned long long)c,
                n < 0 ? buf_str(&why) : "wrong count");
        abort();
    }
    buf_free(&why);
    s->chunk = c;
    return s->ev;
}

const hv_event *evlist_span(evlist *l, uint64_t i, size_t *n)
{
    uint64_t c = i / EVLIST_CHUNK, k = i % EVLIST_CHUNK;
    if (c < l->nchunks)                     /* a whole chunk: the tail's length, which an */
        *n = EVLIST_CHUNK - (size_t)k;      /* appending thread may be changing, is not read */
    else if (c == l->nchunks && k < l->ntail)
        *n = l->ntail - (size_t)k;
    else
        return NULL;
    return chunk_events(l, c) + k;
}

void evlist_get(evlist *l, uint64_t i, hv_event *out)
{
    size_t n;
    const hv_event *ev = evlist_span(l, i, &n);
    if (ev)
        *out = *ev;
    else
        memset(out, 0, sizeof *out);
}

int evlist_find(evlist *l, uint64_t from, uint64_t to, uint32_t kinds, uint64_t *at, hv_event *out)
{
    if (to > evlist_count(l))
        to = evlist_count(l);
    while (from < to) {
        uint64_t c = from / EVLIST_CHUNK, end = (c + 1) * EVLIST_CHUNK < to ? (c + 1) * EVLIST_CHUNK : to;
        if ((c == l->nchunks ? l->tail_kinds : l->kinds[c]) & kinds) {
            const hv_event *ev = chunk_events(l, c);
            for (uint64_t i = from; i < end; i++)
                if (kinds & (1u << (ev[i - c * EVLIST_CHUNK].kind % 32))) {
                    *at = i;
                    *out = ev[i - c * EVLIST_CHUNK];
                    return 1;
                }
        }
        from = end;
    }
    return 0;
}

size_t evlist_bytes(const evlist *l)
{
    size_t n = sizeof *l + l->data.cap + l->cap * (sizeof *l->off + sizeof *l->kinds) + EVLIST_CHUNK * sizeof *l->tail;
    for (size_t i = 0; i < EVLIST_CACHE; i++)
        n += l->cache[i].ev ? EVLIST_CHUNK * sizeof *l->cache[i].ev : 0;
    return n;
}
