/*
 * bench-pymalloc: one fixed trace of pymalloc-sized malloc/free/realloc
 * operations through the simulated allocator (events on, into a counting
 * sink) and through glibc, in the same run.  Prints `bench NAME VALUE UNIT`
 * lines; the figure that matters is the ratio (target ≤ 1.0).
 */
#include "pymalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

enum { OPS = 3000000, LIVE = 200000, ROUNDS = 5 };

typedef struct op {
    uint32_t slot;          /* which live pointer */
    uint32_t size;          /* request size (malloc, realloc) */
    uint8_t kind;           /* 0 malloc-or-free, 1 realloc */
} op;

static uint64_t rnd(uint64_t *s)
{
    *s ^= *s << 13;
    *s ^= *s >> 7;
    *s ^= *s << 17;
    return *s;
}

/* Sizes as a Python program makes them: mostly 32–64-byte objects, some
 * containers and strings, a few raw requests. */
static uint32_t pick_size(uint64_t r)
{
    unsigned k = r % 100;
    if (k < 40) return 32;
    if (k < 65) return 64;
    if (k < 80) return 16 + (uint32_t)(r >> 8) % 96;
    if (k < 97) return 96 + (uint32_t)(r >> 8) % 417;
    return 513 + (uint32_t)(r >> 8) % 4000;
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static void count(void *ud, const hv_event *ev)
{
    (void)ev;
    ++*(uint64_t *)ud;
}

static double run_glibc(const op *ops, void **live)
{
    double t = now();
    for (int i = 0; i < OPS; i++) {
        void **p = &live[ops[i].slot];
        if (ops[i].kind)
            *p = realloc(*p, ops[i].size);
        else if (*p) {
            free(*p);
            *p = NULL;
        } else
            *p = malloc(ops[i].size);
    }
    t = now() - t;
    for (int i = 0; i < LIVE; i++) {
        free(live[i]);
        live[i] = NULL;
    }
    return t;
}

static double run_sim(const op *ops, uint64_t *live, uint64_t *events, double *host_per_block)
{
    pymalloc *pm = pymalloc_new(profile_default(), 0, count, events);
    double t = now();
    for (int i = 0; i < OPS; i++) {
        uint64_t *p = &live[ops[i].slot];
        if (ops[i].kind)
            *p = pymalloc_realloc(pm, *p, ops[i].size);
        else if (*p) {
            pymalloc_free(pm, *p);
            *p = 0;
        } else
            *p = pymalloc_malloc(pm, ops[i].size);
    }
    t = now() - t;
    pymalloc_stats st;
    pymalloc_get_stats(pm, &st);
    *host_per_block = (double)pymalloc_host_bytes(pm) / (double)st.allocated_blocks;
    for (int i = 0; i < LIVE; i++)
        live[i] = 0;
    pymalloc_delete(pm);
    return t;
}

int main(void)
{
    op *ops = malloc(OPS * sizeof *ops);
    uint64_t seed = 0x5eed;
    for (int i = 0; i < OPS; i++) {
        uint64_t r = rnd(&seed);
        ops[i] = (op){(uint32_t)(r % LIVE), pick_size(r >> 20), (r >> 60) == 0};
    }
    void **glive = calloc(LIVE, sizeof *glive);
    uint64_t *slive = calloc(LIVE, sizeof *slive);
    double best_g = 1e9, best_s = 1e9, per_block = 0;
    uint64_t events = 0;
    for (int r = 0; r < ROUNDS; r++) {     /* interleaved: both see the same noise */
        double g = run_glibc(ops, glive);
        events = 0;
        double s = run_sim(ops, slive, &events, &per_block);
        best_g = g < best_g ? g : best_g;
        best_s = s < best_s ? s : best_s;
    }
    printf("bench pymalloc_time_vs_glibc %.3f ratio\n", best_s / best_g);
    printf("bench pymalloc_ops_per_second %.0f ops/s\n", OPS / best_s);
    printf("bench pymalloc_events_per_op %.2f events\n", (double)events / OPS);
    printf("bench pymalloc_host_bytes_per_live_block %.1f bytes\n", per_block);
    free(ops);
    free(glive);
    free(slive);
    return 0;
}
