/*
 * slotwrap.h — slot wrappers: the wrapper_descriptor objects through which
 * a builtin type exposes the C slots it fills (`int.__add__`,
 * `list.__repr__`, `object.__eq__`), as CPython 3.11's slotdefs do
 * (heap/ internal).
 */
#ifndef HV_SLOTWRAP_H
#define HV_SLOTWRAP_H

#include "vm.h"

/* Builds t's slot wrappers (t->slotw, static wrapper_descriptor objects)
 * from the measured table heap/slotnames.inc, in the order CPython's type
 * dict has them; a special name the table sets to None (list.__hash__)
 * gets v->none.  Names t already has as methods are skipped, as are the
 * slots heapviz gives no wrapper (__getattribute__ of types other than
 * object, __get__, __del__ …): lookups then go on along t's bases. */
void slotwrap_make(vm *v, type *t);

/* A static wrapper_descriptor of t for the slot `name` that t's own
 * wrappers leave out (heapviz runs some other way, or not at all), for t's
 * __dict__ alone (typedict.c): calling it runs t's slot as any wrapper
 * does, or raises NotImplementedError naming it.  NULL when heapviz knows
 * no slot of that name. */
object *slotwrap_dict_only(vm *v, type *t, const char *name);

/* Calls the slot wrapper def (METH_WRAPPER) of type owner with self (an
 * instance of owner, checked by the caller) and the arguments: runs owner's
 * own slot, never self's type's, with CPython's argument checks ("expected
 * 1 argument, got 0", "wrapper __add__() takes no keyword arguments").  A
 * slot heapviz does not model for owner raises NotImplementedError naming
 * it.  A new reference, or NULL with the error. */
object *slotwrap_call(vm *v, type *owner, const method_def *def, object *self, object *const *args,
                      size_t nargs, object *kwnames);

/* The rich comparison a slot wrapper of owner wraps, run directly (a
 * class whose six comparison dunders are all owner's wrappers has it as
 * its tp_richcompare: update_one_slot's specific function): object's
 * (object_richcompare) when owner has none of its own.  A new reference,
 * or NULL with the error. */
object *slotwrap_richcompare(vm *v, type *owner, object *self, object *other, int op);

#endif
