/*
 * match.h — what the match statement's instructions do at run time
 * (CPython 3.11's ceval.c: MATCH_SEQUENCE, MATCH_MAPPING, MATCH_KEYS,
 * MATCH_CLASS and the helpers match_keys, match_class, match_class_attr).
 *
 * Which objects are sequences and mappings for a pattern is decided by
 * type flags CPython sets on a few built-in types and a class inherits
 * from its tp_base (inherit_patma_flags, inherit_special):
 *   Py_TPFLAGS_SEQUENCE     list, tuple, range, memoryview (not str,
 *                           bytes or bytearray)
 *   Py_TPFLAGS_MAPPING      dict, mappingproxy
 *   _Py_TPFLAGS_MATCH_SELF  bool, bytearray, bytes, dict, float, frozenset,
 *                           int, list, set, str, tuple: `int(x)` binds the
 *                           subject itself
 * heapviz's classes never get them otherwise (no collections.abc).
 */
#ifndef HV_MATCH_H
#define HV_MATCH_H

#include "vm.h"

/* MATCH_SEQUENCE and MATCH_MAPPING: whether o's type has the flag. */
int match_is_sequence(vm *v, const object *o);
int match_is_mapping(vm *v, const object *o);

/* MATCH_KEYS: map.get(key, dummy) for each key of the tuple `keys`: a new
 * tuple of the values, None (a new reference) when a key is missing, or
 * NULL with an exception (ValueError for a key repeated at run time). */
object *match_keys(vm *v, object *map, object *keys);

/* MATCH_CLASS: whether subject is an instance of cls, and its attributes
 * for nargs positional sub-patterns (named by cls.__match_args__) and the
 * keyword ones named by the tuple `names`: a new tuple of them, None (a
 * new reference) when it does not match, or NULL with an exception
 * (TypeError for a cls that is not a type, a bad __match_args__, too many
 * positional sub-patterns, an attribute asked for twice). */
object *match_class(vm *v, object *subject, object *cls, uint32_t nargs, object *names);

#endif
