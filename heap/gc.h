/*
 * gc.h — the cyclic garbage collector (see gc.c for the algorithm).
 */
#ifndef HV_GC_H
#define HV_GC_H

#include "vm.h"

/* Collects generation gen (0, 1 or 2) as gc.collect(gen) does; returns
 * the number of objects found unreachable (collected + uncollectable). */
int64_t gc_collect(vm *v, int gen);
/* The automatic trigger of _PyObject_GC_Link: called after each GC
 * allocation is counted; collects the oldest generation over its
 * threshold (with the 25 % rule for full collections). */
void gc_maybe_collect(vm *v);

#endif
