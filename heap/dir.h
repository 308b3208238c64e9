/*
 * dir.h — dir(obj): the sorted names python3's object.__dir__,
 * type.__dir__ and module.__dir__ give (Objects/typeobject.c, moduleobject.c).
 */
#ifndef HV_DIR_H
#define HV_DIR_H

#include "vm.h"

/* dir(o): a new sorted list of names, or NULL with an exception set. */
object *dir_of(vm *v, object *o);

#endif
