/*
 * replay.c — seeking in a recorded session.
 *
 *   seek(p):  p ≥ pos, p − pos ≤ cost                → apply events [pos, p)
 *             p < pos, p ≥ base, pos − p ≤ cost      → unapply events [p, pos)
 *             the spare model (keyframe.h) as near   → take it, then the same
 *             otherwise                              → load keyframe k ≤ p, apply [k, p)
 *   (k: the last keyframe at or before p; cost: p − k plus loading it, in
 *    events (kfset_cost); base: where the model was loaded, below which it
 *    has no undo history)
 *
 * Keyframes come from two places: rows of the keyframe table (files
 * written by older recorders, which kept a model) and the replay's own,
 * kept in memory (model_save's bytes, loaded back without model_check:
 * the model saved had passed every event's check): whenever a walk forward
 * reaches the event `spacing` past the last keyframe, the model there is
 * saved, wherever that falls in its batch (a collection under way puts it
 * off to the first event after it).  The spacing follows the keyframe's
 * object count (replay.h): loading a keyframe costs in proportion to its
 * objects, so the events replayed after it are bounded by a multiple of
 * the same; a small heap gets close keyframes, a big one few.  The first
 * walk through a session costs every event once; after it any seek costs
 * one keyframe plus at most its spacing of events (and the decoding of
 * the batches they are in), the same at the start and at the end of a
 * long session.
 *
 * Invariants:
 *   1. model holds exactly events [0, pos) applied, and its undo history
 *      reaches back to base (base ≤ pos);
 *   2. a decoded slot holds its batch's events, checked against its index
 *      row and its checksum; cache, when valid, is the slot last read, and
 *      holds events [cfirst, cfirst + ccount);
 *   3. after any failed read or apply the model is dropped (pos = none)
 *      and rebuilt by the next seek;
 *   4. the memory keyframes are sorted by position, and a walk from the
 *      keyframe k ≤ p to p only adds keyframes in (k, p], where none was
 *      (the indexer's walk is one, on a model of its own);
 *   5. the batch index (read at open from the table's indexes, no row's
 *      data) lies end to end: row 0 begins at event 0, each next row where
 *      the last ends, counts in 1..CODEC_MAX_EVENTS (each checked against
 *      its row when decoded), step1 never decreasing; nevents is where the
 *      last ends, last_step its step1.
 *
 * Opening reads the session row and the batch index only; a batch is
 * decoded when a seek, a scan or a reader (replay_batch_events) needs it,
 * into the least recently used of REPLAY_CACHE slots.  So opening costs
 * the same for a long session as for a short one, and a damaged batch in
 * the middle is reported when something reaches it.
 */
#include "replay.h"

#include "codec.h"
#include "hv.h"
#include "keyframe.h"
#include "profile.h"
#include "session.h"

#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

enum { Q_BATCH_DATA, Q_KEYFRAME, Q_SNAPSHOT, Q_OUTPUT, Q_OUTPUT_ALL, Q_SNAPSHOTS, Q_KEYFRAMES_HELD, Q_COUNT };

static const char *const sql[Q_COUNT] = {
    [Q_BATCH_DATA] = "SELECT count, data FROM batch WHERE id = ?",
    [Q_KEYFRAME] = "SELECT position, data FROM keyframe WHERE session = ? AND position <= ? "
                   "ORDER BY position DESC LIMIT 1",
    [Q_SNAPSHOT] = "SELECT position FROM snapshot WHERE session = ? AND name = ?",
    [Q_OUTPUT] = "SELECT fd, text FROM output WHERE session = ? AND position <= ? ORDER BY seq",
    [Q_OUTPUT_ALL] = "SELECT position, fd, text FROM output WHERE session = ? ORDER BY seq",
    [Q_SNAPSHOTS] = "SELECT name, position FROM snapshot WHERE session = ? ORDER BY position, name",
    [Q_KEYFRAMES_HELD] = "SELECT position, length(data) FROM keyframe WHERE session = ? ORDER BY position",
};

#define NOWHERE UINT64_MAX
#define NO_BATCH SIZE_MAX

/* A row of the batch index (invariant 5): what opening reads of a batch. */
typedef struct batch_row {
    int64_t rowid;              /* its row, to read its data when needed */
    uint64_t first, count;      /* its events */
    uint64_t step1;             /* the last STEP number at its end */
} batch_row;

/* A decoded batch (invariant 2); the slots form a small LRU. */
typedef struct slot {
    size_t batch;               /* the index row decoded here; NO_BATCH: none */
    hv_event *ev;               /* CODEC_MAX_EVENTS (allocated on first use) */
    uint64_t used;              /* the read tick it was last used at */
} slot;

