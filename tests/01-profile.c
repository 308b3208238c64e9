/*
 * 01-profile: the allocator geometries and the derived numbers of the
 * reference (cpython311-model.md §1.1).
 */
#include "testutil.h"

#include "profile.h"

#include <stdio.h>
#include <string.h>

static void test_cpython311_geometry(void **state)
{
    const profile *p = profile_find("cpython-3.11");
    assert_ptr_equal(p, profile_default());
    assert_int_equal(profile_alignment(p), 16);
    assert_int_equal(profile_nclasses(p), 32);
    assert_int_equal(profile_arena_size(p), 1048576);
    assert_int_equal(profile_pool_size(p), 16384);
    assert_int_equal(profile_pools_per_arena(p), 64);
    /* NUMBLOCKS for every class: (16384 - 48) // size (e01). */
    static const unsigned expect[32] = {1021, 510, 340, 255, 204, 170, 145, 127, 113, 102, 92, 85,
                                        78, 72, 68, 63, 60, 56, 53, 51, 48, 46, 44, 42, 40, 39,
                                        37, 36, 35, 34, 32, 31};
    for (unsigned c = 0; c < 32; c++)
        assert_int_equal(profile_blocks_per_pool(p, c), expect[c]);
}

static void test_request_to_class(void **state)
{
    const profile *p = profile_default();
    /* e01 request_to_class: 1,8,16→16; 17,24,32→32; 33,48→48; 65→80; 257→272; 512→512 */
    static const unsigned req[] = {1, 8, 16, 17, 24, 32, 33, 48, 49, 64, 65, 255, 256, 257, 500, 512};
    static const unsigned cls[] = {16, 16, 16, 32, 32, 32, 48, 48, 64, 64, 80, 256, 256, 272, 512, 512};
    for (size_t i = 0; i < sizeof req / sizeof req[0]; i++)
        assert_int_equal(profile_class_size(p, profile_size_class(p, req[i])), cls[i]);
}

static void test_other_profiles(void **state)
{
    const profile *p = profile_find("cpython-3.8");
    assert_non_null(p);
    assert_int_equal(profile_arena_size(p), 256 * 1024);
    assert_int_equal(profile_pool_size(p), 4096);
    assert_int_equal(profile_pools_per_arena(p), 64);
    p = profile_find("classroom");
    assert_non_null(p);
    assert_true(profile_blocks_per_pool(p, profile_nclasses(p) - 1) >= 2);
    assert_null(profile_find("cpython-3.12"));
    assert_null(profile_find(""));
    buf names = BUF_INIT;
    profile_names(&names);
    assert_string_equal(buf_str(&names), "cpython-3.11, cpython-3.8, classroom");
    buf_free(&names);
}

/* Sessions recorded before store schema 4 replay with a legacy twin: the
 * same name and geometry, raw blocks where they were. */
static void test_legacy_twins(void **state)
{
    for (unsigned i = 0; profile_at(i); i++) {
        const profile *p = profile_at(i);
        char name[64];
        snprintf(name, sizeof name, "%s%s", p->name, PROFILE_LEGACY_SUFFIX);
        assert_null(profile_find(name));
        const profile *old = profile_find_recorded(name);
        assert_non_null(old);
        assert_true(old != p);
        assert_string_equal(old->name, p->name);
        assert_int_equal(old->raw_base, 0x55d0c8e00000ULL);
        profile same = *old;
        same.raw_base = p->raw_base;
        same.summary = p->summary;
        assert_memory_equal(&same, p, sizeof same);
        assert_ptr_equal(profile_find_recorded(p->name), p);
        /* python3 (not position-independent) has its brk heap below 1 GiB:
         * an int made from a raw block's address has one 30-bit digit */
        assert_true(p->raw_base < (1ULL << 30));
    }
    assert_null(profile_find_recorded(PROFILE_LEGACY_SUFFIX));
    assert_null(profile_find_recorded("cpython-3.11/pi"));
    assert_null(profile_find_recorded("cpython-3.11/pie/pie"));
    assert_null(profile_find_recorded("cpython-3.12" PROFILE_LEGACY_SUFFIX));
}

static void test_addresses(void **state)
{
    for (unsigned i = 0; profile_at(i); i++) {
        const profile *p = profile_at(i);
        uint32_t slot, k, off;
        uint64_t pool = profile_first_pool(p, 3) + 5 * (uint64_t)profile_pool_size(p);
        assert_int_equal(profile_locate(p, pool + 100, &slot, &k, &off), 0);
        assert_int_equal(slot, 3);
        assert_int_equal(k, 5);
        assert_int_equal(off, 100);
        assert_int_equal(profile_locate(p, p->arena_base - 1, &slot, &k, &off), -1);
        /* arenas are contiguous and pool-aligned in every built-in profile */
        assert_int_equal(profile_arena_addr(p, 1) - profile_arena_addr(p, 0), profile_arena_size(p));
        assert_int_equal(profile_first_pool(p, 2) % profile_pool_size(p), 0);
    }
    profile mis = *profile_default();
    mis.arena_misaligned = 1;
    assert_int_equal(profile_pools_per_arena(&mis), 63);
    assert_true(profile_arena_addr(&mis, 0) % profile_pool_size(&mis) != 0);
    assert_true(profile_arena_addr(&mis, 1) >= profile_arena_addr(&mis, 0) + profile_arena_size(&mis));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_cpython311_geometry),
        cmocka_unit_test(test_request_to_class),
        cmocka_unit_test(test_other_profiles),
        cmocka_unit_test(test_addresses),
        cmocka_unit_test(test_legacy_twins),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
