/*
 * hv.c — host memory that cannot fail, the single fatal-error path, and the
 * fault-injection hook the out-of-memory tests use (hv.h).
 *
 * The hook's state is process-wide, like the host's malloc it stands for:
 *   fault_mode   FAULT_UNREAD until the first allocation reads the
 *                environment, then FAULT_OFF or FAULT_ON
 *   fault_at     the allocation to fail (0: none)
 *   fault_count  allocations so far (counted only when FAULT_ON)
 */
#include "hv.h"

#include <stdarg.h>

#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static _Atomic(void (*)(const char *)) fatal_hook;  /* the UI's (hv.h); read by any thread */

enum { FAULT_UNREAD, FAULT_OFF, FAULT_ON };
static atomic_int fault_mode;
static unsigned long fault_at;
static atomic_ulong fault_count;
static FILE *fault_trace;

/* Reads HEAPVIZ_FAIL_ALLOC and HEAPVIZ_ALLOC_TRACE (once: two threads
 * racing here compute the same answer; the trace file is opened under a
 * compare-and-swap so only one opens it). */
static int fault_read_env(void)
{
    const char *n = getenv("HEAPVIZ_FAIL_ALLOC"), *path = getenv("HEAPVIZ_ALLOC_TRACE");
    if ((!n || !*n) && (!path || !*path)) {
        atomic_store_explicit(&fault_mode, FAULT_OFF, memory_order_relaxed);
        return FAULT_OFF;
    }
    int expected = FAULT_UNREAD;
    if (!atomic_compare_exchange_strong(&fault_mode, &expected, FAULT_ON))
        return expected;
    fault_at = n ? strtoul(n, NULL, 10) : 0;
    if (path && *path) {
        fault_trace = fopen(path, "a");
        if (fault_trace)
            setvbuf(fault_trace, NULL, _IOLBF, 0);
    }
    return FAULT_ON;
}

/* Counts an allocation made from `site`; 1 if it is the one to fail. */
static int fault_tick(void *site)
{
    int mode = atomic_load_explicit(&fault_mode, memory_order_relaxed);
    if (HV_LIKELY(mode == FAULT_OFF))
        return 0;
    if (mode == FAULT_UNREAD && fault_read_env() == FAULT_OFF)
        return 0;
    unsigned long k = atomic_fetch_add(&fault_count, 1) + 1;
    if (fault_trace)
        fprintf(fault_trace, "%lu %p\n", k, site);
    return k == fault_at;
}

int hv_fault_injecting(void)
{
    int mode = atomic_load_explicit(&fault_mode, memory_order_relaxed);
    return (mode == FAULT_UNREAD ? fault_read_env() : mode) == FAULT_ON;
}

void hv_set_fatal_hook(void (*hook)(const char *msg))
{
    atomic_store(&fatal_hook, hook);
}

void hv_oom(void)
{
    static const char msg[] = "heapviz: out of host memory\n";
    void (*hook)(const char *) = atomic_load(&fatal_hook);
    if (hook)
        hook(msg);
    else
        fputs(msg, stderr);
    exit(3);
}

void *hv_malloc(size_t n)
{
    if (HV_UNLIKELY(fault_tick(__builtin_return_address(0))))
        hv_oom();
    void *p = malloc(n ? n : 1);
    if (!p)
        hv_oom();
    return p;
}

void *hv_aligned_alloc(size_t align, size_t n)
{
    if (HV_UNLIKELY(fault_tick(__builtin_return_address(0))))
        hv_oom();
    void *p = aligned_alloc(align, n);
    if (!p)
        hv_oom();
    return p;
}

void *hv_calloc(size_t count, size_t size)
{
    if (HV_UNLIKELY(fault_tick(__builtin_return_address(0))))
        hv_oom();
    void *p = calloc(count ? count : 1, size ? size : 1);
    if (!p)
        hv_oom();
    return p;
}

void *hv_realloc(void *p, size_t n)
{
    if (HV_UNLIKELY(fault_tick(__builtin_return_address(0))))
        hv_oom();
    void *q = realloc(p, n ? n : 1);
    if (!q)
        hv_oom();
    return q;
}

char *hv_strdup(const char *s)
{
    if (HV_UNLIKELY(fault_tick(__builtin_return_address(0))))
        hv_oom();
    size_t n = strlen(s) + 1;
    void *p = malloc(n);
    if (!p)
        hv_oom();
    return memcpy(p, s, n);
}

void hv_grow(void *p, size_t *cap, size_t need, size_t size, size_t min)
{
    void **ptr = p;
    size_t c = *cap;
    if (need <= c)
        return;
    if (c < min)
        c = min;
    while (c < need) {
        if (c > SIZE_MAX / 2 / size)
            hv_oom();
        c *= 2;
    }
    if (HV_UNLIKELY(fault_tick(__builtin_return_address(0))))
        hv_oom();
    void *q = realloc(*ptr, c * size);
    if (!q)
        hv_oom();
    *ptr = q;
    *cap = c;
}

char *hv_strndup(const char *s, size_t n)
{
    char *d = hv_malloc(n + 1);
    memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

char *hv_vasprintf(const char *fmt, va_list ap)
{
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    char *s = hv_malloc((size_t)n + 1);
    vsnprintf(s, (size_t)n + 1, fmt, ap);
    return s;
}

size_t hv_utf8_put(char out[4], uint32_t c)
{
    if (c < 0x80) {
        out[0] = (char)c;
        return 1;
    }
    if (c < 0x800) {
        out[0] = (char)(0xc0 | (c >> 6));
        out[1] = (char)(0x80 | (c & 0x3f));
        return 2;
    }
    if (c < 0x10000) {
        out[0] = (char)(0xe0 | (c >> 12));
        out[1] = (char)(0x80 | ((c >> 6) & 0x3f));
        out[2] = (char)(0x80 | (c & 0x3f));
        return 3;
    }
    out[0] = (char)(0xf0 | (c >> 18));
    out[1] = (char)(0x80 | ((c >> 12) & 0x3f));
    out[2] = (char)(0x80 | ((c >> 6) & 0x3f));
    out[3] = (char)(0x80 | (c & 0x3f));
    return 4;
}
