/*
 * session.c — the recorder: a ring between the program's thread and a
 * writer thread that owns the SQLite connection while a session records.
 *
 *   program thread                          writer thread
 *   ev = hv_ring_reserve (event.h) ─┐
 *   fill *ev in place               ├─▶ ring[tail..] ──▶ codec batch ──▶ INSERT batch
 *   hv_ring_commit: head++ ─────────┘  (runs of up to CHUNK events,
 *   (session_emit: the same with a       one codec call each)
 *    copy; the rest — nudging the
 *    writer, waiting when full — is
 *    ring_slow, every WAKE_EVERY
 *    events or when full)
 *   session_console/snapshot/symbol ──▶ notes (position, text)
 *   session_flush ──▶ waits for `committed`             COMMIT at least every second
 *
 * Past every CHECKPOINT_BYTES of WAL a checkpointer thread, on a
 * connection of its own, copies the committed pages into the file
 * (PASSIVE: it never blocks the writer), so session_end's checkpoint only
 * copies the tail and the writer never waits for a sync.  Meanwhile the
 * writer codes on but holds its batches back (invariant 6), so the copy
 * is whole and the checkpointer can start the WAL over: it stays a few
 * MiB, rewritten in place, instead of growing with the recording (a WAL
 * of 50 MiB took 25 ms to truncate at the end).  The writer also
 * commits every COMMIT_BYTES of batches (a commit in WAL mode at
 * synchronous=NORMAL writes a frame, no sync), so even a recording of a
 * fraction of a second is checkpointed while it runs: copying and syncing
 * all of a short program's WAL at session_end cost as much as the
 * program itself.
 *
 * The writer keeps no heap model: applying every event to one cost the
 * recording more than the program itself.  Keyframes are the reader's
 * business (replay.c builds them as it first walks a session).
 *
 * Writer state machine (one function each):
 *
 *   idle ──events──▶ consume ──batch full──▶ finish_batch ──▶ INSERT
 *    ▲                  │                         │  (a checkpoint running:
 *    │                  │                         ▼   held back, queued)
 *    └──────────────────┴──◀── commit (500 ms, flush, end; the queued first)
 *   any SQLite error ──▶ failed: the transaction is rolled back, events are
 *   drained and dropped, session_failed() says why
 *
 * Invariants:
 *   1. head is written only by the program thread, tail only by the writer;
 *      tail ≤ head ≤ tail + RING (after a failure the producer no longer
 *      waits: the writer drops what it takes, and head may run ahead);
 *   2. a note at position p is handled once at least p events were coded
 *      (exactly p, but for a snapshot taken at a past position), so
 *      console lines and snapshots sit where they happened;
 *   3. batches are written in event order; a batch's row says its first
 *      event, its count and the step before and after it;
 *   4. the session row's nsteps/nevents are updated in the transaction that
 *      commits the batches they count: after a crash they match the data;
 *   5. only the writer thread touches the store's connection between
 *      session_begin and session_end (the checkpointer has its own);
 *   6. while a checkpoint it asked for runs (ckpt_busy), the writer
 *      begins no transaction for batches: it codes on and holds them back
 *      (queued, at most QUEUE_BYTES), written in order before anything
 *      else commits (commit() writes them first), so the checkpoint can
 *      copy the whole WAL and the WAL can start over.
 */
#include "session.h"

#include "codec.h"
#include "hv.h"
#include "profile.h"

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdalign.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <sqlite3.h>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

/* ---- tunables ------------------------------------------------------------ */
enum {
    RING = SESSION_RING_SLOTS,  /* events between the threads (6 MiB): the
                                   program waits whenever the writer falls a
                                   ring behind, and a 1.5 MiB ring held only
                                   ~2 ms of events, less than one of the
                                   writer's stalls (a commit, a page of the
                                   WAL, a moment off the CPU): the program
                                   waited 190-230 ms for room in a 0.8 s
                                   recording of cycles.  Idle, best of 7,
                                   recorded ÷ --no-record: objects 1.88 →
                                   1.72, containers 1.67 → 1.56, strings
                                   1.80 → 1.55; bench-run's four ratios
                                   summed, three runs each: 8.84 → 7.29.
                                   Past this the lines no longer stay in
                                   the shared cache: 1 << 18 was no better
                                   and a 12 MiB ring once cost the program
                                   thread 2-4 ns more per event. */
    WAKE_EVERY = RING / 4,      /* the producer nudges the writer this often
                                   (a futex wake-up of a sleeping writer
                                   costs the program thread ~16 µs on a
                                   2-vCPU VM; yet rings of 1 << 13 and
                                   1 << 11 cost it more, and a writer that
                                   polls with naps of 40-400 µs instead of
                                   parking did not cost it less: the
                                   writer's naps cost more CPU than the
                                   wake-ups they saved; measured under
                                   load, to be measured again idle) */
    CHUNK = RING / 64,          /* events the writer takes at once */
    BATCH_BYTES = (64 << 10) - 256, /* a batch ends past this size (with
                                   the longest event, its header and its
                                   row, it fits four pages of a new file:
                                   store.c's 16 KiB; a batch of 16 KiB
                                   coded 2 % more bytes an event) … */
    BATCH_EVENTS = CODEC_MAX_EVENTS, /* … or this many events */
    COMMIT_MS = 500,            /* commit at least this often (the promise: 1 s) */
    HEARTBEAT_MS = 5000,        /* an idle recorder still says it lives */
    STALE_MS = 30000,           /* a recorder silent this long is gone */
    CHECKPOINT_BYTES = 2 << 20, /* WAL between checkpoints while recording */
    COMMIT_BYTES = 2 << 20,     /* batches between commits: the checkpointer
                                   copies only what was committed */
    QUEUE_BYTES = 32 << 20,     /* batches held back while a checkpoint runs,
                                   at most (then written: it will not finish) */
};
_Static_assert((RING & (RING - 1)) == 0 && RING % CHUNK == 0 && WAKE_EVERY < RING, "ring geometry");
_Static_assert(COMMIT_MS < 1000 && HEARTBEAT_MS < STALE_MS, "commit promises");

enum note_kind { NOTE_CONSOLE, NOTE_SNAPSHOT, NOTE_SYMBOL, NOTE_OUTPUT, NOTE_FLUSH };

typedef struct note {
    enum note_kind kind;
    uint64_t position;          /* events before it */
    uint64_t addr;              /* SYMBOL: the address; OUTPUT: the fd */
    char *a, *b;                /* CONSOLE: line; SNAPSHOT: name, origin; SYMBOL: kind, text; OUTPUT: text */
    size_t len;                 /* OUTPUT: bytes in a */
    uint64_t step;              /* SNAPSHOT: its step; NOTE_OWN_STEP: the writer's at position */
} note;

