/*
 * stream.c — the event stream and the model at a position (stream.h).
 *
 * A live stream keeps its events coded (store/evlist.h: about 3 bytes an
 * event, decoded a chunk at a time as they are read), with summaries made
 * as each event is appended: the STEP index, each step's block bytes and
 * each chunk's bytes by script line.  It seeks over its own events
 * (live_seek): keyframes kept in memory as its model first walks forward,
 * the spare model a seek set aside, and the walker ahead (a second model
 * walking to the end while the app waits for keys, live_index_some, then
 * the spare there); so its model pointer changes.
 *
 * The walker behind (stream_walk_behind, what the app uses) is that
 * walker on a thread of its own: it follows the interpreter as events
 * are appended, on the second core, so that the first far jump finds
 * part of the walk done and no key waits for a slice of it.  It shares
 * the event list with the main thread, under one lock (struct behind):
 *
 *   main thread                          walker thread
 *   stream_emit: appends; a chunk        copies a span of events [pos,
 *     sealed (or the tail lent, when     readable) out of the list, then
 *     idle) moves `readable` on          applies it with the lock free
 *   every read of the list (decoding     keeps its keyframes apart (kfs),
 *     shares the list's cache)           handed over at the next seek
 *   a seek that wants its model stops
 *     it between two spans and takes it
 *   … and walks the rest from the        decodes the spans ahead of that
 *     spans the thread decoded           walk into the feed (invariant 7)
 *
 * Invariants of the walker behind:
 *   4. the thread reads the list only under the lock and only below
 *      `readable`: sealed chunks, or the tail while the main thread lent
 *      it (tail_lent: it appends nothing until it has taken it back);
 *      evlist_span does not read the tail's length for a sealed chunk,
 *      so the appends race with nothing it reads;
 *   5. the main thread reads the list only under the lock (a read may
 *      decode into the cache slot the thread's span came from); appends
 *      that seal a chunk take it too;
 *   6. while `busy`, the thread owns m, pos and next; otherwise the lock
 *      guards them (and kfs);
 *   7. the feed: while the main thread walks far forwards and the thread
 *      has no model (a seek took it: the rest of the walk is the main
 *      thread's), the thread decodes the spans ahead into feed[0..1]
 *      (under the lock, below `readable`), so the decoding runs on the
 *      second core beside the applying; feed[b] with feed_n[b] > 0 is the
 *      main thread's until it sets feed_n[b] to 0 (under the lock).
 *
 * The thread holds the lock only to copy a span out (a decode and a copy,
 * tens of microseconds), so the interpreter rarely waits for it at a
 * sealed chunk; when it does, the thread was preempted holding it
 * (bench-load's first keys, a loaded machine: 56 of 14,658 seals waited,
 * 2.8 ms each).  So it is not niced: that would make it likelier.
 *
 * A replay stream opens lazily: it reads the session row, its source,
 * output, snapshots and symbols, and the batch index (replay.h), never an
 * event.  The screens read events through the replay's decoded batches
 * (an LRU), and the same summaries are made a batch at a time, the first
 * time something needs that batch (lazy_sum):
 *
 *   batch index (replay.h)      sums[b], made on first need
 *   ┌───────┬─────────┐         ┌────────────────────────────────────┐
 *   │ first │ step0/1 │ ──────▶ │ kinds · STEP positions · per-step  │
 *   │ count │         │ decode  │ block bytes · sites (or none)      │
 *   └───────┴─────────┘         └────────────────────────────────────┘
 *
 * So opening costs the same for a session of ten million events as for
 * one of a thousand; a step or event reached costs its batch once.  The
 * model moves through replay_seek() (keyframe + a bounded run of events).
 * A batch that does not decode is marked damaged: its events read as
 * EV_NONE, its STEP events are placed at its end (so going to one of its
 * steps seeks through it and gets the replay's one-line located message),
 * and stream_damage() keeps the first such message.
 */
#include "stream.h"

#include "evlist.h"
#include "keyframe.h"
#include "names.h"
#include "replay.h"
#include "session.h"
#include "store.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The block events' bytes by script line over one evlist chunk
 * (stream_site_tally), entries in the order their (side, site) first
 * appears; SITE_ENTRIES_MAX at most, else the chunk is scanned instead. */
typedef struct site_entry {
    uint32_t site;
    uint32_t side;          /* 0 allocated (and resized), 1 freed */
    int64_t bytes, count;
} site_entry;

enum { SITE_ENTRIES_MAX = 64, NO_SUMMARY = UINT32_MAX };

/* Site summaries end to end: each chunk's or batch's entries in a run. */
typedef struct site_list {
    site_entry *e;
    size_t n, cap;
    size_t last;            /* the entry site_add last added to (a block's alloc and
                               free come in runs of one line): looked at first */
} site_list;

/* What a replay stream knows of one batch, once it has needed it. */
typedef struct batch_sum {
    int state;              /* 0 not read yet, 1 summarised, -1 damaged */
    uint32_t kinds;         /* bit k: it holds an event of kind k */
    uint32_t site_from;     /* its entries in sites, or NO_SUMMARY */
    uint32_t nsite;
    uint64_t *steps;        /* its STEP events' positions (step1 − step0) */
    int64_t (*mem)[2];      /* per step step0 … step1: block bytes allocated, freed in it */
} batch_sum;

/* A replay stream's lazy side (reached through a pointer, so the const
 * readers may fill it). */
typedef struct lazy {
    replay *r;
    struct store *st;
    size_t nb;              /* batches */
    batch_sum *sums;        /* per batch */
    site_list sites;
    size_t hint;            /* the batch last read */
    int indexing;           /* replay_index_some has more to do */
    size_t summarised;      /* stream_index_some has summarised batches [0, this) */
    buf damage;             /* the first batch found damaged, one line */
} lazy;

/* The walker behind: a thread walking a model to the end of a live
 * stream (stream.c's comment, invariants 4-6). */
typedef struct behind {
    pthread_t thread;
    pthread_mutex_t lock;
    pthread_cond_t wake;    /* to the thread: more to read, a model, stop lifted, or quit */
    pthread_cond_t idle;    /* to the main thread: a span applied */
    uint64_t readable;      /* events [0, readable) it may read (invariant 4) */
    model *m;               /* its model (NULL: none to walk) */
    const void *load;       /* … or the keyframe it loads first (the stream's bytes: */
    size_t loadlen;         /* a keyframe is never freed before the stream), */
    uint64_t loadpos;       /* its position */
    uint64_t pos, base;     /* m's position; how far back its undo history reaches */
    uint64_t next;          /* where it keeps its next keyframe */
    int busy;               /* applying a span, the lock free (invariant 6) */
    int stop;               /* the main thread wants m: start no span */
    int quit;
    int failed;             /* m met an event that does not fit: it walks no more */
    int tail_lent;          /* main thread's: readable reaches into the list's tail */
    hv_event *copy;         /* the span it applies (EVLIST_CHUNK events) */
    kfset kfs;              /* keyframes it kept, not yet handed over */
    /* the feed (invariant 7): spans it decodes for a long walk of the main thread's */
    uint64_t feed_next;     /* where the next span it decodes starts … */
    uint64_t feed_to;       /* … below this (feed_next ≥ feed_to: nothing to decode) */
    hv_event *feed[2];      /* the spans (EVLIST_CHUNK events each; NULL until a feed) */
    uint64_t feed_at[2];    /* where feed[b]'s first event is */
    size_t feed_n[2];       /* its events; 0: free for the thread to fill */
} behind;

typedef struct chunk {
    uint64_t pos;           /* events written before it */
    int fd;                 /* 1, 2, or 0 for an echoed console input */
    size_t off, len;        /* in text */
} chunk;