struct replay {
    store *st;
    int64_t id;
    const profile *prof;
    sqlite3_stmt *q[Q_COUNT];
    uint64_t nevents, last_step;
    batch_row *rows;            /* the batch index (invariant 5) */
    size_t nrows;
    model *m;
    uint64_t pos, base;         /* invariant 1; pos NOWHERE: no model */
    slot slots[REPLAY_CACHE];   /* invariant 2 */
    uint64_t tick;
    hv_event *cache;            /* the slot last read: events [cfirst, cfirst + ccount) */
    uint64_t cfirst, ccount;
    int cvalid;
    kfset kfs;                  /* invariant 4, and the spare model */
    model *im;                  /* the indexer's model (replay_index_some), at ipos */
    uint64_t ipos;
    int indexed;                /* it has reached the end (or a damaged batch) */
    int damaged;                /* a read failed or found damage: write nothing to the file */
    replay_stats stats;
};

static int corrupt(replay *r, buf *err, const char *what, uint64_t where)
{
    r->damaged = 1;
    buf_printf(err, "%s: session %lld is damaged: %s at event %llu", store_path(r->st), (long long)r->id, what,
               (unsigned long long)where);
    return -1;
}

/* A read of the file failed (SQLite's rc): the file is not trusted to be
 * written any more (replay_keep_keyframes). */
static int read_fail(replay *r, int rc, buf *err)
{
    r->damaged = 1;
    return store_fail(r->st, rc, NULL, err);
}

static void drop_model(replay *r)
{
    model_delete(r->m);
    r->m = NULL;
    r->pos = NOWHERE;
}

/* ---- batches ----------------------------------------------------------------- */

/* The index row holding event i (< nevents). */
static size_t row_of(const replay *r, uint64_t i)
{
    size_t lo = 0, hi = r->nrows;       /* rows beginning at or before i: [0, lo) */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (r->rows[mid].first <= i)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo - 1;
}

/* Reads and decodes index row b into slot sl. */
static int decode_row(replay *r, size_t b, slot *sl, buf *err)
{
    const batch_row *row = &r->rows[b];
    sqlite3_stmt *q = r->q[Q_BATCH_DATA];
    sqlite3_bind_int64(q, 1, row->rowid);
    int rc = sqlite3_step(q), res = 0;
    sl->batch = NO_BATCH;
    if (rc == SQLITE_ROW && sqlite3_column_int64(q, 0) != (sqlite3_int64)row->count) {
        res = corrupt(r, err, "its batches overlap or leave gaps", row->first);    /* load_index's count */
    } else if (rc == SQLITE_ROW) {
        if (!sl->ev)
            sl->ev = hv_malloc(CODEC_MAX_EVENTS * sizeof *sl->ev);
        buf why = BUF_INIT;
        long got = codec_decode(sqlite3_column_blob(q, 1), (size_t)sqlite3_column_bytes(q, 1), sl->ev,
                                CODEC_MAX_EVENTS, &why);
        if (got < 0 || (uint64_t)got != row->count) {
            r->damaged = 1;
            buf_printf(err, "%s: session %lld is damaged: batch at event %llu: %s", store_path(r->st),
                       (long long)r->id, (unsigned long long)row->first, got < 0 ? buf_str(&why) : "wrong event count");
            res = -1;
        } else {
            sl->batch = b;
            r->stats.batches_decoded++;
        }
        buf_free(&why);
    } else {
        res = rc == SQLITE_DONE ? corrupt(r, err, "a batch is gone", row->first) : read_fail(r, rc, err);
    }
    sqlite3_reset(q);
    return res;
}

/* Batch b decoded, from its slot or into the least recently used one. */
static slot *get_row(replay *r, size_t b, buf *err)
{
    slot *lru = NULL;
    for (size_t k = 0; k < REPLAY_CACHE; k++) {
        slot *sl = &r->slots[k];
        if (sl->batch == b) {
            sl->used = ++r->tick;
            return sl;
        }
        if (!lru || (lru->batch != NO_BATCH && (sl->batch == NO_BATCH || sl->used < lru->used)))
            lru = sl;
    }
    if (r->cvalid && r->cache == lru->ev)
        r->cvalid = 0;                  /* the cache's batch is the one going */
    if (decode_row(r, b, lru, err))
        return NULL;
    lru->used = ++r->tick;
    return lru;
}

/* Makes the cache hold event i (< nevents). */
static int fetch(replay *r, uint64_t i, buf *err)
{
    if (r->cvalid && i >= r->cfirst && i - r->cfirst < r->ccount)
        return 0;
    r->cvalid = 0;
    if (i >= r->nevents)
        return corrupt(r, err, "no batch", i);
    size_t b = row_of(r, i);
    slot *sl = get_row(r, b, err);
    if (!sl)
        return -1;
    r->cache = sl->ev;
    r->cfirst = r->rows[b].first;
    r->ccount = r->rows[b].count;
    r->cvalid = 1;
    return 0;
}

