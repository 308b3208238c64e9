/*
 * weakref.h — weak references as CPython 3.11 makes them
 * (Objects/weakrefobject.c, Modules/_weakref.c): `_weakref.ref(obj,
 * callback)`, the referent's list of them, their clearing when the referent
 * dies (PyObject_ClearWeakRefs) and the collector's part (gc.c's
 * handle_weakrefs uses weakref_clear_ref and weakref_list_head).
 *
 * A weak reference is not a reference: the referent's count never moves
 * for it and no REF event names the referent; the callback is one (held
 * by the weakref under label 0, as its only traversed field).
 *
 * Each referent's list (CPython's tp_weaklistoffset slot, wr_prev and
 * wr_next) is kept beside the heap: vm.weakrefs maps the referent's host
 * pointer to the list's head, and object.weakly says the referent has
 * one, so a dealloc of an object that never had one costs a test.
 *
 * Invariants:
 *   1. o->weakly is set exactly when vm.weakrefs has a nonempty list for o;
 *   2. each weakref on o's list has referent o; a cleared one has none
 *      and is on no list;
 *   3. the list holds at most one basic ref (ReferenceType, no callback),
 *      always first (insert_head); callback refs follow, the newest first
 *      (insert_after the basic one).
 */
#ifndef HV_WEAKREF_H
#define HV_WEAKREF_H

#include "vm.h"

/* Installs ReferenceType's slots and methods (before attr_init). */
void weakref_init_types(vm *v);

/* _PyType_SUPPORTS_WEAKREFS(Py_TYPE(o)): o may be weakly referenced. */
int weakref_supported(vm *v, const object *o);

/* PyWeakref_NewRef(referent, callback) (callback NULL or None: none): the
 * basic ref again when referent has one and there is no callback, else a
 * new weakref (80 bytes, GC-tracked) on referent's list.  NULL with
 * TypeError when referent's type takes no weak references. */
object *weakref_new(vm *v, object *referent, object *callback);

/* PyObject_ClearWeakRefs(o) for a dying o (its dealloc calls it; o's
 * count is 0): every weakref to o cleared, then the callbacks called with
 * their weakref, in list order, an error in one reported as unraisable;
 * the exception being raised, if any, is kept.  Nothing when o has none. */
void weakref_clear_referent(vm *v, object *o);

/* The head of o's list (subtype_getweakref's answer: a borrowed
 * reference), or NULL. */
object *weakref_list_head(vm *v, const object *o);

/* _PyWeakref_ClearRef(wr): wr leaves its referent's list and refers to
 * nothing any more; its callback stays (gc's handle_weakrefs). */
void weakref_clear_ref(vm *v, object *wr);

/* handle_callback: callback(wr), its error reported as unraisable
 * ("Exception ignored in: <function …>"); nothing is left raised. */
void weakref_handle_callback(vm *v, object *wr, object *callback);

/* wr's callback (borrowed), or NULL. */
object *weakref_callback(const object *wr);

/* What wr refers to (borrowed: not a reference), or NULL once cleared. */
object *weakref_referent(const object *wr);

/* Checks the invariants above for every list (1: every listed referent
 * is marked).  0, or -1 with the first
 * violation in *why (may be NULL).  Costs O(weak references). */
int weakref_check(vm *v, buf *why);

/* The _weakref module's functions (builtins.c makes the module). */
extern const method_def weakref_module_defs[];

#endif
