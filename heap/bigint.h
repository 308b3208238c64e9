/*
 * bigint.h — Python 3.11 ints for the simulated heap: values, and how
 * CPython 3.11 would have allocated the object holding each result.
 *
 * Call order: bigint_ctx_init() once, bigint_init() each value (or zero it),
 * any number of operations, bigint_free() each value, bigint_ctx_free().
 *
 * Ownership: a bigint owns its digits.  Up to BIGINT_INLINE digits live in
 * the struct itself, so operations on one- and two-digit ints never touch
 * host memory; larger values take storage from the context's allocator.
 * A result may be the same variable as an operand (r == a is fine).
 *
 * What each result says about CPython's object (see bigint.c for the rule
 * of every operation and the longobject.c function it comes from):
 *   origin BIGINT_NEW    a new PyLongObject; `alloc` digits were given to
 *                        _PyLong_New (bigint_alloc_bytes() gives the
 *                        PyObject_Malloc request)
 *   origin BIGINT_SMALL  a value in -5..256: the static cached object
 *   origin BIGINT_SAME   CPython returns the first operand itself (a new
 *                        reference, no allocation): +x, abs(x) for x >= 0,
 *                        x % y and divmod's remainder when |x| < |y| with
 *                        the same signs, x >> 0 for negative big x,
 *                        round(x, n) for n >= 0
 *
 * Errors: an operation returns a bigint_status; ctx->msg then holds the
 * exact text CPython 3.11 puts in the exception.  The result variable is
 * left unchanged on error.  Running out of *host* memory calls hv_oom().
 */
#ifndef HV_BIGINT_H
#define HV_BIGINT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef uint32_t bigint_digit;          /* one 30-bit digit, as CPython's `digit` */

#define BIGINT_SHIFT 30                 /* PyLong_SHIFT */
#define BIGINT_MASK ((bigint_digit)0x3fffffff)
#define BIGINT_INLINE 4                 /* digits stored inside struct bigint */
#define BIGINT_SMALL_MIN (-5)           /* cached small ints: -_PY_NSMALLNEGINTS */
#define BIGINT_SMALL_MAX 256            /* ... up to _PY_NSMALLPOSINTS - 1 */
#define BIGINT_MAX_STR_DIGITS 4300      /* sys.int_info.default_max_str_digits */
#define BIGINT_STR_DIGITS_THRESHOLD 640 /* sys.int_info.str_digits_check_threshold */
#define BIGINT_DEFAULT_MAX_DIGITS ((size_t)1 << 20) /* heapviz cap, see bigint_ctx */

/* What an operation reports.  Every status but BIGINT_OK and BIGINT_FLOAT
 * is a Python exception whose message is in ctx->msg. */
typedef enum bigint_status {
    BIGINT_OK = 0,
    BIGINT_ZERO_DIVISION,               /* ZeroDivisionError */
    BIGINT_OVERFLOW,                    /* OverflowError */
    BIGINT_VALUE_ERROR,                 /* ValueError */
    BIGINT_MEMORY,                      /* MemoryError (empty message) */
    BIGINT_FLOAT,                       /* not an error: int ** negative int is float ** float */
    BIGINT_COMPLEX,                     /* not an error: the result is complex (unsupported) */
    BIGINT_INTERRUPTED,                 /* ctx->check answered nonzero: its exception, no msg */
} bigint_status;

/* Which object CPython returns for a result; see the file comment. */
typedef enum bigint_origin {
    BIGINT_NEW = 0,
    BIGINT_SMALL,
    BIGINT_SAME,
} bigint_origin;

typedef struct bigint {
    int64_t size;                       /* ob_size: sign of the value times digits in use */
    size_t cap;                         /* digits the storage can hold */
    size_t alloc;                       /* digits CPython allocated for this object (0: none) */
    uint8_t origin;                     /* bigint_origin of the operation that made it */
    uint8_t medium;                     /* 1: made by _PyLong_FromMedium (32-byte request) */
    bigint_digit *heap;                 /* host storage, NULL while the digits are in inl[] */
    bigint_digit inl[BIGINT_INLINE];    /* inline storage */
} bigint;

/* Growable UTF-8 text allocated through a context's allocator. */
typedef struct bigint_text {
    char *data;                         /* NUL-terminated, or NULL while empty */
    size_t len;                         /* bytes before the NUL */
    size_t cap;                         /* bytes allocated */
} bigint_text;

/* Host allocator: realloc(user, p, 0) frees p and returns NULL; for n > 0
 * it returns storage or never returns (hv_oom()). */