static int apply(replay *r, const hv_event *ev, buf *err)
{
    if (!model_knows(ev->kind))
        return 0;
    if (model_apply(r->m, ev) != 0) {
        corrupt(r, err, "an event does not fit the heap", r->pos);
        drop_model(r);
        return -1;
    }
    r->stats.applied++;
    return 0;
}

/* Saves the model at pos as a memory keyframe (if it can be saved whole)
 * and forgets the undo history behind it.  1 if pos has one now. */
static int keep_keyframe(replay *r)
{
    uint64_t built = r->kfs.built;
    if (!kfset_keep(&r->kfs, r->m, r->pos, 1))
        return 0;
    if (r->kfs.built != built)
        r->base = r->pos;
    r->stats.keyframes_built = r->kfs.built;
    return 1;
}

/* Applies events [pos, to); lastkf is the last keyframe at or before pos,
 * so the event `spacing` past it gets one, wherever in its batch it falls
 * (past a keyframe the indexer kept ahead, the spacing counts from that
 * one; during a collection, where no model can be saved, the first event
 * after it, tried event by event).  A seek then replays at most `spacing`
 * events after loading a keyframe, not a batch more. */
static int forward(replay *r, uint64_t to, uint64_t lastkf, buf *err)
{
    uint64_t next = kfset_next(&r->kfs, lastkf);
    while (r->pos < to) {
        if (fetch(r, r->pos, err)) {
            drop_model(r);
            return -1;
        }
        uint64_t end = r->cfirst + r->ccount < to ? r->cfirst + r->ccount : to;
        while (r->pos < end) {
            if (r->pos >= next) {
                uint64_t kept = kfset_at(&r->kfs, r->pos);
                if (kept > lastkf)
                    next = kfset_next(&r->kfs, lastkf = kept);
                if (r->pos >= next && keep_keyframe(r))
                    next = kfset_next(&r->kfs, lastkf = r->pos);
            }
            uint64_t stop = next <= r->pos ? r->pos + 1 : next < end ? next : end;  /* in a collection: one */
            for (; r->pos < stop; r->pos++)
                if (apply(r, &r->cache[r->pos - r->cfirst], err))
                    return -1;
        }
    }
    r->stats.max_spacing = r->kfs.max_spacing;
    return 0;
}

/* Unapplies events [to, pos), last first. */
static int backward(replay *r, uint64_t to, buf *err)
{
    while (r->pos > to) {
        if (fetch(r, r->pos - 1, err)) {
            drop_model(r);
            return -1;
        }
        uint64_t stop = r->cfirst > to ? r->cfirst : to;
        for (; r->pos > stop; r->pos--) {
            const hv_event *ev = &r->cache[r->pos - 1 - r->cfirst];
            if (model_knows(ev->kind) && model_unapply(r->m, ev) != 0) {
                corrupt(r, err, "an event does not undo", r->pos - 1);
                drop_model(r);
                return -1;
            }
            r->stats.unapplied += model_knows(ev->kind) != 0;
        }
    }
    return 0;
}

/* ---- keyframes --------------------------------------------------------------- */

/* Replaces the model with m, at pos with undo history back to base; the
 * model it replaces becomes the spare (keyframe.h). */
static void swap_model(replay *r, model *m, uint64_t pos, uint64_t base)
{
    if (r->m) {
        model_carry_visits(m, r->m);
        if (r->pos != NOWHERE)
            kfset_stash(&r->kfs, r->m, r->pos, r->base);
        else
            model_delete(r->m);
    }
    r->m = m;
    r->pos = pos;
    r->base = base;
}

/* Replaces the model with m, loaded at k. */
static void take_model(replay *r, model *m, uint64_t k)
{
    swap_model(r, m, k, k);
    r->stats.keyframes_loaded++;
}

static int bad_keyframe(replay *r, int64_t k, const char *why, buf *err)
{
    r->damaged = 1;
    buf_printf(err, "%s: session %lld is damaged: keyframe at event %lld: %s", store_path(r->st), (long long)r->id,
               (long long)k, why);
    return -1;
}

/* The position of the last keyframe at or before p (0 if none), and with
 * load set, the model there: the file's keyframe or the replay's own,
 * whichever is later (the file's on a tie). */
