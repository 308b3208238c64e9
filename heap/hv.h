/*
 * hv.h — what every heapviz file may need: host-memory allocation that never
 * returns NULL, and the attribute macros.
 *
 * Two kinds of error exist in heapviz (STYLE.md, rule 8).  Running out of
 * *host* memory is fatal: hv_oom() restores the terminal (through the hook a
 * backend installs) and exits with status 3.  Everything else is recoverable
 * and is returned as an error code.  Running out of *simulated* memory is
 * data, never an error here.
 */
#ifndef HV_H
#define HV_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#if defined(__GNUC__)
#define HV_NORETURN __attribute__((noreturn))
#define HV_PRINTF(f, a) __attribute__((format(printf, f, a)))
#define HV_LIKELY(x) __builtin_expect(!!(x), 1)
#define HV_UNLIKELY(x) __builtin_expect(!!(x), 0)
/* A slow path kept out of the hot function that calls it, so that one
 * needs no register saves of its own. */
#define HV_NOINLINE __attribute__((noinline))
#else
#define HV_NORETURN
#define HV_PRINTF(f, a)
#define HV_LIKELY(x) (x)
#define HV_UNLIKELY(x) (x)
#define HV_NOINLINE
#endif

#define HV_COUNTOF(a) (sizeof(a) / sizeof((a)[0]))
/* The value of hex digit c (either case), or -1. */
static inline int hv_hexval(int c)
{
    return c >= '0' && c <= '9' ? c - '0' : (c | 32) >= 'a' && (c | 32) <= 'f' ? (c | 32) - 'a' + 10 : -1;
}

/* The larger and the smaller of two values (each evaluated twice). */
#define HV_MAX(a, b) ((a) > (b) ? (a) : (b))
#define HV_MIN(a, b) ((a) < (b) ? (a) : (b))

/* Reports that host memory ran out and exits(3).  Never returns. */
HV_NORETURN void hv_oom(void);

/* Installs the function hv_oom() hands its one-line message to instead of
 * printing it on stderr (a backend restoring the terminal, which prints
 * it between the screen's restoration and the tty modes': hv_oom exits
 * when it returns); NULL removes it.  One hook per process: the UI owns it. */
void hv_set_fatal_hook(void (*hook)(const char *msg));

/* malloc/calloc/realloc that call hv_oom() instead of returning NULL.
 * hv_malloc(0) returns a valid unique pointer. */
void *hv_malloc(size_t n);
void *hv_calloc(size_t count, size_t size);
void *hv_realloc(void *p, size_t n);
char *hv_strdup(const char *s);
/* C11 aligned_alloc (align a power of two, n a multiple of it), fatal on
 * host OOM.  free() it. */
void *hv_aligned_alloc(size_t align, size_t n);
/* A copy of s[0..n) with a NUL after it.  Host OOM is fatal. */
char *hv_strndup(const char *s, size_t n);
/* vsprintf into a new string (free() it).  Host OOM is fatal. */
char *hv_vasprintf(const char *fmt, va_list ap);
/* Code point c in UTF-8 (a surrogate as its 3-byte form, as CPython's
 * surrogatepass would) into out; returns how many bytes (1-4). */
size_t hv_utf8_put(char out[4], uint32_t c);

/* ---- fault injection (tests) ----------------------------------------------
 *
 * Two environment variables, read at the first host allocation:
 *   HEAPVIZ_FAIL_ALLOC=N     the Nth allocation (1-based, counted over all
 *                            threads) fails as if the host had run out:
 *                            hv_oom() is called, as for a real failure
 *   HEAPVIZ_ALLOC_TRACE=PATH every allocation appends "N SITE" to PATH, SITE
 *                            being its caller's address (the same in one
 *                            run), so a test can fail each site in turn
 * Unset (the normal case) they cost one relaxed atomic load an allocation.
 * tests/84-oom.sh and 69-faults-screen.sh use them.  hv_fault_injecting
 * says whether either is set: then a thread whose allocations come sooner
 * or later with the machine's timing (the live walker behind, stream.c)
 * is not started, since it would move every later N. */
int hv_fault_injecting(void);

/* Grows the array *p of *cap elements of `size` bytes so it holds at least
 * `need` elements (doubling, minimum `min`).  Cannot fail. */
void hv_grow(void *p, size_t *cap, size_t need, size_t size, size_t min);

#endif
