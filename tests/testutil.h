/*
 * testutil.h — what every cmocka test includes.  Tests print TAP (the
 * harness sets CMOCKA_MESSAGE_OUTPUT=TAP); never use cmocka's skip(), which
 * automake's TAP driver counts as a failure.
 */
#ifndef HV_TESTUTIL_H
#define HV_TESTUTIL_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "buf.h"

/* Fails the test with the checker's message when rc != 0. */
#define assert_checked(rc, why)                                               \
    do {                                                                      \
        if ((rc) != 0)                                                        \
            fail_msg("invariant: %s", buf_str(why));                          \
    } while (0)

/* A deterministic xorshift generator for randomized traces. */
static inline uint64_t test_rand(uint64_t *s)
{
    uint64_t x = *s;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    return *s = x;
}

#endif