static int keyframe_at(replay *r, uint64_t p, uint64_t *kpos, int load, buf *err)
{
    size_t i = kfset_upto(&r->kfs, p);
    uint64_t kmem = kfset_at(&r->kfs, p);
    sqlite3_stmt *q = r->q[Q_KEYFRAME];
    sqlite3_bind_int64(q, 1, r->id);
    sqlite3_bind_int64(q, 2, (sqlite3_int64)p);
    int rc = sqlite3_step(q), res = 0;
    sqlite3_int64 k = rc == SQLITE_ROW ? sqlite3_column_int64(q, 0) : 0;
    buf why = BUF_INIT;
    *kpos = kmem;
    if (rc == SQLITE_ROW && (!i || (k >= 0 && (uint64_t)k >= kmem))) {
        *kpos = k > 0 ? (uint64_t)k : 0;
        model *m = load ? keyframe_decode(r->prof, sqlite3_column_blob(q, 1), (size_t)sqlite3_column_bytes(q, 1),
                                          &why) : NULL;
        if (load && (!m || k < 0)) {
            res = bad_keyframe(r, k, m ? "bad position" : buf_str(&why), err);
            model_delete(m);
        } else if (load) {
            take_model(r, m, *kpos);
        }
    } else if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        res = read_fail(r, rc, err);
    } else if (load) {
        uint64_t at;
        model *m = kfset_load(&r->kfs, r->prof, p, &at, &why);
        if (m && i)
            take_model(r, m, at);
        else if (m)
            swap_model(r, m, 0, 0);             /* an empty model at 0: nothing loaded */
        else
            res = bad_keyframe(r, (int64_t)kmem, buf_str(&why), err);  /* our own bytes: memory damaged */
    }
    buf_free(&why);
    sqlite3_reset(q);
    return res;
}

/* The last keyframe at or before the model's position, given the file's
 * or memory's k at or before the target. */
static uint64_t last_keyframe(const replay *r, uint64_t k)
{
    uint64_t mem = kfset_at(&r->kfs, r->pos);
    return k <= r->pos && k > mem ? k : mem;
}

int replay_seek(replay *r, uint64_t p, buf *err)
{
    if (p > r->nevents) {
        buf_printf(err, "%s: session %lld has %llu events; cannot go to event %llu", store_path(r->st),
                   (long long)r->id, (unsigned long long)r->nevents, (unsigned long long)p);
        return -1;
    }
    uint64_t k;
    if (keyframe_at(r, p, &k, 0, err))
        return -1;
    uint64_t cost = k == kfset_at(&r->kfs, p) ? kfset_cost(&r->kfs, p) : p - k;    /* a file's: its events */
    enum kfset_way way = r->pos == NOWHERE ? KFSET_JUMP : kfset_way(r->pos, r->base, p, cost);
    if (way == KFSET_FORWARD)
        return forward(r, p, last_keyframe(r, k), err);
    if (way == KFSET_BACKWARD)
        return backward(r, p, err);
    uint64_t spos, sbase;
    model *spare = kfset_unstash(&r->kfs, p, &spos, &sbase);
    if (spare) {                            /* the model a seek set aside gets there sooner */
        swap_model(r, spare, spos, sbase);
        return p >= r->pos ? forward(r, p, last_keyframe(r, k), err) : backward(r, p, err);
    }
    if (keyframe_at(r, p, &k, 1, err))
        return -1;
    return forward(r, p, k, err);
}

/* Walks the indexer's model (r->im at r->ipos) to `to` with forward(),
 * the replay's own model set aside meanwhile. */
static int index_walk(replay *r, uint64_t to, buf *err)
{
    model *m = r->m;
    uint64_t pos = r->pos, base = r->base;
    r->m = r->im;
    r->pos = r->base = r->ipos;
    int rc = forward(r, to, kfset_at(&r->kfs, r->pos), err);
    r->im = r->m;                       /* NULL after a failure (drop_model) */
    r->ipos = r->pos;
    r->m = m;
    r->pos = pos;
    r->base = base;
    return rc;
}

int replay_index_some(replay *r, uint64_t events, buf *err)
{
    if (r->indexed)
        return 0;
    uint64_t k = kfset_at(&r->kfs, r->nevents), at;
    if (!r->im || r->ipos < k) {        /* the start, or a seek's walk got further */
        buf why = BUF_INIT;
        model_delete(r->im);
        r->im = kfset_load(&r->kfs, r->prof, r->nevents, &at, &why);
        r->ipos = at;
        if (!r->im)
            bad_keyframe(r, (int64_t)k, buf_str(&why), err);
        buf_free(&why);
    }
    int rc = r->im ? index_walk(r, r->nevents - r->ipos > events ? r->ipos + events : r->nevents, err) : -1;
    if (rc || r->ipos == r->nevents) {
        model_delete(r->im);
        r->im = NULL;
        r->indexed = 1;
    }
    return rc ? -1 : !r->indexed;
}

int replay_index(replay *r, buf *err)
{
    uint64_t back = r->pos == NOWHERE ? 0 : r->pos;
    if (replay_seek(r, r->nevents, err))
        return -1;
    return replay_seek(r, back, err);
}

const model *replay_model(const replay *r)
{
    return r->m;
}

uint64_t replay_position(const replay *r)
{
    return r->pos;
}

