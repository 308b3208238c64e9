/*
 * dir.h — dir(obj): the sorted names python3's object.__dir__,
 * type.__dir__ and module.__dir__ give (Objects/typeobject.c, moduleobject.c).
 */
#ifndef HV_DIR_H
#define HV_DIR_H

#include "vm.h"

/* dir(o): a new sorted list of names, or NULL with an exception set. */
object *dir_of(vm *v, object *o);
/* object.__dir__(o): the keys of a copy of o.__dict__ (an empty dict if it
 * has none) with its class's names merged in, as a new unsorted list;
 * NULL with an exception set. */
object *dir_object_names(vm *v, object *o);
/* Whether CPython 3.11's type `owner` (a builtin type's name) has `name`
 * in its own namespace, dunders included (heap/dirnames.inc, measured). */
int dir_row_has(const char *owner, const char *name);

#endif