struct stream {
    char *name, *source;
    const profile *prof;
    int64_t session;
    int collector;          /* recorded with (enum gc_collector); -1 live */
    evlist *ev;             /* every event, in order */
    uint64_t *step_pos;     /* index of each STEP event (invariant 1) */
    size_t nsteps, stepcap;
    int64_t (*step_mem)[2]; /* per step 0..nsteps: block bytes allocated, freed */
    size_t memcap;
    site_list sites;        /* every chunk's site summary, end to end */
    uint32_t *site_from;    /* per evlist chunk: its first entry, or NO_SUMMARY */
    size_t nchunks, chunkcap;
    chunk *out;             /* output chunks (invariant 2) */
    size_t nout, outcap;
    buf text;               /* the chunks' bytes */
    stream_snap *snaps;     /* names owned */
    size_t nsnaps, snapcap;
    names_table *names;     /* what addresses are called (names.h) */
    /* live */
    model *own;             /* the live model */
    uint64_t pos, base;     /* its position; how far back its undo history reaches */
    kfset kfs;              /* its keyframes and spare (keyframe.h), as a replay's */
    uint64_t moved;         /* stream_events_moved() */
    uint64_t fed;           /* stream_events_fed() */
    model *ahead;           /* the walker building keyframes ahead while the app waits (NULL: none) */
    uint64_t ahead_pos;     /* its position; it undoes back to 0 */
    int ahead_failed;       /* it met an event that does not fit: no more walking ahead */
    behind *w;              /* the walker behind (NULL: none; then ahead walks in slices) */
    /* replay */
    struct store *st;
    replay *r;
    lazy *lz;               /* what it has read of its batches */
};

static void lazy_free(lazy *lz);
static void behind_end(stream *s);

/* Invariant 5: the main thread's reads of a live stream's event list. */
static void list_lock(const stream *s)
{
    if (s->w)
        pthread_mutex_lock(&s->w->lock);
}

static void list_unlock(const stream *s)
{
    if (s->w)
        pthread_mutex_unlock(&s->w->lock);
}

static stream *stream_alloc(const char *name, const char *source)
{
    stream *s = hv_calloc(1, sizeof *s);
    s->name = hv_strdup(name ? name : "");
    s->source = hv_strdup(source ? source : "");
    s->names = names_new();
    s->collector = -1;
    return s;
}

stream *stream_live_new(const profile *prof, const char *name, const char *source)
{
    stream *s = stream_alloc(name, source);
    s->prof = prof;
    s->ev = evlist_new(prof);
    s->own = model_new(prof);
    s->kfs = (kfset)KFSET_INIT;
    return s;
}

/* replay_output_each's callback: a chunk at the position it was written. */
static void keep_output(void *ud, uint64_t pos, int fd, const void *p, size_t n)
{
    stream *s = ud;
    hv_grow(&s->out, &s->outcap, s->nout + 1, sizeof *s->out, 64);
    s->out[s->nout++] = (chunk){pos, fd, s->text.len, n};
    buf_add(&s->text, p, n);
}

/* replay_snapshots' callback. */
static void keep_snapshot(void *ud, const char *name, uint64_t pos)
{
    stream_snapshot(ud, name, pos);
}

static int load_replay(stream *s, int64_t id, buf *err)
{
    char spec[32];
    snprintf(spec, sizeof spec, "%lld", (long long)id);
    session_row row;
    if (session_find(s->st, spec, &row, err) != 0)
        return -1;
    free(s->name);
    s->name = hv_strdup(row.name);
    s->collector = event_gc_collector_named(row.collector);
    session_row_clear(&row);
    buf src = BUF_INIT;
    int rc = session_source(s->st, id, &src, err);
    if (rc == 0) {
        free(s->source);
        s->source = hv_strdup(buf_str(&src));
    }
    buf_free(&src);
    if (rc == 0)
        rc = names_load(s->names, s->st, id, err);
    if (rc == 0)
        rc = replay_output_each(s->r, keep_output, s, err) || replay_snapshots(s->r, keep_snapshot, s, err);
    return rc ? -1 : 0;
}

stream *stream_replay_open(struct store *st, int64_t id, buf *err)
{
    replay *r = replay_open(st, id, err);
    if (!r)
        return NULL;
    stream *s = stream_alloc("", "");
    s->st = st;
    s->r = r;
    s->prof = replay_profile(r);
    s->lz = hv_calloc(1, sizeof *s->lz);
    s->lz->r = r;
    s->lz->st = st;
    s->lz->indexing = 1;
    s->lz->nb = replay_batches(r);
    s->lz->sums = hv_calloc(s->lz->nb ? s->lz->nb : 1, sizeof *s->lz->sums);
    s->session = id;
    if (load_replay(s, id, err) != 0) {
        stream_delete(s);
        return NULL;
    }
    return s;
}

void stream_delete(stream *s)
{
    if (!s)
        return;
    behind_end(s);
    for (size_t i = 0; i < s->nsnaps; i++)
        free((char *)s->snaps[i].name);
    names_delete(s->names);
    free(s->snaps);
    free(s->out);
    buf_free(&s->text);
    free(s->step_pos);
    free(s->step_mem);
    free(s->sites.e);
    free(s->site_from);
    evlist_delete(s->ev);
    lazy_free(s->lz);
    model_delete(s->own);
    model_delete(s->ahead);
    kfset_free(&s->kfs);
    if (s->r)
        replay_keep_keyframes(s->r, NULL);  /* a cache for the next replay: no error if it cannot */
    replay_close(s->r);
    free(s->name);
    free(s->source);
    free(s);
}

/* ---- appending -------------------------------------------------------------- */

/* The side and bytes ev counts for in a site tally: 1 if it counts. */
static int site_share(const hv_event *ev, uint32_t *side, int64_t *bytes, int64_t *count)
{
    switch (ev->kind) {
    case EV_BLOCK_ALLOC: case EV_RAW_ALLOC: case EV_BLOCK_FREE: case EV_RAW_FREE:
        *side = ev->kind == EV_BLOCK_FREE || ev->kind == EV_RAW_FREE;
        *bytes = ev->u.block.nbytes;
        *count = 1;
        return 1;
    case EV_BLOCK_RESIZE: case EV_RAW_RESIZE:
        *side = 0;
        *bytes = (int64_t)ev->u.block.nbytes - ev->u.block.old_nbytes;
        *count = 0;
        return 1;
    default:
        return 0;
    }
}

/* Adds ev to the summary whose entries run from *from to the end of l (a
 * summary with too many sites is dropped: *from becomes NO_SUMMARY, and
 * the events it covers are scanned instead). */
static void site_add(site_list *l, uint32_t *from, const hv_event *ev)
{
    uint32_t side;
    int64_t bytes, count;
    if (*from == NO_SUMMARY || !site_share(ev, &side, &bytes, &count))
        return;
    size_t k = l->last;
    if (!(k >= *from && k < l->n && l->e[k].site == ev->site && l->e[k].side == side))
        for (k = *from; k < l->n && !(l->e[k].site == ev->site && l->e[k].side == side);)
            k++;
    if (k == l->n && k - *from == SITE_ENTRIES_MAX) {
        l->n = *from;
        *from = NO_SUMMARY;
        return;
    }
    if (k == l->n) {
        hv_grow(&l->e, &l->cap, l->n + 1, sizeof *l->e, 256);
        l->e[l->n++] = (site_entry){ev->site, side, 0, 0};
    }
    l->e[k].bytes += bytes;
    l->e[k].count += count;
    l->last = k;
}

/* The kinds site_share counts. */
#define SITE_KINDS (1u << EV_BLOCK_ALLOC | 1u << EV_RAW_ALLOC | 1u << EV_BLOCK_FREE | 1u << EV_RAW_FREE | \
                    1u << EV_BLOCK_RESIZE | 1u << EV_RAW_RESIZE)
_Static_assert(EV_NKINDS <= 32, "kinds fit a 32-bit mask");

/* Adds event i to its chunk's site summary (every chunk gets one, even
 * with no block event in it). */
static void summarise_site(stream *s, uint64_t i, const hv_event *ev)
{
    size_t c = (size_t)(i / EVLIST_CHUNK);
    if (c == s->nchunks) {
        hv_grow(&s->site_from, &s->chunkcap, s->nchunks + 1, sizeof *s->site_from, 64);
        s->site_from[s->nchunks++] = (uint32_t)s->sites.n;
    }
    if (SITE_KINDS >> ev->kind & 1)
        site_add(&s->sites, &s->site_from[c], ev);
}