model *replay_model_near(replay *r, uint64_t p, uint64_t *kpos, buf *err)
{
    buf why = BUF_INIT;
    model *m = kfset_load(&r->kfs, r->prof, p, kpos, &why);
    if (!m)
        bad_keyframe(r, (int64_t)kfset_at(&r->kfs, p), buf_str(&why), err);
    buf_free(&why);
    return m;
}

void replay_drop_spare(replay *r)
{
    kfset_stash(&r->kfs, NULL, 0, 0);
}

int replay_scan(replay *r, uint64_t from, uint64_t to, hv_emit_fn fn, void *ud, buf *err)
{
    if (to > r->nevents)
        to = r->nevents;
    for (uint64_t i = from; i < to;) {
        if (fetch(r, i, err))
            return -1;
        uint64_t end = r->cfirst + r->ccount < to ? r->cfirst + r->ccount : to;
        for (; i < end; i++)
            fn(ud, &r->cache[i - r->cfirst]);
    }
    return 0;
}

/* ---- the program's output ------------------------------------------------------- */

int replay_output(replay *r, uint64_t position, unsigned fds, buf *out, buf *err)
{
    sqlite3_stmt *q = r->q[Q_OUTPUT];
    sqlite3_bind_int64(q, 1, r->id);
    sqlite3_bind_int64(q, 2, (sqlite3_int64)(position > INT64_MAX ? INT64_MAX : position));
    int rc;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
        int64_t fd = sqlite3_column_int64(q, 0);
        if (fd >= 1 && fd <= 2 && (fds & (unsigned)fd))
            buf_add(out, sqlite3_column_blob(q, 1), (size_t)sqlite3_column_bytes(q, 1));
    }
    sqlite3_reset(q);
    return rc == SQLITE_DONE ? 0 : read_fail(r, rc, err);
}

int replay_output_each(replay *r, replay_output_fn fn, void *ud, buf *err)
{
    sqlite3_stmt *q = r->q[Q_OUTPUT_ALL];
    sqlite3_bind_int64(q, 1, r->id);
    int rc, res = 0;
    while (res == 0 && (rc = sqlite3_step(q)) == SQLITE_ROW) {
        int64_t pos = sqlite3_column_int64(q, 0), fd = sqlite3_column_int64(q, 1);
        if (pos < 0 || fd < 1 || fd > 2)
            res = corrupt(r, err, "output lies outside the session", pos < 0 ? 0 : (uint64_t)pos);
        else if ((uint64_t)pos <= r->nevents)       /* later: after the last commit */
            fn(ud, (uint64_t)pos, (int)fd, sqlite3_column_blob(q, 2), (size_t)sqlite3_column_bytes(q, 2));
    }
    sqlite3_reset(q);
    return res ? res : rc == SQLITE_DONE ? 0 : read_fail(r, rc, err);
}

int replay_snapshots(replay *r, replay_snapshot_fn fn, void *ud, buf *err)
{
    sqlite3_stmt *q = r->q[Q_SNAPSHOTS];
    sqlite3_bind_int64(q, 1, r->id);
    int rc, res = 0;
    while (res == 0 && (rc = sqlite3_step(q)) == SQLITE_ROW) {
        const unsigned char *name = sqlite3_column_text(q, 0);
        int64_t pos = sqlite3_column_int64(q, 1);
        if (!name || pos < 0 || (uint64_t)pos > r->nevents)
            res = corrupt(r, err, "a snapshot lies outside the session", pos < 0 ? 0 : (uint64_t)pos);
        else
            fn(ud, (const char *)name, (uint64_t)pos);
    }
    sqlite3_reset(q);
    return res ? res : rc == SQLITE_DONE ? 0 : read_fail(r, rc, err);
}

/* ---- positions ---------------------------------------------------------------- */

/* The index row holding STEP number `step` (1 ≤ step ≤ last_step): the
 * first whose step1 reaches it. */
