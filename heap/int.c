/*
 * int.c — int objects: sign and magnitude in 30-bit digits, as CPython's
 * longobject.c stores them, so a value's block size is CPython's:
 * 24 + 4 × max(1, digits allocated).  -5..256 are static singletons.
 *
 * Arithmetic lives in bigint.c; this file owns the objects.
 */
#include "types.h"

#include "hv.h"

#include <stdlib.h>
#include <string.h>

#define SHIFT 30
#define MASK ((1u << SHIFT) - 1)
#define HASH_MODULUS (((uint64_t)1 << 61) - 1)

static uint64_t int_sizeof(vm *v, object *o)
{
    int64_t n = INT(o)->size < 0 ? -INT(o)->size : INT(o)->size;
    return 24 + 4 * (uint64_t)(n > 1 ? n : 1);
}

/* A new int of `alloc` digits (_PyLong_New), value to be filled in;
 * `request` bytes asked of the allocator (0: _PyLong_New's 24 + 4 × digits). */
static intobj *int_alloc(vm *v, uint32_t alloc, uint64_t request)
{
    uint32_t a = alloc ? alloc : 1;
    uint64_t n = request ? request : 24 + 4 * (uint64_t)a;
    object *o = obj_new_unzeroed(v, v->types[T_INT], n, a * sizeof(uint32_t));
    if (!o)
        return NULL;
    INT(o)->alloc = a;
    INT(o)->size = a;                   /* as _PyLong_New leaves ob_size: getsizeof counts them */
    memset(INT(o)->digit, 0, a * sizeof(uint32_t));
    obj_announce(v, o);
    return INT(o);
}

static unsigned digits_of(uint64_t m, uint32_t *d)
{
    unsigned n = 0;
    while (m) {
        d[n++] = (uint32_t)(m & MASK);
        m >>= SHIFT;
    }
    return n;
}

/* An int of magnitude m: a small int, or a new one.  `medium`: a
 * one-digit value is _PyLong_FromMedium's, a 32-byte request (sizeof
 * PyLongObject), as PyLong_FromLong and the arithmetic make them;
 * PyLong_FromSsize_t and the unsigned conversions go straight to
 * _PyLong_New (24 + 4 per digit). */
static object *from_magnitude(vm *v, uint64_t m, int negative, int medium)
{
    if (m <= (uint64_t)(negative ? -SMALL_INT_MIN : SMALL_INT_MAX))
        return obj_incref(v, int_small(v, negative ? -(int64_t)m : (int64_t)m));
    uint32_t d[3];
    unsigned n = digits_of(m, d);
    intobj *r = int_alloc(v, n, medium && n == 1 ? 32 : 0);
    if (!r)
        return NULL;
    memcpy(r->digit, d, n * sizeof *d);
    r->size = negative ? -(int64_t)n : (int64_t)n;
    return &r->ob;
}

object *int_from_i64(vm *v, int64_t x)
{
    return from_magnitude(v, x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x, x < 0, 1);
}

object *int_from_u64(vm *v, uint64_t x)
{
    return from_magnitude(v, x, 0, 0);
}

object *int_from_ssize(vm *v, int64_t x)
{
    return from_magnitude(v, x < 0 ? (uint64_t)0 - (uint64_t)x : (uint64_t)x, x < 0, 0);
}

int int_as_ssize(vm *v, const object *o, int64_t *x)
{
    if (!type_is_subtype(o->type, v->types[T_INT]))
        return vm_raise(v, T_TYPE_ERROR, "an integer is required"), -1;
    if (!int_as_i64(o, x))
        return vm_raise(v, T_OVERFLOW, "Python int too large to convert to C ssize_t"), -1;
    return 0;
}

int int_as_i64(const object *o, int64_t *x)
{
    const intobj *i = (const intobj *)o;
    int64_t n = i->size < 0 ? -i->size : i->size;
    if (n > 3)
        return 0;
    unsigned __int128 m = 0;
    for (int64_t k = n - 1; k >= 0; k--)
        m = (m << SHIFT) | i->digit[k];
    if (m > (unsigned __int128)INT64_MAX + (i->size < 0))
        return 0;
    *x = i->size < 0 ? (int64_t)(0 - (uint64_t)m) : (int64_t)m;
    return 1;
}

/* The decimal digits of m, right-aligned in the buffer ending at end
 * (at least `width` of them, zero-padded); returns the first. */
static char *put_decimal(char *end, uint64_t m, int width)
{
    char *p = end;
    do {
        *--p = (char)('0' + m % 10);
        m /= 10;
    } while (m || end - p < width);
    return p;
}