#define NOTE_OWN_STEP UINT64_MAX

/* A batch coded while a checkpoint ran, not yet written (its bytes in
 * session.queued). */
typedef struct queued_batch {
    uint64_t first, count, step0, step1;   /* its row */
    size_t off, len;                        /* its bytes */
} queued_batch;

/* The notes that replace a row (a snapshot's name, a symbol's address and
 * kind given again) update it in place (an upsert): INSERT OR REPLACE
 * deletes first, so SQLite keeps a statement journal for it, a copy of
 * every page it touches: 1 M instructions a note, as many as
 * 10,000 events cost the writer. */
enum { Q_BEGIN, Q_COMMIT, Q_ROLLBACK, Q_BATCH, Q_PROGRESS, Q_SNAPSHOT, Q_CONSOLE, Q_SYMBOL,
       Q_OUTPUT, Q_HEARTBEAT, Q_COUNT };

static const char *const sql[Q_COUNT] = {
    [Q_BEGIN] = "BEGIN IMMEDIATE",
    [Q_COMMIT] = "COMMIT",
    [Q_ROLLBACK] = "ROLLBACK",
    [Q_BATCH] = "INSERT INTO batch (session, first, count, step0, step1, data) VALUES (?, ?, ?, ?, ?, ?)",
    [Q_PROGRESS] = "UPDATE session SET nsteps = ?, nevents = ?, heartbeat = ? WHERE id = ?",
    [Q_SNAPSHOT] = "INSERT INTO snapshot (session, name, position, step, origin) VALUES (?, ?, ?, ?, ?) "
                   "ON CONFLICT (session, name) DO UPDATE SET position = excluded.position, "
                   "step = excluded.step, origin = excluded.origin",
    [Q_CONSOLE] = "INSERT INTO console (session, seq, position, line) VALUES (?, ?, ?, ?)",
    [Q_SYMBOL] = "INSERT INTO symbol (session, addr, kind, text) VALUES (?, ?, ?, ?) "
                 "ON CONFLICT (session, addr, kind) DO UPDATE SET text = excluded.text",
    [Q_OUTPUT] = "INSERT INTO output (session, seq, position, fd, text) VALUES (?, ?, ?, ?, ?)",
    [Q_HEARTBEAT] = "UPDATE session SET heartbeat = ? WHERE id = ?",
};

struct session {
    store *st;
    sqlite3 *db;
    int64_t id;
    const profile *prof;

    /* between the threads; each side's hot counter on its own cache line */
    alignas(64) hv_ring r;      /* the program thread's: r.slot the ring,
                                   r.head events published; the fast path
                                   (hv_ring_reserve) runs up to r.end
                                   (tail_seen + RING, the next wake-up, the
                                   end of the array; the start at first) */
    uint64_t tail_seen;         /* program thread: tail when it last looked */
    uint64_t next_wake;         /* program thread: when to nudge the writer */
    alignas(64) _Atomic uint64_t tail;  /* events taken (writer) */
    alignas(64) _Atomic int failed;     /* recording stopped */
    pthread_mutex_t mu;
    pthread_cond_t wake;        /* the writer waits here */
    pthread_cond_t room;        /* the program waits here (ring full, flush) */
    pthread_t thread;
    note *notes;                /* FIFO under mu */
    size_t nnotes, notecap;
    int stop;                   /* session_end asked */
    int waiting;                /* the program waits for room … */
    uint64_t room_at;           /* … until tail reaches this (a quarter of the
                                   ring free: one wake-up per RING/4 events
                                   while the writer is the slower) */
    uint64_t committed;         /* events committed (under mu) */
    uint64_t committed_step;    /* the last step committed (writer) */
    buf error;                  /* why it failed (under mu) */

    /* the checkpointer (its flags under mu) */
    sqlite3 *ckdb;              /* its connection; NULL: not started */
    sqlite3_stmt *ckpt_restart; /* its heartbeat, which restarts the WAL */
    pthread_t ckpt_thread;
    pthread_cond_t ckpt_cv;     /* it waits here */
    int ckpt_wanted, ckpt_stop;
    _Atomic int ckpt_busy;      /* asked for and not done: the writer holds its
                                   batches back (invariant 6) */
    int ckpt_failed;            /* writer: it could not start */
    int ckpt_frames_at;         /* writer: WAL frames at the last request */
    int64_t page_size;

    /* the writer's own */
    sqlite3_stmt *q[Q_COUNT];
    int in_txn;
    codec_enc enc;
    buf queued;                 /* batches held back (ckpt_busy), one after the other */
    queued_batch *qb;           /* … and their rows */
    size_t nqb, qbcap;
    uint64_t done;              /* events coded (== tail after each chunk) */
    uint64_t batch_first, batch_step0;
    size_t uncommitted;         /* bytes of batches since the last commit */
    int64_t console_seq, output_seq;
    int64_t last_commit, last_beat;
};

/* ---- small helpers --------------------------------------------------------- */

static int64_t now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void hostname(char *out, size_t n)
{
    if (gethostname(out, n) != 0)
        snprintf(out, n, "?");
    out[n - 1] = 0;
}

/* Runs a prepared statement to completion (it is reset, bindings kept). */
static int run(sqlite3_stmt *q)
{
    int rc = sqlite3_step(q);
    sqlite3_reset(q);
    return rc == SQLITE_DONE || rc == SQLITE_ROW ? SQLITE_OK : rc;
}

static int exec1(sqlite3 *db, const char *text)
{
    sqlite3_stmt *q;
    int rc = sqlite3_prepare_v2(db, text, -1, &q, NULL);
    if (rc == SQLITE_OK) {
        rc = run(q);
        sqlite3_finalize(q);
    }
    return rc;
}

const char *session_status_name(enum session_status status)
{
    static const char *const names[] = {"recording", "complete", "interrupted"};
    return status <= SESSION_INTERRUPTED ? names[status] : "?";
}

/* ---- the writer: failing ----------------------------------------------------- */

/* Stops the recording: the open transaction is rolled back (what was
 * committed stays), the reason kept for session_failed(). */
static void fail(session *s, int rc, const char *doing)
{
    buf why = BUF_INIT;
    store_fail(s->st, rc, doing, &why);
    if (s->in_txn)
        run(s->q[Q_ROLLBACK]);
    s->in_txn = 0;
    pthread_mutex_lock(&s->mu);
    if (!s->error.len)
        buf_printf(&s->error, "%s; recording stopped (steps up to %llu saved)", buf_str(&why),
                   (unsigned long long)s->committed_step);
    atomic_store(&s->failed, 1);
    pthread_cond_broadcast(&s->room);
    pthread_mutex_unlock(&s->mu);
    buf_free(&why);
}

