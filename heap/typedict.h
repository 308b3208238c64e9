/*
 * typedict.h — a builtin type's own namespace, its tp_dict: what
 * `int.__dict__` and `vars(list)` show through a mappingproxy (heap/
 * internal).
 */
#ifndef HV_TYPEDICT_H
#define HV_TYPEDICT_H

#include "vm.h"

/* The dict CPython 3.11 keeps as builtin type t's tp_dict: its names in
 * python3's order (heap/typedicts.inc, measured), each value the object
 * attribute lookup gives for it where heapviz has one (`int.bit_length`,
 * `int.__add__`, `int.real`, None for list.__hash__), otherwise a static
 * object of python3's kind whose use heapviz refuses by name.  A static
 * dict, borrowed, built on t's first use; NULL without an error when t is
 * a class or a type the table does not have. */
object *typedict_get(vm *v, type *t);

/* Whether builtin type t's dict has a __new__ of its own (add_tp_new_wrapper:
 * its tp_new is not its base's), by the measured table. */
int typedict_has_new(const type *t);

/* type_get_doc of builtin type t: 1 with *doc its tp_doc text without the
 * signature (what type_ready put in its dict, or, where the dict holds a
 * descriptor under '__doc__' (function's member, type's getset), the
 * text alone; NULL: None), or 0 when the table lacks t. */
int typedict_doc(vm *v, const type *t, const char **doc);

/* Frees what typedict_get made (the vm's end). */
void typedict_fini(vm *v);

#endif