/* Keeps the STEP index and the step's block bytes. */
static void summarise_step(stream *s, uint64_t i, const hv_event *ev)
{
    if (ev->kind == EV_STEP) {
        hv_grow(&s->step_pos, &s->stepcap, s->nsteps + 1, sizeof *s->step_pos, 64);
        s->step_pos[s->nsteps++] = i;
    }
    if (s->memcap < s->nsteps + 1 || !s->step_mem) {
        size_t had = s->step_mem ? s->memcap : 0;
        hv_grow(&s->step_mem, &s->memcap, s->nsteps + 1, sizeof *s->step_mem, 64);
        memset(s->step_mem + had, 0, (s->memcap - had) * sizeof *s->step_mem);
    }
    if (ev->kind == EV_BLOCK_ALLOC || ev->kind == EV_RAW_ALLOC)
        s->step_mem[s->nsteps][0] += ev->u.block.nbytes;
    else if (ev->kind == EV_BLOCK_FREE || ev->kind == EV_RAW_FREE)
        s->step_mem[s->nsteps][1] += ev->u.block.nbytes;
}

/* Appends ev with the walker behind reading the list (invariants 4, 5):
 * the tail taken back first if it was lent; a chunk sealed under the
 * lock, and the thread told. */
static void emit_behind(stream *s, behind *w, uint64_t i, const hv_event *ev)
{
    if (w->tail_lent) {
        pthread_mutex_lock(&w->lock);
        w->readable = i / EVLIST_CHUNK * EVLIST_CHUNK;
        w->tail_lent = 0;
        pthread_mutex_unlock(&w->lock);
    }
    if ((i + 1) % EVLIST_CHUNK) {
        evlist_add(s->ev, ev);
        return;
    }
    pthread_mutex_lock(&w->lock);
    evlist_add(s->ev, ev);
    w->readable = i + 1;
    pthread_cond_signal(&w->wake);
    pthread_mutex_unlock(&w->lock);
}

void stream_emit(void *ud, const hv_event *ev)
{
    stream *s = ud;
    uint64_t i = evlist_count(s->ev);
    summarise_step(s, i, ev);
    summarise_site(s, i, ev);
    if (HV_UNLIKELY(s->w != NULL))
        emit_behind(s, s->w, i, ev);
    else
        evlist_add(s->ev, ev);
}

void stream_output(stream *s, int fd, const char *p, size_t n)
{
    if (n == 0)
        return;
    chunk *last = s->nout ? &s->out[s->nout - 1] : NULL;
    if (last && last->pos == stream_events(s) && last->fd == fd && last->off + last->len == s->text.len) {
        last->len += n;     /* one write split in pieces */
    } else {
        hv_grow(&s->out, &s->outcap, s->nout + 1, sizeof *s->out, 64);
        s->out[s->nout++] = (chunk){stream_events(s), fd, s->text.len, n};
    }
    buf_add(&s->text, p, n);
}

static int snap_order(const void *a, const void *b)
{
    const stream_snap *x = a, *y = b;
    return (x->pos > y->pos) - (x->pos < y->pos);
}

void stream_snapshot(stream *s, const char *name, uint64_t pos)
{
    size_t i = 0;
    while (i < s->nsnaps && strcmp(s->snaps[i].name, name) != 0)
        i++;
    if (i == s->nsnaps) {
        hv_grow(&s->snaps, &s->snapcap, s->nsnaps + 1, sizeof *s->snaps, 8);
        s->snaps[s->nsnaps++].name = hv_strdup(name);
    }
    s->snaps[i].pos = pos;
    qsort(s->snaps, s->nsnaps, sizeof *s->snaps, snap_order);
}

/* ---- a replay's batches, read lazily ---------------------------------------- */

static void lazy_free(lazy *lz)
{
    if (!lz)
        return;
    for (size_t b = 0; b < lz->nb; b++) {
        free(lz->sums[b].steps);
        free(lz->sums[b].mem);
    }
    free(lz->sums);
    free(lz->sites.e);
    buf_free(&lz->damage);
    free(lz);
}

/* Batch b's events (count of them), or NULL if it is damaged (its
 * message kept in damage, the first one found). */
static const hv_event *lazy_events(lazy *lz, size_t b)
{
    buf err = BUF_INIT;
    const hv_event *ev = replay_batch_events(lz->r, b, &err);
    if (!ev && !lz->damage.len)
        buf_adds(&lz->damage, buf_str(&err));
    buf_free(&err);
    return ev;
}

/* Summarises the decoded batch b (its row rb, its events ev) into *bs;
 * -1 if its STEP events do not follow its row's step range. */
static int lazy_summarise(lazy *lz, const replay_batch *rb, const hv_event *ev, batch_sum *bs)
{
    uint64_t k = 0;
    bs->site_from = (uint32_t)lz->sites.n;
    for (uint64_t i = 0; i < rb->count; i++) {
        const hv_event *e = &ev[i];
        bs->kinds |= 1u << e->kind;
        if (e->kind == EV_STEP) {
            if (k == rb->step1 - rb->step0 || e->u.step.number != rb->step0 + k + 1)
                return -1;
            bs->steps[k++] = rb->first + i;
        }
        if (e->kind == EV_BLOCK_ALLOC || e->kind == EV_RAW_ALLOC)
            bs->mem[k][0] += e->u.block.nbytes;
        else if (e->kind == EV_BLOCK_FREE || e->kind == EV_RAW_FREE)
            bs->mem[k][1] += e->u.block.nbytes;
        site_add(&lz->sites, &bs->site_from, e);
    }
    bs->nsite = bs->site_from == NO_SUMMARY ? 0 : (uint32_t)(lz->sites.n - bs->site_from);
    return k == rb->step1 - rb->step0 ? 0 : -1;
}

/* Batch b's summary, made the first time it is needed.  A damaged batch
 * holds no event, and its steps begin at its end (stream.c's comment). */
static const batch_sum *lazy_sum(lazy *lz, size_t b)
{
    batch_sum *bs = &lz->sums[b];
    if (bs->state)
        return bs;
    replay_batch rb;
    replay_batch_info(lz->r, b, &rb);
    size_t nsteps = (size_t)(rb.step1 - rb.step0);
    bs->steps = hv_malloc((nsteps ? nsteps : 1) * sizeof *bs->steps);
    bs->mem = hv_calloc(nsteps + 1, sizeof *bs->mem);
    const hv_event *ev = lazy_events(lz, b);
    size_t had = lz->sites.n;
    if (ev && lazy_summarise(lz, &rb, ev, bs) == 0) {
        bs->state = 1;
        return bs;
    }
    if (ev && !lz->damage.len)
        buf_printf(&lz->damage, "%s: session %lld is damaged: batch at event %llu: its steps do not follow the batch table",
                   store_path(lz->st), (long long)replay_session(lz->r), (unsigned long long)rb.first);
    lz->sites.n = had;                      /* damaged: nothing in it … */
    bs->site_from = (uint32_t)had;
    bs->nsite = 0;
    bs->kinds = 0;
    memset(bs->mem, 0, (nsteps + 1) * sizeof *bs->mem);
    for (size_t k = 0; k < nsteps; k++)
        bs->steps[k] = rb.first + rb.count;     /* … and its steps at its end */
    bs->state = -1;
    return bs;
}

/* The batch holding event i (< the events): the one last read if it does. */
static size_t lazy_batch_of(lazy *lz, uint64_t i)
{
    replay_batch rb;
    if (lz->hint < lz->nb) {
        replay_batch_info(lz->r, lz->hint, &rb);
        if (i >= rb.first && i - rb.first < rb.count)
            return lz->hint;
    }
    return lz->hint = replay_batch_of(lz->r, i);
}

/* Events i, i+1, … to the end of i's batch: a pointer to event i and in
 * *n how many (valid as replay_batch_events' are); NULL past the end or in
 * a damaged batch. */
