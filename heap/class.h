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

/* The special methods abstract.c and number.c call on an instance of a
 * class statement: __index__, __int__, __float__ (no argument) and
 * __format__ (arg: the spec). */
enum class_conv { CONV_INDEX, CONV_INT, CONV_FLOAT, CONV_FORMAT };
/* o.__name__(arg) through o's class, the method called without a bound
 * method: its result (a new reference), NULL with the exception set, or
 * NULL without one when o is no class instance or its class lacks it. */
object *class_convert(vm *v, object *o, enum class_conv c, object *arg);

/* _PyObject_LookupAttr: 1 and *out (a new reference) when o has the
 * attribute, 0 when it has not (an instance of a plain class makes no
 * AttributeError for it, as CPython's generic lookup), -1 on another
 * error. */
int class_lookup_attr(vm *v, object *o, object *name, object **out);

/* super and the method-wrapper object.__init__ binds to through it. */
extern const type tmpl_super, tmpl_method_wrapper;

#endif