static size_t row_of_step(const replay *r, uint64_t step)
{
    size_t lo = 0, hi = r->nrows;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (r->rows[mid].step1 < step)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

int replay_step_end(replay *r, uint64_t step, uint64_t *position, buf *err)
{
    if (step > r->last_step) {
        buf_printf(err, "%s: session %lld has steps 0 to %llu; there is no step %llu", store_path(r->st),
                   (long long)r->id, (unsigned long long)r->last_step, (unsigned long long)step);
        return -1;
    }
    *position = r->nevents;
    if (step == r->last_step)
        return 0;
    size_t b = row_of_step(r, step + 1);
    const hv_event *ev = replay_batch_events(r, b, err);
    if (!ev)
        return -1;
    uint64_t i = 0, n = r->rows[b].count;
    while (i < n && !(ev[i].kind == EV_STEP && ev[i].u.step.number > step))
        i++;
    if (i == n)
        return corrupt(r, err, "a step is missing", r->rows[b].first);
    *position = r->rows[b].first + i;
    return 0;
}

int replay_resolve(replay *r, const char *at, uint64_t *position, buf *err)
{
    if (!at || strcmp(at, "end") == 0) {
        *position = r->nevents;
        return 0;
    }
    char *end;
    unsigned long long step = strtoull(at, &end, 10);
    if (*at >= '0' && *at <= '9' && !*end)
        return replay_step_end(r, step, position, err);
    sqlite3_stmt *q = r->q[Q_SNAPSHOT];
    sqlite3_bind_int64(q, 1, r->id);
    sqlite3_bind_text(q, 2, at, -1, SQLITE_TRANSIENT);
    int rc = sqlite3_step(q), res = 0;
    if (rc == SQLITE_ROW) {
        sqlite3_int64 p = sqlite3_column_int64(q, 0);
        if (p < 0 || (uint64_t)p > r->nevents)
            res = corrupt(r, err, "a snapshot lies outside the session", (uint64_t)p);
        *position = (uint64_t)p;
    } else if (rc == SQLITE_DONE) {
        buf_printf(err, "%s: session %lld has no step or snapshot '%s' (a step is 0 to %llu, or `end`)",
                   store_path(r->st), (long long)r->id, at, (unsigned long long)r->last_step);
        res = -1;
    } else {
        res = read_fail(r, rc, err);
    }
    sqlite3_reset(q);
    return res;
}

/* ---- keeping keyframes in the file ----------------------------------------------- */

/* Marks in keep[] the memory keyframes to write: not in the file
 * (held[0..nheld), sorted), the last, then every k-th back from it, k the
 * smallest whose choice fits budget bytes.  Returns how many. */
static size_t choose_keyframes(const kfset *k, const uint64_t *held, size_t nheld, uint64_t budget, char *keep)
{
    uint64_t all = 0;                       /* a stride far below all ÷ budget fits only if the
                                               keyframes kept are much smaller than the rest:
                                               the search starts at half of it */
    for (size_t i = 0; i < k->n; i++)
        all += k->kf[i].data.len;
    size_t least = budget ? (size_t)(all / budget / 2) : k->n;
    for (size_t stride = least > 1 ? least : 1;; stride++) {
        uint64_t bytes = 0;
        size_t n = 0, h = nheld;
        for (size_t i = k->n; i-- > 0;) {
            keep[i] = 0;
            while (h && held[h - 1] > k->kf[i].pos)
                h--;
            if ((k->n - 1 - i) % stride || (h && held[h - 1] == k->kf[i].pos))
                continue;
            keep[i] = 1;
            bytes += k->kf[i].data.len;
            n++;
        }
        if (bytes <= budget || n <= 1)
            return bytes <= budget ? n : 0;
    }
}

/* The positions of the session's keyframe rows (sorted) and their bytes. */
static int held_keyframes(replay *r, uint64_t **held, size_t *n, uint64_t *bytes, buf *err)
{
    sqlite3_stmt *q = r->q[Q_KEYFRAMES_HELD];
    sqlite3_bind_int64(q, 1, r->id);
    size_t cap = 0;
    int rc;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
        hv_grow(held, &cap, *n + 1, sizeof **held, 16);
        (*held)[(*n)++] = (uint64_t)sqlite3_column_int64(q, 0);
        *bytes += (uint64_t)sqlite3_column_int64(q, 1);
    }
    sqlite3_reset(q);
    return rc == SQLITE_DONE ? 0 : read_fail(r, rc, err);
}

/* Inserts the chosen keyframes through w, in one transaction. */
static int insert_keyframes(replay *r, store *w, const char *keep, buf *err)
{
    sqlite3 *db = store_db(w);
    sqlite3_stmt *q = NULL;
    int rc = store_exec(w, "BEGIN IMMEDIATE");
    if (rc == SQLITE_OK)
        rc = sqlite3_prepare_v2(db, "INSERT OR IGNORE INTO keyframe (session, position, step, data) VALUES (?, ?, ?, ?)",
                                -1, &q, NULL);
    int written = 0;
    buf data = BUF_INIT;
    for (size_t i = 0; rc == SQLITE_OK && i < r->kfs.n; i++) {
        if (!keep[i])
            continue;
        const kfset_entry *e = &r->kfs.kf[i];
        buf_clear(&data);
        keyframe_wrap(e->data.data, e->data.len, &data);
        sqlite3_bind_int64(q, 1, r->id);
        sqlite3_bind_int64(q, 2, (sqlite3_int64)e->pos);
        sqlite3_bind_int64(q, 3, (sqlite3_int64)e->step);
        sqlite3_bind_blob(q, 4, data.data, (int)data.len, SQLITE_STATIC);
        rc = sqlite3_step(q) == SQLITE_DONE ? SQLITE_OK : sqlite3_errcode(db);
        written += rc == SQLITE_OK && sqlite3_changes(db) > 0;
        sqlite3_reset(q);
    }
    buf_free(&data);
    sqlite3_finalize(q);
    if (rc == SQLITE_OK)
        rc = store_exec(w, "COMMIT");
    if (rc != SQLITE_OK) {
        store_fail(w, rc, "keeping keyframes", err);
        store_exec(w, "ROLLBACK");
        return -1;
    }
    return written;
}

