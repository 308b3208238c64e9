/*
 * bench.h — what the store benchmarks (bench-store, bench-load) share: a
 * monotonic clock, the median of repeated timings, and an event sink that
 * only counts.
 */
#ifndef HV_TESTS_BENCH_H
#define HV_TESTS_BENCH_H

#include "event.h"

#include <stdint.h>
#include <stdlib.h>
#include <time.h>

static inline double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static inline int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* The median of n timings (v is sorted in place). */
static inline double median(double *v, int n)
{
    qsort(v, (size_t)n, sizeof *v, cmp_double);
    return v[n / 2];
}

/* An emit callback that counts events into *(uint64_t *)ud. */
static inline void discard(void *ud, const hv_event *ev)
{
    (void)ev;
    ++*(uint64_t *)ud;
}

#endif
