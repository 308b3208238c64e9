/*
 * cstack.h — how far the host thread's C stack may grow.
 *
 * CPython 3.11 guards its C stack with the recursion limit alone: raise the
 * limit (sys.setrecursionlimit) and a recursion through C code (__init__
 * run by type_call, a key function run by sorted, a nested tuple's hash)
 * overflows it, and python3 dies of SIGSEGV.  heapviz must not: its own C
 * recursions compare the address of their frame with a floor computed here
 * when a program starts running (vm.h: vm_stack_full) and raise instead.
 */
#ifndef HV_CSTACK_H
#define HV_CSTACK_H

#include <stddef.h>
#include <stdint.h>

/* What a check leaves below the floor for the C code that runs until the
 * next check (one recursion level: an instruction, a call through C, a
 * sort's buffers, an exception raised and reported).  Sanitized builds
 * have frames several times larger. */
#if defined(__SANITIZE_ADDRESS__)
#define CSTACK_RESERVE (1024 * 1024)
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CSTACK_RESERVE (1024 * 1024)
#endif
#endif
#ifndef CSTACK_RESERVE
#define CSTACK_RESERVE (256 * 1024)
#endif

/* The lowest address the calling thread's stack may reach, plus reserve
 * (the stack grows down): from pthread_getattr_np where there is one,
 * else RLIMIT_STACK below the caller's frame (8 MiB if unlimited).  0 when
 * neither can be known: no floor.  Cannot fail. */
uintptr_t cstack_floor(size_t reserve);

#endif
