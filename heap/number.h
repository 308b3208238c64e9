/*
 * number.h — int and float behaviour (number.c) and formatting.
 */
#ifndef HV_NUMBER_H
#define HV_NUMBER_H

#include "bigint.h"
#include "num.h"
#include "vm.h"

/* Installs the number slots of int, bool and float into v's types. */
void number_init_types(vm *v);
/* The object for bigint result r (consumed); a: the first operand, for
 * results that are that operand itself (may be NULL). */
object *int_from_bigint(vm *v, bigint *r, object *a);
/* The double value of a float or int (bool) operand: 1, 0 (not a number),
 * -1 with OverflowError (an int too large for a float). */
int number_as_double(vm *v, object *o, double *out);
/* pow(a, b, m): ints only (CPython's TypeError otherwise), ValueError for
 * m == 0 or a base not invertible modulo m. */
object *number_pow3(vm *v, object *a, object *b, object *m);
/* round(x) / round(x, ndigits) (ndigits may be NULL). */
object *number_round(vm *v, object *x, object *ndigits);
/* ascii(x): repr(x) with its non-ASCII characters escaped. */
object *format_ascii(vm *v, object *x);
/* _PyUnicode_TransformDecimalAndSpaceToASCII as int(), float() and complex()
 * read a str: s itself when ASCII, else a new ASCII copy (Unicode spaces as
 * ' ', decimal digits as ASCII digits, '?' for the rest), allocated at s's
 * length; *cut is the length CPython's text keeps (its first '?' ends it).
 * A new reference, or NULL with MemoryError. */
object *number_ascii_digits(vm *v, object *s, size_t *cut);
/* PyOS_string_to_double(p, &end, NULL) as its callers see it: whether it
 * reads anything at p (NUL-terminated); when not, the ValueError it raises
 * ("could not convert string to float: '%.200s'") is made and cleared, as
 * float_from_string_inner's and complex_from_string_inner's next step
 * does (v->exc stays set only with MemoryError). */
bool number_strtod_reads(vm *v, const char *p);
/* _Py_string_to_number_with_underscores(s, n, what, obj): the text its
 * innerfunc reads, NUL-terminated in a host buffer the caller frees, its
 * length in *n: s[0:*n] copied, or with an underscore in it the text
 * without them, for which
 * CPython holds the PyMem block *dup (0 if none) that the caller frees
 * after parsing.  NULL with "could not convert string to <what>: <repr of
 * obj>" when an underscore is misplaced (the block freed first), or with
 * MemoryError. */
char *number_underscore_text(vm *v, const char *s, size_t *n, const char *what, object *obj, uint64_t *dup);
/* PyObject_Format(x, spec) after conversion 0 (none), 1 (!s), 2 (!r) or
 * 3 (!a); spec: a str or NULL.  A builtin's __format__ is looked up (a
 * bound method, freed after the call).  (%-formatting is str.c's.) */
object *format_value(vm *v, object *x, int conversion, object *spec);
/* int.__format__, float.__format__, str.__format__ and complex.__format__
 * (a method of each type's table): self formatted by the spec argument, a
 * str.  A new str, or NULL with CPython's error. */
object *format_method(vm *v, object *self, object *const *args, size_t nargs, object *kw);
/* FORMAT_VALUE: x and spec (NULL: none) consumed, x dropped as soon as
 * its conversion exists, then PyObject_Format.  A new str, or NULL. */
object *format_field(vm *v, object *x, int conversion, object *spec);
/* The size of the PyMem buffer PyOS_double_to_string writes `text` in
 * (format_float_short's bufsize: sign, point, NUL, every digit shown, 5
 * for an exponent; 5 for inf and nan).  Cannot fail. */
uint64_t number_dtoa_buffer(const char *text, size_t n);
/* format(o, spec) of an int o, or of the double *d when d is not NULL,
 * as host text in *out (no object).  0, or -1 with the exception set. */
int number_format_text(vm *v, object *o, const double *d, const char *spec, size_t n, bigint_text *out);
/* parse_internal_render_format_spec of spec[0..n) for a type_name
 * object (num_spec_read).  0, or -1 with CPython's ValueError. */
int number_spec(vm *v, const char *spec, size_t n, char default_type, char default_align, const char *type_name,
                num_spec *out);
/* PyFloat_AsDouble as bytes %-formatting calls it (formatfloat): a float's
 * value, an int's (no float object), a class's __float__ or __index__;
 * any failure becomes "float argument required, not T".  0 or -1. */
int number_float_arg(vm *v, object *x, double *out);
/* PyNumber_Float of anything but a str: a float itself (a new reference),
 * an int's value as a new float, a class's __float__ result or its
 * __index__ value as a new float; NULL with the exception (TypeError for
 * an object that is no real number). */
object *number_float(vm *v, object *x);
/* long_long of an int: x itself when exact, else a new exact int of its
 * value (a bool's small int, a subclass's instance copied).  NULL on
 * MemoryError. */
object *number_exact_int(vm *v, object *x);
/* divmod(a, b) of two ints (long_divmod): the (quotient, remainder) tuple,
 * their objects made among l_divmod's temporaries as CPython makes them;
 * NULL with the exception set. */
object *int_divmod(vm *v, object *a, object *b);

#endif