static int failed(session *s)
{
    return atomic_load_explicit(&s->failed, memory_order_relaxed);
}

static int txn(session *s)
{
    if (s->in_txn)
        return 0;
    int rc = run(s->q[Q_BEGIN]);
    if (rc != SQLITE_OK) {
        fail(s, rc, "starting a transaction");
        return -1;
    }
    s->in_txn = 1;
    return 0;
}

/* ---- the writer: batches and commits ------------------------------ */

/* Inserts one batch row (in the open transaction; begun if need be). */
static void insert_batch(session *s, const queued_batch *b, const void *data)
{
    if (failed(s) || txn(s))
        return;
    sqlite3_stmt *q = s->q[Q_BATCH];
    sqlite3_bind_int64(q, 1, s->id);
    sqlite3_bind_int64(q, 2, (sqlite3_int64)b->first);
    sqlite3_bind_int64(q, 3, (sqlite3_int64)b->count);
    sqlite3_bind_int64(q, 4, (sqlite3_int64)b->step0);
    sqlite3_bind_int64(q, 5, (sqlite3_int64)b->step1);
    sqlite3_bind_blob(q, 6, data, (int)b->len, SQLITE_STATIC);
    int rc = run(q);
    if (rc != SQLITE_OK) {
        fail(s, rc, "writing events");
        return;
    }
    s->uncommitted += b->len;
}

/* Writes the batches held back while a checkpoint ran, in order. */
static void write_queued(session *s)
{
    for (size_t i = 0; i < s->nqb; i++)
        insert_batch(s, &s->qb[i], s->queued.data + s->qb[i].off);
    s->nqb = 0;
    buf_clear(&s->queued);
}

static int ckpt_running(session *s)
{
    return atomic_load_explicit(&s->ckpt_busy, memory_order_acquire);
}

/* Codes the batch being built (if any) and writes it, or holds it back
 * while a checkpoint runs (invariant 6); starts the next. */
static void finish_batch(session *s)
{
    if (!s->enc.count || failed(s))
        return;
    queued_batch b = {s->batch_first, s->enc.count, s->batch_step0, codec_enc_step(&s->enc), 0, 0};
    if (ckpt_running(s) && s->queued.len < QUEUE_BYTES) {
        b.off = s->queued.len;
        codec_enc_finish(&s->enc, &s->queued);
        b.len = s->queued.len - b.off;
        hv_grow(&s->qb, &s->qbcap, s->nqb + 1, sizeof *s->qb, 64);
        s->qb[s->nqb++] = b;
    } else {
        write_queued(s);
        const void *data = codec_enc_seal(&s->enc, &b.len);    /* no copy: SQLite takes it */
        insert_batch(s, &b, data);
    }
    s->batch_first = s->done;
    s->batch_step0 = codec_enc_step(&s->enc);
}

static void commit(session *s)
{
    finish_batch(s);
    write_queued(s);
    if (failed(s) || txn(s))
        return;
    sqlite3_stmt *q = s->q[Q_PROGRESS];
    sqlite3_bind_int64(q, 1, (sqlite3_int64)codec_enc_step(&s->enc));
    sqlite3_bind_int64(q, 2, (sqlite3_int64)s->done);
    sqlite3_bind_int64(q, 3, store_now_ms());
    sqlite3_bind_int64(q, 4, s->id);
    int rc = run(q);
    if (rc == SQLITE_OK)
        rc = run(s->q[Q_COMMIT]);
    if (rc != SQLITE_OK) {
        fail(s, rc, "committing");
        return;
    }
    s->in_txn = 0;
    s->uncommitted = 0;
    s->committed_step = codec_enc_step(&s->enc);
    s->last_commit = s->last_beat = now_ms();
    pthread_mutex_lock(&s->mu);
    s->committed = s->done;
    pthread_cond_broadcast(&s->room);
    pthread_mutex_unlock(&s->mu);
}

/* Codes the events [done, limit) of the ring, a chunk at a time (a run
 * that does not wrap): the codec takes each run in one call. */
static void consume(session *s, uint64_t limit)
{
    while (s->done < limit) {
        uint64_t end = limit - s->done > CHUNK ? s->done + CHUNK : limit;
        uint64_t wrap = (s->done | (RING - 1)) + 1;
        if (end > wrap)
            end = wrap;
        while (s->done < end && !failed(s)) {
            s->done += codec_enc_add_many(&s->enc, &s->r.slot[s->done & (RING - 1)], end - s->done, BATCH_BYTES);
            if (s->enc.count >= BATCH_EVENTS || s->enc.payload.len >= BATCH_BYTES)
                finish_batch(s);
            if (s->uncommitted >= COMMIT_BYTES)
                commit(s);
        }
        s->done = end;              /* after a failure: drained, dropped */
        atomic_store_explicit(&s->tail, s->done, memory_order_release);
        pthread_mutex_lock(&s->mu);
        if (s->waiting && s->done >= s->room_at)
            pthread_cond_broadcast(&s->room);
        pthread_mutex_unlock(&s->mu);
    }
}

static void bind_text(sqlite3_stmt *q, int i, const char *t)
{
    sqlite3_bind_text(q, i, t ? t : "", -1, SQLITE_TRANSIENT);
}

static void handle_note(session *s, note *n)
{
    if (failed(s))
        return;
    if (n->kind == NOTE_FLUSH) {
        commit(s);
        return;
    }
    if (failed(s) || txn(s))
        return;
    sqlite3_stmt *q;
    if (n->kind == NOTE_CONSOLE) {
        q = s->q[Q_CONSOLE];
        sqlite3_bind_int64(q, 1, s->id);
        sqlite3_bind_int64(q, 2, ++s->console_seq);
        sqlite3_bind_int64(q, 3, (sqlite3_int64)n->position);
        bind_text(q, 4, n->a);
    } else if (n->kind == NOTE_SNAPSHOT) {
        q = s->q[Q_SNAPSHOT];
        sqlite3_bind_int64(q, 1, s->id);
        bind_text(q, 2, n->a);
        sqlite3_bind_int64(q, 3, (sqlite3_int64)n->position);
        sqlite3_bind_int64(q, 4, (sqlite3_int64)(n->step == NOTE_OWN_STEP ? codec_enc_step(&s->enc) : n->step));
        bind_text(q, 5, n->b);
    } else if (n->kind == NOTE_OUTPUT) {
        q = s->q[Q_OUTPUT];
        sqlite3_bind_int64(q, 1, s->id);
        sqlite3_bind_int64(q, 2, ++s->output_seq);
        sqlite3_bind_int64(q, 3, (sqlite3_int64)n->position);
        sqlite3_bind_int64(q, 4, (sqlite3_int64)n->addr);
        sqlite3_bind_blob(q, 5, n->a, (int)n->len, SQLITE_STATIC);
    } else {
        q = s->q[Q_SYMBOL];
        sqlite3_bind_int64(q, 1, s->id);
        sqlite3_bind_int64(q, 2, (sqlite3_int64)n->addr);
        bind_text(q, 3, n->a);
        bind_text(q, 4, n->b);
    }
    int rc = run(q);
    if (rc != SQLITE_OK)
        fail(s, rc, "writing a note");
}

