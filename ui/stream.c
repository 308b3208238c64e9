/*
 * stream.c — the event stream and the model at a position (stream.h).
 *
 * A replay stream reads its session's events once at open so the screens
 * can read them freely: narration, per-line memory and the timeline read
 * events, never the database.  Live or replayed, the events are kept
 * coded (store/evlist.h: about 3 bytes an event, decoded a chunk at a time
 * as they are read), not as 48-byte hv_events.  The
 * model still moves through replay_seek(), which starts from the nearest
 * keyframe, so the model pointer may change after a seek.  A live stream
 * seeks the same way over its own events (live_seek): keyframes kept in
 * memory as its model first walks forward, and the spare model a seek set
 * aside; so its model pointer changes too.
 */
#include "stream.h"

#include "evlist.h"
#include "keyframe.h"
#include "names.h"
#include "replay.h"
#include "session.h"
#include "store.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
    /* replay */
    struct store *st;
    replay *r;
};

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

/* replay_scan's callback: keeps the event. */
static void keep_event(void *ud, const hv_event *ev)
{
    stream_emit(ud, ev);
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
    s->collector = row.collector && strcmp(row.collector, "mark-sweep") == 0 ? COLLECTOR_MARK_SWEEP
                                                                           : COLLECTOR_GENERATIONAL;
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
    return rc ? -1 : replay_scan(s->r, 0, replay_events(s->r), keep_event, s, err);
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
    s->ev = evlist_new(s->prof);
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
    for (size_t i = 0; i < s->nsnaps; i++)
        free((char *)s->snaps[i].name);
    names_delete(s->names);
    free(s->snaps);
    free(s->out);
    buf_free(&s->text);
    free(s->step_pos);
    evlist_delete(s->ev);
    model_delete(s->own);
    kfset_free(&s->kfs);
    replay_close(s->r);
    free(s->name);
    free(s->source);
    free(s);
}

/* ---- appending -------------------------------------------------------------- */

void stream_emit(void *ud, const hv_event *ev)
{
    stream *s = ud;
    if (ev->kind == EV_STEP) {
        hv_grow(&s->step_pos, &s->stepcap, s->nsteps + 1, sizeof *s->step_pos, 64);
        s->step_pos[s->nsteps++] = evlist_count(s->ev);
    }
    evlist_add(s->ev, ev);
}

