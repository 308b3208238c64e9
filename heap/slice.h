/*
 * slice.h — slice objects and the index arithmetic of sequences.
 */
#ifndef HV_SLICE_H
#define HV_SLICE_H

#include "vm.h"

typedef struct sliceobj {
    object ob;
    object *start, *stop, *step;    /* None when omitted */
} sliceobj;

#define SLICE(o) ((sliceobj *)(o))

extern const type tmpl_slice;

/* slice(start, stop, step): NULL arguments mean None.  Borrows all three. */
object *slice_new(vm *v, object *start, object *stop, object *step);
void slice_free_cache(vm *v);
/* PySlice_Unpack: the raw bounds (None filled in), or -1 with ValueError
 * "slice step cannot be zero" / TypeError. */
int slice_unpack(vm *v, object *s, int64_t *start, int64_t *stop, int64_t *step);

/* _PyEval_SliceIndex: an int (or __index__) clamped to int64 into *out;
 * None leaves *out as it is.  0, or -1 with a TypeError. */
int slice_eval_index(vm *v, object *o, int64_t *out);

/* The optional start and end (nb of them at bounds[0], bounds[1]; None for
 * the default) of a search over len items: find, count, startswith and
 * the like, as stringlib's parse_args_finds then ADJUST_INDICES leave
 * them: 0 <= *start, *end <= len, and *start may pass *end.  0, or -1
 * with a TypeError. */
int slice_search_bounds(vm *v, object *const *bounds, size_t nb, int64_t len, int64_t *start, int64_t *end);
/* ADJUST_INDICES alone: raw bounds (slice_eval_index's) clipped to len as
 * slice_search_bounds clips them, for a caller that reads its sequence's
 * length only after the bounds' __index__ ran. */
void slice_search_adjust(int64_t len, int64_t *start, int64_t *end);
/* PySlice_AdjustIndices: clips to a sequence of len; returns the count. */
int64_t slice_adjust(int64_t len, int64_t *start, int64_t *stop, int64_t step);
/* An integer subscript of a sequence of len, negative values counted from
 * the end (not range-checked).  -1 with "<what> indices must be integers
 * or slices, not str". */
int seq_index(vm *v, object *key, int64_t len, int64_t *out, const char *what);

#endif
