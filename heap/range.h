/*
 * range.h — range, its iterator, enumerate and zip.
 */
#ifndef HV_RANGE_H
#define HV_RANGE_H

#include "vm.h"

typedef struct rangeobj {
    object ob;
    int64_t start, stop, step, len;
} rangeobj;

typedef struct rangeiterobj {
    object ob;
    int64_t next, step, len;    /* len: values left */
} rangeiterobj;

typedef struct enumerateobj {
    object ob;
    object *it;                 /* the iterator (enumerate) or a tuple of them (zip) */
    int64_t index;              /* the next count (enumerate) */
} enumerateobj;

#define RANGE(o) ((rangeobj *)(o))
#define RANGEITER(o) ((rangeiterobj *)(o))
#define ENUMERATE(o) ((enumerateobj *)(o))

/* range.__reversed__: a range_iterator from the last value down. */
object *range_reversed(vm *v, object *r);

extern const type tmpl_range, tmpl_range_iter, tmpl_enumerate, tmpl_zip;

#endif
