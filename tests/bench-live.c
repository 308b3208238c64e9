/*
 * bench-live: a statement typed at the live console against the same
 * statement run alone (heapviz run --no-record's cost), and the steps of a
 * big statement forwards and back.
 *
 *   live_statement_interp_s      the statement's interpreting alone (events
 *                                counted, not kept)
 *   live_statement_s             the console's: interpreting into the live
 *                                stream, then its model brought to the end,
 *                                the walker behind following the statement
 *                                (stream_walk_behind, as the app runs it)
 *   live_statement_vs_run        their ratio (lower is better; 1 is the floor)
 *   live_statement_seek_ns_per_event   the model's share, per event
 *   live_statement_slices_*      the same without the thread (the walk
 *                                ahead in the app's idle slices only)
 *   live_step_back_ms            `p` from the end of that statement
 *   live_step_forward_ms         `n` back to the end
 *   live_bigheap_*               a 1 GiB heap (900 bytes(10**6) and 220,000
 *                                small objects) whose longest step is
 *                                millions of events: `n` over it the first
 *                                time (ns per event: the floor, applying
 *                                each), `p` back over it, `n` again, and
 *                                `p` from its end with no spare model (a
 *                                keyframe and the events after it)
 *
 * Prints `bench NAME VALUE UNIT` lines.  An argument N runs range(N)
 * instead of a million (for callgrind).
 */
#include "bench.h"
#include "interp.h"
#include "live.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char setup[] = "xs = []\n";

static void die(const char *what, buf *err)
{
    fprintf(stderr, "bench-live: %s: %s\n", what, buf_str(err));
    exit(1);
}

static const char bigheap[] =
    "big = [bytes(1000000) for _ in range(900)]\n"
    "small = [str(i) for i in range(220000)]\n"
    "for i in range(200000): small[i] = str(i + 1)\n"
    "x = 0\n";

/* Seeks s to pos: seconds, and the events it applied or undid into *moved. */
static double timed_seek(stream *s, uint64_t pos, uint64_t *moved)
{
    buf err = BUF_INIT;
    uint64_t m0 = stream_events_moved(s);
    double t0 = now();
    if (stream_seek(s, pos, &err) != 0)
        die("seek", &err);
    double t = now() - t0;
    *moved = stream_events_moved(s) - m0;
    buf_free(&err);
    return t;
}

static void bench_bigheap(void)
{
    live *l = live_new(profile_default(), 0, "big.py", bigheap, NULL);
    live_run_script(l, bigheap, strlen(bigheap), "big.py");
    stream *s = live_stream(l);
    uint64_t n = stream_steps(s), best = 0, len = 0, moved;
    for (uint64_t k = 0; k <= n; k++) {
        uint64_t b = stream_step_begin(s, k), e = k < n ? stream_step_begin(s, k + 1) : stream_events(s);
        if (e - b > len)
            len = e - b, best = k;
    }
    uint64_t b = stream_step_begin(s, best), e = b + len;
    timed_seek(s, b, &moved);
    double first = timed_seek(s, e, &moved);
    double back = timed_seek(s, b, &moved);
    double again = timed_seek(s, e, &moved);
    timed_seek(s, stream_events(s), &moved);    /* to the end: the spare is now past e */
    timed_seek(s, e, &moved);
    double cold = timed_seek(s, b, &moved);
    printf("bench live_bigheap_step_events %llu events\n", (unsigned long long)len);
    printf("bench live_bigheap_n_first_ms %.1f ms\n", first * 1e3);
    printf("bench live_bigheap_n_first_ns_per_event %.1f ns/event\n", first * 1e9 / (double)len);
    printf("bench live_bigheap_p_ms %.1f ms\n", back * 1e3);
    printf("bench live_bigheap_n_again_ms %.1f ms\n", again * 1e3);
    printf("bench live_bigheap_p_cold_ms %.1f ms\n", cold * 1e3);
    printf("bench live_bigheap_p_cold_events_moved %llu events\n", (unsigned long long)moved);
    live_delete(l);
}