void stream_output(stream *s, int fd, const char *p, size_t n)
{
    if (n == 0)
        return;
    chunk *last = s->nout ? &s->out[s->nout - 1] : NULL;
    if (last && last->pos == evlist_count(s->ev) && last->fd == fd && last->off + last->len == s->text.len) {
        last->len += n;     /* one write split in pieces */
    } else {
        hv_grow(&s->out, &s->outcap, s->nout + 1, sizeof *s->out, 64);
        s->out[s->nout++] = (chunk){evlist_count(s->ev), fd, s->text.len, n};
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

/* ---- reading ---------------------------------------------------------------- */

int stream_is_live(const stream *s) { return s->r == NULL; }
const char *stream_name(const stream *s) { return s->name; }
const char *stream_source(const stream *s) { return s->source; }
const profile *stream_profile(const stream *s) { return s->prof; }
int stream_collector(const stream *s) { return s->collector; }
int64_t stream_session(const stream *s) { return s->session; }
void stream_set_session(stream *s, int64_t id) { s->session = id; }
uint64_t stream_events(const stream *s) { return evlist_count(s->ev); }
uint64_t stream_steps(const stream *s) { return s->nsteps; }

uint64_t stream_position(const stream *s)
{
    return s->r ? replay_position(s->r) : s->pos;
}

hv_event stream_event(const stream *s, uint64_t i)
{
    hv_event ev;
    evlist_get(s->ev, i, &ev);
    return ev;
}

int stream_find(const stream *s, uint64_t from, uint64_t to, uint32_t kinds, uint64_t *at, hv_event *ev)
{
    return evlist_find(s->ev, from, to, kinds, at, ev);
}

size_t stream_event_bytes(const stream *s)
{
    return evlist_bytes(s->ev);
}

const model *stream_model(const stream *s)
{
    return s->r ? replay_model(s->r) : s->own;
}

static int live_bad(stream *s, int undo, buf *err)
{
    buf_printf(err, "event %llu (%s) does not fit the heap model", (unsigned long long)s->pos,
               event_name(stream_event(s, s->pos - (undo != 0)).kind));
    return -1;
}

/* Applies events [pos, to), skipping kinds the model does not know (as
 * replay does); lastkf is the last keyframe at or before pos: a walk past
 * its spacing keeps one (and forgets the undo history behind it). */
static int live_forward(stream *s, uint64_t to, uint64_t lastkf, buf *err)
{
    uint64_t next = kfset_next(&s->kfs, lastkf);
    while (s->pos < to) {
        size_t n;
        const hv_event *ev = evlist_span(s->ev, s->pos, &n);
        for (size_t k = 0; k < n && s->pos < to; k++, s->pos++) {
            if (s->pos >= next && kfset_keep(&s->kfs, s->own, s->pos, 0))
                next = kfset_next(&s->kfs, s->pos);
            if (model_knows(ev[k].kind) && model_apply(s->own, &ev[k]) != 0)
                return live_bad(s, 0, err);
            s->moved++;
        }
    }
    return 0;
}

static int live_backward(stream *s, uint64_t to, buf *err)
{
    while (s->pos > to) {
        size_t n;
        uint64_t first = (s->pos - 1) / EVLIST_CHUNK * EVLIST_CHUNK;
        const hv_event *ev = evlist_span(s->ev, first, &n);    /* the chunk of event pos − 1 */
        for (; s->pos > to && s->pos > first; s->pos--) {
            const hv_event *e = &ev[s->pos - 1 - first];
            if (model_knows(e->kind) && model_unapply(s->own, e) != 0)
                return live_bad(s, 1, err);
            s->moved++;
        }
    }
    return 0;
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

/* As replay_seek: forwards, backwards by undoing, from the spare, or from
 * the nearest keyframe, whichever replays fewer events. */
static int live_seek(stream *s, uint64_t p, buf *err)
{
    uint64_t k = kfset_at(&s->kfs, p), cost = kfset_cost(&s->kfs, p), at, base;
    enum kfset_way way = kfset_way(s->pos, s->base, p, cost);
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

uint64_t stream_events_moved(const stream *s)
{
    return s->moved;
}

model *stream_model_at(stream *s, uint64_t pos, buf *err)
{
    uint64_t k;
    buf why = BUF_INIT;
    if (pos > stream_events(s))
        pos = stream_events(s);
    model *m = s->r ? replay_model_near(s->r, pos, &k, err) : kfset_load(&s->kfs, s->prof, pos, &k, &why);
    if (!m && !s->r)
        buf_printf(err, "the keyframe at event %llu does not load: %s", (unsigned long long)kfset_at(&s->kfs, pos),
                   buf_str(&why));
    buf_free(&why);
    while (m && k < pos) {
        size_t n;
        const hv_event *ev = evlist_span(s->ev, k, &n);
        for (size_t i = 0; i < n && k < pos; i++, k++)
            if (model_knows(ev[i].kind) && model_apply(m, &ev[i]) != 0) {
                buf_printf(err, "event %llu (%s) does not fit the heap model", (unsigned long long)k,
                           event_name(ev[i].kind));
                model_delete(m);
                return NULL;
            }
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
    return step <= s->nsteps ? s->step_pos[step - 1] : stream_events(s);
}

uint64_t stream_step_end(const stream *s, uint64_t step)
{
    return step < s->nsteps ? s->step_pos[step] : stream_events(s);
}

uint32_t stream_step_line(const stream *s, uint64_t step)
{
    if (step == 0 || step > s->nsteps)
        return 0;
    hv_event ev = stream_event(s, s->step_pos[step - 1]);
    return ev.u.step.what == STEP_STATEMENT ? ev.site : 0;
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
    if (*at >= '0' && *at <= '9' && !*end && n <= s->nsteps) {
        *pos = stream_step_end(s, n);
        return 0;
    }
    if (stream_find_snapshot(s, at, pos))
        return 0;
    if (s->r && replay_resolve(s->r, at, pos, err) == 0)
        return 0;
    buf_clear(err);
    buf_printf(err, "no step or snapshot '%.40s' (a step is 0 to %llu, or end)", at, (unsigned long long)s->nsteps);
    return -1;
}