/* Decimal text of a value that fits an int64, into text[24]; its length. */
static size_t small_decimal(int64_t x, char *text)
{
    char tmp[24], *end = tmp + sizeof tmp;
    char *p = put_decimal(end, x < 0 ? 0 - (uint64_t)x : (uint64_t)x, 1);
    if (x < 0)
        *--p = '-';
    size_t n = (size_t)(end - p);
    memcpy(text, p, n);
    return n;
}

/* Decimal text of o, appended to out (base 10^9 limbs, as longobject.c's
 * long_to_decimal_string does; values that fit an int64 directly).  The
 * conversion is quadratic: with v, its digit work counts in v's big-int
 * context and that context's check is asked every BIGINT_CHECK_WORK of it,
 * as long_to_decimal_string_internal's SIGCHECK is asked once per input
 * digit, so a SIGINT stops a huge str() with KeyboardInterrupt.  0, or -1
 * with the check's exception and nothing appended. */
static int decimal_text(vm *v, const object *o, buf *out)
{
    const intobj *i = (const intobj *)o;
    size_t n = (size_t)(i->size < 0 ? -i->size : i->size);
    int64_t x;
    if (int_as_i64(o, &x)) {
        char text[24];
        buf_add(out, text, small_decimal(x, text));
        return 0;
    }
    bigint_ctx *bi = v && v->bi.check ? &v->bi : NULL;
    uint64_t ask_at = bi ? bi->work + BIGINT_CHECK_WORK : 0;
    uint32_t *mag = hv_malloc(n * sizeof *mag), *limb = hv_malloc((n * 34 / 29 + 2) * sizeof *limb);
    memcpy(mag, i->digit, n * sizeof *mag);
    size_t nlimb = 0, top = n;
    int rc = 0;
    while (top && !rc) {                    /* divide by 10^9, collect remainders */
        uint64_t rem = 0;
        for (size_t k = top; k-- > 0;) {
            uint64_t cur = (rem << SHIFT) | mag[k];
            mag[k] = (uint32_t)(cur / 1000000000u);
            rem = cur % 1000000000u;
        }
        limb[nlimb++] = (uint32_t)rem;
        while (top && mag[top - 1] == 0)
            top--;
        if (bi && (bi->work += top + 1) >= ask_at) {
            ask_at = bi->work + BIGINT_CHECK_WORK;
            rc = bi->check(bi->check_user) ? -1 : 0;
        }
    }
    if (!rc) {
        if (i->size < 0)
            buf_addc(out, '-');
        char text[12], *end = text + sizeof text, *p = put_decimal(end, limb[nlimb - 1], 1);
        buf_add(out, p, (size_t)(end - p));
        for (size_t k = nlimb - 1; k-- > 0;)
            buf_add(out, put_decimal(end, limb[k], 9), 9);
    }
    free(mag);
    free(limb);
    return rc;
}

void int_to_decimal(const object *o, buf *out)
{
    decimal_text(NULL, o, out);
}

void int_to_base(const object *o, unsigned base, buf *out)
{
    const intobj *i = (const intobj *)o;
    size_t n = (size_t)(i->size < 0 ? -i->size : i->size);
    unsigned bits = base == 16 ? 4 : base == 8 ? 3 : 1;
    buf_adds(out, i->size < 0 ? "-0" : "0");
    buf_addc(out, base == 16 ? 'x' : base == 8 ? 'o' : 'b');
    size_t total = n * SHIFT, ndig = (total + bits - 1) / bits;
    int started = 0;
    if (ndig == 0)
        buf_addc(out, '0');
    for (size_t k = ndig; k-- > 0;) {
        unsigned val = 0;
        for (unsigned b = 0; b < bits; b++) {
            size_t bit = k * bits + b;
            if (bit < total && (i->digit[bit / SHIFT] >> (bit % SHIFT)) & 1)
                val |= 1u << b;
        }
        if (val || started || k == 0) {
            buf_addc(out, "0123456789abcdef"[val]);
            started = 1;
        }
    }
}

/* CPython's limit on int -> str (sys.set_int_max_str_digits), checked as
 * long_to_decimal_string checks it: by size before converting (the
 * conversion is quadratic), then by the length of the text (len, with any
 * '-').  ValueError past it. */
static int str_digits_over(vm *v, const object *o, size_t len)
{
    const intobj *i = (const intobj *)o;
    int lim = v->bi.max_str_digits;
    size_t n = (size_t)(i->size < 0 ? -i->size : i->size), neg = i->size < 0;
    return len ? len > BIGINT_STR_DIGITS_THRESHOLD && lim > 0 && len - neg > (size_t)lim
               : n >= 10 * BIGINT_STR_DIGITS_THRESHOLD / (3 * SHIFT) + 2 && lim > 0 &&
                     (size_t)lim / (3 * SHIFT) <= (n - 11) / 10;
}

