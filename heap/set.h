/*
 * set.h — set and frozenset as CPython 3.11's setobject.c lays them out
 * (heap/ internal): one 224-byte GC block with an 8-entry table inside,
 * bigger tables from PyMem (16 bytes per entry).  Iteration order is the
 * table's, so it is CPython's for keys whose hashes are CPython's.
 *
 * Ownership follows object.h: new references unless "borrowed"; arguments
 * borrowed; NULL or -1 with the exception set on failure.  A set holds
 * each element with the element's address as the REF label.
 */
#ifndef HV_SET_H
#define HV_SET_H

#include "buf.h"
#include "vm.h"

extern const type tmpl_set, tmpl_frozenset, tmpl_set_iter;

/* PySet_New(NULL): an empty set, tracked (PyType_GenericAlloc). */
object *set_new(vm *v);
/* PySet_New(iterable) / PyFrozenSet_New(iterable): a new set of its items
 * (a set or dict source is merged with set_update's presizing). */
object *set_new_from(vm *v, object *iterable);
object *set_new_frozen(vm *v, object *iterable);

/* set.add(key) (PySet_Add): 0 or -1 (unhashable key, failing __eq__). */
int set_add(vm *v, object *s, object *key);
/* _PySet_Update (SET_UPDATE, set.update): 0 or -1. */
int set_update(vm *v, object *s, object *iterable);
/* key in s (a set key is looked up as a frozenset): 1, 0 or -1. */
int set_contains(vm *v, object *s, object *key);
/* set.discard(key): 1 if it was there, 0 if not, -1 on error. */
int set_discard(vm *v, object *s, object *key);
/* len(s).  Cannot fail. */
size_t set_len(const object *s);
/* Iteration in table order (_PySet_NextEntry): start with *pos = 0;
 * returns 1 with a borrowed *key and its hash (hash may be NULL), 0 at
 * the end. */
int set_next_entry(object *s, size_t *pos, object **key, int64_t *hash);
/* s & other, s.difference_update(other), s.symmetric_difference_update
 * (other) as CPython computes them (dict views use these). */
object *set_intersection(vm *v, object *s, object *other);
int set_difference_update(vm *v, object *s, object *other);
int set_symmetric_difference_update(vm *v, object *s, object *other);

/* The parts of a class deriving from set or frozenset: its fresh
 * instance's empty table (make_new_set's, before tracking); frozenset_new's
 * argument checks for class cls (keywords refused while cls's __init__ is
 * object's: init_is_base; more than one positional argument named by
 * cls): 0 or -1; set_init (set.__init__: keywords refused, the set
 * emptied and filled from args[0] if given): 0 or -1.  nargs counts the
 * keyword values named by kwnames (a tuple or NULL). */
void set_init_empty(object *o);
int set_sub_new_args(vm *v, type *cls, int init_is_base, size_t nargs, object *kwnames);
int set_init(vm *v, object *o, object *const *args, size_t nargs, object *kwnames);

/* Checks s's invariants (set.c); 0, or -1 with the first violation in
 * *why (why may be NULL). */
int set_check(vm *v, object *s, buf *why);

#endif
