/*
 * range.h — range, its iterator, enumerate and zip.
 */
#ifndef HV_RANGE_H
#define HV_RANGE_H

#include "vm.h"

/* A range keeps its bounds as int64 while start, stop, step and the length
 * all fit; beyond that (range(10 ** 30)) as int objects it holds, as
 * CPython always does: lb[] non-NULL, the int64 fields unused. */
typedef struct rangeobj {
    object ob;
    int64_t start, stop, step, len;   /* the values of lb[], when `big` is 0 */
    object *lb[4];              /* start, stop, step, length: the int objects CPython's holds */
    int big;                    /* a value passes int64: compute with lb[] only */
} rangeobj;

typedef struct rangeiterobj {
    object ob;
    int64_t next, step, len;    /* len: values left */
} rangeiterobj;

/* longrange_iterator: the iterator of a range whose values pass int64. */
typedef struct longrangeiterobj {
    object ob;
    object *start, *step, *len; /* the next value, the step, values left (held) */
} longrangeiterobj;

typedef struct enumerateobj {
    object ob;
    object *it;                 /* the iterator (enumerate) or a tuple of them (zip) */
    object *result;             /* the tuple handed out again while only we hold it */
    int64_t index;              /* the next count (enumerate); zip: strict= */
} enumerateobj;

/* map (iters tuple, func) and filter (func, iterator): two references. */
typedef struct pairobj {
    object ob;
    object *first, *second;
} pairobj;

#define RANGE(o) ((rangeobj *)(o))
#define PAIR(o) ((pairobj *)(o))
#define RANGEITER(o) ((rangeiterobj *)(o))
#define ENUMERATE(o) ((enumerateobj *)(o))

/* range.__reversed__: a range_iterator from the last value down. */
object *range_reversed(vm *v, object *r);

extern const type tmpl_range, tmpl_range_iter, tmpl_longrange_iter, tmpl_enumerate, tmpl_zip,
    tmpl_map, tmpl_filter;

#endif
