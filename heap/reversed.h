/*
 * reversed.h — the reversed type (CPython 3.11's PyReversed_Type,
 * Objects/enumobject.c).
 *
 * `reversed` is a built-in type, not a function: calling it
 * (reversed_vectorcall) returns what the argument's __reversed__ returns
 * (a list_reverseiterator, a range_iterator, a dict's reverse iterator, a
 * class's own), and only a sequence without one (a tuple, a str, bytes, an
 * instance with __getitem__ and __len__) gets a `reversed` object: 48
 * bytes with its GC header, tracked at once, holding the sequence and the
 * next index from the end.  Its layout is seqiterobj (types.h); heapviz's
 * own C code makes one with seqiter_new(v, T_REVERSED, seq, len - 1).
 */
#ifndef HV_REVERSED_H
#define HV_REVERSED_H

#include "vm.h"

/* The type's behaviour: its vectorcall, tp_iternext, the length hint and
 * the methods __length_hint__, __reduce__ and __setstate__. */
extern const type tmpl_reversed;

#endif