/* Takes the notes due at position `done` (under mu). */
static size_t take_notes(session *s, note *out, size_t max)
{
    size_t n = 0;
    while (n < s->nnotes && n < max && s->notes[n].position <= s->done)
        n++;
    if (!n)
        return 0;
    memcpy(out, s->notes, n * sizeof *out);
    memmove(s->notes, s->notes + n, (s->nnotes - n) * sizeof *s->notes);
    s->nnotes -= n;
    return n;
}

static void heartbeat(session *s)
{
    if (failed(s) || s->in_txn)
        return;
    sqlite3_stmt *q = s->q[Q_HEARTBEAT];
    sqlite3_bind_int64(q, 1, store_now_ms());
    sqlite3_bind_int64(q, 2, s->id);
    int rc = run(q);
    if (rc != SQLITE_OK)
        fail(s, rc, "updating the heartbeat");
    s->last_beat = now_ms();
}

static void *writer_main(void *arg)
{
    session *s = arg;
    for (;;) {
        uint64_t head = atomic_load_explicit(&s->r.head, memory_order_acquire);
        pthread_mutex_lock(&s->mu);
        uint64_t limit = s->nnotes && s->notes[0].position < head ? s->notes[0].position : head;
        int stop = s->stop, due = s->nnotes && s->notes[0].position <= s->done;
        if (limit == s->done && !due && !stop) {
            struct timespec t;
            clock_gettime(CLOCK_REALTIME, &t);
            t.tv_nsec += 100 * 1000000L;
            if (t.tv_nsec >= 1000000000L) {
                t.tv_sec++;
                t.tv_nsec -= 1000000000L;
            }
            pthread_cond_timedwait(&s->wake, &s->mu, &t);
        }
        pthread_mutex_unlock(&s->mu);
        consume(s, limit);
        note batch[16];
        size_t n;
        do {
            pthread_mutex_lock(&s->mu);
            n = take_notes(s, batch, HV_COUNTOF(batch));
            pthread_mutex_unlock(&s->mu);
            for (size_t i = 0; i < n; i++) {
                handle_note(s, &batch[i]);
                free(batch[i].a);
                free(batch[i].b);
            }
        } while (n);
        if (stop && s->done == atomic_load(&s->r.head))
            break;
        int64_t t = now_ms();
        int pending = s->in_txn || s->enc.count || s->nqb;
        if (pending && t - s->last_commit >= COMMIT_MS)
            commit(s);
        else if (!pending && !ckpt_running(s) && t - s->last_beat >= HEARTBEAT_MS)
            heartbeat(s);
    }
    return NULL;
}

/* ---- the program's side ------------------------------------------------------ */

/* The ring's slow path (hv_ring.slow): publishes, lets the observer read
 * what it has not (event.h, invariant 3), nudges the writer every
 * WAKE_EVERY events, waits while the ring is full, and opens the slots up
 * to the next of those.  Once the recording has failed the writer drains
 * and drops what comes (consume), so nothing waits any more. */
static hv_event *ring_slow(hv_ring *r)
{
    session *s = (session *)((char *)r - offsetof(session, r));
    uint64_t h = hv_ring_publish(r);
    if (r->observe)
        r->observe(r->observe_ud, NULL);
    if (h >= s->next_wake) {
        pthread_mutex_lock(&s->mu);
        pthread_cond_signal(&s->wake);
        pthread_mutex_unlock(&s->mu);
        s->next_wake = h + WAKE_EVERY;
    }
    if (h - s->tail_seen >= RING && h - (s->tail_seen = atomic_load_explicit(&s->tail, memory_order_acquire)) >= RING) {
        pthread_mutex_lock(&s->mu);
        s->waiting = 1;
        s->room_at = h - RING + RING / 4 + 1;
        while (atomic_load(&s->tail) < s->room_at && !failed(s)) {
            pthread_cond_signal(&s->wake);
            pthread_cond_wait(&s->room, &s->mu);
        }
        s->waiting = 0;
        s->tail_seen = atomic_load(&s->tail);
        pthread_mutex_unlock(&s->mu);
    }
    if (failed(s))                  /* the writer drops what comes: no waiting */
        s->tail_seen = h > RING ? h - RING / 2 : 0;
    return hv_ring_open(r, h, s->tail_seen + RING < s->next_wake ? s->tail_seen + RING : s->next_wake);
}

hv_ring *session_ring(session *s)
{
    return &s->r;
}

/* A copy into the ring (hv_ring_emit); the producers of heap/ build their
 * events in its slots instead when given session_ring. */
void session_emit(void *ud, const hv_event *ev)
{
    session *s = ud;
    hv_ring_emit(&s->r, ev);
}

/* Queues a note at position (NOTE_AT_HEAD: the events emitted so far). */
#define NOTE_AT_HEAD UINT64_MAX
static void add_note_at(session *s, enum note_kind kind, uint64_t position, uint64_t step, uint64_t addr,
                        const char *a, const char *b)
{
    uint64_t head = hv_ring_publish(&s->r);
    pthread_mutex_lock(&s->mu);
    hv_grow(&s->notes, &s->notecap, s->nnotes + 1, sizeof *s->notes, 8);
    s->notes[s->nnotes++] = (note){kind, position < head ? position : head, addr, a ? hv_strdup(a) : NULL,
                                   b ? hv_strdup(b) : NULL, 0, step};
    pthread_cond_signal(&s->wake);
    pthread_mutex_unlock(&s->mu);
}

static void add_note(session *s, enum note_kind kind, uint64_t addr, const char *a, const char *b)
{
    add_note_at(s, kind, NOTE_AT_HEAD, NOTE_OWN_STEP, addr, a, b);
}