/* A console that ran setup and was at its end, idle (the app's idle hook
 * done: the walker behind, unless `slices`, given its model and done),
 * then stmt typed and the model brought to its end: the statement's
 * seconds into *t, of which the seek *seek; its events into *events (may
 * be NULL).  The live session, to step in. */
static live *console_statement(const char *stmt, int slices, double *t, double *seek, uint64_t *events)
{
    live *l = live_new(profile_default(), 0, "console", NULL, NULL);
    stream *s = live_stream(l);
    const app_console *c = live_console(l);
    buf err = BUF_INIT;
    if (!slices)
        stream_walk_behind(s);
    c->run(c->ud, setup, strlen(setup));
    if (stream_seek(s, stream_events(s), &err) != 0)
        die("seek", &err);
    while (stream_index_some(s, 10000))
        ;
    stream_walk_wait(s);
    uint64_t before = stream_events(s);
    double t0 = now();
    c->run(c->ud, stmt, strlen(stmt));
    double t1 = now();
    if (stream_seek(s, stream_events(s), &err) != 0)
        die("seek", &err);
    *t = now() - t0;
    *seek = now() - t1;
    if (events)
        *events = stream_events(s) - before;
    buf_free(&err);
    if (slices) {
        live_delete(l);
        return NULL;
    }
    return l;
}

int main(int argc, char **argv)
{
    long n = argc > 1 ? atol(argv[1]) : 1000000;
    char stmt[128];
    snprintf(stmt, sizeof stmt, "for i in range(%ld): xs.append(i)\n", n);

    /* the statement alone: run --no-record's interpreting */
    uint64_t count = 0;
    interp_options opt = {.prof = profile_default(), .emit = discard, .emit_ud = &count};
    interp *in = interp_new(&opt);
    interp_run(in, setup, strlen(setup), "bench.py");
    double t0 = now();
    interp_console(in, stmt, strlen(stmt));
    double alone = now() - t0;
    interp_delete(in);

    /* at the console, as the app runs it (the walker behind following the
     * statement), and in the same run without the thread: into the stream,
     * then the model to the end */
    double slices_t, slices_seek;
    console_statement(stmt, 1, &slices_t, &slices_seek, NULL);
    double live_t, seek;
    uint64_t events;
    live *l = console_statement(stmt, 0, &live_t, &seek, &events);
    stream *s = live_stream(l);
    uint64_t before = stream_events(s) - events;
    buf err = BUF_INIT;

    /* the steps: back to the statement's start, forward to its end */
    uint64_t end = stream_events(s);
    t0 = now();
    if (stream_seek(s, before, &err) != 0)
        die("seek back", &err);
    double back = now() - t0;
    t0 = now();
    if (stream_seek(s, end, &err) != 0)
        die("seek forward", &err);
    double fwd = now() - t0;
    live_delete(l);
    buf_free(&err);

    printf("bench live_statement_events %llu events\n", (unsigned long long)events);
    printf("bench live_statement_interp_s %.3f s\n", alone);
    printf("bench live_statement_s %.3f s\n", live_t);
    printf("bench live_statement_vs_run %.2f ratio\n", live_t / alone);
    printf("bench live_statement_slices_s %.3f s (no thread)\n", slices_t);
    printf("bench live_statement_slices_vs_run %.2f ratio (no thread)\n", slices_t / alone);
    printf("bench live_statement_slices_seek_ns_per_event %.1f ns/event (no thread)\n",
           slices_seek * 1e9 / (double)(events ? events : 1));
    printf("bench live_statement_seek_ns_per_event %.1f ns/event\n", seek * 1e9 / (double)(events ? events : 1));
    printf("bench live_step_back_ms %.1f ms\n", back * 1e3);
    printf("bench live_step_forward_ms %.1f ms\n", fwd * 1e3);
    if (argc <= 1)
        bench_bigheap();
    return 0;
}
