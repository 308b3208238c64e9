/*
 * descr.h — property, staticmethod and classmethod: the descriptors a
 * class body makes with decorators (heap/ internal).
 */
#ifndef HV_DESCR_H
#define HV_DESCR_H

#include "types.h"

typedef struct propobj {
    object ob;
    object *fget, *fset, *fdel;     /* NULL when not given (None is stored as NULL) */
    object *doc;                    /* prop_doc, or NULL */
    object *name;                   /* prop_name (set by __set_name__), or NULL */
    int getter_doc;                 /* the doc came from fget.__doc__ */
} propobj;

typedef struct wrapobj {            /* staticmethod and classmethod */
    object ob;
    object *callable;               /* sm_callable / cm_callable */
    object *dict;                   /* __dict__, filled by functools_wraps, or NULL */
} wrapobj;

#define PROP(o) ((propobj *)(o))
#define WRAP(o) ((wrapobj *)(o))

extern const type tmpl_property, tmpl_staticmethod, tmpl_classmethod;

/* Whether attr, found on a class, is a data descriptor heapviz models (a
 * property): it wins over the instance's __dict__. */
int descr_is_data(vm *v, const object *attr);

/* property.__get__(obj): fget(obj), or CPython's AttributeError when it has
 * no getter.  A new reference or NULL. */
object *property_get(vm *v, object *prop, object *obj);

/* property.__set__ (value) or __delete__ (value NULL): fset(obj, value) or
 * fdel(obj), or the AttributeError naming the missing one.  0 or -1. */
int property_set(vm *v, object *prop, object *obj, object *value);

/* A staticmethod or classmethod found on class `owner` through an instance
 * or the class: the callable itself, or a method bound to the class.  A new
 * reference, NULL with the error; NULL without one when attr is neither. */
object *descr_wrapped_get(vm *v, object *attr, type *owner);

/* type_new_set_names for one class attribute: a property learns its name
 * (CPython calls the bound __set_name__ with an argument tuple, both
 * short-lived allocations, made here too).  0, or -1 with the error. */
int descr_set_name(vm *v, object *attr, object *owner, object *name);

#endif