static object *str_digits_error(vm *v)
{
    return vm_raise(v, T_VALUE, "Exceeds the limit (%d digits) for integer string conversion; "
                    "use sys.set_int_max_str_digits() to increase the limit", v->bi.max_str_digits);
}

/* long_to_decimal_string's checks and its scratch int (see int_repr) in
 * *scratch: 0, or -1 with the exception set and *scratch NULL. */
static int decimal_scratch(vm *v, object *o, object **scratch)
{
    int64_t n = INT(o)->size < 0 ? -INT(o)->size : INT(o)->size;
    *scratch = NULL;
    if (str_digits_over(v, o, 0)) {
        str_digits_error(v);
        return -1;
    }
    intobj *s = int_alloc(v, (uint32_t)(1 + n + n / 99), 0);
    if (!s)
        return -1;
    *scratch = &s->ob;
    return 0;
}

/* The decimal text of o as a new str.  long_to_decimal_string first makes a
 * scratch int of 1 + n + n / 99 digits (n: o's digits) for the base-10**9
 * conversion and frees it once the text exists: a short-lived block that
 * tracemalloc's peak and the allocator's free lists see (int_decimal_begin). */
static object *int_repr(vm *v, object *o)
{
    object *scratch, *s = NULL;
    int64_t x;
    if (int_as_i64(o, &x)) {                /* the common case: the text on the stack */
        char text[24];
        size_t n = small_decimal(x, text);
        if (decimal_scratch(v, o, &scratch))
            return NULL;
        s = str_fresh_ascii(v, text, n);
        obj_decref(v, scratch);
        return s;
    }
    buf b = BUF_INIT;
    if (!int_decimal_begin(v, o, &scratch, &b)) {
        s = str_fresh_ascii(v, buf_str(&b), b.len);
        obj_decref(v, scratch);
    }
    buf_free(&b);
    return s;
}

int int_decimal_begin(vm *v, object *o, object **scratch, buf *digits)
{
    int64_t x;
    if (decimal_scratch(v, o, scratch))
        return -1;
    if (int_as_i64(o, &x)) {
        char text[24];
        buf_add(digits, text, small_decimal(x, text));
        return 0;
    }
    int over = 0;
    if (decimal_text(v, o, digits) || (over = str_digits_over(v, o, digits->len))) {
        obj_decref(v, *scratch);            /* freed before the error is made */
        *scratch = NULL;
        if (over)
            str_digits_error(v);
        return -1;
    }
    return 0;
}

int int_decimal_scratch(vm *v, object *o)
{
    object *scratch;
    buf digits = BUF_INIT;
    int rc = int_decimal_begin(v, o, &scratch, &digits);
    buf_free(&digits);
    if (!rc)
        obj_decref(v, scratch);
    return rc;
}

/* CPython's long_hash: the value modulo 2**61 - 1, keeping the sign; -1 is
 * reserved for errors and becomes -2. */
static int int_hash(vm *v, object *o, int64_t *out)
{
    const intobj *i = INT(o);
    int64_t n = i->size < 0 ? -i->size : i->size;
    uint64_t x = 0;
    for (int64_t k = n - 1; k >= 0; k--) {
        x = ((x << SHIFT) & HASH_MODULUS) | (x >> (61 - SHIFT));
        x += i->digit[k];
        if (x >= HASH_MODULUS)
            x -= HASH_MODULUS;
    }
    int64_t h = i->size < 0 ? -(int64_t)x : (int64_t)x;
    *out = h == -1 ? -2 : h;
    return 0;
}

static int int_truth(vm *v, object *o)
{
    return INT(o)->size != 0;
}

const type tmpl_int = {
    .dealloc = obj_dealloc_plain,
    .repr = int_repr,
    .hash = int_hash,
    .truth = int_truth,
    .size_of = int_sizeof,
    .host_size = sizeof(intobj),
};

/* Small ints and the two bools are static: 28 bytes each (32 for 2**30..). */
static object *static_int(vm *v, enum builtin_type t, int64_t x)
{
    uint32_t d[3] = {0};
    uint64_t m = x < 0 ? (uint64_t)-x : (uint64_t)x;
    unsigned n = digits_of(m, d), alloc = n ? n : 1;
    object *o = vm_static_object(v, t, 24 + 4 * alloc, alloc * sizeof(uint32_t));
    INT(o)->alloc = alloc;
    memcpy(INT(o)->digit, d, alloc * sizeof *d);
    INT(o)->size = x < 0 ? -(int64_t)n : (int64_t)n;
    return o;
}

object *int_new_static(vm *v, int64_t x)
{
    return static_int(v, T_INT, x);
}

void int_make_singletons(vm *v)
{
    for (int64_t x = SMALL_INT_MIN; x <= SMALL_INT_MAX; x++)
        v->small_ints[x - SMALL_INT_MIN] = static_int(v, T_INT, x);
    v->false_ = static_int(v, T_BOOL, 0);
    v->true_ = static_int(v, T_BOOL, 1);
}