static const hv_event *lazy_span(lazy *lz, uint64_t i, size_t *n)
{
    if (i >= replay_events(lz->r))
        return NULL;
    size_t b = lazy_batch_of(lz, i);
    const hv_event *ev = lazy_sum(lz, b)->state > 0 ? lazy_events(lz, b) : NULL;
    if (!ev)
        return NULL;
    replay_batch rb;
    replay_batch_info(lz->r, b, &rb);
    *n = (size_t)(rb.first + rb.count - i);
    return ev + (i - rb.first);
}

static hv_event lazy_get(lazy *lz, uint64_t i)
{
    size_t n;
    const hv_event *ev = lazy_span(lz, i, &n);
    return ev ? *ev : (hv_event){.kind = EV_NONE};
}

/* The batch holding event from (< the session's events), in *rb, and in
 * *end where a walk from there to `to` leaves it: its batch's end or to. */
static size_t lazy_piece(lazy *lz, uint64_t from, uint64_t to, replay_batch *rb, uint64_t *end)
{
    size_t b = lazy_batch_of(lz, from);
    replay_batch_info(lz->r, b, rb);
    *end = rb->first + rb->count < to ? rb->first + rb->count : to;
    return b;
}

/* As evlist_find, batch by batch: those without such a kind are skipped
 * once summarised. */
static int lazy_find(lazy *lz, uint64_t from, uint64_t to, uint32_t kinds, uint64_t *at, hv_event *out)
{
    if (to > replay_events(lz->r))
        to = replay_events(lz->r);
    while (from < to) {
        replay_batch rb;
        uint64_t end;
        size_t b = lazy_piece(lz, from, to, &rb, &end), n = 0;
        const hv_event *ev = lazy_sum(lz, b)->kinds & kinds ? lazy_span(lz, from, &n) : NULL;
        for (uint64_t i = from; ev && i < end; i++)
            if (kinds & 1u << ev[i - from].kind) {
                *at = i;
                *out = ev[i - from];
                return 1;
            }
        from = end;
    }
    return 0;
}

/* STEP events before pos. */
static uint64_t lazy_step_of(lazy *lz, uint64_t pos)
{
    if (pos >= replay_events(lz->r))
        return replay_last_step(lz->r);
    size_t b = lazy_batch_of(lz, pos);
    const batch_sum *bs = lazy_sum(lz, b);
    replay_batch rb;
    replay_batch_info(lz->r, b, &rb);
    uint64_t lo = 0, hi = rb.step1 - rb.step0;      /* its STEP events before pos: [0, lo) */
    while (lo < hi) {
        uint64_t mid = lo + (hi - lo) / 2;
        if (bs->steps[mid] < pos)
            lo = mid + 1;
        else
            hi = mid;
    }
    return rb.step0 + lo;
}

/* Where STEP number step (1 … the last) is. */
static uint64_t lazy_step_pos(lazy *lz, uint64_t step)
{
    size_t b = replay_batch_of_step(lz->r, step);
    replay_batch rb;
    replay_batch_info(lz->r, b, &rb);
    return lazy_sum(lz, b)->steps[step - rb.step0 - 1];
}

/* Step `step`'s block bytes, from every batch it spans. */
static void lazy_step_memory(lazy *lz, uint64_t step, int64_t *alloc, int64_t *freed)
{
    *alloc = *freed = 0;
    if (step > replay_last_step(lz->r))
        return;
    for (size_t b = step ? replay_batch_of_step(lz->r, step) : 0; b < lz->nb; b++) {
        replay_batch rb;
        replay_batch_info(lz->r, b, &rb);
        if (rb.step0 > step)
            break;
        const batch_sum *bs = lazy_sum(lz, b);
        *alloc += bs->mem[step - rb.step0][0];
        *freed += bs->mem[step - rb.step0][1];
    }
}

/* As stream_site_tally: whole batches from their summaries. */
static void lazy_site_tally(lazy *lz, uint64_t from, uint64_t to, stream_site_fn fn, void *ud)
{
    if (to > replay_events(lz->r))
        to = replay_events(lz->r);
    while (from < to) {
        replay_batch rb;
        uint64_t end;
        size_t b = lazy_piece(lz, from, to, &rb, &end), n = 0;
        const batch_sum *bs = lazy_sum(lz, b);
        if (from == rb.first && end == rb.first + rb.count && bs->site_from != NO_SUMMARY) {
            for (size_t k = bs->site_from; k < (size_t)bs->site_from + bs->nsite; k++)
                fn(ud, (int)lz->sites.e[k].side, lz->sites.e[k].site, lz->sites.e[k].bytes, lz->sites.e[k].count);
        } else {
            const hv_event *ev = lazy_span(lz, from, &n);
            for (uint64_t i = from; ev && i < end; i++) {
                uint32_t side;
                int64_t bytes, count;
                if (site_share(&ev[i - from], &side, &bytes, &count))
                    fn(ud, (int)side, ev[i - from].site, bytes, count);
            }
        }
        from = end;
    }
}

static size_t lazy_bytes(const lazy *lz)
{
    size_t n = replay_cache_bytes(lz->r) + lz->nb * sizeof *lz->sums + lz->sites.cap * sizeof *lz->sites.e;
    for (size_t b = 0; b < lz->nb; b++)
        if (lz->sums[b].state) {
            replay_batch rb;
            replay_batch_info(lz->r, b, &rb);
            n += (size_t)(rb.step1 - rb.step0) * (sizeof *lz->sums[b].steps + sizeof *lz->sums[b].mem);
        }
    return n;
}

/* ---- reading ---------------------------------------------------------------- */

int stream_is_live(const stream *s) { return s->r == NULL; }
const char *stream_name(const stream *s) { return s->name; }
const char *stream_source(const stream *s) { return s->source; }
const profile *stream_profile(const stream *s) { return s->prof; }
int stream_collector(const stream *s) { return s->collector; }
int64_t stream_session(const stream *s) { return s->session; }
void stream_set_session(stream *s, int64_t id) { s->session = id; }
uint64_t stream_events(const stream *s) { return s->lz ? replay_events(s->r) : evlist_count(s->ev); }
uint64_t stream_steps(const stream *s) { return s->lz ? replay_last_step(s->r) : s->nsteps; }

const char *stream_damage(const stream *s)
{
    return s->lz && s->lz->damage.len ? buf_str(&s->lz->damage) : NULL;
}

uint64_t stream_position(const stream *s)
{
    return s->r ? replay_position(s->r) : s->pos;
}

hv_event stream_event(const stream *s, uint64_t i)
{
    if (s->lz)
        return lazy_get(s->lz, i);
    hv_event ev;
    list_lock(s);
    evlist_get(s->ev, i, &ev);
    list_unlock(s);
    return ev;
}

int stream_find(const stream *s, uint64_t from, uint64_t to, uint32_t kinds, uint64_t *at, hv_event *ev)
{
    if (s->lz)
        return lazy_find(s->lz, from, to, kinds, at, ev);
    list_lock(s);
    int found = evlist_find(s->ev, from, to, kinds, at, ev);
    list_unlock(s);
    return found;
}

size_t stream_event_bytes(const stream *s)
{
    if (s->lz)
        return lazy_bytes(s->lz);
    list_lock(s);
    size_t n = evlist_bytes(s->ev);
    list_unlock(s);
    return n + s->stepcap * sizeof *s->step_pos + s->memcap * sizeof *s->step_mem +
           s->sites.cap * sizeof *s->sites.e + s->chunkcap * sizeof *s->site_from;
}

/* Calls fn for every counting event of [from, to), one at a time. */
static void scan_sites(const stream *s, uint64_t from, uint64_t to, stream_site_fn fn, void *ud)
{
    for (uint64_t i = from; i < to; i++) {
        hv_event ev = stream_event(s, i);
        uint32_t side;
        int64_t bytes, count;
        if (site_share(&ev, &side, &bytes, &count))
            fn(ud, (int)side, ev.site, bytes, count);
    }
}