void session_console(session *s, const char *line)
{
    add_note(s, NOTE_CONSOLE, 0, line, NULL);
}

void session_snapshot(session *s, const char *name, const char *origin)
{
    add_note(s, NOTE_SNAPSHOT, 0, name, origin);
}

void session_snapshot_at(session *s, const char *name, const char *origin, uint64_t position, uint64_t step)
{
    add_note_at(s, NOTE_SNAPSHOT, position, step, 0, name, origin);
}

void session_symbol(session *s, uint64_t addr, const char *kind, const char *text)
{
    add_note(s, NOTE_SYMBOL, addr, kind, text);
}

void session_output(session *s, int fd, const char *p, size_t n)
{
    if (!n || (fd != 1 && fd != 2))
        return;
    uint64_t head = hv_ring_publish(&s->r);
    pthread_mutex_lock(&s->mu);
    hv_grow(&s->notes, &s->notecap, s->nnotes + 1, sizeof *s->notes, 8);
    char *copy = hv_malloc(n);
    memcpy(copy, p, n);
    s->notes[s->nnotes++] = (note){NOTE_OUTPUT, head, (uint64_t)fd, copy, NULL, n, 0};
    pthread_cond_signal(&s->wake);
    pthread_mutex_unlock(&s->mu);
}

const char *session_failed(session *s)
{
    if (!failed(s))
        return NULL;
    pthread_mutex_lock(&s->mu);
    const char *why = buf_str(&s->error);
    pthread_mutex_unlock(&s->mu);
    return why;
}

int64_t session_id(const session *s)
{
    return s->id;
}

int session_flush(session *s, buf *err)
{
    uint64_t target = hv_ring_publish(&s->r);
    add_note(s, NOTE_FLUSH, 0, NULL, NULL);
    pthread_mutex_lock(&s->mu);
    while (s->committed < target && !failed(s))
        pthread_cond_wait(&s->room, &s->mu);
    pthread_mutex_unlock(&s->mu);
    if (failed(s)) {
        buf_adds(err, session_failed(s));
        return -1;
    }
    return 0;
}

/* ---- beginning and ending ------------------------------------------------------ */

/* Keeps the memory freed on the writer's thread for reuse instead of
 * giving it back to the system.  Each checkpoint ends with the
 * checkpointer's write (it restarts the WAL), so at its next transaction
 * the writer's connection finds the file changed by another and drops its
 * whole page cache (2 MiB); glibc trimmed that memory from the top of the
 * writer's heap, and the next 2 MiB of pages were fresh, zero-filled ones:
 * 13,000-14,500 page faults on the writer in the objects program's
 * recording (20.6 M events, a checkpoint every 2-4 MiB of WAL); 3,800-4,600
 * without trimming (3,900-5,800 without the restart), and the writer's
 * CPU 166-184 ms → 136-161 ms (stop 30).  Process-wide (glibc has no
 * per-arena threshold); a recording process keeps what it freed below the
 * threshold. */
static void keep_freed_memory(void)
{
#if defined(__GLIBC__) && defined(M_TRIM_THRESHOLD)
    mallopt(M_TRIM_THRESHOLD, 64 << 20);
#endif
}

/* Is the recorder of a 'recording' row still there? */
static int recorder_alive(int64_t pid, const char *host, int64_t beat)
{
    char me[256];
    hostname(me, sizeof me);
    if (store_now_ms() - beat > STALE_MS)
        return 0;
    if (!host || strcmp(host, me) != 0 || pid <= 0)
        return 1;
    return kill((pid_t)pid, 0) == 0 || errno == EPERM;
}

/* Marks the sessions whose recorder is gone as interrupted. */
static int close_orphans(store *st, buf *err)
{
    sqlite3 *db = store_db(st);
    sqlite3_stmt *q;
    int64_t (*gone)[2] = NULL;      /* id, last heartbeat */
    size_t n = 0, cap = 0;
    int rc = sqlite3_prepare_v2(db, "SELECT id, pid, host, coalesce(heartbeat, started) FROM session "
                                    "WHERE status = 'recording'", -1, &q, NULL);
    if (rc != SQLITE_OK)
        return store_fail(st, rc, NULL, err);
    while ((rc = sqlite3_step(q)) == SQLITE_ROW)
        if (!recorder_alive(sqlite3_column_int64(q, 1), (const char *)sqlite3_column_text(q, 2),
                            sqlite3_column_int64(q, 3))) {
            hv_grow(&gone, &cap, n + 1, sizeof *gone, 4);
            gone[n][0] = sqlite3_column_int64(q, 0);
            gone[n++][1] = sqlite3_column_int64(q, 3);
        }
    sqlite3_finalize(q);
    sqlite3_stmt *u = NULL;
    if (rc == SQLITE_DONE)
        rc = sqlite3_prepare_v2(db, "UPDATE session SET status = 'interrupted', ended = ? WHERE id = ?", -1, &u,
                                NULL);
    for (size_t i = 0; rc == SQLITE_OK && i < n; i++) {
        sqlite3_bind_int64(u, 1, gone[i][1]);
        sqlite3_bind_int64(u, 2, gone[i][0]);
        rc = run(u);
    }
    sqlite3_finalize(u);
    free(gone);
    return rc == SQLITE_OK ? 0 : store_fail(st, rc, "closing interrupted sessions", err);
}

/* ---- the checkpointer ------------------------------------------------------- */

/* Copies the WAL's committed pages into the file while the recording goes
 * on, on a connection of its own: the writer never waits for a checkpoint
 * (the disk's syncs), and the last one, at session_end, copies only what
 * the last CHECKPOINT_BYTES left.  Started at the first request, so a
 * short recording has none.  A failed checkpoint is harmless (the WAL
 * keeps the pages; the final checkpoint reports what is wrong).
 *
 * The writer holds its batches back meanwhile (ckpt_busy), so nothing is
 * committed while the pages are copied and the checkpoint copies the
 * whole WAL; then a small write here (the heartbeat) starts the WAL over
 * from its beginning, and syncs its new header, on this thread.  So the
 * WAL stays a few MiB that the writer rewrites in place (no new pages
 * for the system to find), the file is synced as the recording goes, and
 * session_end's checkpoint copies, syncs and truncates only the tail. */
