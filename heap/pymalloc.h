/*
 * pymalloc.h — a simulation of CPython 3.11's small-object allocator
 * (Objects/obmalloc.c) over simulated addresses.
 *
 * No real memory is handed out: an "address" is a number that says where the
 * block would be.  Every change is emitted as an event (event.h).  Requests of
 * 0 bytes or above the profile's threshold take the raw path (libc malloc in
 * CPython), simulated here as "raw blocks".  The simulated heap has a limit;
 * past it allocation returns 0, which the interpreter turns into MemoryError.
 */
#ifndef HV_PYMALLOC_H
#define HV_PYMALLOC_H

#include "event.h"
#include "profile.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct buf;
typedef struct pymalloc pymalloc;

/* A new, empty simulated heap with geometry `prof`, at most `limit` bytes of
 * arenas plus raw blocks (0: no limit), emitting to emit(ud, ev) (emit may be
 * NULL).  Cannot fail. */
pymalloc *pymalloc_new(const profile *prof, uint64_t limit, hv_emit_fn emit, void *ud);
void pymalloc_delete(pymalloc *pm);
const profile *pymalloc_profile(const pymalloc *pm);

/* Sends later events to emit(ud, ev) (NULL: none are made); ring non-NULL:
 * emit is hv_ring_emit with ud ring, and the events are built in its
 * slots (event.h). */
void pymalloc_set_emit(pymalloc *pm, hv_emit_fn emit, void *ud, hv_ring *ring);

/* Sets the script line recorded with later allocations and events. */
void pymalloc_set_site(pymalloc *pm, uint32_t site);

/* PyObject_Malloc(nbytes): the address of a new block, or 0 when the
 * simulated heap is exhausted. */
uint64_t pymalloc_malloc(pymalloc *pm, uint64_t nbytes);
/* PyObject_Free(addr): 0 on success (addr 0 is a no-op), -1 if addr is not
 * a live block (a bug in the caller; nothing changes). */
int pymalloc_free(pymalloc *pm, uint64_t addr);
/* PyObject_Realloc(addr, nbytes): the block's new address (maybe addr), or 0
 * when the heap is exhausted (the old block is then untouched).  addr 0
 * behaves as malloc. */
uint64_t pymalloc_realloc(pymalloc *pm, uint64_t addr, uint64_t nbytes);
/* Whether pymalloc_realloc(addr, nbytes) would keep the live block at addr
 * where it is (0 as well when addr is no live block).  Changes nothing. */
int pymalloc_realloc_stays(const pymalloc *pm, uint64_t addr, uint64_t nbytes);

/* python3's pools as a script's first statement finds them (start-up:
 * site, encodings, the compile of a small script; pymalloc.c lists them):
 * per size class, blocks marked in use (site 0, never freed) so that the
 * ring of usedpools has python3's pools, free blocks and free chains, in
 * the order pymalloc_alloc hands them out.  Only for the cpython-3.11
 * profile; a no-op for the others. */
void pymalloc_startup_pools(pymalloc *pm);
/* python3's pools as a script's `import tracemalloc` leaves them: every
 * free block of each class taken (blocks in use, site 0, never freed),
 * then the rings pymalloc.c's import_ring lists made as at start-up.
 * 0, or -1 when the simulated heap is exhausted (the rings then partly
 * made).  Only for the cpython-3.11 profile; 0 for the others. */
int pymalloc_import_pools(pymalloc *pm);

/* The chunk a raw request of nbytes occupies (glibc: 8 bytes of header,
 * 16-byte granularity, 32 at least). */
uint64_t pymalloc_raw_chunk(uint64_t nbytes);

/* ---- introspection (tests and the UI ask the same questions) ------------- */

enum block_state { BLOCK_NONE, BLOCK_VIRGIN, BLOCK_FREE, BLOCK_USED, BLOCK_RAW };

typedef struct pymalloc_block {
    uint64_t addr;      /* block address */
    uint64_t pool;      /* its pool (0 for raw blocks) */
    unsigned state;     /* enum block_state */
    unsigned szidx;     /* size class (pool blocks) */
    uint64_t size;      /* block size: the class size, or the raw chunk size */
    uint64_t nbytes;    /* requested size (USED and RAW) */
    uint32_t site;      /* script line of the allocation (USED and RAW) */
} pymalloc_block;

typedef struct pymalloc_pool {
    uint64_t addr;      /* pool base address */
    unsigned arena;     /* arena slot */
    unsigned state;     /* enum pool_state */
    unsigned szidx;     /* size class, SZIDX_DUMMY if never carved */
    unsigned count;     /* blocks in use */
    unsigned nblocks;   /* blocks the pool holds for its class */
    unsigned nextblock; /* first block never handed out (the high-water mark) */
} pymalloc_pool;

