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
 * the brk heap, as they do for python3 on x86-64 Linux.  Debian's python3 is
 * not position-independent: its brk heap starts at most 1 GiB past the
 * program's data (measured: 0x2d1b7000, the data at 0x946000), so an int
 * made from a raw block's address (id(), the key of a base's
 * tp_subclasses entry) has one 30-bit digit, as here.
 *
 * Legacy geometries: sessions recorded before store schema 4 put raw blocks
 * at 0x55d0c8e00000, where a position-independent python3 has its heap.
 * Each built-in profile NAME has a legacy twin, recorded as NAME/pie and
 * shown as NAME, with that raw_base and nothing else changed, so those sessions (their events, keyframes and
 * static addresses) replay as they were recorded.  --profile never names
 * one.
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

#define ARENA_BASE 0x7f3a5c000000ULL
#define RAW_BASE 0x2d1b8000ULL          /* python3's brk heap, below 1 GiB */
#define RAW_BASE_PIE 0x55d0c8e00000ULL  /* before schema 4: a PIE's heap */
_Static_assert(RAW_BASE < (1ULL << 30) && RAW_BASE > 0x4000000ULL, "raw blocks: one-digit addresses, "
               "and room below for the static objects (vm.c's STATIC_REGION_SIZE)");

static const profile profiles[] = {
    {"cpython-3.11", "CPython 3.11 on 64-bit Linux: 1 MiB arenas of 64 x 16 KiB pools",
     GEOMETRY_311, 0, ARENA_BASE, RAW_BASE},
    {"cpython-3.8", "CPython 3.8 geometry: 256 KiB arenas of 64 x 4 KiB pools",
     GEOMETRY_38, 0, ARENA_BASE, RAW_BASE},
    {"classroom", "tiny 16 KiB arenas of 8 x 2 KiB pools: a screenful fills them",
     GEOMETRY_CLASSROOM, 0, ARENA_BASE, RAW_BASE},
};

/* legacy[i] is profiles[i] as sessions before store schema 4 recorded it
 * (the same name on screen; recorded as name + PROFILE_LEGACY_SUFFIX) */
static const profile legacy[] = {
    {"cpython-3.11", "cpython-3.11 as recorded before schema 4: raw blocks at 0x55d0c8e00000",
     GEOMETRY_311, 0, ARENA_BASE, RAW_BASE_PIE},
    {"cpython-3.8", "cpython-3.8 as recorded before schema 4: raw blocks at 0x55d0c8e00000",
     GEOMETRY_38, 0, ARENA_BASE, RAW_BASE_PIE},
    {"classroom", "classroom as recorded before schema 4: raw blocks at 0x55d0c8e00000",
     GEOMETRY_CLASSROOM, 0, ARENA_BASE, RAW_BASE_PIE},
};
_Static_assert(sizeof legacy / sizeof legacy[0] == sizeof profiles / sizeof profiles[0],
               "one legacy twin per profile");

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

const profile *profile_find_recorded(const char *name)
{
    const profile *p = profile_find(name);
    size_t n = strlen(name), k = strlen(PROFILE_LEGACY_SUFFIX);
    for (unsigned i = 0; !p && n > k && i < sizeof legacy / sizeof legacy[0]; i++)
        if (strlen(legacy[i].name) == n - k && memcmp(legacy[i].name, name, n - k) == 0 &&
            strcmp(name + n - k, PROFILE_LEGACY_SUFFIX) == 0)
            p = &legacy[i];
    return p;
}

void profile_names(buf *out)
{
    for (unsigned i = 0; profile_at(i); i++)
        buf_printf(out, "%s%s", i ? ", " : "", profiles[i].name);
}