typedef void *(*bigint_realloc_fn)(void *user, void *p, size_t n);

/* State shared by bigint_* and num_* calls: allocator, limits, last error. */
/* One step of the temporaries CPython allocates and frees inside an
 * operation (//, %, divmod, & | ^, ** and pow(), round(int, -n)), in its
 * order: an object of `alloc` digits (`medium`: a 32-byte
 * _PyLong_FromMedium request) made in slot `slot`, that slot's object
 * freed, or the result made (its own object, from the result's alloc and
 * medium; RESULT2: divmod's remainder), or a 2-tuple made in slot `slot`
 * (PAIR: _PyLong_DivmodNear's (q, r), its items the slots' own objects,
 * freed by the FREE step of that slot after theirs).  The int layer
 * replays them around the results' allocation (number.c).  A slot holds
 * one object at a time; the operations pick them (bigint.c, section 4). */
enum bigint_step_kind { BIGINT_STEP_NEW, BIGINT_STEP_FREE, BIGINT_STEP_RESULT, BIGINT_STEP_RESULT2,
                        BIGINT_STEP_PAIR };

typedef struct bigint_step {
    uint8_t kind;                       /* enum bigint_step_kind */
    uint8_t slot;                       /* which temporary, < BIGINT_STEP_SLOTS */
    uint8_t medium;                     /* NEW: a medium int's 32-byte request */
    uint32_t alloc;                     /* NEW: digits given to _PyLong_New */
} bigint_step;

#define BIGINT_STEP_SLOTS 96            /* temporaries alive at once (pow's table: 16, k_mul: 5 a level) */
#define BIGINT_MAX_STEPS (1u << 18)     /* past this an operation's later temporaries go unrecorded */
#define BIGINT_INLINE_STEPS 32          /* steps kept in the context itself (no host allocation) */

typedef struct bigint_ctx {
    bigint_realloc_fn realloc;          /* NULL: libc realloc/free, hv_oom() on failure */
    void *user;                         /* passed to realloc */
    int max_str_digits;                 /* sys.set_int_max_str_digits(); 0 = no limit */
    uint64_t work;                      /* digit products, division steps and base conversions so far (a cost) */
    size_t max_digits;                  /* results above this raise MemoryError; 0 = no cap */
    size_t max_text;                    /* formatted text above this many bytes raises MemoryError */
    bigint_status status;               /* status of the last failed call */
    bigint_text msg;                    /* its exception message */
    size_t limit_ndigits;               /* the digits of the last text over max_str_digits */
    bigint_step steps[BIGINT_INLINE_STEPS]; /* the last recorded operation's temporaries: the first ones */
    bigint_step *more_steps;            /* the others (host memory), or NULL */
    unsigned nsteps;                    /* how many (0: none, or another operation) */
    unsigned capsteps;                  /* room in more_steps[] */
    uint8_t refs[BIGINT_STEP_SLOTS];    /* recording: references to each slot's object (0: empty) */
    bool recording;                     /* inside an operation that records (bigint_step) */
    /* SIGCHECK (PyErr_CheckSignals): asked where longobject.c asks it, in
     * x_mul's and x_divrem's loops over digits and
     * long_to_decimal_string_internal's, once `work` has grown by
     * BIGINT_CHECK_WORK since it was last asked, during bigint_mul,
     * bigint_pow, bigint_floordiv, bigint_mod, bigint_divmod and
     * bigint_to_text in base 10 (NULL: never).  Nonzero ends the
     * operation with BIGINT_INTERRUPTED, the result variable unchanged. */
    int (*check)(void *user);
    void *check_user;
    uint64_t check_at;                  /* the work at which check is asked next */
    bool checking;                      /* inside an operation that asks it */
    bool interrupted;                   /* it answered nonzero: the operation unwinds */
} bigint_ctx;

/* Digit products or division steps between two asks of bigint_ctx.check:
 * about a millisecond of the host's work. */
#define BIGINT_CHECK_WORK ((uint64_t)1 << 20)

/* Sets defaults: libc allocator, 4300-digit str limit, 2^20-digit result
 * cap (CPython has none; 2^20 digits = 31M bits, 9.5M decimal digits, keeps
 * the host responsive), 64 MiB text cap.  Cannot fail. */
void bigint_ctx_init(bigint_ctx *ctx);

/* Step i (< ctx->nsteps) of the last recorded operation.  Cannot fail. */
const bigint_step *bigint_step_at(const bigint_ctx *ctx, unsigned i);

/* Frees the message buffer.  Cannot fail. */
void bigint_ctx_free(bigint_ctx *ctx);

