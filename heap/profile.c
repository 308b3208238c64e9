/*
 * profile.c — the built-in allocator geometries.
 *
 *   profile        alignment  threshold  arena     pool     pools/arena
 *   cpython-3.11   16         512        1 MiB     16 KiB   64
 *   cpython-3.8    16         512        256 KiB   4 KiB    64
 *   classroom      16         512        16 KiB    2 KiB    8
 *
 * Invariants, checked below for every profile at compile time:
 *   1. the threshold is a multiple of the alignment, and at most 32 classes
 *      exist per 512 bytes as in CPython (the class index fits a byte);
 *   2. the pool header is a multiple of the alignment;
 *   3. a pool holds at least two blocks of the largest class (obmalloc
 *      links the second block of a fresh pool without checking);
 *   4. an arena holds at least two pool slots and at most 64 (a misaligned
 *      arena still has one pool);
 *   5. a pool holds at most 65,000 blocks of the smallest class (block
 *      indexes fit 16 bits in pymalloc.c).
 * Simulated addresses: arenas live in the mmap area (0x7f…), raw blocks in
 * the brk heap (0x55…), as they do for a real CPython on x86-64 Linux.
 */
#include "profile.h"

#include "buf.h"

#include <string.h>

#define PROFILE_CHECK(...) PROFILE_CHECK_(__VA_ARGS__)
#define PROFILE_CHECK_(tag, ashift, thresh, abits, pbits, overhead)            \
    _Static_assert((thresh) % (1u << (ashift)) == 0 &&                        \
                   ((thresh) >> (ashift)) <= 255, tag ": classes");            \
    _Static_assert((overhead) % (1u << (ashift)) == 0, tag ": header");       \
    _Static_assert((1u << (pbits)) - (overhead) >= 2 * (thresh), tag ": pool"); \
    _Static_assert((abits) - (pbits) >= 1 && (abits) - (pbits) <= 6,          \
                   tag ": arena");                                             \
    _Static_assert(((1u << (pbits)) - (overhead)) >> (ashift) <= 65000,       \
                   tag ": blocks")

/* alignment shift, threshold, arena bits, pool bits, pool header */
#define GEOMETRY_311 4, 512, 20, 14, 48
#define GEOMETRY_38 4, 512, 18, 12, 48
#define GEOMETRY_CLASSROOM 4, 512, 14, 11, 48
PROFILE_CHECK("cpython-3.11", GEOMETRY_311);
PROFILE_CHECK("cpython-3.8", GEOMETRY_38);
PROFILE_CHECK("classroom", GEOMETRY_CLASSROOM);

static const profile profiles[] = {
    {"cpython-3.11", "CPython 3.11 on 64-bit Linux: 1 MiB arenas of 64 x 16 KiB pools",
     GEOMETRY_311, 0, 0x7f3a5c000000ULL, 0x55d0c8e00000ULL},
    {"cpython-3.8", "CPython 3.8 geometry: 256 KiB arenas of 64 x 4 KiB pools",
     GEOMETRY_38, 0, 0x7f3a5c000000ULL, 0x55d0c8e00000ULL},
    {"classroom", "tiny 16 KiB arenas of 8 x 2 KiB pools: a screenful fills them",
     GEOMETRY_CLASSROOM, 0, 0x7f3a5c000000ULL, 0x55d0c8e00000ULL},
};

const profile *profile_default(void)
{
    return &profiles[0];
}

const profile *profile_at(unsigned i)
{
    return i < sizeof profiles / sizeof profiles[0] ? &profiles[i] : NULL;
}

const profile *profile_find(const char *name)
{
    for (unsigned i = 0; profile_at(i); i++)
        if (strcmp(profiles[i].name, name) == 0)
            return &profiles[i];
    return NULL;
}

void profile_names(buf *out)
{
    for (unsigned i = 0; profile_at(i); i++)
        buf_printf(out, "%s%s", i ? ", " : "", profiles[i].name);
}
