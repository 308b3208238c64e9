/*
 * num.h — Python 3.11 floats and the format-spec mini-language, printing
 * byte for byte what CPython 3.11 prints.
 *
 * Everything takes the bigint_ctx of bigint.h first: its allocator holds
 * the text these functions append to, ctx->msg the message of an error.
 * Output text is appended to a bigint_text; on error nothing is appended.
 *
 * Mixed int/float arithmetic is the caller's composition: CPython converts
 * the int with bigint_to_double() (OverflowError "int too large to convert
 * to float") and then does the float operation here.  Comparisons between
 * an int and a float are the exception: they are exact (num_compare).
 */
#ifndef HV_NUM_H
#define HV_NUM_H

#include "bigint.h"

#define NUM_REPR_MAX 32                 /* repr(float) never needs more (24 + NUL) */
#define NUM_UNORDERED 2                 /* num_compare() with a NaN */

/* repr(x), which is also str(x): the shortest digits that round-trip,
 * positional for 1e-4 <= |x| < 1e16, else exponent form ("1e+16").
 * Writes a NUL-terminated string, returns its length.  Cannot fail. */
size_t num_float_repr(double x, char buf[NUM_REPR_MAX]);

/* float(s) for the UTF-8 text s[0:n]: whitespace, underscores between
 * digits, inf/infinity/nan in any case.  ValueError "could not convert
 * string to float: <repr of s>". */
bigint_status num_float_parse(bigint_ctx *ctx, const char *s, size_t n, double *out);

/* The same for text its callers have already made ASCII and freed of
 * underscores (number_ascii_digits, then number_underscore_text), as
 * float_from_string_inner reads it: whitespace around one float; a byte
 * past ASCII or a NUL is no character of one.  ValueError "could not
 * convert string to float: <repr of s>". */
bigint_status num_float_from_ascii(bigint_ctx *ctx, const char *s, size_t n, double *out);

/* a / b.  ZeroDivisionError "float division by zero". */
bigint_status num_float_div(bigint_ctx *ctx, double a, double b, double *out);

/* a // b, a % b, divmod(a, b) with the sign of b, as float_floor_div,
 * float_rem and float_divmod compute them.  ZeroDivisionError "float floor
 * division by zero", "float modulo", "float divmod()". */
bigint_status num_float_floordiv(bigint_ctx *ctx, double a, double b, double *out);
bigint_status num_float_mod(bigint_ctx *ctx, double a, double b, double *out);
bigint_status num_float_divmod(bigint_ctx *ctx, double a, double b, double *q, double *r);

/* a ** b (float_pow).  ZeroDivisionError "0.0 cannot be raised to a
 * negative power", BIGINT_OVERFLOW for ERANGE (BIGINT_VALUE_ERROR for
 * EDOM), which the caller raises as PyErr_SetFromErrno does;
 * BIGINT_COMPLEX (not an error: *out untouched) for a negative base and a
 * non-integral exponent, which CPython answers with a complex number. */
bigint_status num_float_pow(bigint_ctx *ctx, double a, double b, double *out);

/* round(x): the nearest int, ties to even.  OverflowError "cannot convert
 * float infinity to integer", ValueError "cannot convert float NaN to
 * integer". */
bigint_status num_float_round(bigint_ctx *ctx, double x, bigint *r);

/* round(x, ndigits), correctly rounded on the exact decimal value of x
 * (ndigits clipped to int64 as PyNumber_AsSsize_t clips).  OverflowError
 * "rounded value too large to represent". */
bigint_status num_float_round_to(bigint_ctx *ctx, double x, int64_t ndigits, double *out);
/* The same, with *len the digits double_round's _Py_dg_dtoa(x, 3, ndigits)
 * gave (0 where round returns without converting). */
bigint_status num_float_round_digits(bigint_ctx *ctx, double x, int64_t ndigits, double *out, size_t *len);

/* hash(x) (_Py_HashDouble).  Since 3.10 a NaN hashes by the identity of
 * its object: for NaN this returns 0 and sets *by_identity; the caller
 * hashes the object's address.  Cannot fail. */
int64_t num_float_hash(double x, bool *by_identity);

/* x.is_integer().  Cannot fail. */
bool num_float_is_integer(double x);

/* Exact comparison of an int with a float: -1, 0, 1, or NUM_UNORDERED when
 * b is a NaN (then only != is true).  Cannot fail. */
int num_compare(const bigint *a, double b);

/* format(v, spec) for an int, a float and a str (UTF-8 s[0:n]); spec is
 * the UTF-8 text after the ':' of an f-string field.  ValueError with
 * CPython's messages for bad specs ("Invalid format specifier ...",
 * "Unknown format code 'd' for object of type 'float'", "Cannot specify
 * ',' with 's'." ...), OverflowError for 'c' out of range and for
 * float-only codes on huge ints, MemoryError above ctx->max_text.  An
 * int's messages name type_name ("int" or "bool": Py_TYPE(obj)->tp_name). */
bigint_status num_format_int(bigint_ctx *ctx, const bigint *v, const char *type_name, const char *spec,
                             size_t speclen, bigint_text *out);
bigint_status num_format_float(bigint_ctx *ctx, double v, const char *spec, size_t speclen, bigint_text *out);
bigint_status num_format_str(bigint_ctx *ctx, const char *s, size_t n, const char *spec, size_t speclen, bigint_text *out);

/* A format spec as parse_internal_render_format_spec leaves it. */
typedef struct num_spec {
    uint32_t fill;                      /* fill character */
    uint32_t align;                     /* '<' '>' '^' '=' */
    uint32_t sign;                      /* '+' '-' ' ', or 0 */
    bool no_neg_0;                      /* 'z' */
    bool alternate;                     /* '#' */
    int64_t width;                      /* -1: not given */
    char thousands;                     /* ',' '_' or 0 */
    int group;                          /* digits per group */
    int64_t precision;                  /* -1: not given */
    uint32_t type;                      /* presentation type, 0: not given */
} num_spec;
/* parse_internal_render_format_spec of the UTF-8 spec s[0..n) for an
 * object of type type_name: BIGINT_OK, or BIGINT_VALUE_ERROR with
 * CPython's message in ctx (its checks of the thousands separator
 * included). */
bigint_status num_spec_read(bigint_ctx *ctx, const char *s, size_t n, char default_type, char default_align,
                            const char *type_name, num_spec *out);

/* What CPython's formatters decide from a spec before they format
 * (formatter_unicode.c), for the objects they make on the way. */
typedef struct num_spec_facts {
    uint32_t type;          /* the presentation type; 0: none (a float's repr-like) */
    int fast;               /* the fast path: no '+'/' ' sign, width, grouping, 'n' or 'X' */
    char bare[48];          /* the spec PyOS_double_to_string works to: [#][z][.prec][type] */
    size_t nbare;           /* its bytes */
} num_spec_facts;
/* The facts of a spec for a formatter whose default type is default_type
 * ('s' str, 'd' int, 0 float).  BIGINT_OK, or the status of a bad spec
 * (no message kept: formatting reports it). */
bigint_status num_spec_path(bigint_ctx *ctx, const char *spec, size_t speclen, char default_type,
                            num_spec_facts *out);

#endif