/* Records an error: sets ctx->status and formats ctx->msg.  Returns st.
 * Exposed for num.c; callers of the library only read ctx->msg. */
bigint_status bigint_fail(bigint_ctx *ctx, bigint_status st, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

/* Makes an empty (zero, no storage) value.  Cannot fail. */
void bigint_init(bigint *a);

/* Releases a value's host storage and resets it to zero.  Cannot fail. */
void bigint_free(bigint_ctx *ctx, bigint *a);

/* The digits of a, least significant first; |a->size| of them. */
static inline const bigint_digit *bigint_digits(const bigint *a)
{
    return a->heap ? a->heap : a->inl;
}

/* -1, 0 or 1. */
static inline int bigint_sign(const bigint *a)
{
    return (a->size > 0) - (a->size < 0);
}

/* Bytes CPython asked PyObject_Malloc for when it made a (0 when origin is
 * not BIGINT_NEW): 32 for _PyLong_FromMedium, else 24 + 4 * max(alloc, 1). */
size_t bigint_alloc_bytes(const bigint *a);

/* Asserts the invariants of bigint.c on a (debug builds).  Cannot fail. */
void bigint_check(const bigint *a);

/* Appends bytes to t.  Cannot fail (host OOM is fatal). */
void bigint_text_add(bigint_ctx *ctx, bigint_text *t, const char *s, size_t n);
void bigint_text_free(bigint_ctx *ctx, bigint_text *t);

/* Appends repr(s) for the UTF-8 string s[0:n], cut to `limit` code points
 * when limit >= 0 (the %.200R of CPython's messages).  Cannot fail. */
void bigint_text_repr(bigint_ctx *ctx, bigint_text *t, const char *s, size_t n, long limit);

/* The context's host allocator (see bigint_realloc_fn).  Never NULL for n > 0. */
void *bigint_mem(bigint_ctx *ctx, void *p, size_t n);

/* Decodes the code point at s[*i] and advances *i (malformed bytes decode
 * as themselves).  Requires *i < n. */
uint32_t bigint_utf8_next(const char *s, size_t n, size_t *i);

/* The value of a Unicode decimal digit (category Nd, Unicode 14), or -1. */
int bigint_decimal_value(uint32_t c);

/* _PyUnicode_TransformDecimalAndSpaceToASCII as int() and float() apply it:
 * Unicode spaces become ' ', decimal digits their ASCII digit, any other
 * non-ASCII character '?'.  Returns a NUL-terminated host buffer of *len
 * bytes to release with bigint_mem(ctx, p, 0). */
char *bigint_to_ascii(bigint_ctx *ctx, const char *s, size_t n, size_t *len);

/* Py_ISSPACE: the ASCII whitespace (\t \n \v \f \r and space) int(),
 * float() and complex() strip around their text.  Cannot fail. */
static inline bool bigint_is_space(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

/* _Py_string_to_number_with_underscores' check and copy of s[0:n], as
 * float() and complex() apply it: every '_' must sit between two digits
 * and no NUL may be in the text.  Writes the text without underscores,
 * NUL-terminated, to out (n + 1 bytes; out may be s) and its length to
 * *len.  False for a misplaced underscore or a NUL. */
bool bigint_drop_underscores(const char *s, size_t n, char *out, size_t *len);

/* ---- conversions --------------------------------------------------- */

/* r = v as PyLong_FromLongLong/PyLong_FromLong make it (r initialized or
 * zero-filled, as for every result).  Cannot fail. */
void bigint_from_int64(bigint_ctx *ctx, bigint *r, int64_t v);

/* r = v as PyLong_FromSsize_t makes it (no FromMedium shortcut: one-digit
 * values request 28 bytes).  Used by len(), bit_length(), hash results... */
void bigint_from_ssize(bigint_ctx *ctx, bigint *r, int64_t v);

/* *out = a if it fits an int64_t.  Returns false (and leaves *out alone)
 * on overflow; the caller picks the message ("Python int too large to
 * convert to C long" for most builtins). */
bool bigint_to_int64(const bigint *a, int64_t *out);

/* r = int(d), truncating (PyLong_FromDouble).  OverflowError for
 * infinities, ValueError for NaN. */
bigint_status bigint_from_double(bigint_ctx *ctx, bigint *r, double d);

/* *out = float(a), correctly rounded.  OverflowError "int too large to
 * convert to float". */
bigint_status bigint_to_double(bigint_ctx *ctx, const bigint *a, double *out);

/* r = int(s, base) for the UTF-8 text s[0:n] (str argument semantics:
 * Unicode spaces and decimal digits accepted).  base 0 or 2..36.
 * ValueError for bad literals, bad bases and the str-digits limit. */
bigint_status bigint_from_string(bigint_ctx *ctx, bigint *r, const char *s, size_t n, int base);

/* Appends str(a) (base 10) or the base-2/8/16 digits, with the 0b/0o/0x
 * prefix when `prefix`, lower case.  ValueError when base 10 exceeds
 * ctx->max_str_digits; other bases are exempt.  Base 10 asks ctx->check
 * (BIGINT_INTERRUPTED, nothing appended). */
bigint_status bigint_to_text(bigint_ctx *ctx, const bigint *a, int base, bool prefix, bigint_text *out);

/* ---- arithmetic (r may be the same variable as a or b) ------------ */

/* <0, 0, >0 as a <, ==, > b.  Cannot fail. */
int bigint_cmp(const bigint *a, const bigint *b);

/* a + b, a - b, a * b.  Only MemoryError (over ctx->max_digits). */
bigint_status bigint_add(bigint_ctx *ctx, bigint *r, const bigint *a, const bigint *b);
bigint_status bigint_sub(bigint_ctx *ctx, bigint *r, const bigint *a, const bigint *b);
bigint_status bigint_mul(bigint_ctx *ctx, bigint *r, const bigint *a, const bigint *b);

/* a // b, a % b with Python's signs (the remainder takes b's sign).
 * ZeroDivisionError: "integer division or modulo by zero" for // and
 * divmod, "integer modulo by zero" for %. */
bigint_status bigint_floordiv(bigint_ctx *ctx, bigint *r, const bigint *a, const bigint *b);
bigint_status bigint_mod(bigint_ctx *ctx, bigint *r, const bigint *a, const bigint *b);
bigint_status bigint_divmod(bigint_ctx *ctx, bigint *q, bigint *r, const bigint *a, const bigint *b);

/* *out = a / b, correctly rounded.  ZeroDivisionError "division by zero",
 * OverflowError "integer division result too large for a float". */
bigint_status bigint_truediv(bigint_ctx *ctx, const bigint *a, const bigint *b, double *out);

/* r = pow(a, b) or pow(a, b, m) (m NULL for two arguments).  Returns
 * BIGINT_FLOAT, r untouched, when b < 0 and m is NULL: the caller computes
 * float(a) ** float(b).  ValueError "pow() 3rd argument cannot be 0",
 * "base is not invertible for the given modulus" (its steps kept: long_invmod's
 * temporaries, made and freed before the error). */
bigint_status bigint_pow(bigint_ctx *ctx, bigint *r, const bigint *a, const bigint *b, const bigint *m);

/* round(a, ndigits) (int.__round__): a itself for ndigits >= 0, else the
 * nearest multiple of 10**-ndigits, ties to even.  Only MemoryError (a
 * huge -ndigits makes 10**-ndigits exceed ctx->max_digits). */
bigint_status bigint_round(bigint_ctx *ctx, bigint *r, const bigint *a, const bigint *ndigits);

/* -a, +a, abs(a), ~a.  Only MemoryError. */
bigint_status bigint_neg(bigint_ctx *ctx, bigint *r, const bigint *a);
bigint_status bigint_pos(bigint_ctx *ctx, bigint *r, const bigint *a);
bigint_status bigint_abs(bigint_ctx *ctx, bigint *r, const bigint *a);
bigint_status bigint_invert(bigint_ctx *ctx, bigint *r, const bigint *a);

/* a << b, a >> b.  ValueError "negative shift count"; << also
 * OverflowError "too many digits in integer" and MemoryError. */
bigint_status bigint_lshift(bigint_ctx *ctx, bigint *r, const bigint *a, const bigint *b);
bigint_status bigint_rshift(bigint_ctx *ctx, bigint *r, const bigint *a, const bigint *b);

/* a & b, a | b, a ^ b on two's complement.  Only MemoryError. */
bigint_status bigint_and(bigint_ctx *ctx, bigint *r, const bigint *a, const bigint *b);
bigint_status bigint_or(bigint_ctx *ctx, bigint *r, const bigint *a, const bigint *b);
bigint_status bigint_xor(bigint_ctx *ctx, bigint *r, const bigint *a, const bigint *b);

/* bool(a), a.bit_length(), hash(a).  Cannot fail. */
bool bigint_bool(const bigint *a);
uint64_t bigint_bit_length(const bigint *a);
int64_t bigint_hash(const bigint *a);

#endif
