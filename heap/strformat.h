/*
 * strformat.h — str.format and the builtin __format__ methods through
 * the str writer (strformat.c).
 */
#ifndef HV_STRFORMAT_H
#define HV_STRFORMAT_H

#include "types.h"

/* _PyUnicode/_PyLong/_PyFloat_FormatAdvancedWriter: o (a str, int, bool
 * or float) formatted by spec (n bytes of UTF-8) into w, with the objects
 * CPython makes on the way.  0, or -1 with CPython's error. */
int strformat_advanced(vm *v, str_writer *w, object *o, const char *spec, size_t n);
/* str.__format__, int.__format__, float.__format__ of such an o: a writer
 * of their own that does not overallocate.  A new str, or NULL. */
object *strformat_dunder(vm *v, object *o, const char *spec, size_t n);
/* complex.__format__ (_PyComplex_FormatAdvancedWriter) of o, whose parts
 * are re and im: str(o) for an empty spec, else format_complex_internal's
 * text, with PyOS_double_to_string's two buffers, a str of each part and
 * a writer of its own that does not overallocate.  A new str, or NULL. */
object *strformat_complex(vm *v, object *o, double re, double im, const char *spec, size_t n);
/* format.format(*args, **kwargs) (args a tuple) and
 * format.format_map(mapping) (args NULL, kwargs the mapping): a new str,
 * or NULL with CPython's error. */
object *strformat_format(vm *v, object *format, object *args, object *kwargs);

#endif
