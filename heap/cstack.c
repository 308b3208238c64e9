/*
 * cstack.c — the host thread's stack bounds (see cstack.h).
 *
 *   high ┌──────────────┐ ◀─ the thread's first frame (interp_run)
 *        │ frames       │
 *        │   ...        │ ◀─ a check: __builtin_frame_address(0) >= floor
 *  floor ├──────────────┤ ─┐
 *        │ reserve      │  │ what runs between two checks
 *    low └──────────────┘ ─┘ the guard page: SIGSEGV beyond
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE                             /* pthread_getattr_np */
#endif
#include "cstack.h"

#include <pthread.h>
#include <sys/resource.h>

#define CSTACK_UNLIMITED_GUESS (8u * 1024 * 1024)   /* ulimit -s unlimited: assume the default */

/* The stack's low end from the thread's attributes, or 0. */
static uintptr_t stack_low_from_thread(void)
{
#ifdef HAVE_PTHREAD_GETATTR_NP
    pthread_attr_t attr;
    void *addr = NULL;
    size_t size = 0;
    if (pthread_getattr_np(pthread_self(), &attr))
        return 0;
    int rc = pthread_attr_getstack(&attr, &addr, &size);
    pthread_attr_destroy(&attr);
    return rc || !addr ? 0 : (uintptr_t)addr;
#else
    return 0;
#endif
}

/* The stack's low end guessed from RLIMIT_STACK below the current frame. */
static uintptr_t stack_low_from_rlimit(void)
{
    struct rlimit rl;
    uintptr_t here = (uintptr_t)__builtin_frame_address(0);
    size_t size = CSTACK_UNLIMITED_GUESS;
    if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur < size)
        size = (size_t)rl.rlim_cur;
    return here > size ? here - size : 0;
}

uintptr_t cstack_floor(size_t reserve)
{
    uintptr_t low = stack_low_from_thread();
    if (!low)
        low = stack_low_from_rlimit();
    return low ? low + reserve : 0;
}
