/*
 * hv.c — host memory that cannot fail, and the single fatal-error path.
 */
#include "hv.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void (*fatal_hook)(void);   /* set once by the UI; see hv.h */

void hv_set_fatal_hook(void (*hook)(void))
{
    fatal_hook = hook;
}

void hv_oom(void)
{
    if (fatal_hook)
        fatal_hook();
    fputs("heapviz: out of host memory\n", stderr);
    exit(3);
}

void *hv_malloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p)
        hv_oom();
    return p;
}

void *hv_calloc(size_t count, size_t size)
{
    void *p = calloc(count ? count : 1, size ? size : 1);
    if (!p)
        hv_oom();
    return p;
}

void *hv_realloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q)
        hv_oom();
    return q;
}

char *hv_strdup(const char *s)
{
    size_t n = strlen(s) + 1;
    return memcpy(hv_malloc(n), s, n);
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
    *ptr = hv_realloc(*ptr, c * size);
    *cap = c;
}