/* The magnitude of digits d[0..nd) as little-endian bytes into out[0..n),
 * the bytes past n dropped: 1 when all of it fit, else 0. */
static int magnitude_bytes(const uint32_t *d, size_t nd, unsigned char *out, size_t n)
{
    uint64_t acc = 0;
    unsigned bits = 0;
    size_t j = 0;
    int fit = 1;
    memset(out, 0, n);
    for (size_t k = 0; k <= nd; k++) {
        if (k < nd) {
            acc |= (uint64_t)d[k] << bits;
            bits += SHIFT;
        }
        for (; bits >= 8 || (k == nd && acc); bits = bits >= 8 ? bits - 8 : 0, acc >>= 8) {
            if (j < n)
                out[j++] = (unsigned char)acc;
            else if (acc & 0xff)
                fit = 0;
        }
    }
    return fit;
}

/* Two's complement negation of out[0..n), little-endian, in place. */
static void negate_bytes(unsigned char *out, size_t n)
{
    unsigned carry = 1;
    for (size_t j = 0; j < n; j++) {
        unsigned b = (unsigned)(unsigned char)~out[j] + carry;
        out[j] = (unsigned char)b;
        carry = b >> 8;
    }
}

static void reverse_bytes(unsigned char *p, size_t n)
{
    for (size_t i = 0; i < n / 2; i++) {
        unsigned char t = p[i];
        p[i] = p[n - 1 - i];
        p[n - 1 - i] = t;
    }
}

int int_as_byte_array(vm *v, const object *o, unsigned char *out, size_t n, int little, int is_signed)
{
    const intobj *i = (const intobj *)o;
    int negative = i->size < 0;
    size_t nd = (size_t)(negative ? -i->size : i->size);
    if (negative && !is_signed) {
        vm_raise(v, T_OVERFLOW, "can't convert negative int to unsigned");
        return -1;
    }
    /* _PyLong_AsByteArray counts the top digit's sign bits as free and
       asks for a stored sign bit only when n > 0, so -1 (all sign bits)
       fits in no bytes, as 0 does: (-1).to_bytes(0, signed=True) is b'' */
    if (n == 0 && negative && nd == 1 && i->digit[0] == 1)
        return 0;
    int fit = magnitude_bytes(i->digit, nd, out, n);
    if (negative)
        negate_bytes(out, n);
    /* signed: the top bit must say the sign (0 of n bytes holds only 0) */
    if (fit && is_signed && nd)
        fit = n > 0 && ((out[n - 1] & 0x80) != 0) == negative;
    if (!fit) {
        vm_raise(v, T_OVERFLOW, "int too big to convert");
        return -1;
    }
    if (!little)
        reverse_bytes(out, n);
    return 0;
}

object *int_from_byte_array(vm *v, const unsigned char *p, size_t n, int little, int is_signed)
{
    if (n == 0)
        return obj_incref(v, int_small(v, 0));
    unsigned char *le = hv_malloc(n);
    memcpy(le, p, n);
    if (!little)
        reverse_bytes(le, n);
    int negative = is_signed && (le[n - 1] & 0x80);     /* a signed positive reads as unsigned */
    size_t sig = n;                     /* the bytes that are not sign extension */
    while (sig > 0 && le[sig - 1] == (negative ? 0xff : 0x00))
        sig--;
    if (negative && sig < n)            /* CPython bumps it regardless */
        sig++;
    size_t ndigits = (sig * 8 + SHIFT - 1) / SHIFT;
    if (negative)
        negate_bytes(le, n);
    intobj *r = int_alloc(v, (uint32_t)ndigits, 0);
    if (!r) {
        free(le);
        return NULL;
    }
    uint64_t acc = 0;
    unsigned bits = 0;
    size_t k = 0;
    for (size_t j = 0; j < sig && k < ndigits; j++) {
        acc |= (uint64_t)le[j] << bits;
        bits += 8;
        if (bits >= SHIFT) {
            r->digit[k++] = (uint32_t)(acc & MASK);
            acc >>= SHIFT;
            bits -= SHIFT;
        }
    }
    if (k < ndigits)
        r->digit[k++] = (uint32_t)(acc & MASK);
    free(le);
    while (k > 0 && r->digit[k - 1] == 0)               /* long_normalize */
        k--;
    r->size = negative ? -(int64_t)k : (int64_t)k;
    int64_t x;
    if (k <= 1 && int_as_i64(&r->ob, &x) && x >= SMALL_INT_MIN && x <= SMALL_INT_MAX) {
        obj_decref(v, &r->ob);          /* maybe_small_long */
        return obj_incref(v, int_small(v, x));
    }
    return &r->ob;
}