typedef struct pymalloc_arena {
    uint64_t addr;      /* base address; 0 if the slot holds no arena */
    unsigned slot;      /* index in the arena vector */
    unsigned npools;    /* ntotalpools */
    unsigned nfreepools;/* empty plus never-carved pools */
    unsigned ncarved;   /* pools ever carved (pool_address high-water mark) */
    uint64_t first_pool;/* address of its first pool */
} pymalloc_arena;

/* What the block containing or starting at addr is.  Returns 0 and fills *b
 * (b may be NULL) if addr is the start of a pool block or a raw block; -1
 * otherwise. */
int pymalloc_block_info(const pymalloc *pm, uint64_t addr, pymalloc_block *b);
/* The pool at address `addr` (its base).  Returns 0 and fills *p, or -1. */
int pymalloc_pool_info(const pymalloc *pm, uint64_t addr, pymalloc_pool *p);
/* Arena slot `slot`: returns 0 and fills *a (a->addr == 0 if unmapped), or -1
 * past the arena vector. */
int pymalloc_arena_info(const pymalloc *pm, unsigned slot, pymalloc_arena *a);
/* Number of arena slots (CPython's maxarenas). */
unsigned pymalloc_arena_slots(const pymalloc *pm);
/* The address of block i of a pool of class szidx at pool_addr. */
uint64_t pymalloc_block_addr(const pymalloc *pm, uint64_t pool_addr, unsigned szidx, unsigned i);

/* Lists, in the allocator's order.  Each writes at most `max` addresses to
 * out and returns how many there are in all. */
size_t pymalloc_free_chain(const pymalloc *pm, uint64_t pool_addr, uint64_t *out, size_t max);
size_t pymalloc_used_pools(const pymalloc *pm, unsigned szidx, uint64_t *out, size_t max);
size_t pymalloc_free_pools(const pymalloc *pm, unsigned slot, uint64_t *out, size_t max);
size_t pymalloc_usable_arenas(const pymalloc *pm, unsigned *out, size_t max);
/* Raw blocks in address order. */
size_t pymalloc_raw_blocks(const pymalloc *pm, pymalloc_block *out, size_t max);

/* The numbers behind sys._debugmallocstats() (see mallocstats.h). */
typedef struct pymalloc_stats {
    unsigned nclasses;              /* size classes */
    unsigned alignment;             /* class i holds blocks of (i + 1) × alignment */
    unsigned threshold;             /* SMALL_REQUEST_THRESHOLD */
    uint64_t pools[256], in_use[256], avail[256];   /* per size class */
    uint64_t arenas_allocated_total, arenas_highwater, arenas_current;
    uint64_t arena_size, pool_size, pool_overhead;
    uint64_t unused_pools;          /* empty + never-carved pools in live arenas */
    uint64_t allocated_bytes, available_bytes, pool_header_bytes;
    uint64_t quantization, arena_alignment;
    uint64_t map_mid_nodes, map_bot_nodes;          /* the radix tree */
    uint64_t map_root_bytes, map_mid_bytes, map_bot_bytes;
    uint64_t raw_blocks, raw_bytes;                 /* the malloc path */
    uint64_t allocated_blocks;      /* sys.getallocatedblocks() */
} pymalloc_stats;

void pymalloc_get_stats(const pymalloc *pm, pymalloc_stats *st);
/* Whether the arena of slot s was ever mapped (ctx: the caller's). */
typedef bool pymalloc_mapped_fn(const void *ctx, uint32_t s);
/* obmalloc.c's arena map (a radix tree of 15 + 15 bits above the arena's)
 * as pymalloc_get_stats() reports it in st's map_* fields: its nodes are
 * never freed, so every slot below n ever mapped counts (mapped NULL: all
 * of them).  Cannot fail. */
void pymalloc_radix_stats(const profile *prof, uint32_t n, pymalloc_mapped_fn *mapped, const void *ctx,
                          pymalloc_stats *st);
/* Simulated bytes in use: arenas mapped plus raw chunks. */
uint64_t pymalloc_footprint(const pymalloc *pm);
/* Host bytes the simulation itself uses (for benchmarks). */
uint64_t pymalloc_host_bytes(const pymalloc *pm);

/* Checks every invariant in pymalloc.c.  Returns 0, or -1 with the first
 * violation described in *why (why may be NULL).  Costs O(heap). */
int pymalloc_check(const pymalloc *pm, struct buf *why);

#endif
