/*
 * bench-store: a session of 2,500,000 events, recorded and replayed in
 * the same run.  Prints `bench NAME VALUE UNIT` lines:
 *
 *   store_first_walk           the first walk through the session, which
 *                              builds the replay's keyframes (replay_index);
 *                              paid once per replay opened, not by the seeks
 *   store_seek_to_first_step   a viewer at the last step goes to step 1
 *   store_seek_to_last_step    a viewer at step 1 goes to the last step
 *   store_seek_last_vs_first   the second ÷ the first (target ≤ 1.5): both
 *                              seeks as the UI makes them, from where the
 *                              viewer is, after the first walk
 *   store_seek_cold_last_vs_cold_first
 *                              the same with no spare model set aside, so
 *                              both seeks load a keyframe (the first seek
 *                              after a replay opens); the synthetic
 *                              program's heap is as big at step 1 as at
 *                              the end, so this is the session's length
 *   store_seek_cold_last_vs_cold_first_cpu
 *                              the same in the seeking thread's CPU time
 *                              (a busy machine disturbs it less)
 *   store_next_open_seek_to_last_step
 *                              the next replay (another command, another
 *                              process) going to the last step from the
 *                              keyframes the first replay kept in the file
 *                              (replay_keep_keyframes), against
 *                              store_first_walk it would cost without
 *                              them; store_keyframes_kept_bytes_per_event
 *                              what they add to the file
 *   store_seek_late_vs_early   the same for 40 random steps in the last 5 %
 *                              (from step 1) and in the first 5 % (from
 *                              the last step) of the session
 *   store_record_overhead      the program recorded ÷ the program alone,
 *                              wall clock, start to file closed (target ≤ 1.3)
 *   store_emit_cost            what recording adds on the program's thread
 *                              while the writer keeps up (bursts of 100,000
 *                              events that fit the ring, timed with and
 *                              without a recorder)
 *   store_events_per_second    recorded
 *   store_bytes_per_event      the finished file ÷ events (target ≤ 4)
 *   store_bytes_per_event_past_empty
 *                              the same for what the file grew past a new,
 *                              empty store's size (store_empty_file: a page
 *                              per table and index, 16 KiB each), which a
 *                              file's later sessions do not pay again
 *   store_syncs_new_file, store_syncs_existing_file
 *                              fsyncs of one recording, open to close (each
 *                              waits for the disk: on a busy one a few ms,
 *                              as long as the whole 2.5 M-event program);
 *                              two per 2 MiB of WAL are the checkpointer
 *                              thread's, which nobody waits for
 *
 * and where each nanosecond of a recorded event goes, per thread (CPU
 * time, which a busy machine disturbs less than wall time; a recorded run
 * takes about the longer of the two threads on two cores):
 *
 *   store_main_cpu_alone       program thread, not recorded (ns/event)
 *   store_main_cpu_recorded    program thread, recorded: the program plus
 *                              session_emit (copy into the ring, and the
 *                              waits when the writer is behind)
 *   store_copy_cost            of which reading the event just built and
 *                              copying it into a ring, with nobody reading
 *                              the ring: the floor of any hand-over that
 *                              copies (the loads wait for the producer's
 *                              stores: store-to-load forwarding fails)
 *   store_writer_cpu           the writer thread while the program runs
 *                              (process CPU − program thread)
 *   store_encode_cost          of which the codec alone, on the same events
 *                              held in memory (codec_enc_add_many + finish)
 *   store_crc_cost             of which the batches' CRC-32
 *   store_write_cost           the rest: taking events from the ring (lines
 *                              the other core wrote), SQLite (INSERT, commit)
 *   store_end_cpu              session_end and store_close: the writer's
 *                              last events, the last commit, the checkpoint
 *
 * Then the same for two programs on the interpreter, store_real_* (a
 * sliding working set of small objects) and store_big_* (big lists and
 * strings): `heapviz run` ÷ `heapviz run --no-record` as run.c does them
 * (without recording the interpreter emits no events at all), in wall
 * time and in CPU time (user + sys of every thread), events per second,
 * bytes per event and the seek ratios.  The session ends where run.c ends
 * it, before the interpreter's shutdown; as run.c, the interpreter builds
 * its events in the session's ring (event.h's hv_ring; run.c's names
 * watcher is not part of this: see tests/bench-run.c).  Where each
 * nanosecond goes, per event (CPU): the interpreter alone
 * (main_cpu_no_record), with its events built on its stack and handed to
 * a callback that drops them (main_cpu_events_built; overhead_floor is it
 * ÷ the interpreter alone: what the callback way of emitting costs before
 * anything is kept), recorded (main_cpu_recorded, to session_end; emit_cpu
 * its difference from events_built: below zero when building in the ring
 * costs less than the stack and the call), the writer thread
 * (writer_cpu; encode_cost and crc_cost: the codec on the same events held
 * in memory), session_end (end_cpu: the last commit and the checkpoint).
 * And in wall time the recording's fixed costs: open_wall (store_open and
 * session_begin: the file, its schema, WAL mode), end_wall (session_end
 * and store_close: the last events, the commit, the checkpoints and their
 * syncs), both inside run_recorded; page_faults, what recording adds to
 * the process's (memory it touched first: each fault is the kernel's
 * time).  (Their step 1 comes before the
 * heap is built: going to step 1 replaces the model with an empty one,
 * going to the last step loads a keyframe of the whole heap, so last ÷
 * first there measures the heap's growth more than the session's length.)
 *
 * The synthetic "program" is tests/storetest.h's: the simulated pymalloc
 * driven directly plus the object events an interpreter adds.  Its first
 * statement builds a 50,000-object working set (a program loading its
 * data), so step 1 and the last step see heaps of the same size and the
 * seek ratio measures the session's length, not the heap's growth.
 */