void stream_site_tally(const stream *s, uint64_t from, uint64_t to, stream_site_fn fn, void *ud)
{
    if (s->lz) {
        lazy_site_tally(s->lz, from, to, fn, ud);
        return;
    }
    if (to > stream_events(s))
        to = stream_events(s);
    while (from < to) {
        uint64_t c = from / EVLIST_CHUNK, end = (c + 1) * EVLIST_CHUNK;
        if (from % EVLIST_CHUNK || end > to || s->site_from[c] == NO_SUMMARY) {
            end = end < to ? end : to;
            scan_sites(s, from, end, fn, ud);
        } else {
            size_t k = s->site_from[c], stop = c + 1 < s->nchunks ? s->site_from[c + 1] : s->sites.n;
            for (size_t j = c + 1; stop == NO_SUMMARY && j < s->nchunks; j++)
                stop = j + 1 < s->nchunks ? s->site_from[j + 1] : s->sites.n;
            for (const site_entry *e = s->sites.e; k < stop; k++)
                fn(ud, (int)e[k].side, e[k].site, e[k].bytes, e[k].count);
        }
        from = end;
    }
}

void stream_step_memory(const stream *s, uint64_t step, int64_t *alloc, int64_t *freed)
{
    if (s->lz) {
        lazy_step_memory(s->lz, step, alloc, freed);
        return;
    }
    int known = s->step_mem && step <= s->nsteps;       /* none before the first event */
    *alloc = known ? s->step_mem[step][0] : 0;
    *freed = known ? s->step_mem[step][1] : 0;
}

const model *stream_model(const stream *s)
{
    return s->r ? replay_model(s->r) : s->own;
}

/* Events a walk looks ahead of the one it applies (model_prefetch): far
 * enough for a cache miss to arrive while the events between are applied;
 * the records those map entries point to, half as far (model_prefetch_records). */
enum { AHEAD = 8 };

/* Before applying ev[k] of n: the map entries of the event AHEAD on, the
 * records of the one AHEAD / 2 on. */
static void fetch_ahead(const model *m, const hv_event *ev, size_t k, size_t n)
{
    if (k + AHEAD < n)
        model_prefetch(m, &ev[k + AHEAD]);
    if (k + AHEAD / 2 < n)
        model_prefetch_records(m, &ev[k + AHEAD / 2]);
}

static int live_bad(stream *s, int undo, buf *err)
{
    buf_printf(err, "event %llu (%s) does not fit the heap model", (unsigned long long)s->pos,
               event_name(stream_event(s, s->pos - (undo != 0)).kind));
    return -1;
}

/* Applies events [*pos, to) to m, skipping kinds the model does not know
 * (as replay does); lastkf is the last keyframe at or before *pos: a walk
 * past its spacing keeps one (m keeps its undo history), or NO_KEYFRAMES:
 * it keeps none (a seek catching up with the walker behind, which keeps
 * them meanwhile).  0, or -1 with *pos at the event that does not fit. */
#define NO_KEYFRAMES UINT64_MAX
static int walk_fed(stream *s, behind *w, model *m, uint64_t *pos, uint64_t to);
/* A walk at least this long without keyframes is fed by an idle walker
 * behind (walk_fed). */
enum { FEED_MIN = 4 * EVLIST_CHUNK };
static int walk_forward(stream *s, model *m, uint64_t *pos, uint64_t to, uint64_t lastkf)
{
    uint64_t next = lastkf == NO_KEYFRAMES ? UINT64_MAX : kfset_next(&s->kfs, lastkf), from = *pos;
    int rc = 0;
    if (lastkf == NO_KEYFRAMES && s->w && to > *pos && to - *pos >= FEED_MIN)
        rc = walk_fed(s, s->w, m, pos, to);
    while (*pos < to && !rc) {
        size_t n;
        list_lock(s);
        const hv_event *ev = evlist_span(s->ev, *pos, &n);
        for (size_t k = 0; k < n && *pos < to; k++, ++*pos) {
            if (*pos >= next && kfset_keep(&s->kfs, m, *pos, 0))
                next = kfset_next(&s->kfs, *pos);
            fetch_ahead(m, ev, k, n);
            if (model_knows(ev[k].kind) && model_apply(m, &ev[k]) != 0) {
                rc = -1;
                break;
            }
        }
        list_unlock(s);
    }
    if (m == s->own)
        s->moved += *pos - from;
    return rc;
}

static int live_forward(stream *s, uint64_t to, uint64_t lastkf, buf *err)
{
    return walk_forward(s, s->own, &s->pos, to, lastkf) ? live_bad(s, 0, err) : 0;
}

static int live_backward(stream *s, uint64_t to, buf *err)
{
    int rc = 0;
    while (s->pos > to && !rc) {
        size_t n;
        uint64_t first = (s->pos - 1) / EVLIST_CHUNK * EVLIST_CHUNK;
        list_lock(s);
        const hv_event *ev = evlist_span(s->ev, first, &n);    /* the chunk of event pos − 1 */
        for (; s->pos > to && s->pos > first; s->pos--) {
            const hv_event *e = &ev[s->pos - 1 - first];
            if (s->pos - 1 - first >= AHEAD)
                model_prefetch(s->own, e - AHEAD);
            if (s->pos - 1 - first >= AHEAD / 2)
                model_prefetch_records(s->own, e - AHEAD / 2);
            if (model_knows(e->kind) && model_unapply(s->own, e) != 0) {
                rc = -1;
                break;
            }
            s->moved++;
        }
        list_unlock(s);
    }
    return rc ? live_bad(s, 1, err) : 0;
}

/* The live model becomes m (at pos, undoable back to base); the one it
 * replaces is the spare. */
static void live_swap(stream *s, model *m, uint64_t pos, uint64_t base)
{
    model_carry_visits(m, s->own);
    kfset_stash(&s->kfs, s->own, s->pos, s->base);
    s->own = m;
    s->pos = pos;
    s->base = base;
}

/* ---- the walker behind: a thread (stream.c's comment) ---------------------- */

static uint64_t live_end_cost(const stream *s);

/* Moves keyframe e into k (invariant of kfset: sorted, one per position;
 * a position k has already keeps its own). */
static void kf_adopt(kfset *k, kfset_entry *e)
{
    size_t i = kfset_upto(k, e->pos);
    if (i && k->kf[i - 1].pos == e->pos) {
        buf_free(&e->data);
        return;
    }
    hv_grow(&k->kf, &k->cap, k->n + 1, sizeof *k->kf, 16);
    memmove(k->kf + i + 1, k->kf + i, (k->n - i) * sizeof *k->kf);
    k->kf[i] = *e;
    k->n++;
    k->built++;
}

/* The keyframes the thread kept, handed over to the stream's set. */
static void behind_collect(stream *s)
{
    behind *w = s->w;
    if (!w)
        return;
    pthread_mutex_lock(&w->lock);
    for (size_t i = 0; i < w->kfs.n; i++)
        kf_adopt(&s->kfs, &w->kfs.kf[i]);
    w->kfs.n = 0;
    pthread_mutex_unlock(&w->lock);
}

/* While the thread is more than BEHIND_FAR events behind a program that
 * is still running (the list's tail not lent: the main thread appends),
 * its keyframes are spaced BEHIND_SPARSE times wider: saving them is a
 * third of its work, and the first far jump after the program walks
 * whatever it has not (bench-load's load_app_first_end_cold_*, bench-live's
 * live_statement_*).  The first seek into such a stretch walks more events
 * from its keyframe (at most BEHIND_SPARSE times the spacing), keeping
 * the usual keyframes on its way (walk_forward), so the next does not. */
enum { BEHIND_FAR = 4 * EVLIST_CHUNK, BEHIND_SPARSE = 4 };

/* Applies n events of the thread's copy to m at pos, keeping a keyframe
 * at w->next on the way (into one, a set of its own: the lock is free),
 * the next one `sparse` times further than usual.  How many it applied:
 * fewer than n if one does not fit (*failed set). */
static size_t behind_apply(behind *w, model *m, uint64_t pos, size_t n, unsigned sparse, kfset *one, int *failed)
{
    const hv_event *ev = w->copy;
    for (size_t k = 0; k < n; k++) {
        if (pos + k >= w->next && kfset_keep(one, m, pos + k, 0))
            w->next = pos + k + (kfset_next(one, pos + k) - (pos + k)) * sparse;
        fetch_ahead(m, ev, k, n);
        if (model_knows(ev[k].kind) && model_apply(m, &ev[k]) != 0) {
            *failed = 1;
            return k;
        }
    }
    return n;
}

