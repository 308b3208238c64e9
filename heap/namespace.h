/*
 * namespace.h — types.SimpleNamespace (Objects/namespaceobject.c): an
 * object whose attributes are its own dict's, with python3's repr
 * ("namespace(a=1)") and == (its dict's); and the static instance start-up
 * makes for sys.implementation.
 */
#ifndef HV_NAMESPACE_H
#define HV_NAMESPACE_H

#include "vm.h"

/* The type's behaviour (types.c gives it to T_NAMESPACE). */
extern const type tmpl_namespace;

/* A start-up namespace outside the simulated heap (sys.implementation):
 * its dict a static one of the n exact str keys and values given, in that
 * order (dict_new_static_items: the references are the caller's to
 * give).  Cannot fail. */
object *namespace_static(vm *v, object *const *keys, object *const *values, size_t n);

/* gc.get_referents' refusal of sys.implementation (its dict is start-up's,
 * which the program must not change): 1 with NotImplementedError, else 0. */
int namespace_refuses_referents(vm *v, const object *o);

/* The namespace's dict (borrowed). */
object *namespace_dict(const object *o);

/* Frees a namespace_static namespace and its dict (not the values). */
void namespace_static_free(object *o);

#endif
