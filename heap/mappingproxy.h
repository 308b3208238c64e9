/*
 * mappingproxy.h — types.MappingProxyType: the read-only view of a class's
 * namespace that `C.__dict__` and `vars(C)` give.
 */
#ifndef HV_MAPPINGPROXY_H
#define HV_MAPPINGPROXY_H

#include "vm.h"

extern const type tmpl_mappingproxy;

/* A new proxy of dict d (mappingproxy_new in Objects/descrobject.c): GC,
 * 24 + 16 bytes, tracked, holding d.  Each call makes a new one, as each
 * `C.__dict__` does in CPython.  NULL with MemoryError. */
object *mappingproxy_new(vm *v, object *d);

#endif