static void *checkpointer_main(void *arg)
{
    session *s = arg;
    pthread_mutex_lock(&s->mu);
    while (!s->ckpt_stop) {
        if (!s->ckpt_wanted) {
            atomic_store_explicit(&s->ckpt_busy, 0, memory_order_release);
            pthread_cond_wait(&s->ckpt_cv, &s->mu);
            continue;
        }
        s->ckpt_wanted = 0;
        pthread_mutex_unlock(&s->mu);
        int frames = 0, copied = 0;
        int rc = sqlite3_wal_checkpoint_v2(s->ckdb, "main", SQLITE_CHECKPOINT_PASSIVE, &frames, &copied);
        if (rc == SQLITE_OK && frames > 0 && copied == frames) {
            sqlite3_bind_int64(s->ckpt_restart, 1, store_now_ms());
            run(s->ckpt_restart);       /* busy (a writer, a reader): no matter */
        }
        pthread_mutex_lock(&s->mu);
    }
    atomic_store_explicit(&s->ckpt_busy, 0, memory_order_release);
    pthread_mutex_unlock(&s->mu);
    return NULL;
}

/* Opens the checkpointer's connection (the file and VFS of the writer's)
 * and starts it; 0, or -1 (then the writer's WAL just grows until
 * session_end checkpoints it). */
