/*
 * profile.h — the geometry of the simulated allocator.
 *
 * A profile changes how pymalloc carves memory (block alignment, arena and
 * pool sizes), never the semantics of the Python program.  All built-in
 * profiles are defined in profile.c, in one table, with their relationships
 * checked at compile time.
 */
#ifndef HV_PROFILE_H
#define HV_PROFILE_H

#include <stdint.h>

typedef struct profile {
    const char *name;           /* --profile NAME */
    const char *summary;        /* one line for `heapviz --help` */
    unsigned alignment_shift;   /* log2 of the block alignment (4 → 16 bytes) */
    unsigned small_threshold;   /* largest request served from pools */
    unsigned arena_bits;        /* log2 of the arena size */
    unsigned pool_bits;         /* log2 of the pool size */
    unsigned pool_overhead;     /* pool header, rounded up to the alignment */
    unsigned arena_misaligned;  /* 1: arenas are not pool-aligned (one pool lost) */
    uint64_t arena_base;        /* simulated address of arena slot 0 */
    uint64_t raw_base;          /* simulated address of the first raw block */
} profile;

/* The default profile, "cpython-3.11". */
const profile *profile_default(void);
/* The profile called `name`, or NULL if there is none (legacy ones are
 * not found: a new session never uses one). */
const profile *profile_find(const char *name);
/* A recorded session's profile: a built-in one called `name`, or, when
 * `name` is a built-in one's plus PROFILE_LEGACY_SUFFIX, its legacy twin
 * (profile.c: same name and geometry, the old raw_base); NULL if neither. */
const profile *profile_find_recorded(const char *name);
#define PROFILE_LEGACY_SUFFIX "/pie"
/* The i-th built-in profile, or NULL past the last one. */
const profile *profile_at(unsigned i);
struct buf;
/* Appends the names of all profiles, separated by ", " (for messages). */
void profile_names(struct buf *out);

/* Derived geometry.  These are the only formulas; nothing else recomputes. */
static inline unsigned profile_alignment(const profile *p) { return 1u << p->alignment_shift; }
static inline unsigned profile_nclasses(const profile *p) { return p->small_threshold >> p->alignment_shift; }
static inline uint32_t profile_arena_size(const profile *p) { return (uint32_t)1 << p->arena_bits; }
static inline uint32_t profile_pool_size(const profile *p) { return (uint32_t)1 << p->pool_bits; }
/* Pool slots in an arena's address range. */
static inline unsigned profile_arena_slots(const profile *p) { return 1u << (p->arena_bits - p->pool_bits); }
/* Pools an arena really holds: one fewer when it is misaligned. */
static inline unsigned profile_pools_per_arena(const profile *p) { return profile_arena_slots(p) - p->arena_misaligned; }
/* Block size of size class idx (0-based). */
static inline unsigned profile_class_size(const profile *p, unsigned idx) { return (idx + 1) << p->alignment_shift; }
/* Size class of a request of n bytes, 1 ≤ n ≤ small_threshold. */
static inline unsigned profile_size_class(const profile *p, uint32_t n) { return (n - 1) >> p->alignment_shift; }
/* Blocks of class idx in one pool (CPython's NUMBLOCKS). */
static inline unsigned profile_blocks_per_pool(const profile *p, unsigned idx)
{
    return (profile_pool_size(p) - p->pool_overhead) / profile_class_size(p, idx);
}


/* ---- simulated addresses ----------------------------------------------
 * Arena slot j is mapped at arena_base + j·stride (stride doubles for
 * misaligned arenas so they never overlap); its pools start at the first
 * pool-aligned address in it. */
static inline uint64_t profile_arena_stride(const profile *p)
{
    return (uint64_t)profile_arena_size(p) << p->arena_misaligned;
}
static inline uint64_t profile_arena_addr(const profile *p, uint32_t slot)
{
    return p->arena_base + (uint64_t)slot * profile_arena_stride(p) + (p->arena_misaligned ? 4096 : 0);
}
static inline uint64_t profile_first_pool(const profile *p, uint32_t slot)
{
    uint64_t mask = profile_pool_size(p) - 1;
    return (profile_arena_addr(p, slot) + mask) & ~mask;
}
/* Splits addr into arena slot, pool index in the arena and offset in the
 * pool.  Returns -1 if addr lies outside every pool of every possible
 * arena (the caller still checks that the arena is mapped). */
static inline int profile_locate(const profile *p, uint64_t addr, uint32_t *slot, uint32_t *k,
                                 uint32_t *offset)
{
    if (addr < p->arena_base)
        return -1;
    uint64_t s = (addr - p->arena_base) >> (p->arena_bits + p->arena_misaligned);  /* / stride */
    uint64_t first = profile_first_pool(p, (uint32_t)s);
    if (s > UINT32_MAX || addr < first)
        return -1;
    uint64_t kk = (addr - first) >> p->pool_bits;
    if (kk >= profile_pools_per_arena(p))
        return -1;
    *slot = (uint32_t)s;
    *k = (uint32_t)kk;
    *offset = (uint32_t)((addr - first) & (profile_pool_size(p) - 1));
    return 0;
}

#endif