/* The thread's model from the keyframe it was given (the lock held,
 * let go while it loads). */
static void behind_load(stream *s, behind *w)
{
    const void *p = w->load;
    size_t n = w->loadlen;
    w->busy = 1;
    pthread_mutex_unlock(&w->lock);
    model *m = model_load_own(s->prof, p, n, NULL);
    pthread_mutex_lock(&w->lock);
    w->busy = 0;
    w->load = NULL;
    w->m = m;
    w->pos = w->base = w->loadpos;
    w->failed = m == NULL;      /* memory damaged: a seek's own load will say so */
    pthread_cond_broadcast(&w->idle);
}

/* 1 if the main thread's walk wants a span decoded and a feed buffer is
 * free (invariant 7; the lock held). */
static int feed_wanted(const behind *w)
{
    return w->feed_next < w->feed_to && (!w->feed_n[0] || !w->feed_n[1]);
}

/* Decodes the next span of the feed into a free buffer (the lock held:
 * evlist_span decodes into the list's cache). */
static void behind_feed(stream *s, behind *w)
{
    int b = w->feed_n[0] != 0;
    size_t n;
    const hv_event *ev = evlist_span(s->ev, w->feed_next, &n);
    if (!ev) {
        w->feed_to = w->feed_next;      /* none there: the main thread reads the rest itself */
    } else {
        if (n > w->feed_to - w->feed_next)
            n = (size_t)(w->feed_to - w->feed_next);
        memcpy(w->feed[b], ev, n * sizeof *ev);
        w->feed_at[b] = w->feed_next;
        w->feed_n[b] = n;
        w->feed_next += n;
    }
    pthread_cond_broadcast(&w->idle);
}

/* The thread: waits for events it may read and a model to walk, then
 * walks, a span (at most a chunk) at a time (invariants 4 and 6); or
 * decodes spans for the main thread's walk (invariant 7). */
static void *behind_main(void *ud)
{
    stream *s = ud;
    behind *w = s->w;
    kfset one = KFSET_INIT;
    pthread_mutex_lock(&w->lock);
    for (;;) {
        while (!w->quit && !feed_wanted(w) &&
               (w->stop || w->failed || (!w->load && (!w->m || w->pos >= w->readable))))
            pthread_cond_wait(&w->wake, &w->lock);
        if (w->quit)
            break;
        if (feed_wanted(w)) {
            behind_feed(s, w);
            continue;
        }
        if (w->load) {
            behind_load(s, w);
            continue;
        }
        size_t n;
        const hv_event *ev = evlist_span(s->ev, w->pos, &n);
        if (n > w->readable - w->pos)
            n = (size_t)(w->readable - w->pos);
        memcpy(w->copy, ev, n * sizeof *ev);
        model *m = w->m;
        uint64_t pos = w->pos;
        int failed = 0;
        unsigned sparse = !w->tail_lent && w->readable - w->pos > BEHIND_FAR ? BEHIND_SPARSE : 1;
        w->busy = 1;
        pthread_mutex_unlock(&w->lock);
        size_t done = behind_apply(w, m, pos, n, sparse, &one, &failed);
        pthread_mutex_lock(&w->lock);
        w->busy = 0;
        w->pos = pos + done;
        w->failed = failed;
        for (size_t i = 0; i < one.n; i++)
            kf_adopt(&w->kfs, &one.kf[i]);
        one.n = 0;
        pthread_cond_broadcast(&w->idle);
    }
    pthread_mutex_unlock(&w->lock);
    kfset_free(&one);
    return NULL;
}

/* Stops the thread between spans (it may finish a keyframe first); the
 * lock held on return. */
static void behind_hold(behind *w)
{
    pthread_mutex_lock(&w->lock);
    w->stop = 1;
    while (w->busy)
        pthread_cond_wait(&w->idle, &w->lock);
}

static void behind_release(behind *w)
{
    w->stop = 0;
    pthread_cond_signal(&w->wake);
    pthread_mutex_unlock(&w->lock);
}

/* The thread's model, if it has one at or before p and reaching p from it
 * costs less than bound: 1 with it in *m (at *pos, undoable to *base),
 * the thread left with none; else 0.  Its keyframes are handed over. */
static int behind_take(stream *s, uint64_t p, uint64_t bound, model **m, uint64_t *pos, uint64_t *base)
{
    behind *w = s->w;
    pthread_mutex_lock(&w->lock);
    int near = w->m && !w->failed && p >= w->pos && p - w->pos < bound;
    pthread_mutex_unlock(&w->lock);
    if (!near)
        return 0;
    behind_hold(w);         /* it may have walked past p meanwhile: live_seek undoes back */
    *m = w->m;
    *pos = w->pos;
    *base = w->base;
    w->m = NULL;
    behind_release(w);
    behind_collect(s);
    return 1;
}

/* Gives the thread a model to walk to the end: m (at pos, undoable to
 * base), or if m is NULL keyframe kf (a copy of the stream's entry) to
 * load first; its keyframes start past the stream's last one. */
static void behind_give(stream *s, model *m, uint64_t pos, uint64_t base, kfset_entry kf)
{
    behind *w = s->w;
    behind_collect(s);
    uint64_t last = s->kfs.n ? s->kfs.kf[s->kfs.n - 1].pos : 0;
    uint64_t next = kfset_next(&s->kfs, last);
    pthread_mutex_lock(&w->lock);
    w->m = m;
    w->pos = m ? pos : kf.pos;
    w->base = m ? base : kf.pos;
    if (!m) {
        w->load = kf.data.data;
        w->loadlen = kf.data.len;
        w->loadpos = kf.pos;
    }
    w->next = next > w->pos ? next : w->pos;
    pthread_cond_signal(&w->wake);
    pthread_mutex_unlock(&w->lock);
}

/* Gives the thread, when it has nothing to walk, the cheapest start for
 * a walk to the end: the spare, the last keyframe, or an empty model
 * (each time it has walked there, a console statement typed next is
 * walked as it runs). */
static void behind_start(stream *s)
{
    behind *w = s->w;
    pthread_mutex_lock(&w->lock);
    int idle = !w->m && !w->load && !w->failed;
    pthread_mutex_unlock(&w->lock);
    if (!idle)
        return;
    behind_collect(s);
    uint64_t end = evlist_count(s->ev), cost = kfset_cost(&s->kfs, end);
    size_t k = kfset_upto(&s->kfs, end);
    if (s->kfs.spare && s->kfs.spare_pos <= end && end - s->kfs.spare_pos <= cost) {
        model *m = s->kfs.spare;
        s->kfs.spare = NULL;
        behind_give(s, m, s->kfs.spare_pos, s->kfs.spare_base, (kfset_entry){0});
    } else if (k) {
        behind_give(s, NULL, 0, 0, s->kfs.kf[k - 1]);
    } else {
        behind_give(s, model_new(s->prof), 0, 0, (kfset_entry){0});
    }
}

/* stream_index_some with the walker behind: the list's tail lent to it
 * (the main thread appends nothing while it waits for a key), and a start
 * given to it if it has none (behind_start).  The main thread has nothing
 * left to do: 0. */
static int behind_index(stream *s, behind *w)
{
    uint64_t end = evlist_count(s->ev);
    pthread_mutex_lock(&w->lock);
    if (w->readable < end) {
        w->readable = end;
        w->tail_lent = 1;
        pthread_cond_signal(&w->wake);
    }
    pthread_mutex_unlock(&w->lock);
    behind_start(s);
    return 0;
}

void stream_walk_behind(stream *s)
{
    if (s->r || s->w || hv_fault_injecting())  /* tests' allocation counts: hv.h */
        return;
    behind *w = hv_calloc(1, sizeof *w);
    pthread_mutex_init(&w->lock, NULL);
    pthread_cond_init(&w->wake, NULL);
    pthread_cond_init(&w->idle, NULL);
    w->copy = hv_malloc(EVLIST_CHUNK * sizeof *w->copy);
    w->kfs = (kfset)KFSET_INIT;
    w->readable = evlist_count(s->ev) / EVLIST_CHUNK * EVLIST_CHUNK;
    s->w = w;
    if (pthread_create(&w->thread, NULL, behind_main, s) != 0) {
        s->w = NULL;                /* no thread: the app's idle slices walk instead */
        free(w->copy);
        free(w);
        return;
    }
    model *m = s->ahead ? s->ahead : model_new(s->prof);
    behind_give(s, m, s->ahead ? s->ahead_pos : 0, 0, (kfset_entry){0});
    s->ahead = NULL;
}