static int checkpointer_start(session *s)
{
    sqlite3_vfs *vfs = NULL;
    const char *file = sqlite3_db_filename(s->db, "main");
    if (sqlite3_file_control(s->db, "main", SQLITE_FCNTL_VFS_POINTER, &vfs) != SQLITE_OK || !vfs || !file ||
        sqlite3_open_v2(file, &s->ckdb, SQLITE_OPEN_READWRITE, vfs->zName) != SQLITE_OK) {
        sqlite3_close(s->ckdb);
        s->ckdb = NULL;
        return -1;
    }
    sqlite3_extended_result_codes(s->ckdb, 1);
    sqlite3_db_config(s->ckdb, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
    /* a first read: the connection sees the file is in WAL mode (a
     * checkpoint on one that has not looked does nothing) */
    if (exec1(s->ckdb, "PRAGMA synchronous = NORMAL") != SQLITE_OK ||
        exec1(s->ckdb, "SELECT count(*) FROM sqlite_schema") != SQLITE_OK ||
        sqlite3_prepare_v2(s->ckdb, sql[Q_HEARTBEAT], -1, &s->ckpt_restart, NULL) != SQLITE_OK ||
        sqlite3_bind_int64(s->ckpt_restart, 2, s->id) != SQLITE_OK ||
        pthread_create(&s->ckpt_thread, NULL, checkpointer_main, s) != 0) {
        sqlite3_finalize(s->ckpt_restart);
        s->ckpt_restart = NULL;
        sqlite3_close(s->ckdb);
        s->ckdb = NULL;
        return -1;
    }
    return 0;
}

/* sqlite3_wal_hook, on the writer after each commit (instead of SQLite's
 * autocheckpoint, which would run on the writer): past CHECKPOINT_BYTES
 * of WAL since the last request, asks the checkpointer for one. */
static int on_commit(void *ud, sqlite3 *db, const char *name, int frames)
{
    session *s = ud;
    (void)db, (void)name;
    if (frames < s->ckpt_frames_at)         /* the WAL restarted from its start */
        s->ckpt_frames_at = 0;
    if ((int64_t)(frames - s->ckpt_frames_at) * s->page_size < CHECKPOINT_BYTES || s->ckpt_failed)
        return SQLITE_OK;
    s->ckpt_frames_at = frames;
    if (!s->ckdb && checkpointer_start(s)) {
        s->ckpt_failed = 1;
        return SQLITE_OK;
    }
    pthread_mutex_lock(&s->mu);
    s->ckpt_wanted = 1;
    atomic_store_explicit(&s->ckpt_busy, 1, memory_order_release);
    pthread_cond_signal(&s->ckpt_cv);
    pthread_mutex_unlock(&s->mu);
    return SQLITE_OK;
}

/* Stops the checkpointer (if it started) and closes its connection. */
static void checkpointer_stop(session *s)
{
    if (!s->ckdb)
        return;
    pthread_mutex_lock(&s->mu);
    s->ckpt_stop = 1;
    pthread_cond_signal(&s->ckpt_cv);
    pthread_mutex_unlock(&s->mu);
    pthread_join(s->ckpt_thread, NULL);
    sqlite3_finalize(s->ckpt_restart);
    s->ckpt_restart = NULL;
    sqlite3_close(s->ckdb);
    s->ckdb = NULL;
}

/* The WAL's pages are checkpointed by the checkpointer (on_commit), not by
 * SQLite on the writer. */
static int own_checkpoints(session *s)
{
    sqlite3_stmt *q;
    int rc = sqlite3_prepare_v2(s->db, "PRAGMA page_size", -1, &q, NULL);
    if (rc != SQLITE_OK)
        return rc;
    s->page_size = sqlite3_step(q) == SQLITE_ROW ? sqlite3_column_int64(q, 0) : 0;
    sqlite3_finalize(q);
    if (s->page_size < 512)
        s->page_size = 4096;
    sqlite3_wal_hook(s->db, on_commit, s);
    return SQLITE_OK;
}

static int insert_session(session *s, const session_meta *meta, buf *err)
{
    char host[256];
    hostname(host, sizeof host);
    sqlite3_stmt *q;
    int rc = sqlite3_prepare_v2(s->db,
                                "INSERT INTO session (name, profile, collector, source, started, status, pid, host, "
                                "heartbeat) VALUES (?, ?, ?, ?, ?, 'recording', ?, ?, ?)", -1, &q, NULL);
    if (rc != SQLITE_OK)
        return store_fail(s->st, rc, NULL, err);
    int64_t t = store_now_ms();
    bind_text(q, 1, meta->name);
    bind_text(q, 2, meta->profile);
    bind_text(q, 3, meta->collector ? meta->collector : "generational");
    bind_text(q, 4, meta->source);
    sqlite3_bind_int64(q, 5, t);
    sqlite3_bind_int64(q, 6, (sqlite3_int64)getpid());
    bind_text(q, 7, host);
    sqlite3_bind_int64(q, 8, t);
    rc = run(q);
    sqlite3_finalize(q);
    if (rc != SQLITE_OK)
        return store_fail(s->st, rc, "starting a session", err);
    s->id = sqlite3_last_insert_rowid(s->db);
    return 0;
}

static void session_free(session *s)
{
    checkpointer_stop(s);
    sqlite3_wal_autocheckpoint(s->db, 1000);    /* SQLite's default (it replaces any WAL hook) */
    for (int i = 0; i < Q_COUNT; i++)
        sqlite3_finalize(s->q[i]);
    for (size_t i = 0; i < s->nnotes; i++) {
        free(s->notes[i].a);
        free(s->notes[i].b);
    }
    free(s->notes);
    free(s->r.slot);
    codec_enc_free(&s->enc);
    buf_free(&s->queued);
    free(s->qb);
    buf_free(&s->error);
    pthread_mutex_destroy(&s->mu);
    pthread_cond_destroy(&s->wake);
    pthread_cond_destroy(&s->room);
    pthread_cond_destroy(&s->ckpt_cv);
    free(s);
}

session *session_begin(store *st, const session_meta *meta, buf *err)
{
    const profile *prof = meta->profile ? profile_find(meta->profile) : NULL;
    if (!prof) {
        buf_printf(err, "%s: unknown profile '%s'", store_path(st), meta->profile ? meta->profile : "");
        return NULL;
    }
    if (store_mode(st) != STORE_WRITE) {
        buf_printf(err, "%s: opened read-only; cannot record", store_path(st));
        return NULL;
    }
    /* over-aligned (the counters' cache lines): not hv_calloc */
    session *s = aligned_alloc(alignof(session), sizeof *s);   /* sizeof: a multiple of alignof */
    if (!s)
        hv_oom();
    memset(s, 0, sizeof *s);
    s->st = st;
    s->db = store_db(st);
    s->prof = prof;
    pthread_mutex_init(&s->mu, NULL);
    pthread_cond_init(&s->wake, NULL);
    pthread_cond_init(&s->room, NULL);
    pthread_cond_init(&s->ckpt_cv, NULL);
    /* The switch to WAL (a rollback-journal transaction) changes only the
     * header's journal-mode bytes in page 1: no syncs (as the switch back
     * at store_close; SQLite reads a WAL beside a file whose header a power
     * cut left in rollback mode).  Then NORMAL for the recording. */
    int rc = exec1(s->db, "PRAGMA synchronous = OFF");
    if (rc == SQLITE_OK)
        rc = exec1(s->db, "PRAGMA journal_mode = WAL");
    if (rc == SQLITE_OK)
        rc = exec1(s->db, "PRAGMA synchronous = NORMAL");
    if (rc == SQLITE_OK)
        rc = own_checkpoints(s);
    if (rc != SQLITE_OK) {
        store_fail(st, rc, NULL, err);
        session_free(s);
        return NULL;
    }
    if (close_orphans(st, err) || insert_session(s, meta, err)) {
        session_free(s);
        return NULL;
    }
    for (int i = 0; i < Q_COUNT; i++)
        if ((rc = sqlite3_prepare_v3(s->db, sql[i], -1, SQLITE_PREPARE_PERSISTENT, &s->q[i], NULL)) != SQLITE_OK) {
            store_fail(st, rc, NULL, err);
            session_free(s);
            return NULL;
        }
    keep_freed_memory();
    s->r.slot = s->r.next = s->r.end = hv_malloc(RING * sizeof *s->r.slot);
    s->r.mask = RING - 1;
    s->r.slow = ring_slow;
    codec_enc_init(&s->enc, prof);
    s->last_commit = s->last_beat = now_ms();
    if (pthread_create(&s->thread, NULL, writer_main, s) != 0) {
        buf_printf(err, "%s: cannot start the recording thread", store_path(st));
        session_free(s);
        return NULL;
    }
    return s;
}

/* The writer has stopped: the final batch and status. */
static void finish(session *s, enum session_status status)
{
    finish_batch(s);
    if (failed(s) || txn(s))
        return;
    sqlite3_stmt *q;
    int rc = sqlite3_prepare_v2(s->db, "UPDATE session SET status = ?, ended = ?, pid = NULL WHERE id = ?", -1, &q,
                                NULL);
    if (rc == SQLITE_OK) {
        bind_text(q, 1, session_status_name(status));
        sqlite3_bind_int64(q, 2, store_now_ms());
        sqlite3_bind_int64(q, 3, s->id);
        rc = run(q);
        sqlite3_finalize(q);
    }
    if (rc != SQLITE_OK)
        fail(s, rc, "ending the session");
    else
        commit(s);
    checkpointer_stop(s);
    if (!failed(s))
        exec1(s->db, "PRAGMA wal_checkpoint(TRUNCATE)");
}

int session_end(session *s, enum session_status status, buf *err)
{
    hv_ring_publish(&s->r);                 /* the events after the last STEP */
    pthread_mutex_lock(&s->mu);
    s->stop = 1;
    pthread_cond_signal(&s->wake);
    pthread_mutex_unlock(&s->mu);
    pthread_join(s->thread, NULL);
    finish(s, status == SESSION_COMPLETE ? SESSION_COMPLETE : SESSION_INTERRUPTED);
    int rc = 0;
    if (failed(s)) {
        buf_adds(err, buf_str(&s->error));
        rc = -1;
    }
    session_free(s);
    return rc;
}

/* ---- listing ------------------------------------------------------------------ */

static char *column_dup(sqlite3_stmt *q, int i)
{
    const char *t = (const char *)sqlite3_column_text(q, i);
    return hv_strdup(t ? t : "");
}

void session_profile_name(store *st, const char *column, buf *out)
{
    buf_adds(out, column ? column : "");
    if (store_version(st) < 4)
        buf_adds(out, PROFILE_LEGACY_SUFFIX);
}

static void read_row(store *st, sqlite3_stmt *q, session_row *r)
{
    buf pname = BUF_INIT;
    r->id = sqlite3_column_int64(q, 0);
    r->name = column_dup(q, 1);
    session_profile_name(st, (const char *)sqlite3_column_text(q, 2), &pname);
    r->profile = hv_strdup(buf_str(&pname));
    buf_free(&pname);
    r->collector = column_dup(q, 3);
    r->started = sqlite3_column_int64(q, 4);
    r->ended = sqlite3_column_int64(q, 5);
    const char *status = (const char *)sqlite3_column_text(q, 6);
    r->status = status && strcmp(status, "complete") == 0 ? SESSION_COMPLETE
              : status && strcmp(status, "recording") == 0 ? SESSION_RECORDING : SESSION_INTERRUPTED;
    if (r->status == SESSION_RECORDING &&
        !recorder_alive(sqlite3_column_int64(q, 9), (const char *)sqlite3_column_text(q, 10),
                        sqlite3_column_int64(q, 11)))
        r->status = SESSION_INTERRUPTED;
    int64_t steps = sqlite3_column_int64(q, 7), events = sqlite3_column_int64(q, 8);
    r->nsteps = steps > 0 ? (uint64_t)steps : 0;
    r->nevents = events > 0 ? (uint64_t)events : 0;
}

#define ROW_COLUMNS "id, name, profile, collector, started, coalesce(ended, 0), status, nsteps, nevents, " \
                    "coalesce(pid, 0), host, coalesce(heartbeat, started)"

int session_list(store *st, session_row **rows, size_t *n, buf *err)
{
    *rows = NULL;
    *n = 0;
    if (store_empty(st))
        return 0;
    sqlite3_stmt *q;
    int rc = sqlite3_prepare_v2(store_db(st), "SELECT " ROW_COLUMNS " FROM session ORDER BY id", -1, &q, NULL);
    if (rc != SQLITE_OK)
        return store_fail(st, rc, NULL, err);
    size_t cap = 0;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
        hv_grow(rows, &cap, *n + 1, sizeof **rows, 16);
        read_row(st, q, &(*rows)[(*n)++]);
    }
    sqlite3_finalize(q);
    return rc == SQLITE_DONE ? 0 : store_fail(st, rc, NULL, err);
}

