/*
 * compile.h — Python source to code objects, making the choices CPython
 * 3.11's compiler makes where they show in memory: constants folded and
 * merged across the file, [1, 2, 3] as BUILD_LIST 0 + LIST_EXTEND of a
 * constant tuple, small constant-key dicts as BUILD_CONST_KEY_MAP,
 * obj.meth() as LOAD_METHOD + CALL, identifier-like string constants
 * interned.
 */
#ifndef HV_COMPILE_H
#define HV_COMPILE_H

#include "buf.h"
#include "vm.h"

/* The module code object for source (its constants made on the heap), or
 * NULL: with an exception set (MemoryError), or with CPython's SyntaxError
 * report (several lines) appended to err. */
object *compile_module(vm *v, const char *source, size_t n, object *filename, buf *err);

#endif
