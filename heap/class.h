/*
 * class.h — class statements (heap types) and their instances.
 */
#ifndef HV_CLASS_H
#define HV_CLASS_H

#include "vm.h"

struct dictvalues;

typedef struct instobj {
    object ob;
    struct dictvalues *values;  /* inline attribute values, or NULL */
    object *dict;               /* the materialised __dict__, or NULL */
    object *slots[];            /* __slots__ members */
} instobj;

#define INST(o) ((instobj *)(o))

/* The dunder names, __build_class__, and type's own behaviour as a heap
 * type's metatype (vm creation / destruction). */
void class_init(vm *v);
void class_fini(vm *v);

/* super and the method-wrapper object.__init__ binds to through it. */
extern const type tmpl_super, tmpl_method_wrapper;

#endif