void session_row_clear(session_row *row)
{
    free(row->name);
    free(row->profile);
    free(row->collector);
    memset(row, 0, sizeof *row);
}

void session_rows_free(session_row *rows, size_t n)
{
    for (size_t i = 0; rows && i < n; i++)
        session_row_clear(&rows[i]);
    free(rows);
}

int session_find(store *st, const char *spec, session_row *row, buf *err)
{
    memset(row, 0, sizeof *row);
    char *end = NULL;
    long long id = spec ? strtoll(spec, &end, 10) : 0;
    if (spec && (end == spec || *end || id <= 0)) {
        buf_printf(err, "%s: '%s' is not a session id (see heapviz sessions)", store_path(st), spec);
        return -1;
    }
    if (store_empty(st)) {
        buf_printf(err, "%s: no sessions recorded yet", store_path(st));
        return -1;
    }
    sqlite3_stmt *q;
    int rc = sqlite3_prepare_v2(store_db(st), spec ? "SELECT " ROW_COLUMNS " FROM session WHERE id = ?"
                                                   : "SELECT " ROW_COLUMNS " FROM session ORDER BY id DESC LIMIT 1",
                                -1, &q, NULL);
    if (rc != SQLITE_OK)
        return store_fail(st, rc, NULL, err);
    if (spec)
        sqlite3_bind_int64(q, 1, id);
    rc = sqlite3_step(q);
    if (rc == SQLITE_ROW)
        read_row(st, q, row);
    sqlite3_finalize(q);
    if (rc == SQLITE_ROW)
        return 0;
    if (rc != SQLITE_DONE)
        return store_fail(st, rc, NULL, err);
    if (spec)
        buf_printf(err, "%s: no session %lld (see heapviz sessions)", store_path(st), id);
    else
        buf_printf(err, "%s: no sessions recorded yet", store_path(st));
    return -1;
}

int session_source(store *st, int64_t id, buf *out, buf *err)
{
    sqlite3_stmt *q;
    int rc = sqlite3_prepare_v2(store_db(st), "SELECT source FROM session WHERE id = ?", -1, &q, NULL);
    if (rc != SQLITE_OK)
        return store_fail(st, rc, NULL, err);
    sqlite3_bind_int64(q, 1, id);
    if ((rc = sqlite3_step(q)) == SQLITE_ROW && sqlite3_column_bytes(q, 0) > 0)
        buf_add(out, sqlite3_column_blob(q, 0), (size_t)sqlite3_column_bytes(q, 0));
    sqlite3_finalize(q);
    return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : store_fail(st, rc, NULL, err);
}

/* A schema-2 file (read only: a writer migrates it) kept a value at addr | 1. */
static int value_at_odd_addr(store *st, const char *kind)
{
    return store_version(st) < 3 && strcmp(kind, "value") == 0;
}

int session_symbol_text(store *st, int64_t id, uint64_t addr, const char *kind, buf *out, buf *err)
{
    sqlite3_stmt *q;
    int rc = sqlite3_prepare_v2(store_db(st), "SELECT text FROM symbol WHERE session = ? AND addr = ? AND kind = ?",
                                -1, &q, NULL);
    if (rc != SQLITE_OK)
        return store_fail(st, rc, NULL, err);
    sqlite3_bind_int64(q, 1, id);
    sqlite3_bind_int64(q, 2, (sqlite3_int64)(value_at_odd_addr(st, kind) ? addr | 1 : addr));
    bind_text(q, 3, kind);
    rc = sqlite3_step(q);
    if (rc == SQLITE_ROW && sqlite3_column_bytes(q, 0) > 0)
        buf_add(out, sqlite3_column_blob(q, 0), (size_t)sqlite3_column_bytes(q, 0));
    sqlite3_finalize(q);
    return rc == SQLITE_ROW ? 0 : rc == SQLITE_DONE ? 1 : store_fail(st, rc, NULL, err);
}

int session_symbols(store *st, int64_t id, session_symbol_fn fn, void *ud, buf *err)
{
    sqlite3_stmt *q;
    int rc = sqlite3_prepare_v2(store_db(st),
                                "SELECT addr, kind, text FROM symbol WHERE session = ? ORDER BY addr, kind", -1, &q,
                                NULL);
    if (rc != SQLITE_OK)
        return store_fail(st, rc, NULL, err);
    sqlite3_bind_int64(q, 1, id);
    while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
        const char *kind = (const char *)sqlite3_column_text(q, 1), *text = (const char *)sqlite3_column_text(q, 2);
        uint64_t addr = (uint64_t)sqlite3_column_int64(q, 0);
        if (kind && text)
            fn(ud, value_at_odd_addr(st, kind) ? addr & ~(uint64_t)1 : addr, kind, text);
    }
    sqlite3_finalize(q);
    return rc == SQLITE_DONE ? 0 : store_fail(st, rc, NULL, err);
}

int session_add_snapshot(store *st, int64_t id, const char *name, const char *origin, uint64_t position,
                         uint64_t step, buf *err)
{
    sqlite3_stmt *q;
    int rc = sqlite3_prepare_v2(store_db(st), sql[Q_SNAPSHOT], -1, &q, NULL);
    if (rc != SQLITE_OK)
        return store_fail(st, rc, "saving a snapshot", err);
    sqlite3_bind_int64(q, 1, id);
    bind_text(q, 2, name);
    sqlite3_bind_int64(q, 3, (sqlite3_int64)position);
    sqlite3_bind_int64(q, 4, (sqlite3_int64)step);
    bind_text(q, 5, origin);
    rc = run(q);
    sqlite3_finalize(q);
    return rc == SQLITE_OK ? 0 : store_fail(st, rc, "saving a snapshot", err);
}