int replay_keep_keyframes(replay *r, buf *err)
{
    if (!r->kfs.n || r->damaged || store_is_copy(r->st) || store_version(r->st) != STORE_SCHEMA_VERSION ||
        !store_may_write(store_path(r->st)))
        return 0;
    buf ignored = BUF_INIT;
    if (!err)
        err = &ignored;
    uint64_t *held = NULL, bytes = 0, budget = r->nevents * REPLAY_KEEP_BYTES_PER_EVENT;
    size_t nheld = 0;
    char *keep = hv_malloc(r->kfs.n);
    int res = held_keyframes(r, &held, &nheld, &bytes, err);
    size_t n = res == 0 && bytes < budget ? choose_keyframes(&r->kfs, held, nheld, budget - bytes, keep) : 0;
    if (n) {
        store_options opts = {.busy_ms = REPLAY_KEEP_BUSY_MS};
        store *w = store_open(store_path(r->st), STORE_WRITE, &opts, err);
        res = w ? insert_keyframes(r, w, keep, err) : -1;
        store_close(w);
    }
    free(held);
    free(keep);
    buf_free(&ignored);
    return res;
}

/* ---- opening ------------------------------------------------------------------- */

/* The (rowid, value) pairs query text gives for the session, in order:
 * one of the batch table's indexes alone, not its rows (each row holds a
 * batch's data: reading them all costs as much as the file). */
static int index_pairs(replay *r, const char *text, int64_t **rowid, int64_t **value, size_t *n, buf *err)
{
    sqlite3_stmt *q;
    int rc = sqlite3_prepare_v2(store_db(r->st), text, -1, &q, NULL);
    if (rc != SQLITE_OK)
        return read_fail(r, rc, err);
    sqlite3_bind_int64(q, 1, r->id);
    size_t cap = 0, cap2 = 0;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
        hv_grow(rowid, &cap, *n + 1, sizeof **rowid, 64);
        hv_grow(value, &cap2, *n + 1, sizeof **value, 64);
        (*rowid)[*n] = sqlite3_column_int64(q, 0);
        (*value)[(*n)++] = sqlite3_column_int64(q, 1);
    }
    sqlite3_finalize(q);
    return rc == SQLITE_DONE ? 0 : read_fail(r, rc, err);
}

/* The count column of the batch row rowid into *count. */
static int row_count(replay *r, int64_t rowid, int64_t *count, buf *err)
{
    sqlite3_stmt *q;
    int rc = sqlite3_prepare_v2(store_db(r->st), "SELECT count FROM batch WHERE id = ?", -1, &q, NULL);
    if (rc != SQLITE_OK)
        return read_fail(r, rc, err);
    sqlite3_bind_int64(q, 1, rowid);
    rc = sqlite3_step(q);
    *count = rc == SQLITE_ROW ? sqlite3_column_int64(q, 0) : 0;
    sqlite3_finalize(q);
    return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : read_fail(r, rc, err);
}

/* Reads the batch index (invariant 5) from the table's two indexes: the
 * rows by first and by step1 (ties by rowid, the order they were
 * written) must be the same rows in the same order; a batch's count is
 * where the next begins (decode_row checks it against its row's), the
 * last's is read. */
static int load_index(replay *r, buf *err)
{
    int64_t *id1 = NULL, *first = NULL, *id2 = NULL, *step1 = NULL, last = 0;
    size_t n = 0, n2 = 0;
    int res = index_pairs(r, "SELECT id, first FROM batch WHERE session = ? ORDER BY first", &id1, &first, &n, err) ||
                      index_pairs(r, "SELECT id, step1 FROM batch WHERE session = ? ORDER BY step1, id", &id2,
                                  &step1, &n2, err) || (n && row_count(r, id1[n - 1], &last, err))
                  ? -1 : 0;
    if (res == 0 && (n != n2 || (n && memcmp(id1, id2, n * sizeof *id1) != 0)))
        res = corrupt(r, err, "its batch rows are inconsistent (their steps go back)", 0);
    uint64_t end = 0;
    r->rows = n ? hv_malloc(n * sizeof *r->rows) : NULL;
    for (size_t b = 0; res == 0 && b < n; b++) {
        int64_t count = (b + 1 < n ? first[b + 1] : first[b] + last) - first[b];
        if (first[b] < 0 || (uint64_t)first[b] != end || count <= 0 || count > CODEC_MAX_EVENTS || step1[b] < 0)
            res = corrupt(r, err, "its batches overlap or leave gaps", end);
        else
            r->rows[r->nrows++] = (batch_row){id1[b], (uint64_t)first[b], (uint64_t)count, (uint64_t)step1[b]};
        end += (uint64_t)(count > 0 ? count : 0);
    }
    r->nevents = r->nrows ? r->rows[r->nrows - 1].first + r->rows[r->nrows - 1].count : 0;
    r->last_step = r->nrows ? r->rows[r->nrows - 1].step1 : 0;
    free(id1);
    free(first);
    free(id2);
    free(step1);
    return res;
}