/* 1 if the thread has a model with events it may read left to walk
 * (the lock held). */
static int behind_walking(const behind *w)
{
    return !w->failed && (w->load || (w->m && (w->busy || w->pos < w->readable)));
}

int stream_walking(stream *s)
{
    behind *w = s->w;
    if (!w)
        return 0;
    pthread_mutex_lock(&w->lock);
    int walking = behind_walking(w);
    pthread_mutex_unlock(&w->lock);
    return walking;
}

void stream_walk_wait(stream *s)
{
    behind *w = s->w;
    if (!w)
        return;
    pthread_mutex_lock(&w->lock);
    while (behind_walking(w))
        pthread_cond_wait(&w->idle, &w->lock);
    pthread_mutex_unlock(&w->lock);
}

/* Stops the thread and frees what it held (stream_delete). */
static void behind_end(stream *s)
{
    behind *w = s->w;
    if (!w)
        return;
    pthread_mutex_lock(&w->lock);
    w->quit = 1;
    pthread_cond_signal(&w->wake);
    pthread_mutex_unlock(&w->lock);
    pthread_join(w->thread, NULL);
    s->w = NULL;
    model_delete(w->m);
    kfset_free(&w->kfs);
    free(w->copy);
    free(w->feed[0]);
    free(w->feed[1]);
    pthread_mutex_destroy(&w->lock);
    pthread_cond_destroy(&w->wake);
    pthread_cond_destroy(&w->idle);
    free(w);
}

/* The feed buffer holding the span that starts at pos, or -1 (the lock
 * held). */
static int feed_ready(const behind *w, uint64_t pos)
{
    for (int b = 0; b < 2; b++)
        if (w->feed_n[b] && w->feed_at[b] == pos)
            return b;
    return -1;
}

/* walk_forward's events [*pos, to) applied to m with no keyframes, the
 * walker behind decoding them a span ahead (invariant 7) if it has no
 * model to walk: the list's tail lent to it, as when the app waits for a
 * key (the main thread appends nothing while it seeks).  Stops where the
 * feed stops (the caller walks the rest).  0, or -1 with *pos at the
 * event that does not fit. */
static int walk_fed(stream *s, behind *w, model *m, uint64_t *pos, uint64_t to)
{
    pthread_mutex_lock(&w->lock);
    if (w->m || w->load) {
        pthread_mutex_unlock(&w->lock);
        return 0;                   /* it walks a model of its own: no feed */
    }
    if (!w->feed[0]) {
        w->feed[0] = hv_malloc(EVLIST_CHUNK * sizeof *w->feed[0]);
        w->feed[1] = hv_malloc(EVLIST_CHUNK * sizeof *w->feed[1]);
    }
    uint64_t end = evlist_count(s->ev);
    if (w->readable < end) {
        w->readable = end;
        w->tail_lent = 1;
    }
    w->feed_next = *pos;
    w->feed_to = to < w->readable ? to : w->readable;
    w->feed_n[0] = w->feed_n[1] = 0;
    pthread_cond_signal(&w->wake);
    int rc = 0;
    while (*pos < w->feed_to && !rc) {
        int b;
        while ((b = feed_ready(w, *pos)) < 0 && *pos < w->feed_to)
            pthread_cond_wait(&w->idle, &w->lock);
        if (b < 0)
            break;
        const hv_event *ev = w->feed[b];
        size_t n = w->feed_n[b], k = 0;
        pthread_mutex_unlock(&w->lock);
        for (; k < n; k++, ++*pos) {
            fetch_ahead(m, ev, k, n);
            if (model_knows(ev[k].kind) && model_apply(m, &ev[k]) != 0) {
                rc = -1;
                break;
            }
        }
        if (m == s->own)
            s->fed += k;
        pthread_mutex_lock(&w->lock);
        w->feed_n[b] = 0;
        pthread_cond_signal(&w->wake);
    }
    w->feed_next = w->feed_to = 0;  /* no more: the thread decodes only under the lock */
    w->feed_n[0] = w->feed_n[1] = 0;
    pthread_mutex_unlock(&w->lock);
    return rc;
}

/* The walker ahead, if reaching p from it (forwards) costs less than
 * bound: it becomes the model (the model the spare). */
static int live_take_ahead(stream *s, uint64_t p, uint64_t bound)
{
    model *m;
    uint64_t pos, base;
    if (s->w) {
        if (!behind_take(s, p, bound, &m, &pos, &base))
            return 0;
        live_swap(s, m, pos, base);
        return 1;
    }
    if (!s->ahead || p < s->ahead_pos || p - s->ahead_pos >= bound)
        return 0;
    m = s->ahead;
    s->ahead = NULL;
    live_swap(s, m, s->ahead_pos, 0);
    return 1;
}

/* As replay_seek: forwards, backwards by undoing, from the walker ahead,
 * the spare, or the nearest keyframe, whichever replays fewer events. */
static int live_seek(stream *s, uint64_t p, buf *err)
{
    behind_collect(s);
    uint64_t k = kfset_at(&s->kfs, p), cost = kfset_cost(&s->kfs, p), at, base;
    uint64_t own = p >= s->pos ? p - s->pos : p >= s->base ? s->pos - p : UINT64_MAX;
    uint64_t sp = s->kfs.spare_pos, spare = !s->kfs.spare ? UINT64_MAX : p >= sp ? p - sp
                                           : p >= s->kfs.spare_base ? sp - p : UINT64_MAX;
    if (s->w && live_take_ahead(s, p, own < cost ? (own < spare ? own : spare) : cost < spare ? cost : spare)) {
        /* the rest without keyframes (the user waits); then the thread,
         * started again, keeps them; its model may have passed p: back then */
        int rc = p >= s->pos ? live_forward(s, p, NO_KEYFRAMES, err) : live_backward(s, p, err);
        behind_start(s);
        return rc;
    }
    if (live_take_ahead(s, p, own < cost ? own : cost))
        return live_forward(s, p, kfset_at(&s->kfs, s->pos), err);
    enum kfset_way way = kfset_way(s->pos, s->base, p, cost < spare ? cost : spare);
    if (way == KFSET_FORWARD)
        return live_forward(s, p, kfset_at(&s->kfs, s->pos), err);
    if (way == KFSET_BACKWARD)
        return live_backward(s, p, err);
    model *m = kfset_unstash(&s->kfs, p, &at, &base);
    if (!m) {
        buf why = BUF_INIT;
        m = kfset_load(&s->kfs, s->prof, p, &at, &why);
        if (!m) {
            buf_printf(err, "the keyframe at event %llu does not load: %s", (unsigned long long)k, buf_str(&why));
            buf_free(&why);
            return -1;
        }
        base = at;
    }
    live_swap(s, m, at, base);
    return p >= s->pos ? live_forward(s, p, kfset_at(&s->kfs, s->pos), err) : live_backward(s, p, err);
}

/* What reaching the end costs now, in events: from the model, the spare
 * or a keyframe, whichever is least. */
static uint64_t live_end_cost(const stream *s)
{
    uint64_t end = stream_events(s), best = kfset_cost(&s->kfs, end);
    if (s->pos <= end && end - s->pos < best)
        best = end - s->pos;
    if (s->kfs.spare && s->kfs.spare_pos <= end && end - s->kfs.spare_pos < best)
        best = end - s->kfs.spare_pos;
    return best;
}

/* stream_index_some for a live stream: while going to the end would be a
 * long walk, a second model (the walker ahead, with its undo history from
 * 0) walks there, `events` at a time, keeping the keyframes the first walk
 * keeps; at the end it becomes the spare, so that `g end`, or `n` over a
 * statement of millions of events, then costs no walk.  A seek may take
 * it over on the way (live_take_ahead). */