#include "codec.h"
#include "interp.h"
#include "replay.h"
#include "session.h"
#include "bench.h"
#include "faultvfs.h"
#include "storetest.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <sqlite3.h>

enum { EVENTS = 2500000, LIVE = 50000, REPS = 7 };

/* Runs the program into emit(ud); returns the seconds its loop took. */
static double run_program(hv_emit_fn emit, void *ud, uint64_t *events)
{
    prog p;
    double t = now();
    prog_init(&p, profile_default(), 2024, emit, ud);
    prog_build(&p, LIVE);
    while (p.events < EVENTS)
        prog_statement(&p, LIVE);
    t = now() - t;
    *events = p.events;
    prog_free_all(&p);
    return t;
}

/* The program thread's cost alone: bursts of events small enough for the
 * ring, each followed by a pause that lets the writer drain it, timed
 * with and without a recorder.  Returns ns per event added. */
static double emit_cost(store *st)
{
    buf err = BUF_INIT;
    session_meta meta = {"bursts.py", "cpython-3.11", "generational", ""};
    session *s = session_begin(st, &meta, &err);
    if (!s) {
        fprintf(stderr, "bench-store: %s\n", buf_str(&err));
        exit(1);
    }
    uint64_t sink = 0;
    prog with, without;
    prog_init(&with, profile_default(), 9, session_emit, s);
    prog_init(&without, profile_default(), 9, discard, &sink);
    prog_build(&with, 20000);
    prog_build(&without, 20000);
    double t_with = 0, t_without = 0;
    uint64_t n = 0;
    for (int burst = 0; burst < 30; burst++) {
        uint64_t start = with.events;
        double t = now();
        while (with.events - start < 100000)
            prog_statement(&with, 20000);
        t_with += now() - t;
        n += with.events - start;
        start = without.events;
        t = now();
        while (without.events - start < 100000)
            prog_statement(&without, 20000);
        t_without += now() - t;
        session_flush(s, &err);         /* the writer catches up between bursts */
    }
    session_end(s, SESSION_COMPLETE, &err);
    prog_free_all(&with);
    prog_free_all(&without);
    buf_free(&err);
    return (t_with - t_without) * 1e9 / (double)n;
}