replay *replay_open(store *st, int64_t id, buf *err)
{
    sqlite3 *db = store_db(st);
    sqlite3_stmt *q;
    int rc = sqlite3_prepare_v2(db, "SELECT profile FROM session WHERE id = ?", -1, &q, NULL);
    if (rc != SQLITE_OK) {
        store_fail(st, rc, NULL, err);
        return NULL;
    }
    sqlite3_bind_int64(q, 1, id);
    const profile *prof = NULL;
    buf name = BUF_INIT;
    rc = sqlite3_step(q);
    if (rc == SQLITE_ROW)
        session_profile_name(st, (const char *)sqlite3_column_text(q, 0), &name);
    if (rc == SQLITE_ROW && !(prof = profile_find_recorded(buf_str(&name))))
        buf_printf(err, "%s: session %lld uses profile '%s', which this heapviz does not know", store_path(st),
                   (long long)id, buf_str(&name));
    else if (rc == SQLITE_DONE)
        buf_printf(err, "%s: no session %lld", store_path(st), (long long)id);
    else if (rc != SQLITE_ROW)
        store_fail(st, rc, NULL, err);
    sqlite3_finalize(q);
    buf_free(&name);
    if (!prof)
        return NULL;
    replay *r = hv_calloc(1, sizeof *r);
    r->st = st;
    r->id = id;
    r->prof = prof;
    r->pos = NOWHERE;
    r->kfs = (kfset)KFSET_INIT;
    r->kfs.per_object = REPLAY_EVENTS_PER_OBJECT;
    for (int i = 0; i < Q_COUNT; i++)
        if ((rc = sqlite3_prepare_v3(db, sql[i], -1, SQLITE_PREPARE_PERSISTENT, &r->q[i], NULL)) != SQLITE_OK) {
            store_fail(st, rc, NULL, err);
            replay_close(r);
            return NULL;
        }
    for (size_t k = 0; k < REPLAY_CACHE; k++)
        r->slots[k].batch = NO_BATCH;
    if (load_index(r, err) || replay_seek(r, 0, err)) {
        replay_close(r);
        return NULL;
    }
    return r;
}

void replay_close(replay *r)
{
    if (!r)
        return;
    for (int i = 0; i < Q_COUNT; i++)
        sqlite3_finalize(r->q[i]);
    model_delete(r->m);
    model_delete(r->im);
    for (size_t k = 0; k < REPLAY_CACHE; k++)
        free(r->slots[k].ev);
    free(r->rows);
    kfset_free(&r->kfs);
    free(r);
}

const profile *replay_profile(const replay *r)
{
    return r->prof;
}

int64_t replay_session(const replay *r)
{
    return r->id;
}

uint64_t replay_events(const replay *r)
{
    return r->nevents;
}

uint64_t replay_last_step(const replay *r)
{
    return r->last_step;
}

void replay_get_stats(const replay *r, replay_stats *out)
{
    *out = r->stats;
}

size_t replay_batches(const replay *r)
{
    return r->nrows;
}

void replay_batch_info(const replay *r, size_t b, replay_batch *out)
{
    const batch_row *row = &r->rows[b];
    *out = (replay_batch){row->first, row->count, b ? r->rows[b - 1].step1 : 0, row->step1};
}

size_t replay_batch_of(const replay *r, uint64_t i)
{
    return i < r->nevents ? row_of(r, i) : r->nrows;
}

size_t replay_batch_of_step(const replay *r, uint64_t step)
{
    return step >= 1 && step <= r->last_step ? row_of_step(r, step) : r->nrows;
}

const hv_event *replay_batch_events(replay *r, size_t b, buf *err)
{
    slot *sl = get_row(r, b, err);
    return sl ? sl->ev : NULL;
}

size_t replay_cache_bytes(const replay *r)
{
    size_t n = r->nrows * sizeof *r->rows;
    for (size_t k = 0; k < REPLAY_CACHE; k++)
        n += r->slots[k].batch != NO_BATCH ? r->rows[r->slots[k].batch].count * sizeof(hv_event) : 0;
    return n;
}