static int live_index_some(stream *s, uint64_t events)
{
    if (s->w)
        return behind_index(s, s->w);
    uint64_t end = stream_events(s);
    if (s->ahead_failed || (!s->ahead && live_end_cost(s) <= KEYFRAME_NEAR))
        return 0;
    if (!s->ahead) {
        s->ahead = model_new(s->prof);
        s->ahead_pos = 0;
    }
    uint64_t to = end - s->ahead_pos > events ? s->ahead_pos + events : end;
    if (walk_forward(s, s->ahead, &s->ahead_pos, to, kfset_at(&s->kfs, s->ahead_pos))) {
        model_delete(s->ahead);             /* the model's own seek will say what does not fit */
        s->ahead = NULL;
        s->ahead_failed = 1;
        return 0;
    }
    if (s->ahead_pos < end)
        return 1;
    kfset_stash(&s->kfs, s->ahead, s->ahead_pos, 0);
    s->ahead = NULL;
    return 0;
}

int stream_index_some(stream *s, uint64_t events)
{
    lazy *lz = s->lz;
    if (!lz)
        return live_index_some(s, events);
    buf err = BUF_INIT;
    int rc = lz->indexing ? replay_index_some(s->r, events, &err) : 0;
    if (rc < 0 && !lz->damage.len)
        buf_adds(&lz->damage, buf_str(&err));
    buf_free(&err);
    lz->indexing = rc > 0;
    /* the batches the walk just decoded (still in the replay's cache), summarised */
    for (uint64_t n = 0; lz->summarised < lz->nb && n < events; lz->summarised++) {
        replay_batch rb;
        replay_batch_info(s->r, lz->summarised, &rb);
        lazy_sum(lz, lz->summarised);
        n += rb.count;
    }
    return lz->indexing || lz->summarised < lz->nb;
}

uint64_t stream_events_moved(const stream *s)
{
    return s->moved;
}

uint64_t stream_events_fed(const stream *s)
{
    return s->fed;
}

model *stream_model_at(stream *s, uint64_t pos, buf *err)
{
    uint64_t k;
    buf why = BUF_INIT;
    if (pos > stream_events(s))
        pos = stream_events(s);
    behind_collect(s);
    model *m = s->r ? replay_model_near(s->r, pos, &k, err) : kfset_load(&s->kfs, s->prof, pos, &k, &why);
    if (!m && !s->r)
        buf_printf(err, "the keyframe at event %llu does not load: %s", (unsigned long long)kfset_at(&s->kfs, pos),
                   buf_str(&why));
    buf_free(&why);
    while (m && k < pos) {
        size_t n;
        list_lock(s);
        const hv_event *ev = s->lz ? lazy_span(s->lz, k, &n) : evlist_span(s->ev, k, &n);
        if (!ev) {                  /* a damaged batch (replay.h's message) */
            list_unlock(s);
            buf_adds(err, stream_damage(s) ? stream_damage(s) : "events missing");
            model_delete(m);
            return NULL;
        }
        for (size_t i = 0; i < n && k < pos; i++, k++) {
            fetch_ahead(m, ev, i, n);
            if (model_knows(ev[i].kind) && model_apply(m, &ev[i]) != 0) {
                list_unlock(s);
                buf_printf(err, "event %llu (%s) does not fit the heap model", (unsigned long long)k,
                           event_name(ev[i].kind));
                model_delete(m);
                return NULL;
            }
        }
        list_unlock(s);
    }
    return m;
}

int stream_seek(stream *s, uint64_t pos, buf *err)
{
    if (pos > stream_events(s))
        pos = stream_events(s);
    if (s->r)
        return replay_seek(s->r, pos, err);
    return live_seek(s, pos, err);
}

uint64_t stream_step_of(const stream *s, uint64_t pos)
{
    if (s->lz)
        return lazy_step_of(s->lz, pos);
    size_t lo = 0, hi = s->nsteps;     /* STEP events before pos */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (s->step_pos[mid] < pos)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

uint64_t stream_step_begin(const stream *s, uint64_t step)
{
    if (step == 0)
        return 0;
    if (step > stream_steps(s))
        return stream_events(s);
    return s->lz ? lazy_step_pos(s->lz, step) : s->step_pos[step - 1];
}

uint64_t stream_step_end(const stream *s, uint64_t step)
{
    return step < stream_steps(s) ? stream_step_begin(s, step + 1) : stream_events(s);
}

uint32_t stream_step_line(const stream *s, uint64_t step)
{
    if (step == 0 || step > stream_steps(s))
        return 0;
    hv_event ev = stream_event(s, stream_step_begin(s, step));
    return ev.kind == EV_STEP && (ev.u.step.what == STEP_STATEMENT || ev.u.step.what == STEP_RETURN) ? ev.site : 0;
}

int stream_step_phase(const stream *s, uint64_t step, hv_event *ph)
{
    if (step == 0 || step > stream_steps(s))
        return 0;
    uint64_t begin = stream_step_begin(s, step), end = stream_step_end(s, step);
    hv_event st = stream_event(s, begin);
    if (st.kind != EV_STEP || st.u.step.what != STEP_GC_PHASE)
        return 0;
    for (uint64_t i = begin + 1; i < end && i < begin + 3; i++)
        if ((*ph = stream_event(s, i)).kind == EV_GC_PHASE)
            return 1;
    return 0;
}

uint64_t stream_collection_first(const stream *s, uint64_t step, hv_event *ph)
{
    if (!stream_step_phase(s, step, ph))
        return 0;
    while (ph->u.gc.from != GCP_IDLE)       /* back over its phases and the statements finalizers run */
        do
            if (--step == 0)
                return 0;
        while (!stream_step_phase(s, step, ph));
    return step;
}

uint32_t stream_step_gc_line(const stream *s, uint64_t step)
{
    hv_event ph;
    uint64_t first = stream_collection_first(s, step, &ph);
    if (!first)
        return 0;
    hv_event before = stream_event(s, stream_step_begin(s, first - 1));   /* what started it */
    int script = first == 1 || before.kind != EV_STEP ||
                 (before.u.step.what != STEP_CONSOLE && before.u.step.what != STEP_END);
    return script ? ph.site : 0;
}

size_t stream_output_upto(const stream *s, uint64_t pos, buf *out)
{
    size_t n = 0;
    for (; n < s->nout && s->out[n].pos <= pos; n++) {
        const chunk *c = &s->out[n];
        buf_add(out, s->text.data + c->off, c->len);
    }
    return n;
}

size_t stream_snapshots(const stream *s, stream_snap *out, size_t max)
{
    for (size_t i = 0; i < s->nsnaps && i < max; i++)
        out[i] = s->snaps[i];
    return s->nsnaps;
}

int stream_find_snapshot(const stream *s, const char *name, uint64_t *pos)
{
    for (size_t i = 0; i < s->nsnaps; i++)
        if (strcmp(s->snaps[i].name, name) == 0) {
            *pos = s->snaps[i].pos;
            return 1;
        }
    return 0;
}

names_table *stream_names(stream *s)
{
    return s->names;
}

const char *stream_type_name(const stream *s, uint64_t type_addr)
{
    const char *name = names_get(s->names, type_addr, NAMES_SELF);
    return name ? name : "object";
}

int stream_resolve(stream *s, const char *at, uint64_t *pos, buf *err)
{
    char *end;
    if (strcmp(at, "end") == 0) {
        *pos = stream_events(s);
        return 0;
    }
    unsigned long long n = strtoull(at, &end, 10);
    if (*at >= '0' && *at <= '9' && !*end && n <= stream_steps(s)) {
        *pos = stream_step_end(s, n);
        return 0;
    }
    if (stream_find_snapshot(s, at, pos))
        return 0;
    if (s->r && replay_resolve(s->r, at, pos, err) == 0)
        return 0;
    buf_clear(err);
    buf_printf(err, "no step or snapshot '%.40s' (a step is 0 to %llu, or end)", at,
               (unsigned long long)stream_steps(s));
    return -1;
}
