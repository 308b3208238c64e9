/*
 * demoheap.h — the demo heap: a fixed, realistic mix of allocations made
 * through the simulated pymalloc, with a heap model attached as the event
 * sink.  `heapviz render` draws it until sessions come from the store, and
 * the view tests and benchmarks use it.  Deterministic: the same profile
 * always gives the same heap.
 */
#ifndef HV_DEMOHEAP_H
#define HV_DEMOHEAP_H

#include "model.h"
#include "pymalloc.h"

typedef struct demoheap {
    pymalloc *pm;           /* the simulated allocator */
    model *model;           /* the replica every event was applied to */
    const profile *prof;
} demoheap;

/* The demo heap for profile p: what a small program leaves behind after
 * start-up objects, growing lists, a burst of temporaries freed again, and
 * some large buffers (a few arenas, one of them released, free holes, raw
 * blocks).  Cannot fail. */
demoheap *demoheap_new(const profile *p);
/* Adds more of the same kind of objects until at least narenas arenas are
 * mapped (1024 arenas of the default profile: a 1 GiB heap). */
void demoheap_grow(demoheap *d, unsigned narenas);
void demoheap_delete(demoheap *d);

#endif