static double cpu_clock(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* CPU seconds of this thread, of every thread. */
static double thread_cpu(void) { return cpu_clock(CLOCK_THREAD_CPUTIME_ID); }
static double process_cpu(void) { return cpu_clock(CLOCK_PROCESS_CPUTIME_ID); }

/* The process's page faults so far (minor: memory touched first). */
static long page_faults(void)
{
    struct rusage u;
    getrusage(RUSAGE_SELF, &u);
    return u.ru_minflt;
}

/* A sink that copies each event into a ring nobody reads (copy_cost). */
typedef struct copy_ring {
    hv_event *ev;
    uint64_t n;
} copy_ring;

static void copy_event(void *ud, const hv_event *ev)
{
    copy_ring *r = ud;
    r->ev[r->n++ & 4095] = *ev;
}

/* Seconds of CPU to code ev[0..n) in batches as the writer does (chunks
 * of 4096 events, batches of 60 KiB); *crc gets the part spent on CRCs. */
static double encode_time(const hv_event *ev, size_t n, double *crc)
{
    codec_enc e;
    buf out = BUF_INIT;
    codec_enc_init(&e, profile_default());
    double t = thread_cpu(), c = 0;
    for (size_t i = 0; i < n;) {
        i += codec_enc_add_many(&e, &ev[i], n - i < 4096 ? n - i : 4096, 60 << 10);
        if (e.count >= CODEC_MAX_EVENTS || e.payload.len >= 60 << 10 || i == n) {
            buf_clear(&out);
            codec_enc_finish(&e, &out);
            double c0 = thread_cpu();
            volatile uint32_t sum = codec_checksum(CODEC_FORMAT, 0, out.data, out.len);   /* as finish did */
            (void)sum;
            c += thread_cpu() - c0;
        }
    }
    t = thread_cpu() - t;
    codec_enc_free(&e);
    buf_free(&out);
    *crc = c;
    return t;
}

/* The per-thread figures of the synthetic program (see the top). */
static void print_breakdown(double main_alone, double main_rec, double writer, double end, uint64_t events)
{
    copy_ring r = {hv_malloc(4096 * sizeof *r.ev), 0};
    double copy[3];
    uint64_t n = 0;
    for (int rep = 0; rep < 3; rep++) {
        double t = thread_cpu();
        run_program(copy_event, &r, &n);
        copy[rep] = thread_cpu() - t;
    }
    free(r.ev);
    st_stream k = {0};
    run_program(st_collect, &k, &n);
    double enc[3], crc[3];
    for (int rep = 0; rep < 3; rep++)
        enc[rep] = encode_time(k.ev, k.n, &crc[rep]);
    free(k.ev);
    double ns = 1e9 / (double)events, e = median(enc, 3) * ns, c = median(crc, 3) * ns;
    printf("bench store_main_cpu_alone %.1f ns/event\n", main_alone * ns);
    printf("bench store_main_cpu_recorded %.1f ns/event\n", main_rec * ns);
    printf("bench store_emit_cpu %.1f ns/event\n", (main_rec - main_alone) * ns);
    printf("bench store_copy_cost %.1f ns/event\n", (median(copy, 3) - main_alone) * ns);
    printf("bench store_writer_cpu %.1f ns/event\n", writer * ns);
    printf("bench store_encode_cost %.1f ns/event\n", e - c);
    printf("bench store_crc_cost %.1f ns/event\n", c);
    printf("bench store_write_cost %.1f ns/event\n", writer * ns - e);
    printf("bench store_end_cpu %.1f ns/event\n", end * ns);
}

static void die(const buf *err)
{
    fprintf(stderr, "bench-store: %s\n", buf_str(err));
    exit(1);
}

/* A replay of session 1 that has walked the session once (its keyframes
 * built); *walk gets the seconds the walk took. */
static replay *indexed(store *st, double *walk)
{
    buf err = BUF_INIT;
    replay *r = replay_open(st, 1, &err);
    double t = now();
    if (!r || replay_index(r, &err))
        die(&err);
    *walk = now() - t;
    buf_free(&err);
    return r;
}

/* Seconds to reach the end of `step` from the end of step `from`, where
 * the viewer is; cold: with no spare model set aside, as the first seek
 * after a replay opens (the nearest keyframe loads, then the events after
 * it apply).  *cpu (may be NULL) gets the thread's CPU seconds for it,
 * which a busy machine disturbs less. */
static double seek_time_as(replay *r, uint64_t from, uint64_t step, int cold, double *cpu)
{
    buf err = BUF_INIT;
    uint64_t pos;
    if (replay_step_end(r, from, &pos, &err) || replay_seek(r, pos, &err) || replay_step_end(r, step, &pos, &err))
        die(&err);
    if (cold)
        replay_drop_spare(r);
    double t = now(), c = thread_cpu();
    if (replay_seek(r, pos, &err))
        die(&err);
    t = now() - t;
    if (cpu)
        *cpu = thread_cpu() - c;
    buf_free(&err);
    return t;
}

static double seek_time(replay *r, uint64_t from, uint64_t step)
{
    return seek_time_as(r, from, step, 0, NULL);
}

/* Nanoseconds per live object to save the model r is at as a keyframe and
 * to load it back (model_save, model_load_own: what a seek's keyframe
 * costs), the median of REPS. */
static void keyframe_cost(replay *r, double *save_ns, double *load_ns)
{
    const model *m = replay_model(r);
    double n = (double)(model_obj_count(m) ? model_obj_count(m) : 1), save[REPS], load[REPS];
    for (int i = 0; i < REPS; i++) {
        buf b = BUF_INIT, why = BUF_INIT;
        double t = now();
        model_save(m, &b);
        save[i] = (now() - t) * 1e9 / n;
        t = now();
        model *copy = model_load_own(replay_profile(r), b.data, b.len, &why);
        load[i] = (now() - t) * 1e9 / n;
        if (!copy)
            die(&why);
        model_delete(copy);
        buf_free(&b);
    }
    *save_ns = median(save, REPS);
    *load_ns = median(load, REPS);
}

static double seek_median(replay *r, uint64_t from, uint64_t lo, uint64_t hi, uint64_t *seed)
{
    double t[40];
    for (int i = 0; i < 40; i++) {
        uint64_t x = *seed = *seed * 6364136223846793005ULL + 1442695040888963407ULL;
        t[i] = seek_time(r, from, lo + (x >> 33) % (hi - lo + 1));
    }
    return median(t, 40);
}

/* Prints the seek figures of session 1 in st, names prefixed by `pre`. */
/* Seconds a new replay of session 1 in st takes to reach its last step
 * (its first seek: from the file's keyframes, if any). */
static double next_open_to_end(store *st)
{
    buf err = BUF_INIT;
    double t = now();
    replay *r = replay_open(st, 1, &err);
    uint64_t pos;
    if (!r || replay_step_end(r, replay_last_step(r), &pos, &err) || replay_seek(r, pos, &err))
        die(&err);
    t = now() - t;
    replay_close(r);
    buf_free(&err);
    return t;
}

/* The bytes of session 1's keyframe rows in st. */
static double keyframe_bytes(store *st)
{
    sqlite3_stmt *q;
    double n = 0;
    if (sqlite3_prepare_v2(store_db(st), "SELECT sum(length(data)) FROM keyframe WHERE session = 1", -1, &q,
                           NULL) == SQLITE_OK && sqlite3_step(q) == SQLITE_ROW)
        n = sqlite3_column_double(q, 0);
    sqlite3_finalize(q);
    return n;
}

static void print_seeks(store *st, const char *pre)
{
    double walk;
    replay *r = indexed(st, &walk);
    uint64_t last = replay_last_step(r), seed = 7;
    double first[REPS], end[REPS], cold[REPS], cold_first[REPS], cold_cpu[REPS], cold_first_cpu[REPS];
    size_t objs[2];
    for (int i = 0; i < REPS; i++) {
        first[i] = seek_time(r, last, 1);
        end[i] = seek_time(r, 1, last);
    }
    double s1 = median(first, REPS), sl = median(end, REPS);
    objs[1] = model_obj_count(replay_model(r));
    double save_ns, load_ns;
    keyframe_cost(r, &save_ns, &load_ns);
    seek_time(r, last, 1);
    objs[0] = model_obj_count(replay_model(r));
    for (int i = 0; i < REPS; i++) {        /* no spare model kept: a keyframe loads */
        cold[i] = seek_time_as(r, 1, last, 1, &cold_cpu[i]);
        cold_first[i] = seek_time_as(r, last, 1, 1, &cold_first_cpu[i]);
    }
    double sc = median(cold, REPS), sc1 = median(cold_first, REPS);
    double early = seek_median(r, last, 1, last / 20 + 1, &seed);
    double late = seek_median(r, 1, last - last / 20 - 1, last - 1, &seed);
    replay_stats rs;
    replay_get_stats(r, &rs);
    uint64_t nevents = replay_events(r);
    double keep = now();
    int kept = replay_keep_keyframes(r, NULL);
    keep = now() - keep;
    replay_close(r);
    double next_end = next_open_to_end(st), kept_bytes = keyframe_bytes(st);
    printf("bench %sfirst_walk %.3f s\n", pre, walk);
    printf("bench %skeyframes_kept %d keyframes\n", pre, kept);
    printf("bench %skeyframes_kept_ms %.1f ms\n", pre, keep * 1e3);
    printf("bench %skeyframes_kept_bytes_per_event %.2f bytes\n", pre, kept_bytes / (double)nevents);
    printf("bench %snext_open_seek_to_last_step %.3f ms\n", pre, next_end * 1e3);
    printf("bench %snext_open_vs_first_walk %.3f ratio\n", pre, next_end / walk);
    printf("bench %skeyframes %llu keyframes\n", pre, (unsigned long long)rs.keyframes_built);
    printf("bench %skeyframe_spacing_max %llu events\n", pre, (unsigned long long)rs.max_spacing);
    printf("bench %sseek_to_first_step %.3f ms\n", pre, s1 * 1e3);
    printf("bench %sseek_to_last_step %.3f ms\n", pre, sl * 1e3);
    printf("bench %sseek_last_vs_first %.2f ratio\n", pre, sl / s1);
    printf("bench %sseek_objects_first_last %zu %zu objects\n", pre, objs[0], objs[1]);
    printf("bench %sseek_to_first_step_per_object %.1f ns/object\n", pre, s1 * 1e9 / (double)(objs[0] ? objs[0] : 1));
    printf("bench %sseek_to_last_step_per_object %.1f ns/object\n", pre, sl * 1e9 / (double)(objs[1] ? objs[1] : 1));
    printf("bench %sseek_to_last_step_cold %.3f ms\n", pre, sc * 1e3);
    printf("bench %sseek_to_last_step_cold_per_object %.1f ns/object\n", pre, sc * 1e9 / (double)(objs[1] ? objs[1] : 1));
    printf("bench %sseek_to_first_step_cold %.3f ms\n", pre, sc1 * 1e3);
    printf("bench %sseek_cold_last_vs_cold_first %.2f ratio\n", pre, sc / sc1);
    printf("bench %sseek_cold_last_vs_cold_first_cpu %.2f ratio\n", pre,
           median(cold_cpu, REPS) / median(cold_first_cpu, REPS));
    printf("bench %sseek_cold_last_vs_first %.2f ratio\n", pre, sc / s1);
    printf("bench %skeyframe_save_per_object %.1f ns/object\n", pre, save_ns);
    printf("bench %skeyframe_load_per_object %.1f ns/object\n", pre, load_ns);
    printf("bench %sseek_early %.3f ms\n", pre, early * 1e3);
    printf("bench %sseek_late %.3f ms\n", pre, late * 1e3);
    printf("bench %sseek_late_vs_early %.2f ratio\n", pre, late / early);
}

/* A real program of about 2,900,000 events: a sliding working set of
 * tuples, strs and floats. */
static const char real_program[] =
    "data = []\n"
    "for i in range(40000):\n"
    "    data.append((i, str(i), i * 0.5))\n"
    "    if len(data) > 5000:\n"
    "        data = data[2500:]\n"
    "total = 0\n"
    "for t in data:\n"
    "    total += t[0]\n"
    "print(total)\n";

/* A program of big objects: long lists and strings live across the whole
 * session (big keyframes, few objects changing). */
static const char big_program[] =
    "keep = [list(range(j * 1000, j * 1000 + 5000)) for j in range(40)]\n"
    "text = ['x' * 200000 for j in range(20)]\n"
    "for i in range(30000):\n"
    "    row = [i, str(i), i * 0.5]\n"
    "    keep[i % 40][i % 5000] = row\n"
    "print(len(keep))\n";

typedef struct timing {
    double wall, cpu;           /* seconds; cpu: user + sys, every thread */
    double main;                /* the interpreter's thread alone, to the
                                   session's end */
    double end;                 /* of which session_end (the last commit,
                                   the checkpoint) */
    double open_wall;           /* wall seconds of store_open + session_begin */
    double end_wall;            /* … of session_end + store_close */
    double writer;              /* the writer thread (process − main, to the
                                   session's end) */
    long faults;                /* page faults, start to file closed */
} timing;

/* Runs source, recorded into path (NULL: not), as `heapviz run` does:
 * the interpreter builds its events in the session's ring (run.c), and
 * stops sending them when the session ends. */
static timing run_real(const char *source, const char *path)
{
    buf err = BUF_INIT;
    timing t = {.wall = now(), .cpu = process_cpu(), .main = thread_cpu(), .faults = page_faults()};
    store *st = path ? store_open(path, STORE_WRITE, NULL, &err) : NULL;
    session_meta meta = {"real.py", "cpython-3.11", "generational", source};
    session *s = st ? session_begin(st, &meta, &err) : NULL;
    if (path && !s)
        die(&err);
    t.open_wall = now() - t.wall;
    interp_options opt = {.prof = profile_default(), .ring = s ? session_ring(s) : NULL, .write = st_quiet};
    interp *in = interp_new(&opt);
    interp_run(in, source, strlen(source), "real.py");
    double end = thread_cpu(), end_wall = now();
    if (s)
        interp_set_sink(in, NULL, NULL, NULL);          /* as run.c: the shutdown is not recorded */
    if (s && session_end(s, SESSION_COMPLETE, &err))
        die(&err);
    s = NULL;
    t.end = thread_cpu() - end;
    t.end_wall = now() - end_wall;
    t.main = thread_cpu() - t.main;
    t.writer = process_cpu() - t.cpu - t.main;
    interp_delete(in);
    double close_wall = now();
    store_close(st);
    t.end_wall += now() - close_wall;
    t.wall = now() - t.wall;
    t.cpu = process_cpu() - t.cpu;
    t.faults = page_faults() - t.faults;
    buf_free(&err);
    return t;
}

/* The interpreter's thread running source with its events built and
 * dropped (a sink that only counts): seconds of CPU, the events in *n. */
static double run_built(const char *source, uint64_t *n)
{
    *n = 0;
    double t = thread_cpu();
    interp_options opt = {.prof = profile_default(), .emit = discard, .emit_ud = n, .write = st_quiet};
    interp *in = interp_new(&opt);
    interp_run(in, source, strlen(source), "real.py");
    t = thread_cpu() - t;
    interp_delete(in);
    return t;
}

/* Seconds of CPU to code source's events in batches as the writer does
 * (the codec alone, the events held in memory); *crc the CRCs' part. */
static double real_encode_time(const char *source, double *crc)
{
    st_stream k = {0};
    interp_options opt = {.prof = profile_default(), .emit = st_collect, .emit_ud = &k, .write = st_quiet};
    interp *in = interp_new(&opt);
    interp_run(in, source, strlen(source), "real.py");
    interp_delete(in);
    double t[3], c[3];
    for (int rep = 0; rep < 3; rep++)
        t[rep] = encode_time(k.ev, k.n, &c[rep]);
    free(k.ev);
    *crc = median(c, 3);
    return median(t, 3);
}

/* Records source three times (and runs it unrecorded as often); prints
 * the figures prefixed by `pre`. */
/* The size of a new store with no session (its tables and indexes). */
static double empty_store_bytes(const char *dir)
{
    char path[96];
    snprintf(path, sizeof path, "%s/empty.db", dir);
    buf err = BUF_INIT;
    store *st = store_open(path, STORE_WRITE, NULL, &err);
    if (!st)
        die(&err);
    store_close(st);
    struct stat sb;
    stat(path, &sb);
    unlink(path);
    buf_free(&err);
    return (double)sb.st_size;
}

/* The file's bytes per event, and past an empty store's size. */
static void print_bytes(const char *dir, const char *pre, double size, uint64_t events)
{
    printf("bench %sbytes_per_event %.2f bytes\n", pre, size / (double)events);
    printf("bench %sbytes_per_event_past_empty %.2f bytes\n", pre, (size - empty_store_bytes(dir)) / (double)events);
}

static void bench_real(const char *dir, const char *pre, const char *source)
{
    char path[96];
    snprintf(path, sizeof path, "%s/real.db", dir);
    double wall[2][3], cpu[2][3], main_cpu[3], writer[3], end[3], built[3], open_wall[3], end_wall[3], faults[3];
    uint64_t built_events = 0;
    for (int rep = 0; rep < 3; rep++) {
        timing a = run_real(source, NULL);
        unlink(path);
        timing r = run_real(source, path);
        built[rep] = run_built(source, &built_events);
        wall[0][rep] = a.wall, cpu[0][rep] = a.cpu, wall[1][rep] = r.wall, cpu[1][rep] = r.cpu;
        main_cpu[rep] = r.main - r.end, writer[rep] = r.writer, end[rep] = r.end;
        open_wall[rep] = r.open_wall, end_wall[rep] = r.end_wall, faults[rep] = (double)(r.faults - a.faults);
    }
    double crc, enc = real_encode_time(source, &crc);
    double a = median(wall[0], 3), r = median(wall[1], 3), ca = median(cpu[0], 3), cr = median(cpu[1], 3);
    struct stat sb;
    stat(path, &sb);
    buf err = BUF_INIT;
    store *st = store_open(path, STORE_READ, NULL, &err);
    replay *rp = st ? replay_open(st, 1, &err) : NULL;
    if (!rp)
        die(&err);
    uint64_t events = replay_events(rp);
    replay_close(rp);
    printf("bench %sevents %llu events\n", pre, (unsigned long long)events);
    print_seeks(st, pre);
    store_close(st);
    printf("bench %srun_no_record %.3f s\n", pre, a);
    printf("bench %srun_recorded %.3f s\n", pre, r);
    printf("bench %srecord_overhead %.2f ratio\n", pre, r / a);
    printf("bench %sopen_wall %.1f ms\n", pre, median(open_wall, 3) * 1e3);
    printf("bench %send_wall %.1f ms\n", pre, median(end_wall, 3) * 1e3);
    printf("bench %scpu_no_record %.3f s\n", pre, ca);
    printf("bench %scpu_recorded %.3f s\n", pre, cr);
    printf("bench %scpu_overhead %.2f ratio\n", pre, cr / ca);
    /* where each nanosecond of a recorded event goes (CPU per event): */
    double ns = 1e9 / (double)events, b = median(built, 3) * 1e9 / (double)built_events;
    printf("bench %smain_cpu_no_record %.1f ns/event\n", pre, ca * ns);
    printf("bench %smain_cpu_events_built %.1f ns/event\n", pre, b);
    printf("bench %smain_cpu_recorded %.1f ns/event\n", pre, median(main_cpu, 3) * ns);
    printf("bench %semit_cpu %.1f ns/event\n", pre, median(main_cpu, 3) * ns - b);
    printf("bench %swriter_cpu %.1f ns/event\n", pre, median(writer, 3) * ns);
    printf("bench %sencode_cost %.1f ns/event\n", pre, (enc - crc) * 1e9 / (double)built_events);
    printf("bench %scrc_cost %.1f ns/event\n", pre, crc * 1e9 / (double)built_events);
    printf("bench %send_cpu %.1f ns/event\n", pre, median(end, 3) * ns);
    printf("bench %soverhead_floor %.2f ratio\n", pre, b / (ca * ns));
    printf("bench %spage_faults %.0f faults\n", pre, median(faults, 3));
    printf("bench %sevents_per_second %.0f events/s\n", pre, (double)events / r);
    print_bytes(dir, pre, (double)sb.st_size, events);
    unlink(path);
    buf_free(&err);
}

/* The syncs (fsyncs: each waits for the disk) of recording the synthetic
 * program into path through a counting VFS, open to close. */
static uint64_t recording_syncs(const char *path, faultvfs *f)
{
    buf err = BUF_INIT;
    store_options opts = {.vfs = f->vfs.zName};
    uint64_t before = f->syncs, events;
    store *st = store_open(path, STORE_WRITE, &opts, &err);
    session_meta meta = {"bench.py", "cpython-3.11", "generational", ""};
    session *s = st ? session_begin(st, &meta, &err) : NULL;
    if (!s)
        die(&err);
    run_program(session_emit, s, &events);
    if (session_end(s, SESSION_COMPLETE, &err))
        die(&err);
    store_close(st);
    buf_free(&err);
    return f->syncs - before;
}

/* Prints the syncs of a recording into a new file and into an existing one. */
static void print_syncs(const char *dir)
{
    char path[96];
    snprintf(path, sizeof path, "%s/syncs.db", dir);
    faultvfs f;
    faultvfs_register(&f, "bench-syncs");
    printf("bench store_syncs_new_file %llu syncs\n", (unsigned long long)recording_syncs(path, &f));
    printf("bench store_syncs_existing_file %llu syncs\n", (unsigned long long)recording_syncs(path, &f));
    sqlite3_vfs_unregister(&f.vfs);
    unlink(path);
}

/* The synthetic program's figures, seeks, syncs (store_*). */
static int bench_synthetic(const char *dir)
{
    char path[64];
    snprintf(path, sizeof path, "%s/sessions.db", dir);

    double alone[3], recorded[3], loop[3], main_alone[3], main_rec[3], writer[3], end[3];
    uint64_t events = 0, sink = 0;
    for (int rep = 0; rep < 3; rep++) {
        double c = thread_cpu();
        alone[rep] = run_program(discard, &sink, &events);
        main_alone[rep] = thread_cpu() - c;
        unlink(path);
        buf err = BUF_INIT;
        double t = now(), p = process_cpu();
        c = thread_cpu();
        store *st = store_open(path, STORE_WRITE, NULL, &err);
        session_meta meta = {"bench.py", "cpython-3.11", "generational", ""};
        session *s = st ? session_begin(st, &meta, &err) : NULL;
        if (!s) {
            fprintf(stderr, "bench-store: %s\n", buf_str(&err));
            return 1;
        }
        loop[rep] = run_program(session_emit, s, &events);
        main_rec[rep] = thread_cpu() - c;
        writer[rep] = process_cpu() - p - main_rec[rep];
        p = process_cpu();
        if (session_end(s, SESSION_COMPLETE, &err)) {
            fprintf(stderr, "bench-store: %s\n", buf_str(&err));
            return 1;
        }
        store_close(st);
        recorded[rep] = now() - t;
        end[rep] = process_cpu() - p;
        buf_free(&err);
    }
    double a = median(alone, 3), r = median(recorded, 3), l = median(loop, 3);
    struct stat sb;
    stat(path, &sb);

    buf err = BUF_INIT;
    store *wst = store_open(path, STORE_WRITE, NULL, &err);
    double emit = wst ? emit_cost(wst) : 0;
    store_close(wst);
    store *st = store_open(path, STORE_READ, NULL, &err);
    if (!st)
        die(&err);
    printf("bench store_events %llu events\n", (unsigned long long)events);
    print_seeks(st, "store_");
    store_close(st);
    printf("bench store_program_alone %.3f s\n", a);
    printf("bench store_program_recorded %.3f s\n", r);
    printf("bench store_record_overhead %.2f ratio\n", r / a);
    printf("bench store_program_ns_per_event %.1f ns/event\n", a * 1e9 / (double)events);
    printf("bench store_recorded_loop_ns_per_event %.1f ns/event\n", l * 1e9 / (double)events);
    printf("bench store_emit_cost %.1f ns/event\n", emit);
    printf("bench store_events_per_second %.0f events/s\n", (double)events / r);
    printf("bench store_empty_file %.0f bytes\n", empty_store_bytes(dir));
    print_bytes(dir, "store_", (double)sb.st_size, events);
    print_breakdown(median(main_alone, 3), median(main_rec, 3), median(writer, 3), median(end, 3), events);
    unlink(path);
    print_syncs(dir);
    return 0;
}

/* `bench-store [part…]`: every part (synthetic, real, big) unless some
 * are named. */
int main(int argc, char **argv)
{
    char dir[] = "/tmp/hv-bench-store-XXXXXX";
    static const char *const parts[] = {"synthetic", "real", "big"};
    int want[3] = {argc < 2, argc < 2, argc < 2}, rc = 0;
    for (int i = 1; i < argc; i++) {
        int k = 0;
        while (k < 3 && strcmp(argv[i], parts[k]) != 0)
            k++;
        if (k == 3) {
            fprintf(stderr, "bench-store: %s: not a part (synthetic, real, big)\n", argv[i]);
            return 2;
        }
        want[k] = 1;
    }
    if (!mkdtemp(dir))
        return 1;
    if (want[0])
        rc = bench_synthetic(dir);
    if (!rc && want[1])
        bench_real(dir, "store_real_", real_program);
    if (!rc && want[2])
        bench_real(dir, "store_big_", big_program);
    rmdir(dir);
    return rc;
}
