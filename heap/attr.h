/*
 * attr.h — attribute access (PyObject_GenericGetAttr and friends) and the
 * static descriptor objects that expose builtin types' C methods.
 */
#ifndef HV_ATTR_H
#define HV_ATTR_H

#include "vm.h"

typedef struct descrobj {
    object ob;
    const method_def *def;  /* the C method */
    type *owner;            /* the type it belongs to */
    object *self;           /* builtin_function_or_method: the bound object, or NULL */
} descrobj;

#define DESCR(o) ((descrobj *)(o))

/* getattr(o, name) for an interned name: a new reference, or NULL with
 * CPython's AttributeError (or attr_missing's refusal). */
object *obj_getattr(vm *v, object *o, object *name);
/* Raises what a failed read of o.name raises (returns NULL): python3's
 * AttributeError, or, when CPython 3.11 has the name on o's built-in type
 * or module and heapviz does not model it, NotImplementedError naming it
 * (cpynames.h). */
object *attr_missing(vm *v, object *o, object *name);
/* setattr(o, name, value), or delattr when value is NULL: 0 or -1. */
int obj_setattr(vm *v, object *o, object *name, object *value);
/* LOAD_METHOD: 1 when *out is an unbound method to call with o first
 * (no bound method object is made), 0 when *out is the attribute itself,
 * -1 on error.  *out is a new reference. */
int obj_getmethod(vm *v, object *o, object *name, object **out);
/* The attribute `name` of type t found along its bases (borrowed), or NULL. */
object *type_lookup(vm *v, type *t, object *name);

/* A builtin_function_or_method bound to self (a new 80-byte object, as
 * looking up a classmethod of a builtin type makes one); NULL on
 * MemoryError. */
object *builtin_bound(vm *v, const method_def *def, object *self);

/* Builds the method descriptors of every builtin type (vm creation). */
void attr_init(vm *v);
void attr_fini(vm *v);
/* A static builtin function (len, sys.getsizeof…) for def, bound to self
 * (a module) or NULL. */
object *builtin_static(vm *v, const method_def *def, object *self);

/* A method descriptor bound to self (obj.append without a call): a new
 * builtin_function_or_method on the heap. */
object *descr_bind(vm *v, object *descr, object *self);

/* Calls a C method as CPython's calling conventions do: for METH_VARARGS
 * the argument tuple (and keyword dict) are made before fn runs and dropped
 * after it.  Returns fn's result; NULL with an exception set. */
object *descr_invoke(vm *v, const method_def *def, object *self, object *const *args, size_t nargs,
                     object *kwnames);
/* What a method descriptor found on o's type binds to: o, or o's type for
 * a class method (dict.fromkeys through an instance). */
object *descr_self(object *descr, object *o);

extern const type tmpl_descr, tmpl_builtin;

#endif
