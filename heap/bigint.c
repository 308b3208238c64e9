/*
 * bigint.c — Python 3.11 ints: arbitrary-precision arithmetic that also
 * reports which object CPython 3.11 would have returned for each result
 * and how many digits it allocated for it.
 *
 * A value is a sign and a magnitude in 30-bit digits, least significant
 * first, exactly like PyLongObject (ob_size carries the sign).  The digit
 * kernels (section 3) compute values however is fastest; the operations
 * (sections 4-7) follow the *shape* of the CPython 3.11 code path they
 * model — which fast path applies, what _PyLong_New is asked for, when a
 * cached small int or an operand comes back — because the simulated heap
 * places each int in the pymalloc block its allocation size selects.
 *
 * Invariants (bigint_check() asserts them; tests call it after every op):
 *   1. Normalized: |size| digits are in use, the top one is non-zero, and
 *      zero has size 0.  Every digit is <= BIGINT_MASK.
 *   2. |size| <= cap.  The digits are in inl[] while heap == NULL.
 *   3. origin == BIGINT_SMALL  <=>  the value is in -5..256; then alloc ==
 *      0.  No CPython 3.11 path hands out a fresh object for such a value.
 *   4. origin == BIGINT_NEW  =>  alloc >= max(|size|, 1): long_normalize
 *      lowers ob_size but never shrinks the allocation.
 *   5. medium == 1 only for one-digit BIGINT_NEW values that came from
 *      _PyLong_FromMedium, which requests sizeof(PyLongObject) = 32 bytes.
 *
 * Allocation of the result object, by operation (n = digits in use;
 * "exact" = FromSTwoDigits/PyLong_FromLong: one digit via FromMedium,
 * otherwise exactly the digits needed; -5..256 is always the cached int):
 *
 *   a + b, a - b   both |v| < 2^30: exact (_PyLong_Add fast path)
 *                  same signs for +: x_add, max(na, nb) + 1
 *                  otherwise x_sub: max(na, nb), or when na == nb the
 *                  index of the highest differing digit + 1
 *   a * b          both medium: exact; a or b zero: 0; else k_mul (also
 *                  Karatsuba, k_lopsided_mul, x_mul): na + nb
 *   a // b, a % b  both one digit: exact (fast_floor_div, fast_mod)
 *                  |a| < |b| judged on sizes and top digits: quotient 0,
 *                  remainder = a itself (long_long)
 *                  nb == 1: quotient na (divrem1), remainder exact (rem1)
 *                  else x_divrem: quotient na - nb, plus 1 when shifting
 *                  by the divisor's normalization spills a digit or the
 *                  top digit is >= the divisor's; remainder nb
 *                  signs differ and remainder != 0: remainder = r + b and
 *                  quotient = q - 1 by the + and - rules (l_divmod, l_mod)
 *   -a             medium: exact; else a copy of n digits (_PyLong_Copy)
 *   +a, abs(a>=0)  a itself (long_long)
 *   ~a             medium: exact; else a + 1 by the + rule, negated
 *   a << s         shift < 30 of a medium a: exact; else n + s/30 (+1 if
 *                  s % 30), OverflowError past MAX_LONG_DIGITS
 *   a >> s         medium: exact; else n - s/30 digits, one more for a < 0
 *                  when s % 30 == 0; a < 0 and s == 0: a itself
 *   a & | ^ b      both medium: exact; else long_bitwise: size_z + (result
 *                  < 0), where with na >= nb (swapped) size_z is na for ^,
 *                  (b < 0 ? na : nb) for &, (b < 0 ? nb : na) for |
 *   pow(a, b[, m]) the object of the last multiplication (or reduction)
 *                  of long_pow's square-and-multiply, mirrored step by step
 *   round(a, n)    n >= 0: a itself; else a - r by the - rule, r the
 *                  remainder of _PyLong_DivmodNear(a, 10**-n)
 *   int(str)       non-power-of-2 base: (size_t)(len * log(base) /
 *                  log(2^30) + 1.0), len counting leading zeros but not
 *                  underscores, one more per rare overflow digit
 *                  base 2/4/8/16/32: ceil(len * bits / 30)
 *   int(float)     |d| < 2^63: exact; else (exponent - 1) / 30 + 1
 *
 * Every rule is checked against CPython 3.11.2 by tests/14-bigint.c, whose
 * tables (tests/num/gen.py) measure each result's PyObject_Malloc request
 * with tracemalloc.  The objects CPython makes and frees on the way
 * (x_divrem's working copies, long_bitwise's two's complements, each of
 * long_pow's products and reductions and its window table, long_invmod's,
 * long_round's power of ten and divmod_near's pair) are recorded as steps
 * (bigint_step, section 4) that the int layer replays around the result;
 * str()'s scratch int is int.c's; k_mul's are kmul_record's.
 */
#include "bigint.h"

#include <assert.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Host memory ran out: fatal (STYLE.md rule 8).  Defined by heap/hv.c. */
void hv_oom(void);

#define DIGIT_BASE ((uint64_t)1 << BIGINT_SHIFT)
#define KARATSUBA_CUTOFF 70                 /* digits, as longobject.c */
#define MAX_LONG_DIGITS ((INT64_MAX - 24) / 4) /* _PyLong_New's OverflowError bound */
#define SSIZE_MAX_DIGITS (INT64_MAX / 4)    /* divmod_shift's clip for huge counts */
#define TEXT_MIN 64

_Static_assert(BIGINT_INLINE >= 3, "an int64 needs 3 digits inline");
_Static_assert(BIGINT_SHIFT == 30, "the kernels assume 30-bit digits");

/* ===== 1. context, host memory, text, errors ========================= */

void *bigint_mem(bigint_ctx *ctx, void *p, size_t n)
{
    if (ctx->realloc)
        return ctx->realloc(ctx->user, p, n);
    if (n == 0) {
        free(p);
        return NULL;
    }
    void *q = realloc(p, n);
    if (!q) {
        hv_oom();
        abort();
    }
    return q;
}

void bigint_ctx_init(bigint_ctx *ctx)
{
    memset(ctx, 0, sizeof *ctx);
    ctx->max_str_digits = BIGINT_MAX_STR_DIGITS;
    ctx->max_digits = BIGINT_DEFAULT_MAX_DIGITS;
    ctx->max_text = (size_t)64 << 20;
}

void bigint_ctx_free(bigint_ctx *ctx)
{
    bigint_text_free(ctx, &ctx->msg);
    if (ctx->more_steps)
        bigint_mem(ctx, ctx->more_steps, 0);
    ctx->more_steps = NULL;
    ctx->nsteps = ctx->capsteps = 0;
}

void bigint_text_free(bigint_ctx *ctx, bigint_text *t)
{
    if (t->data)
        bigint_mem(ctx, t->data, 0);
    t->data = NULL;
    t->len = t->cap = 0;
}

/* Makes room for `extra` more bytes plus the NUL. */
static char *text_room(bigint_ctx *ctx, bigint_text *t, size_t extra)
{
    size_t need = t->len + extra + 1;
    if (need > t->cap) {
        size_t cap = t->cap ? t->cap : TEXT_MIN;
        while (cap < need)
            cap *= 2;
        t->data = bigint_mem(ctx, t->data, cap);
        t->cap = cap;
    }
    return t->data + t->len;
}

void bigint_text_add(bigint_ctx *ctx, bigint_text *t, const char *s, size_t n)
{
    char *p = text_room(ctx, t, n);
    memcpy(p, s, n);
    t->len += n;
    t->data[t->len] = 0;
}

static void text_addc(bigint_ctx *ctx, bigint_text *t, char c)
{
    bigint_text_add(ctx, t, &c, 1);
}

static void text_vprintf(bigint_ctx *ctx, bigint_text *t, const char *fmt, va_list ap)
{
    va_list again;
    va_copy(again, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    if (n > 0) {
        char *p = text_room(ctx, t, (size_t)n);
        vsnprintf(p, (size_t)n + 1, fmt, again);
        t->len += (size_t)n;
    }
    va_end(again);
}

bigint_status bigint_fail(bigint_ctx *ctx, bigint_status st, const char *fmt, ...)
{
    va_list ap;
    ctx->status = st;
    ctx->msg.len = 0;
    text_room(ctx, &ctx->msg, 0)[0] = 0;
    va_start(ap, fmt);
    text_vprintf(ctx, &ctx->msg, fmt, ap);
    va_end(ap);
    return st;
}

static bigint_status no_memory(bigint_ctx *ctx)
{
    return bigint_fail(ctx, BIGINT_MEMORY, "%s", "");
}

/* ===== 2. UTF-8 and repr() of a str =================================== */

/* Decodes one code point at s[*i], advancing *i; malformed bytes decode
 * as themselves one at a time (they cannot come from a Python str). */
uint32_t bigint_utf8_next(const char *s, size_t n, size_t *i)
{
    const unsigned char *u = (const unsigned char *)s + *i;
    size_t left = n - *i;
    int len = u[0] < 0x80 ? 1 : u[0] < 0xe0 ? 2 : u[0] < 0xf0 ? 3 : 4;
    if (u[0] < 0xc0 || (size_t)len > left)
        len = 1;
    uint32_t c = len == 1 ? u[0] : u[0] & (0x7f >> len);
    for (int k = 1; k < len; k++) {
        if ((u[k] & 0xc0) != 0x80) {
            *i += 1;
            return u[0];
        }
        c = c << 6 | (u[k] & 0x3f);
    }
    *i += (size_t)len;
    return c;
}

/* Assigned code points >= U+00A0 that str.isprintable() rejects
 * (Unicode 14, categories Zs Zl Zp Cf Cs Co).  Unassigned code points are
 * treated as printable: a documented gap. */
static const uint32_t nonprintable[][2] = {
    {0xa0, 0xa0}, {0xad, 0xad}, {0x600, 0x605}, {0x61c, 0x61c}, {0x6dd, 0x6dd},
    {0x70f, 0x70f}, {0x890, 0x891}, {0x8e2, 0x8e2}, {0x1680, 0x1680},
    {0x180e, 0x180e}, {0x2000, 0x200f}, {0x2028, 0x202f}, {0x205f, 0x2064},
    {0x2066, 0x206f}, {0x3000, 0x3000}, {0xd800, 0xf8ff}, {0xfeff, 0xfeff},
    {0xfff9, 0xfffb}, {0x110bd, 0x110bd}, {0x110cd, 0x110cd},
    {0x13430, 0x13438}, {0x1bca0, 0x1bca3}, {0x1d173, 0x1d17a},
    {0xe0001, 0xe0001}, {0xe0020, 0xe007f}, {0xf0000, 0xffffd},
    {0x100000, 0x10fffd},
};

static bool printable(uint32_t c)
{
    if (c < 0x7f)
        return c >= 0x20;
    if (c < 0xa0)
        return false;
    for (size_t k = 0; k < sizeof nonprintable / sizeof nonprintable[0]; k++)
        if (c >= nonprintable[k][0] && c <= nonprintable[k][1])
            return false;
    return true;
}

/* Appends one character of a repr body. */
static void repr_char(bigint_ctx *ctx, bigint_text *t, uint32_t c, const char *raw, size_t rawn, char quote)
{
    char buf[16];
    if (c == (uint32_t)quote || c == '\\') {
        buf[0] = '\\';
        buf[1] = (char)c;
        bigint_text_add(ctx, t, buf, 2);
    } else if (c == '\t' || c == '\n' || c == '\r') {
        buf[0] = '\\';
        buf[1] = c == '\t' ? 't' : c == '\n' ? 'n' : 'r';
        bigint_text_add(ctx, t, buf, 2);
    } else if (printable(c)) {
        bigint_text_add(ctx, t, raw, rawn);
    } else if (c <= 0xff) {
        bigint_text_add(ctx, t, buf, (size_t)snprintf(buf, sizeof buf, "\\x%02x", (unsigned)c));
    } else if (c <= 0xffff) {
        bigint_text_add(ctx, t, buf, (size_t)snprintf(buf, sizeof buf, "\\u%04x", (unsigned)c));
    } else {
        bigint_text_add(ctx, t, buf, (size_t)snprintf(buf, sizeof buf, "\\U%08x", (unsigned)c));
    }
}

void bigint_text_repr(bigint_ctx *ctx, bigint_text *t, const char *s, size_t n, long limit)
{
    bool single = memchr(s, '\'', n) != NULL, dbl = memchr(s, '"', n) != NULL;
    char quote = single && !dbl ? '"' : '\'';
    size_t start = t->len;
    text_addc(ctx, t, quote);
    for (size_t i = 0; i < n;) {
        size_t at = i;
        uint32_t c = bigint_utf8_next(s, n, &i);
        repr_char(ctx, t, c, s + at, i - at, quote);
    }
    text_addc(ctx, t, quote);
    if (limit < 0)
        return;
    /* %.200R: keep the first `limit` code points of the repr */
    size_t i = start;
    for (long k = 0; k < limit && i < t->len; k++)
        bigint_utf8_next(t->data, t->len, &i);
    t->len = i;
    t->data[i] = 0;
}

/* ===== 3. storage and digit kernels =================================== */

static bigint_digit *dg(bigint *a)
{
    return a->heap ? a->heap : a->inl;
}

static size_t nd(const bigint *a)
{
    return (size_t)(a->size < 0 ? -a->size : a->size);
}

void bigint_init(bigint *a)
{
    memset(a, 0, sizeof *a);
    a->cap = BIGINT_INLINE;
    a->origin = BIGINT_SMALL;
}

void bigint_free(bigint_ctx *ctx, bigint *a)
{
    if (a->heap)
        bigint_mem(ctx, a->heap, 0);
    bigint_init(a);
}

/* Makes room for n digits, keeping the digits in use. */
static void reserve(bigint_ctx *ctx, bigint *a, size_t n)
{
    if (!a->heap && a->cap < BIGINT_INLINE)
        a->cap = BIGINT_INLINE;         /* a zero-filled struct */
    if (n <= a->cap)
        return;
    size_t keep = nd(a);
    bigint_digit *d = bigint_mem(ctx, a->heap, n * sizeof *d);
    if (!a->heap)
        memcpy(d, a->inl, keep * sizeof *d);
    a->heap = d;
    a->cap = n;
}

/* Starts t as a new object of n zeroed digits (ob_size n, allocation n). */
static bigint_digit *fresh(bigint_ctx *ctx, bigint *t, size_t n)
{
    bigint_init(t);
    reserve(ctx, t, n);
    bigint_digit *d = dg(t);
    memset(d, 0, (n ? n : 1) * sizeof *d);
    t->size = (int64_t)n;
    t->alloc = n;
    t->origin = BIGINT_NEW;
    return d;
}

/* Moves t into r, releasing r's old storage. */
static void move(bigint_ctx *ctx, bigint *r, bigint *t)
{
    if (r->heap && r->heap != t->heap)
        bigint_mem(ctx, r->heap, 0);
    *r = *t;
    bigint_init(t);
}

static bool too_big(const bigint_ctx *ctx, size_t n)
{
    return ctx->max_digits && n > ctx->max_digits;
}

/* SIGCHECK inside an operation that asks it (ctx->checking): true once
 * ctx->check has answered nonzero.  The digit loops then stop, their
 * outputs zeroed or left as they are, and the operations built on them
 * return BIGINT_INTERRUPTED (interrupted()) before touching a result. */
static bool sigcheck(bigint_ctx *ctx)
{
    if (ctx->interrupted)
        return true;
    if (!ctx->checking || ctx->work < ctx->check_at)
        return false;
    ctx->check_at = ctx->work + BIGINT_CHECK_WORK;
    ctx->interrupted = ctx->check(ctx->check_user) != 0;
    return ctx->interrupted;
}

/* Arms sigcheck for one public operation; checked_end disarms it and
 * turns an interruption into the operation's status. */
static void checked_begin(bigint_ctx *ctx)
{
    ctx->checking = ctx->check != NULL;
    ctx->check_at = ctx->work + BIGINT_CHECK_WORK;
}

static bigint_status checked_end(bigint_ctx *ctx, bigint_status st)
{
    ctx->checking = false;
    if (!ctx->interrupted)
        return st;
    ctx->interrupted = false;
    return BIGINT_INTERRUPTED;
}

static void normalize(bigint *a)
{
    const bigint_digit *d = bigint_digits(a);
    size_t n = nd(a);
    while (n && d[n - 1] == 0)
        n--;
    a->size = a->size < 0 ? -(int64_t)n : (int64_t)n;
}

static int bit_length_digit(uint64_t x)
{
    return x ? 64 - __builtin_clzll(x) : 0;
}

/* True when a is one of the cached -5..256 (a normalized). */
static bool is_small_value(const bigint *a)
{
    if (a->size == 0)
        return true;
    bigint_digit d0 = bigint_digits(a)[0];
    return (a->size == 1 && d0 <= BIGINT_SMALL_MAX) || (a->size == -1 && d0 <= -BIGINT_SMALL_MIN);
}

/* maybe_small_long: a fresh result in -5..256 becomes the cached int. */
static void maybe_small(bigint *a)
{
    if (is_small_value(a)) {
        a->origin = BIGINT_SMALL;
        a->alloc = 0;
        a->medium = 0;
    }
}

static bool is_medium(const bigint *a)
{
    return a->size >= -1 && a->size <= 1;
}

static int64_t medium_value(const bigint *a)
{
    return a->size == 0 ? 0 : a->size * (int64_t)bigint_digits(a)[0];
}

/* r = x as _PyLong_FromSTwoDigits / PyLong_FromLong: small, medium (one
 * digit, 32-byte request) or exactly sized.  Writes r in place. */
static void set_i64(bigint_ctx *ctx, bigint *r, int64_t x)
{
    uint64_t m = x < 0 ? 0 - (uint64_t)x : (uint64_t)x;
    bigint_digit *d = dg(r);
    size_t n = 0;
    (void)ctx;
    if (!r->heap)
        r->cap = BIGINT_INLINE;
    while (m) {
        d[n++] = (bigint_digit)(m & BIGINT_MASK);
        m >>= BIGINT_SHIFT;
    }
    r->size = x < 0 ? -(int64_t)n : (int64_t)n;
    r->origin = BIGINT_NEW;
    r->alloc = n;
    r->medium = n == 1;
    maybe_small(r);
}

/* out = a as the same object (long_long): CPython returns a itself. */
static void same_as(bigint_ctx *ctx, bigint *out, const bigint *a)
{
    bigint t;
    bigint_init(&t);
    reserve(ctx, &t, nd(a));
    memcpy(dg(&t), bigint_digits(a), nd(a) * sizeof(bigint_digit));
    t.size = a->size;
    t.alloc = a->alloc;
    t.medium = a->medium;
    t.origin = BIGINT_SAME;
    maybe_small(&t);
    move(ctx, out, &t);
}

/* _PyLong_Negate: a fresh object flips its sign in place; a shared one
 * (a cached small int) is replaced by _PyLong_FromSTwoDigits(-v). */
static void negate(bigint_ctx *ctx, bigint *a)
{
    if (a->origin == BIGINT_SMALL)
        set_i64(ctx, a, -medium_value(a));
    else
        a->size = -a->size;
}

static int v_cmp(const bigint_digit *a, size_t na, const bigint_digit *b, size_t nb)
{
    if (na != nb)
        return na < nb ? -1 : 1;
    while (na--)
        if (a[na] != b[na])
            return a[na] < b[na] ? -1 : 1;
    return 0;
}

/* z[0:na+1] = a + b, na >= nb.  z may be a. */
static void v_add(bigint_digit *z, const bigint_digit *a, size_t na, const bigint_digit *b, size_t nb)
{
    bigint_digit carry = 0;
    size_t i = 0;
    for (; i < nb; i++) {
        carry += a[i] + b[i];
        z[i] = carry & BIGINT_MASK;
        carry >>= BIGINT_SHIFT;
    }
    for (; i < na; i++) {
        carry += a[i];
        z[i] = carry & BIGINT_MASK;
        carry >>= BIGINT_SHIFT;
    }
    z[i] = carry;
}

/* x[0:m] += y[0:n], m >= n; returns the carry out of x[m-1]. */
static bigint_digit v_iadd(bigint_digit *x, size_t m, const bigint_digit *y, size_t n)
{
    bigint_digit carry = 0;
    size_t i = 0;
    for (; i < n; i++) {
        carry += x[i] + y[i];
        x[i] = carry & BIGINT_MASK;
        carry >>= BIGINT_SHIFT;
    }
    for (; carry && i < m; i++) {
        carry += x[i];
        x[i] = carry & BIGINT_MASK;
        carry >>= BIGINT_SHIFT;
    }
    return carry;
}

/* x[0:m] -= y[0:n], m >= n; returns the borrow out of x[m-1]. */
static bigint_digit v_isub(bigint_digit *x, size_t m, const bigint_digit *y, size_t n)
{
    bigint_digit borrow = 0;
    size_t i = 0;
    for (; i < n; i++) {
        borrow = x[i] - y[i] - borrow;
        x[i] = borrow & BIGINT_MASK;
        borrow = (borrow >> BIGINT_SHIFT) & 1;
    }
    for (; borrow && i < m; i++) {
        borrow = x[i] - borrow;
        x[i] = borrow & BIGINT_MASK;
        borrow = (borrow >> BIGINT_SHIFT) & 1;
    }
    return borrow;
}

/* z[0:na+nb] += a * b (schoolbook); z must not overlap a or b. */
static void v_mul_school(bigint_digit *z, const bigint_digit *a, size_t na, const bigint_digit *b, size_t nb)
{
    for (size_t i = 0; i < na; i++) {
        uint64_t f = a[i], carry = 0;
        bigint_digit *pz = z + i;
        for (size_t j = 0; j < nb; j++) {
            carry += pz[j] + b[j] * f;
            pz[j] = (bigint_digit)(carry & BIGINT_MASK);
            carry >>= BIGINT_SHIFT;
        }
        for (size_t j = nb; carry; j++) {
            carry += pz[j];
            pz[j] = (bigint_digit)(carry & BIGINT_MASK);
            carry >>= BIGINT_SHIFT;
        }
    }
}

static void v_mul(bigint_ctx *ctx, bigint_digit *z, const bigint_digit *a, size_t na, const bigint_digit *b, size_t nb);

/* b much longer than a: multiply a by slices of b as long as a. */
static void v_mul_lopsided(bigint_ctx *ctx, bigint_digit *z, const bigint_digit *a, size_t na, const bigint_digit *b, size_t nb)
{
    bigint_digit *prod = bigint_mem(ctx, NULL, 2 * na * sizeof *prod);
    memset(z, 0, (na + nb) * sizeof *z);
    for (size_t done = 0; done < nb; done += na) {
        size_t use = nb - done < na ? nb - done : na;
        v_mul(ctx, prod, a, na, b + done, use);
        v_iadd(z + done, na + nb - done, prod, na + use);
    }
    bigint_mem(ctx, prod, 0);
}

/* Karatsuba step for nb/2 < na <= nb: z = ah*bh*X^2 + mid*X + al*bl. */
static void v_mul_karatsuba(bigint_ctx *ctx, bigint_digit *z, const bigint_digit *a, size_t na, const bigint_digit *b, size_t nb)
{
    size_t s = nb / 2, nah = na - s, nbh = nb - s;
    size_t nsa = (s > nah ? s : nah) + 1, nsb = nbh + 1, nm = nsa + nsb;
    bigint_digit *tmp = bigint_mem(ctx, NULL, (nsa + nsb + nm) * sizeof *tmp);
    bigint_digit *sa = tmp, *sb = tmp + nsa, *m = tmp + nsa + nsb;
    v_mul(ctx, z, a, s, b, s);
    v_mul(ctx, z + 2 * s, a + s, nah, b + s, nbh);
    if (s >= nah)
        v_add(sa, a, s, a + s, nah);
    else
        v_add(sa, a + s, nah, a, s);
    v_add(sb, b + s, nbh, b, s);
    v_mul(ctx, m, sa, nsa, sb, nsb);
    if (ctx->interrupted) {                     /* partial products: not combined */
        memset(z, 0, (na + nb) * sizeof *z);
        bigint_mem(ctx, tmp, 0);
        return;
    }
    v_isub(m, nm, z, 2 * s);
    v_isub(m, nm, z + 2 * s, nah + nbh);
    while (nm && m[nm - 1] == 0)
        nm--;
    v_iadd(z + s, na + nb - s, m, nm);
    bigint_mem(ctx, tmp, 0);
}

/* z[0:na+nb] = a * b; z must not overlap a or b. */
static void v_mul(bigint_ctx *ctx, bigint_digit *z, const bigint_digit *a, size_t na, const bigint_digit *b, size_t nb)
{
    if (sigcheck(ctx)) {                        /* x_mul's SIGCHECK */
        memset(z, 0, (na + nb) * sizeof *z);
        return;
    }
    if (na > nb) {
        const bigint_digit *t = a;
        size_t tn = na;
        a = b, na = nb, b = t, nb = tn;
    }
    if (na < KARATSUBA_CUTOFF) {
        memset(z, 0, (na + nb) * sizeof *z);
        v_mul_school(z, a, na, b, nb);
        ctx->work += (uint64_t)na * nb;
    } else if (2 * na <= nb) {
        v_mul_lopsided(ctx, z, a, na, b, nb);
    } else {
        v_mul_karatsuba(ctx, z, a, na, b, nb);
    }
}

/* z[0:n] = a[0:n] / d, returning the remainder; z may be a. */
static bigint_digit v_divrem1(bigint_digit *z, const bigint_digit *a, size_t n, bigint_digit d)
{
    uint64_t rem = 0;
    while (n--) {
        uint64_t cur = rem << BIGINT_SHIFT | a[n];
        z[n] = (bigint_digit)(cur / d);
        rem = cur % d;
    }
    return (bigint_digit)rem;
}

/* a[0:n] % d (inplace_rem1). */
static bigint_digit v_rem1(const bigint_digit *a, size_t n, bigint_digit d)
{
    uint64_t rem = 0;
    while (n--)
        rem = (rem << BIGINT_SHIFT | a[n]) % d;
    return (bigint_digit)rem;
}

/* z[0:n] = a << s, 0 <= s < 30; returns the bits shifted out on top. */
static bigint_digit v_lshift(bigint_digit *z, const bigint_digit *a, size_t n, int s)
{
    bigint_digit carry = 0;
    for (size_t i = 0; i < n; i++) {
        uint64_t acc = (uint64_t)a[i] << s | carry;
        z[i] = (bigint_digit)(acc & BIGINT_MASK);
        carry = (bigint_digit)(acc >> BIGINT_SHIFT);
    }
    return carry;
}

/* z[0:n] = a >> s, 0 <= s < 30; returns the bits shifted out below. */
static bigint_digit v_rshift(bigint_digit *z, const bigint_digit *a, size_t n, int s)
{
    bigint_digit carry = 0, mask = ((bigint_digit)1 << s) - 1;
    while (n--) {
        uint64_t acc = (uint64_t)carry << BIGINT_SHIFT | a[n];
        carry = (bigint_digit)acc & mask;
        z[n] = (bigint_digit)(acc >> s);
    }
    return carry;
}

/* One Knuth D step: the quotient digit of v[0:nw+1] / w[0:nw], leaving
 * the remainder in v[0:nw].  w's top digit is >= 2^29. */
static bigint_digit knuth_step(bigint_digit *v, const bigint_digit *w, size_t nw)
{
    uint64_t top = (uint64_t)v[nw] << BIGINT_SHIFT | v[nw - 1];
    uint64_t q = top / w[nw - 1], r = top % w[nw - 1];
    while (q * w[nw - 2] > (r << BIGINT_SHIFT | v[nw - 2])) {
        q--;
        r += w[nw - 1];
        if (r >= DIGIT_BASE)
            break;
    }
    int64_t carry = 0;
    for (size_t i = 0; i < nw; i++) {
        int64_t z = (int64_t)v[i] + carry - (int64_t)(q * w[i]);
        v[i] = (bigint_digit)z & BIGINT_MASK;
        carry = z >> BIGINT_SHIFT;    /* arithmetic: -q <= carry <= 0 */
    }
    if ((int64_t)v[nw] + carry < 0) {
        v_iadd(v, nw, w, nw);
        v[nw] = 0;
        q--;
    } else {
        v[nw] = 0;
    }
    return (bigint_digit)q;
}

/* ===== 4. CPython-shaped building blocks ============================= */

/* x_add: |a| + |b| into a new object of max(na, nb) + 1 digits. */
static bigint_status x_add(bigint_ctx *ctx, bigint *out, const bigint *a, const bigint *b)
{
    if (nd(a) < nd(b)) {
        const bigint *t = a;
        a = b, b = t;
    }
    if (too_big(ctx, nd(a) + 1))
        return no_memory(ctx);
    bigint t;
    bigint_digit *z = fresh(ctx, &t, nd(a) + 1);
    v_add(z, bigint_digits(a), nd(a), bigint_digits(b), nd(b));
    normalize(&t);
    move(ctx, out, &t);
    return BIGINT_OK;
}

/* x_sub: |a| - |b| (signed), trimming equal top digits first. */
static bigint_status x_sub(bigint_ctx *ctx, bigint *out, const bigint *a, const bigint *b)
{
    const bigint_digit *da = bigint_digits(a), *db = bigint_digits(b);
    size_t na = nd(a), nb = nd(b);
    bool neg = false;
    if (na < nb || (na == nb && v_cmp(da, na, db, nb) < 0)) {
        const bigint_digit *t = da;
        da = db, db = t;
        size_t tn = na;
        na = nb, nb = tn;
        neg = true;
    }
    if (na == nb) {
        while (na && da[na - 1] == db[na - 1])
            na--;
        nb = na;
    }
    bigint t;
    if (na == 0) {
        bigint_init(&t);
        move(ctx, out, &t);
        return BIGINT_OK;
    }
    bigint_digit *z = fresh(ctx, &t, na);
    memcpy(z, da, na * sizeof *z);
    v_isub(z, na, db, nb);
    if (neg)
        t.size = -t.size;
    normalize(&t);
    maybe_small(&t);
    move(ctx, out, &t);
    return BIGINT_OK;
}

/* _PyLong_Add. */
static bigint_status long_add(bigint_ctx *ctx, bigint *out, const bigint *a, const bigint *b)
{
    bigint_status st;
    if (is_medium(a) && is_medium(b)) {
        set_i64(ctx, out, medium_value(a) + medium_value(b));
        return BIGINT_OK;
    }
    if (a->size < 0 && b->size < 0) {
        if ((st = x_add(ctx, out, a, b)) == BIGINT_OK)
            out->size = -out->size;
        return st;
    }
    if (a->size < 0)
        return x_sub(ctx, out, b, a);
    if (b->size < 0)
        return x_sub(ctx, out, a, b);
    return x_add(ctx, out, a, b);
}

/* _PyLong_Subtract. */
static bigint_status long_sub(bigint_ctx *ctx, bigint *out, const bigint *a, const bigint *b)
{
    bigint_status st;
    if (is_medium(a) && is_medium(b)) {
        set_i64(ctx, out, medium_value(a) - medium_value(b));
        return BIGINT_OK;
    }
    if (a->size < 0 && b->size < 0)
        return x_sub(ctx, out, b, a);
    if (a->size < 0) {
        if ((st = x_add(ctx, out, a, b)) == BIGINT_OK)
            out->size = -out->size;
        return st;
    }
    if (b->size < 0)
        return x_add(ctx, out, a, b);
    return x_sub(ctx, out, a, b);
}

static bool kmul_splits(const bigint *a, const bigint *b);
static void kmul_record(bigint_ctx *ctx, const bigint *a, const bigint *b);

/* _PyLong_Multiply: fast path, else k_mul's na + nb digits.  a == b is
 * one object (x * x, pow's squarings): k_mul squares it.  While recording,
 * Karatsuba's objects are steps, the product a RESULT (kmul_record). */
static bigint_status long_mul(bigint_ctx *ctx, bigint *out, const bigint *a, const bigint *b)
{
    if (is_medium(a) && is_medium(b)) {
        set_i64(ctx, out, medium_value(a) * medium_value(b));
        return BIGINT_OK;
    }
    size_t na = nd(a), nb = nd(b);
    bigint t;
    if (na == 0 || nb == 0) {
        bigint_init(&t);
        move(ctx, out, &t);
        return BIGINT_OK;
    }
    if (too_big(ctx, na + nb))
        return no_memory(ctx);
    if (ctx->recording && kmul_splits(a, b))
        kmul_record(ctx, a, b);
    bigint_digit *z = fresh(ctx, &t, na + nb);
    v_mul(ctx, z, bigint_digits(a), na, bigint_digits(b), nb);
    if (ctx->interrupted) {
        bigint_free(ctx, &t);
        return BIGINT_INTERRUPTED;
    }
    normalize(&t);
    if ((a->size < 0) != (b->size < 0))
        t.size = -t.size;
    move(ctx, out, &t);
    return BIGINT_OK;
}

/* x_divrem: |v| = q*|w| + r for nw >= 2; q gets the digits Knuth D needs
 * after normalization, r gets nw digits.  Both normalized, r small-checked. */
static void x_divrem(bigint_ctx *ctx, bigint *q, bigint *r, const bigint *v1, const bigint *w1)
{
    size_t nv = nd(v1), nw = nd(w1);
    const bigint_digit *w1d = bigint_digits(w1);
    int d = BIGINT_SHIFT - bit_length_digit(w1d[nw - 1]);
    bigint_digit *w = fresh(ctx, r, nw), small[16];
    bigint_digit *v = nv < 16 ? small : bigint_mem(ctx, NULL, (nv + 1) * sizeof *v);
    v_lshift(w, w1d, nw, d);
    bigint_digit carry = v_lshift(v, bigint_digits(v1), nv, d);
    v[nv] = carry;
    if (carry != 0 || v[nv - 1] >= w[nw - 1])
        nv++;
    size_t k = nv - nw;
    bigint_digit *qd = fresh(ctx, q, k);
    for (size_t j = k; j-- > 0 && !sigcheck(ctx);) {  /* x_divrem's SIGCHECK */
        qd[j] = knuth_step(v + j, w, nw);
        ctx->work += nw;
    }
    v_rshift(w, v, nw, d);
    if (v != small)
        bigint_mem(ctx, v, 0);
    normalize(q);
    normalize(r);
    maybe_small(r);
}

/* ---- the temporaries (bigint_step) ---- *
 *
 * While ctx->recording, an operation logs each object CPython makes and
 * frees on its way to the result.  Slots 0..SLOT_DYN-1 are long_divrem's
 * and l_divmod's own; the others are taken by the operations built on
 * them (long_bitwise, long_pow, long_round), one per live object, through
 * a tvar: a value and the slot of the object holding it.  refs[] counts
 * the references CPython's code holds to each slot's object (pow's
 * `z = a` shares one); the FREE step comes when they fall to 0. */

enum { SLOT_Q, SLOT_R, SLOT_V, SLOT_Q2, SLOT_R2, SLOT_DYN };

_Static_assert(SLOT_DYN + 16 + 8 <= BIGINT_STEP_SLOTS, "pow's table, its a2, z, base, product and divrem fit");

static bigint_step *step_ref(bigint_ctx *ctx, unsigned i)
{
    return i < BIGINT_INLINE_STEPS ? &ctx->steps[i] : &ctx->more_steps[i - BIGINT_INLINE_STEPS];
}

const bigint_step *bigint_step_at(const bigint_ctx *ctx, unsigned i)
{
    return i < BIGINT_INLINE_STEPS ? &ctx->steps[i] : &ctx->more_steps[i - BIGINT_INLINE_STEPS];
}

static void step_add(bigint_ctx *ctx, bigint_step s)
{
    unsigned i = ctx->nsteps;
    if (i >= BIGINT_INLINE_STEPS && i - BIGINT_INLINE_STEPS == ctx->capsteps) {
        unsigned cap = ctx->capsteps ? ctx->capsteps * 2 : 256;
        ctx->more_steps = bigint_mem(ctx, ctx->more_steps, cap * sizeof *ctx->more_steps);
        ctx->capsteps = cap;
    }
    *step_ref(ctx, i) = s;
    ctx->nsteps++;
}

/* Starts recording an operation's temporaries (none recorded before). */
static void record_start(bigint_ctx *ctx)
{
    ctx->nsteps = 0;
    memset(ctx->refs, 0, sizeof ctx->refs);
    ctx->recording = true;
}

/* Stops recording; a failed operation's steps are dropped, but those of
 * an error `kept` (BIGINT_OK: none) whose temporaries come before it. */
static bigint_status record_end_keeping(bigint_ctx *ctx, bigint_status st, bigint_status kept)
{
    ctx->recording = false;
    if (st != BIGINT_OK && st != kept)
        ctx->nsteps = 0;
    return st;
}

static bigint_status record_end(bigint_ctx *ctx, bigint_status st)
{
    return record_end_keeping(ctx, st, BIGINT_OK);
}

static void step_new(bigint_ctx *ctx, unsigned slot, size_t alloc, bool medium)
{
    if (!ctx->recording || ctx->nsteps >= BIGINT_MAX_STEPS)
        return;
    step_add(ctx, (bigint_step){BIGINT_STEP_NEW, (uint8_t)slot, medium, (uint32_t)alloc});
    ctx->refs[slot] = 1;
}

/* x just made in slot: a step when it is an object of its own. */
static void step_made(bigint_ctx *ctx, unsigned slot, const bigint *x)
{
    if (x->origin == BIGINT_NEW)
        step_new(ctx, slot, x->alloc, x->medium);
}

/* One reference to slot's object dropped: freed with the last. */
static void step_free(bigint_ctx *ctx, unsigned slot)
{
    if (!ctx->recording || !ctx->refs[slot] || --ctx->refs[slot])
        return;
    if (ctx->nsteps < BIGINT_MAX_STEPS)
        step_add(ctx, (bigint_step){BIGINT_STEP_FREE, (uint8_t)slot, 0, 0});
}

/* The object in slot is a result: its NEW becomes the RESULT (or, for
 * divmod's remainder, RESULT2) step. */
static void step_result(bigint_ctx *ctx, unsigned slot, unsigned kind)
{
    if (!ctx->recording || !ctx->refs[slot])
        return;
    for (unsigned i = ctx->nsteps; i-- > 0;)
        if (step_ref(ctx, i)[0].slot == slot && step_ref(ctx, i)[0].kind == BIGINT_STEP_NEW) {
            step_ref(ctx, i)[0].kind = (uint8_t)kind;
            break;
        }
    ctx->refs[slot] = 0;
}

/* A free slot for a new temporary, or -1 (not recording, or all taken). */
static int slot_take(const bigint_ctx *ctx)
{
    if (!ctx->recording)
        return -1;
    for (int s = SLOT_DYN; s < BIGINT_STEP_SLOTS; s++)
        if (!ctx->refs[s])
            return s;
    return -1;
}

/* The result a nested operation marked (a `kind` step at or after step
 * `from`) turned back into a temporary in a slot of its own: that slot,
 * or -1 when the result was no new object. */
static int step_adopt(bigint_ctx *ctx, unsigned from, unsigned kind)
{
    for (unsigned i = ctx->nsteps; i-- > from;) {
        if (step_ref(ctx, i)[0].kind != kind)
            continue;
        unsigned old = step_ref(ctx, i)[0].slot;
        /* A slot of its own the result keeps: held from its NEW to its
         * marking, it is no other step's in between (k_mul's product,
         * made before Karatsuba's temporaries take and free theirs). */
        int to = old >= SLOT_DYN && !ctx->refs[old] ? (int)old : slot_take(ctx);
        step_ref(ctx, i)[0].kind = BIGINT_STEP_NEW;
        for (unsigned j = i; to >= 0 && j < ctx->nsteps; j++)
            if (step_ref(ctx, j)[0].slot == old)
                step_ref(ctx, j)[0].slot = (uint8_t)to;
        if (to >= 0)
            ctx->refs[to] = 1;
        return to;
    }
    return -1;
}

/* ---- tvar: a value and the temporary object that holds it ---- */

typedef struct tvar {
    bigint v;
    int slot;                   /* its object's slot, or -1: no object of ours (an operand, a small int) */
} tvar;

static void tv_init(tvar *x)
{
    bigint_init(&x->v);
    x->slot = -1;
}

/* Drops x's reference (Py_XDECREF) and its value. */
static void tv_drop(bigint_ctx *ctx, tvar *x)
{
    if (x->slot >= 0)
        step_free(ctx, (unsigned)x->slot);
    bigint_free(ctx, &x->v);
    x->slot = -1;
}

/* x = t, an object just made by an operation that records nothing
 * (long_mul, long_add, ...): a NEW step when it is an object of its own.
 * x's old reference is dropped after (temp = f(...); Py_DECREF(x); x = temp). */
static void tv_set_made(bigint_ctx *ctx, tvar *x, bigint *t)
{
    int slot = t->origin == BIGINT_NEW ? slot_take(ctx) : -1;
    if (slot >= 0)
        step_new(ctx, (unsigned)slot, t->alloc, t->medium);
    tv_drop(ctx, x);
    move(ctx, &x->v, t);
    x->slot = slot;
}

/* x = y with a new reference (Py_INCREF(y); x = y), x's old one dropped after. */
static void tv_share(bigint_ctx *ctx, tvar *x, const tvar *y)
{
    bigint t;
    bigint_init(&t);
    same_as(ctx, &t, &y->v);
    t.origin = y->v.origin;
    if (y->slot >= 0)
        ctx->refs[y->slot]++;
    tv_drop(ctx, x);
    move(ctx, &x->v, &t);
    x->slot = y->slot;
}

/* The recorded operation's result is x: its NEW becomes the RESULT step. */
static void tv_result(bigint_ctx *ctx, bigint *r, tvar *x)
{
    if (x->slot >= 0)
        step_result(ctx, (unsigned)x->slot, BIGINT_STEP_RESULT);
    x->slot = -1;
    move(ctx, r, &x->v);
}

/* A negation of r (in slot) that was a cached small int makes a new one
 * unless the negated value is small too (_PyLong_Negate). */
static void negate_step(bigint_ctx *ctx, unsigned slot, bigint *r)
{
    bool was_small = r->origin == BIGINT_SMALL;
    negate(ctx, r);
    if (was_small)
        step_made(ctx, slot, r);
}

/* ---- k_mul's objects ---- *
 *
 * CPython multiplies ints of more than KARATSUBA_CUTOFF digits (twice
 * that when squaring one object) by Karatsuba: k_mul splits each operand
 * into a high and a low int (kmul_split: hi then lo, each normalized),
 * makes the product's object, multiplies the highs and the lows into two
 * more, frees those, adds each operand's halves (x_add: one more digit
 * than the larger), frees the halves, multiplies the sums and frees them
 * and that product.  An operand twice the other's size goes by slices
 * (k_lopsided_mul: the product's object, then one slice object reused).
 * Each product below the cutoff is x_mul's object of na + nb digits, a
 * zero operand the cached 0.  The shapes follow the values (a low half
 * of zeros normalizes to 0 digits), so the halves' sums are computed; the
 * products are not.  Depth past the free slots goes unrecorded. */

typedef struct kdigits {
    const bigint_digit *d;
    size_t n;                   /* ob_size: a slice's may have top zeros */
} kdigits;

static size_t kmul_norm(const bigint_digit *d, size_t n)
{
    while (n && d[n - 1] == 0)
        n--;
    return n;
}

static bool kmul_applies(size_t na, size_t nb, bool same)
{
    size_t lo = na < nb ? na : nb;
    return lo > (same ? 2 * KARATSUBA_CUTOFF : KARATSUBA_CUTOFF);
}

static bool kmul_splits(const bigint *a, const bigint *b)
{
    return kmul_applies(nd(a), nd(b), a == b);
}

/* A new object of n digits for k_mul: its slot, or -1. */
static int kmul_new(bigint_ctx *ctx, size_t n)
{
    int s = slot_take(ctx);
    if (s >= 0)
        step_new(ctx, (unsigned)s, n, false);
    return s;
}

static void kmul_free(bigint_ctx *ctx, int slot)
{
    if (slot >= 0)
        step_free(ctx, (unsigned)slot);
}

static int kmul_steps(bigint_ctx *ctx, kdigits a, kdigits b, bool same);

/* k_lopsided_mul (2 * na <= nb): the product's slot. */
static int kmul_lopsided(bigint_ctx *ctx, kdigits a, kdigits b)
{
    int ret = kmul_new(ctx, a.n + b.n), slice = kmul_new(ctx, a.n);
    for (size_t done = 0; done < b.n;) {
        size_t use = b.n - done < a.n ? b.n - done : a.n;
        kmul_free(ctx, kmul_steps(ctx, a, (kdigits){b.d + done, use}, false));
        done += use;
    }
    kmul_free(ctx, slice);
    return ret;
}

/* x_add's digits of a + b (host memory, the caller frees), in *sum; the
 * object's size is max + 1. */
static bigint_digit *kmul_sum(bigint_ctx *ctx, kdigits a, kdigits b, kdigits *sum)
{
    if (a.n < b.n) {
        kdigits t = a;
        a = b, b = t;
    }
    bigint_digit *z = bigint_mem(ctx, NULL, (a.n + 1) * sizeof *z);
    v_add(z, a.d, a.n, b.d, b.n);
    *sum = (kdigits){z, kmul_norm(z, a.n + 1)};
    return z;
}

/* k_mul(a, b) (same: one object): the slot of the product's object, -1
 * for none of ours (the cached 0, or no slot left). */
static int kmul_steps(bigint_ctx *ctx, kdigits a, kdigits b, bool same)
{
    if (a.n > b.n) {
        kdigits t = a;
        a = b, b = t;
    }
    if (!kmul_applies(a.n, b.n, same))
        return a.n ? kmul_new(ctx, a.n + b.n) : -1;
    if (2 * a.n <= b.n)
        return kmul_lopsided(ctx, a, b);
    size_t shift = b.n >> 1;
    kdigits al = {a.d, kmul_norm(a.d, shift)}, ah = {a.d + shift, kmul_norm(a.d + shift, a.n - shift)};
    kdigits bl = {b.d, kmul_norm(b.d, shift)}, bh = {b.d + shift, kmul_norm(b.d + shift, b.n - shift)};
    int sah = kmul_new(ctx, a.n - shift), sal = kmul_new(ctx, shift), sbh = sah, sbl = sal;
    if (same) {
        if (sah >= 0)
            ctx->refs[sah]++;
        if (sal >= 0)
            ctx->refs[sal]++;
    } else {
        sbh = kmul_new(ctx, b.n - shift);
        sbl = kmul_new(ctx, shift);
    }
    int ret = kmul_new(ctx, a.n + b.n);
    int t1 = kmul_steps(ctx, ah, bh, same);
    int t2 = kmul_steps(ctx, al, bl, same);
    kmul_free(ctx, t2);
    kmul_free(ctx, t1);
    kdigits sa, sb;
    bigint_digit *za = kmul_sum(ctx, ah, al, &sa), *zb = NULL;
    t1 = kmul_new(ctx, (ah.n > al.n ? ah.n : al.n) + 1);
    kmul_free(ctx, sah);
    kmul_free(ctx, sal);
    if (same) {
        sb = sa;
        t2 = t1;
        if (t2 >= 0)
            ctx->refs[t2]++;
    } else {
        zb = kmul_sum(ctx, bh, bl, &sb);
        t2 = kmul_new(ctx, (bh.n > bl.n ? bh.n : bl.n) + 1);
    }
    kmul_free(ctx, sbh);
    kmul_free(ctx, sbl);
    int t3 = kmul_steps(ctx, sa, sb, same);
    kmul_free(ctx, t1);
    kmul_free(ctx, t2);
    kmul_free(ctx, t3);
    bigint_mem(ctx, za, 0);
    if (zb)
        bigint_mem(ctx, zb, 0);
    return ret;
}

/* k_mul's objects for a * b, the product's marked the RESULT. */
static void kmul_record(bigint_ctx *ctx, const bigint *a, const bigint *b)
{
    int ret = kmul_steps(ctx, (kdigits){bigint_digits(a), nd(a)}, (kdigits){bigint_digits(b), nd(b)}, a == b);
    if (ret >= 0)
        step_result(ctx, (unsigned)ret, BIGINT_STEP_RESULT);
}

/* x_divrem with its objects: v (the shifted dividend, |v1| + 1 digits), w
 * (the divisor's copy, which ends as the remainder), the quotient, then v
 * freed.  The caller drops a remainder of a small value (maybe_small_long). */
static void x_divrem_steps(bigint_ctx *ctx, bigint *q, bigint *r, const bigint *v1, const bigint *w1)
{
    step_new(ctx, SLOT_V, nd(v1) + 1, false);
    step_new(ctx, SLOT_R, nd(w1), false);
    x_divrem(ctx, q, r, v1, w1);
    step_new(ctx, SLOT_Q, q->alloc, false);
    step_free(ctx, SLOT_V);
}

/* |a| < |b| as long_divrem judges it: by sizes and top digits only. */
static bool surely_smaller(const bigint *a, const bigint *b)
{
    size_t na = nd(a), nb = nd(b);
    return na < nb || (na == nb && bigint_digits(a)[na - 1] < bigint_digits(b)[nb - 1]);
}

/* long_divrem: truncating division; q takes the sign of a*b, r of a. */
static bigint_status long_divrem(bigint_ctx *ctx, bigint *q, bigint *r, const bigint *a, const bigint *b)
{
    bigint tq, tr;
    if (b->size == 0)
        return bigint_fail(ctx, BIGINT_ZERO_DIVISION, "integer division or modulo by zero");
    bigint_init(&tq);
    bigint_init(&tr);
    if (surely_smaller(a, b)) {
        same_as(ctx, r, a);
        move(ctx, q, &tq);
        return BIGINT_OK;
    }
    if (nd(b) == 1) {
        bigint_digit *z = fresh(ctx, &tq, nd(a));
        step_new(ctx, SLOT_Q, nd(a), false);                    /* divrem1 */
        bigint_digit rem = v_divrem1(z, bigint_digits(a), nd(a), bigint_digits(b)[0]);
        normalize(&tq);
        set_i64(ctx, &tr, rem);
        step_made(ctx, SLOT_R, &tr);                            /* PyLong_FromLong(rem) */
    } else {
        x_divrem_steps(ctx, &tq, &tr, a, b);
        if (ctx->interrupted) {
            bigint_free(ctx, &tq);
            bigint_free(ctx, &tr);
            return BIGINT_INTERRUPTED;
        }
        if (tr.origin == BIGINT_SMALL)
            step_free(ctx, SLOT_R);                             /* maybe_small_long */
    }
    if ((a->size < 0) != (b->size < 0))
        negate(ctx, &tq);
    if (a->size < 0 && tr.size != 0)
        negate_step(ctx, SLOT_R, &tr);
    maybe_small(&tq);
    if (tq.origin == BIGINT_SMALL)
        step_free(ctx, SLOT_Q);                                 /* maybe_small_long */
    move(ctx, q, &tq);
    move(ctx, r, &tr);
    return BIGINT_OK;
}

/* long_rem: the remainder alone (rem1 for a one-digit divisor). */
static bigint_status long_rem(bigint_ctx *ctx, bigint *r, const bigint *a, const bigint *b)
{
    bigint tq, tr;
    if (b->size == 0)
        return bigint_fail(ctx, BIGINT_ZERO_DIVISION, "integer modulo by zero");
    if (surely_smaller(a, b)) {
        same_as(ctx, r, a);
        return BIGINT_OK;
    }
    bigint_init(&tr);
    if (nd(b) == 1) {
        set_i64(ctx, &tr, v_rem1(bigint_digits(a), nd(a), bigint_digits(b)[0]));
        step_made(ctx, SLOT_R, &tr);                            /* rem1 */
    } else {
        bigint_init(&tq);
        x_divrem_steps(ctx, &tq, &tr, a, b);
        bigint_free(ctx, &tq);
        if (ctx->interrupted) {
            bigint_free(ctx, &tr);
            return BIGINT_INTERRUPTED;
        }
        step_free(ctx, SLOT_Q);                                 /* the quotient dropped */
        if (tr.origin == BIGINT_SMALL)
            step_free(ctx, SLOT_R);                             /* maybe_small_long */
    }
    if (a->size < 0 && tr.size != 0)
        negate_step(ctx, SLOT_R, &tr);
    move(ctx, r, &tr);
    return BIGINT_OK;
}

/* fast_floor_div / fast_mod for one-digit operands. */
static void fast_divmod(bigint_ctx *ctx, bigint *q, bigint *r, const bigint *a, const bigint *b)
{
    int64_t left = bigint_digits(a)[0], right = bigint_digits(b)[0];
    bool same = (a->size < 0) == (b->size < 0);
    if (q)
        set_i64(ctx, q, same ? left / right : -1 - (left - 1) / right);
    if (r)
        set_i64(ctx, r, (same ? left % right : right - 1 - (left - 1) % right) * b->size);
}

/* True when r has the opposite sign of a non-zero b (floor fix needed). */
static bool signs_differ(const bigint *r, const bigint *b)
{
    return (r->size < 0 && b->size > 0) || (r->size > 0 && b->size < 0);
}

/* l_divmod: floor division and modulo (q or r may be NULL). */
static bigint_status l_divmod(bigint_ctx *ctx, bigint *q, bigint *r, const bigint *a, const bigint *b)
{
    if (nd(a) == 1 && nd(b) == 1) {
        fast_divmod(ctx, q, r, a, b);
        return BIGINT_OK;
    }
    bigint tq, tr, one;
    bigint_init(&tq);
    bigint_init(&tr);
    bigint_init(&one);
    bigint_status st = long_divrem(ctx, &tq, &tr, a, b);
    unsigned qs = SLOT_Q, rs = SLOT_R;
    if (st == BIGINT_OK && signs_differ(&tr, b)) {
        set_i64(ctx, &one, 1);
        st = long_add(ctx, &tr, &tr, b);
        if (st == BIGINT_OK) {
            step_made(ctx, SLOT_R2, &tr);           /* mod + w, then the old mod dropped */
            step_free(ctx, SLOT_R);
            rs = SLOT_R2;
            st = long_sub(ctx, &tq, &tq, &one);
        }
        if (st == BIGINT_OK) {
            step_made(ctx, SLOT_Q2, &tq);           /* div - 1, then the old div dropped */
            step_free(ctx, SLOT_Q);
            qs = SLOT_Q2;
        }
    }
    if (st == BIGINT_OK) {
        step_result(ctx, qs, BIGINT_STEP_RESULT);
        if (r)
            step_result(ctx, rs, BIGINT_STEP_RESULT2);
        else
            step_free(ctx, rs);                     /* pmod NULL: the remainder dropped */
    }
    if (st == BIGINT_OK && q)
        move(ctx, q, &tq);
    if (st == BIGINT_OK && r)
        move(ctx, r, &tr);
    bigint_free(ctx, &tq);
    bigint_free(ctx, &tr);
    return st;
}

/* l_mod: Python's a % b. */
static bigint_status l_mod(bigint_ctx *ctx, bigint *r, const bigint *a, const bigint *b)
{
    if (nd(a) == 1 && nd(b) == 1) {
        fast_divmod(ctx, NULL, r, a, b);
        return BIGINT_OK;
    }
    bigint tr;
    bigint_init(&tr);
    bigint_status st = long_rem(ctx, &tr, a, b);
    unsigned rs = SLOT_R;
    if (st == BIGINT_OK && signs_differ(&tr, b)) {
        st = long_add(ctx, &tr, &tr, b);
        if (st == BIGINT_OK) {
            step_made(ctx, SLOT_R2, &tr);           /* mod + w, then the old mod dropped */
            step_free(ctx, SLOT_R);
            rs = SLOT_R2;
        }
    }
    if (st == BIGINT_OK) {
        step_result(ctx, rs, BIGINT_STEP_RESULT);
        move(ctx, r, &tr);
    }
    bigint_free(ctx, &tr);
    return st;
}

/* ===== 5. public arithmetic =========================================== */

int bigint_cmp(const bigint *a, const bigint *b)
{
    if (a->size != b->size)
        return a->size < b->size ? -1 : 1;
    int c = v_cmp(bigint_digits(a), nd(a), bigint_digits(b), nd(b));
    return a->size < 0 ? -c : c;
}

bigint_status bigint_add(bigint_ctx *ctx, bigint *r, const bigint *a, const bigint *b)
{
    return long_add(ctx, r, a, b);
}

bigint_status bigint_sub(bigint_ctx *ctx, bigint *r, const bigint *a, const bigint *b)
{
    return long_sub(ctx, r, a, b);
}

bigint_status bigint_mul(bigint_ctx *ctx, bigint *r, const bigint *a, const bigint *b)
{
    checked_begin(ctx);
    if (!kmul_splits(a, b))
        return checked_end(ctx, long_mul(ctx, r, a, b));
    record_start(ctx);
    return checked_end(ctx, record_end(ctx, long_mul(ctx, r, a, b)));
}

/* Runs a floor division or a modulo recording its temporaries (bigint_step). */
static bigint_status recorded(bigint_ctx *ctx, bigint_status (*op)(bigint_ctx *, bigint *, const bigint *,
                                                                   const bigint *),
                              bigint *r, const bigint *a, const bigint *b)
{
    checked_begin(ctx);
    record_start(ctx);
    return checked_end(ctx, record_end(ctx, op(ctx, r, a, b)));
}

static bigint_status floordiv_op(bigint_ctx *ctx, bigint *r, const bigint *a, const bigint *b)
{
    return l_divmod(ctx, r, NULL, a, b);
}

bigint_status bigint_floordiv(bigint_ctx *ctx, bigint *r, const bigint *a, const bigint *b)
{
    return recorded(ctx, floordiv_op, r, a, b);
}

bigint_status bigint_mod(bigint_ctx *ctx, bigint *r, const bigint *a, const bigint *b)
{
    return recorded(ctx, l_mod, r, a, b);
}

bigint_status bigint_divmod(bigint_ctx *ctx, bigint *q, bigint *r, const bigint *a, const bigint *b)
{
    bigint tq, tr;
    bigint_init(&tq);
    bigint_init(&tr);
    checked_begin(ctx);
    record_start(ctx);
    bigint_status st = checked_end(ctx, record_end(ctx, l_divmod(ctx, &tq, &tr, a, b)));
    if (st == BIGINT_OK) {
        move(ctx, q, &tq);
        move(ctx, r, &tr);
    }
    bigint_free(ctx, &tq);
    bigint_free(ctx, &tr);
    return st;
}

bigint_status bigint_neg(bigint_ctx *ctx, bigint *r, const bigint *a)
{
    if (is_medium(a)) {
        set_i64(ctx, r, -medium_value(a));
        return BIGINT_OK;
    }
    bigint t;
    bigint_digit *z = fresh(ctx, &t, nd(a));
    memcpy(z, bigint_digits(a), nd(a) * sizeof *z);
    t.size = -a->size;
    move(ctx, r, &t);
    return BIGINT_OK;
}

bigint_status bigint_pos(bigint_ctx *ctx, bigint *r, const bigint *a)
{
    same_as(ctx, r, a);
    return BIGINT_OK;
}

bigint_status bigint_abs(bigint_ctx *ctx, bigint *r, const bigint *a)
{
    return a->size < 0 ? bigint_neg(ctx, r, a) : bigint_pos(ctx, r, a);
}

bigint_status bigint_invert(bigint_ctx *ctx, bigint *r, const bigint *a)
{
    if (is_medium(a)) {
        set_i64(ctx, r, ~medium_value(a));
        return BIGINT_OK;
    }
    bigint one, t;
    bigint_init(&one);
    bigint_init(&t);
    set_i64(ctx, &one, 1);
    bigint_status st = long_add(ctx, &t, a, &one);
    if (st == BIGINT_OK) {
        negate(ctx, &t);
        move(ctx, r, &t);
    }
    return st;
}

bool bigint_bool(const bigint *a)
{
    return a->size != 0;
}

uint64_t bigint_bit_length(const bigint *a)
{
    size_t n = nd(a);
    if (n == 0)
        return 0;
    return (uint64_t)(n - 1) * BIGINT_SHIFT + (uint64_t)bit_length_digit(bigint_digits(a)[n - 1]);
}

/* ===== 6. true division ================================================ */

/* Exact double of a magnitude of at most 3 digits holding <= 56 bits. */
static double digits_to_double(const bigint_digit *d, size_t n)
{
    double x = 0;
    while (n--)
        x = x * (double)DIGIT_BASE + d[n];
    return x;
}

/* |a| < 2^53: exactly representable (long_true_divide's "small"). */
static bool exact_in_double(const bigint *a)
{
    size_t n = nd(a);
    return n <= 1 || (n == 2 && (bigint_digits(a)[1] >> 23) == 0);
}

/* x = |a| * 2^-shift into a fresh digit array; *inexact if bits were lost. */
static bigint_digit *scaled(bigint_ctx *ctx, const bigint *a, int64_t shift, size_t *nx, bool *inexact)
{
    size_t na = nd(a);
    const bigint_digit *da = bigint_digits(a);
    bigint_digit *x;
    if (shift <= 0) {
        size_t sd = (size_t)(-shift / BIGINT_SHIFT);
        *nx = na + sd + 1;
        x = bigint_mem(ctx, NULL, *nx * sizeof *x);
        memset(x, 0, sd * sizeof *x);
        x[na + sd] = v_lshift(x + sd, da, na, (int)(-shift % BIGINT_SHIFT));
        return x;
    }
    size_t sd = (size_t)(shift / BIGINT_SHIFT);
    *nx = na - sd;
    x = bigint_mem(ctx, NULL, *nx * sizeof *x);
    if (v_rshift(x, da + sd, na - sd, (int)(shift % BIGINT_SHIFT)))
        *inexact = true;
    for (size_t i = 0; i < sd && !*inexact; i++)
        if (da[i])
            *inexact = true;
    return x;
}

/* x[0:*nx] //= |b|, remembering whether a remainder was left. */
static void divide_scaled(bigint_ctx *ctx, bigint_digit *x, size_t *nx, const bigint *b, bool *inexact)
{
    while (*nx && x[*nx - 1] == 0)
        (*nx)--;
    if (nd(b) == 1) {
        if (v_divrem1(x, x, *nx, bigint_digits(b)[0]))
            *inexact = true;
    } else if (*nx >= nd(b)) {
        bigint v, q, r;
        bigint_init(&v);
        bigint_init(&q);
        bigint_init(&r);
        reserve(ctx, &v, *nx);
        memcpy(dg(&v), x, *nx * sizeof *x);
        v.size = (int64_t)*nx;
        x_divrem_steps(ctx, &q, &r, &v, b);
        step_free(ctx, SLOT_Q2);                /* x dropped for the quotient */
        step_free(ctx, SLOT_R);                 /* and the remainder, once tested */
        if (r.size)
            *inexact = true;
        memcpy(x, bigint_digits(&q), nd(&q) * sizeof *x);
        *nx = nd(&q);
        bigint_free(ctx, &v);
        bigint_free(ctx, &q);
        bigint_free(ctx, &r);
    } else {
        *inexact = *nx != 0;
        *nx = 0;
    }
    while (*nx && x[*nx - 1] == 0)
        (*nx)--;
}

/* Rounds x (x_bits bits) to 53 bits half-even, given the sticky flag. */
static void round_scaled(bigint_digit *x, int64_t x_bits, int64_t shift, bool inexact)
{
    int64_t extra = (x_bits > -1021 - shift ? x_bits : -1021 - shift) - 53;
    bigint_digit mask = (bigint_digit)1 << (extra - 1);
    bigint_digit low = x[0] | inexact;
    if ((low & mask) && (low & (3U * mask - 1U)))
        low += mask;
    x[0] = low & ~(2U * mask - 1U);
}

/* |a| / |b| for bit-length difference diff within the double range:
 * x = floor(|a| * 2^-shift / |b|) with 55 or 56 bits and a sticky bit,
 * rounded to 53, scaled back.  False on overflow. */
static bool divide_magnitudes(bigint_ctx *ctx, const bigint *a, const bigint *b, int64_t diff, double *q)
{
    int64_t shift = (diff > -1021 ? diff : -1021) - 53 - 2;
    bool inexact = false;
    size_t nx;
    bigint_digit *x = scaled(ctx, a, shift, &nx, &inexact);
    step_new(ctx, SLOT_Q2, nx, false);          /* x, an object of its own */
    divide_scaled(ctx, x, &nx, b, &inexact);
    step_free(ctx, nd(b) == 1 ? SLOT_Q2 : SLOT_Q);  /* x (or the quotient) once read */
    int64_t x_bits = (int64_t)(nx - 1) * BIGINT_SHIFT + bit_length_digit(x[nx - 1]);
    round_scaled(x, x_bits, shift, inexact);
    double dx = digits_to_double(x, nx);
    bigint_mem(ctx, x, 0);
    if (shift + x_bits >= 1024 && (shift + x_bits > 1024 || dx == ldexp(1.0, (int)x_bits)))
        return false;
    *q = ldexp(dx, (int)shift);
    return true;
}

/* long_true_divide: exact operands divide in double arithmetic, obvious
 * overflow and underflow are caught from bit lengths, the rest is
 * divide_magnitudes, whose objects are recorded as steps: x, |a| shifted
 * (_PyLong_New of a's size less the whole digits shifted out, or plus
 * those shifted in and one), divided in place by a one-digit b, else by
 * x_divrem (x and the remainder dropped once it returns), freed once read
 * into a double; the float comes after them all. */
bigint_status bigint_truediv(bigint_ctx *ctx, const bigint *a, const bigint *b, double *out)
{
    bool negate_result = (a->size < 0) != (b->size < 0);
    double q = 0.0;
    if (b->size == 0)
        return bigint_fail(ctx, BIGINT_ZERO_DIVISION, "division by zero");
    int64_t diff = (int64_t)bigint_bit_length(a) - (int64_t)bigint_bit_length(b);
    if (a->size == 0 || diff < -1021 - 53 - 1)
        q = 0.0;
    else if (exact_in_double(a) && exact_in_double(b))
        q = digits_to_double(bigint_digits(a), nd(a)) / digits_to_double(bigint_digits(b), nd(b));
    else if (diff > 1024)
        return bigint_fail(ctx, BIGINT_OVERFLOW, "integer division result too large for a float");
    else {
        record_start(ctx);
        bool fits = divide_magnitudes(ctx, a, b, diff, &q);
        record_end(ctx, BIGINT_OK);             /* an overflow's temporaries came before it */
        if (!fits)
            return bigint_fail(ctx, BIGINT_OVERFLOW, "integer division result too large for a float");
    }
    *out = negate_result ? -q : q;
    return BIGINT_OK;
}

/* ===== 7. shifts and bitwise operations ================================ */

/* divmod_shift: split a shift count into whole digits and bits, clipping
 * counts beyond any possible size the way CPython does. */
static void split_shift(const bigint *b, uint64_t *words, int *bits)
{
    int64_t v;
    if (bigint_to_int64(b, &v)) {
        *words = (uint64_t)v / BIGINT_SHIFT;
        *bits = (int)((uint64_t)v % BIGINT_SHIFT);
        return;
    }
    /* b >= 2^63: b // 30 still fits when b < 30 * SSIZE_MAX_DIGITS */
    uint64_t hi = 0;
    size_t n = nd(b);
    const bigint_digit *d = bigint_digits(b);
    uint64_t rem = 0;
    bool fits = true;
    for (size_t i = n; i-- > 0;) {
        uint64_t cur = rem << BIGINT_SHIFT | d[i];
        uint64_t qd = cur / BIGINT_SHIFT;
        rem = cur % BIGINT_SHIFT;
        if (hi >> (64 - BIGINT_SHIFT))
            fits = false;
        hi = hi << BIGINT_SHIFT | qd;
    }
    if (fits && hi < (uint64_t)SSIZE_MAX_DIGITS) {
        *words = hi;
        *bits = (int)rem;
    } else {
        *words = (uint64_t)SSIZE_MAX_DIGITS;
        *bits = 0;
    }
}

/* z[0:n] = d >> (30*words + bits) for 0 < bits <= 30; true if any bit
 * shifted out was set. */
static bool shift_out(bigint_digit *z, const bigint_digit *d, size_t words, int bits, size_t n)
{
    bool lost = false;
    for (size_t i = 0; i < words && !lost; i++)
        lost = d[i] != 0;
    if (bits < BIGINT_SHIFT)
        return v_rshift(z, d + words, n, bits) || lost;
    memcpy(z, d + words + 1, (n - 1) * sizeof *z);
    return d[words] != 0 || lost;
}

/* long_rshift1: the medium fast path, then n - words digits (one more
 * for a < 0 when the shift is whole digits, a itself for a < 0 >> 0). */
static bigint_status rshift1(bigint_ctx *ctx, bigint *r, const bigint *a, uint64_t words, int bits)
{
    if (is_medium(a)) {
        int64_t m = medium_value(a);
        int s = words == 0 ? bits : BIGINT_SHIFT;
        set_i64(ctx, r, m < 0 ? ~(~m >> s) : m >> s);
        return BIGINT_OK;
    }
    bool neg = a->size < 0;
    size_t na = nd(a);
    if (neg && bits == 0) {
        if (words == 0) {
            same_as(ctx, r, a);
            return BIGINT_OK;
        }
        bits = BIGINT_SHIFT;
        words--;
    }
    if (words >= na) {
        set_i64(ctx, r, -(int64_t)neg);
        return BIGINT_OK;
    }
    size_t newsize = na - (size_t)words;
    bigint t;
    bigint_digit *z = fresh(ctx, &t, newsize);
    if (shift_out(z, bigint_digits(a), (size_t)words, bits, newsize) && neg) {
        bigint_digit one = 1;           /* floor for a < 0: round away from 0 */
        v_iadd(z, newsize, &one, 1);
    }
    t.size = neg ? -(int64_t)newsize : (int64_t)newsize;
    normalize(&t);
    maybe_small(&t);
    move(ctx, r, &t);
    return BIGINT_OK;
}

/* long_rshift1 or long_lshift1. */
typedef bigint_status shift1_fn(bigint_ctx *ctx, bigint *r, const bigint *a, uint64_t words, int bits);

/* What long_rshift and long_lshift share: ValueError for a negative
 * count, 0 for a == 0, else shift1 by b split into digits and bits. */
static bigint_status shift_by(bigint_ctx *ctx, bigint *r, const bigint *a, const bigint *b, shift1_fn *shift1)
{
    uint64_t words;
    int bits;
    if (b->size < 0)
        return bigint_fail(ctx, BIGINT_VALUE_ERROR, "negative shift count");
    if (a->size == 0) {
        set_i64(ctx, r, 0);
        return BIGINT_OK;
    }
    split_shift(b, &words, &bits);
    return shift1(ctx, r, a, words, bits);
}

bigint_status bigint_rshift(bigint_ctx *ctx, bigint *r, const bigint *a, const bigint *b)
{
    return shift_by(ctx, r, a, b, rshift1);
}

/* long_lshift1. */
static bigint_status lshift1(bigint_ctx *ctx, bigint *r, const bigint *a, uint64_t words, int bits)
{
    if (words == 0 && is_medium(a)) {
        int64_t m = medium_value(a);
        set_i64(ctx, r, m < 0 ? -(-m << bits) : m << bits);
        return BIGINT_OK;
    }
    uint64_t newsize = nd(a) + words + (bits ? 1 : 0);
    if (newsize > (uint64_t)MAX_LONG_DIGITS)
        return bigint_fail(ctx, BIGINT_OVERFLOW, "too many digits in integer");
    if (too_big(ctx, (size_t)newsize))
        return no_memory(ctx);
    bigint t;
    bigint_digit *z = fresh(ctx, &t, (size_t)newsize);
    bigint_digit top = v_lshift(z + words, bigint_digits(a), nd(a), bits);
    if (bits)
        z[newsize - 1] = top;
    t.size = a->size < 0 ? -(int64_t)newsize : (int64_t)newsize;
    normalize(&t);
    maybe_small(&t);
    move(ctx, r, &t);
    return BIGINT_OK;
}

bigint_status bigint_lshift(bigint_ctx *ctx, bigint *r, const bigint *a, const bigint *b)
{
    return shift_by(ctx, r, a, b, lshift1);
}

/* z[0:n] = -z[0:n] modulo 2^(30n) (v_complement). */
static void complement(bigint_digit *z, size_t n)
{
    bigint_digit carry = 1;
    for (size_t i = 0; i < n; i++) {
        carry += z[i] ^ BIGINT_MASK;
        z[i] = carry & BIGINT_MASK;
        carry >>= BIGINT_SHIFT;
    }
}

/* a in two's complement over n digits. */
static void twos(bigint_digit *z, const bigint *a, size_t n)
{
    const bigint_digit *d = bigint_digits(a);
    size_t na = nd(a);
    for (size_t i = 0; i < n; i++)
        z[i] = i < na ? d[i] : 0;
    if (a->size < 0)
        complement(z, n);
}

/* long_bitwise's allocation: size_z + 1 if the result is negative. */
static size_t bitwise_alloc(char op, const bigint *a, const bigint *b, bool *negz)
{
    if (nd(a) < nd(b)) {
        const bigint *t = a;
        a = b, b = t;
    }
    bool na = a->size < 0, nb = b->size < 0;
    size_t size_z;
    switch (op) {
    case '^': *negz = na ^ nb; size_z = nd(a); break;
    case '&': *negz = na & nb; size_z = nb ? nd(a) : nd(b); break;
    default: *negz = na | nb; size_z = nb ? nd(b) : nd(a); break;
    }
    return size_z + *negz;
}

static bigint_digit bit_op(char op, bigint_digit x, bigint_digit y)
{
    return op == '&' ? x & y : op == '|' ? x | y : x ^ y;
}

/* long_bitwise: each negative operand's two's complement is an object of
 * its own (_PyLong_New(size)), then z; the complements are dropped, the
 * larger operand's first (a and b swapped), then z if it normalizes to a
 * small int (maybe_small_long). */
static bigint_status long_bitwise(bigint_ctx *ctx, bigint *r, const bigint *a, char op, const bigint *b)
{
    if (is_medium(a) && is_medium(b)) {
        int64_t x = medium_value(a), y = medium_value(b);
        set_i64(ctx, r, op == '&' ? x & y : op == '|' ? x | y : x ^ y);
        return BIGINT_OK;
    }
    int sa = a->size < 0 ? slot_take(ctx) : -1;
    if (sa >= 0)
        step_new(ctx, (unsigned)sa, nd(a), false);
    int sb = b->size < 0 ? slot_take(ctx) : -1;
    if (sb >= 0)
        step_new(ctx, (unsigned)sb, nd(b), false);
    if (nd(a) < nd(b)) {
        int t = sa;
        sa = sb, sb = t;
    }
    bool negz;
    size_t alloc = bitwise_alloc(op, a, b, &negz);
    size_t w = (nd(a) > nd(b) ? nd(a) : nd(b)) + 1;
    bigint t;
    bigint_digit *z = fresh(ctx, &t, w), small[BIGINT_INLINE + 1];
    bigint_digit *y = w <= BIGINT_INLINE + 1 ? small : bigint_mem(ctx, NULL, w * sizeof *y);
    twos(z, a, w);
    twos(y, b, w);
    for (size_t i = 0; i < w; i++)
        z[i] = bit_op(op, z[i], y[i]);
    if (y != small)
        bigint_mem(ctx, y, 0);
    if (negz) {
        complement(z, w);
        t.size = -(int64_t)w;
    }
    normalize(&t);
    t.alloc = alloc;
    maybe_small(&t);
    int sz = slot_take(ctx);
    if (sz >= 0)
        step_new(ctx, (unsigned)sz, alloc, false);
    if (sa >= 0)
        step_free(ctx, (unsigned)sa);
    if (sb >= 0)
        step_free(ctx, (unsigned)sb);
    if (sz >= 0 && t.origin == BIGINT_SMALL)
        step_free(ctx, (unsigned)sz);
    else if (sz >= 0)
        step_result(ctx, (unsigned)sz, BIGINT_STEP_RESULT);
    move(ctx, r, &t);
    return BIGINT_OK;
}

static bigint_status and_op(bigint_ctx *ctx, bigint *r, const bigint *a, const bigint *b)
{
    return long_bitwise(ctx, r, a, '&', b);
}

static bigint_status or_op(bigint_ctx *ctx, bigint *r, const bigint *a, const bigint *b)
{
    return long_bitwise(ctx, r, a, '|', b);
}

static bigint_status xor_op(bigint_ctx *ctx, bigint *r, const bigint *a, const bigint *b)
{
    return long_bitwise(ctx, r, a, '^', b);
}

bigint_status bigint_and(bigint_ctx *ctx, bigint *r, const bigint *a, const bigint *b)
{
    return recorded(ctx, and_op, r, a, b);
}

bigint_status bigint_or(bigint_ctx *ctx, bigint *r, const bigint *a, const bigint *b)
{
    return recorded(ctx, or_op, r, a, b);
}

bigint_status bigint_xor(bigint_ctx *ctx, bigint *r, const bigint *a, const bigint *b)
{
    return recorded(ctx, xor_op, r, a, b);
}

/* ===== 8. pow ========================================================== */

/* long_pow, mirrored object by object: every product and reduction is a
 * temporary of its own (tvar), made and dropped in CPython's order, so the
 * int layer can replay them (bigint_step), with Karatsuba's inside a
 * product (kmul_record). */

/* The state of long_pow: optional modulus, first error. */
typedef struct pow_state {
    bigint_ctx *ctx;                    /* allocator, limits, error */
    const tvar *c;                      /* modulus, or NULL */
    bigint_status st;                   /* first error */
} pow_state;

/* x = t, the result of a nested recording operation (l_mod, l_divmod, a
 * Karatsuba product) that marked it with a `kind` step at or after step
 * `from`; x's old reference dropped after. */
static void tv_set_adopted(bigint_ctx *ctx, tvar *x, bigint *t, unsigned from, unsigned kind)
{
    int slot = step_adopt(ctx, from, kind);
    if (slot < 0 && t->origin == BIGINT_NEW) {  /* made on a fast path: no step yet */
        tv_set_made(ctx, x, t);
        return;
    }
    tv_drop(ctx, x);
    move(ctx, &x->v, t);
    x->slot = slot;
}

/* REDUCE(X): X = X % c when there is a modulus (X itself when |X| < c). */
static void reduce(pow_state *ps, tvar *x)
{
    bigint_ctx *ctx = ps->ctx;
    if (!ps->c || ps->st != BIGINT_OK)
        return;
    unsigned from = ctx->nsteps;
    bigint t;
    bigint_init(&t);
    ps->st = l_mod(ctx, &t, &x->v, &ps->c->v);
    if (ps->st == BIGINT_OK && t.origin != BIGINT_SAME)
        tv_set_adopted(ctx, x, &t, from, BIGINT_STEP_RESULT);
    bigint_free(ctx, &t);
}

/* MULT(X, Y, result): result = X*Y, then reduced. */
static void mult(pow_state *ps, tvar *result, const tvar *x, const tvar *y)
{
    if (ps->st != BIGINT_OK)
        return;
    bigint t;
    bigint_init(&t);
    unsigned from = ps->ctx->nsteps;
    ps->st = long_mul(ps->ctx, &t, &x->v, &y->v);
    if (ps->st == BIGINT_OK) {
        tv_set_adopted(ps->ctx, result, &t, from, BIGINT_STEP_RESULT);
        reduce(ps, result);
    }
    bigint_free(ps->ctx, &t);
}

/* Exponents of one digit up to 3: "aim for minimal overhead". */
static void pow_tiny(pow_state *ps, tvar *z, const tvar *a, bigint_digit e)
{
    if (e >= 2) {
        mult(ps, z, a, a);
        if (e == 3)
            mult(ps, z, z, a);
    } else if (e == 1) {
        mult(ps, z, a, z);
    }
}

/* Left-to-right binary exponentiation for exponents up to 60 bits. */
static void pow_binary(pow_state *ps, tvar *z, const tvar *a, const bigint *b)
{
    const bigint_digit *e = bigint_digits(b);
    size_t i = nd(b) - 1;
    bigint_digit bit = (bigint_digit)1 << (bit_length_digit(e[i]) - 1);
    tv_share(ps->ctx, z, a);
    for (bit >>= 1;;) {
        for (; bit; bit >>= 1) {
            mult(ps, z, z, z);
            if (e[i] & bit)
                mult(ps, z, z, a);
        }
        if (i-- == 0)
            break;
        bit = (bigint_digit)1 << (BIGINT_SHIFT - 1);
    }
}

/* ABSORB_PENDING of the sliding window: apply `pending` of blen bits. */
static void pow_absorb(pow_state *ps, tvar *z, const tvar table[16], int pending, int blen)
{
    int ntz = 0;
    while ((pending & 1) == 0) {
        ntz++;
        pending >>= 1;
    }
    for (blen -= ntz; blen > 0; blen--)
        mult(ps, z, z, z);
    mult(ps, z, z, &table[pending >> 1]);
    while (ntz-- > 0)
        mult(ps, z, z, z);
}

/* Left-to-right 5-bit sliding window for exponents over 60 bits; its
 * table of a**(2i+1) lives until long_pow's end (Done: dropped first). */
static void pow_window(pow_state *ps, tvar *z, const tvar *a, const bigint *b, tvar table[16])
{
    tvar a2;
    tv_init(&a2);
    tv_share(ps->ctx, &table[0], a);
    mult(ps, &a2, a, a);
    for (int i = 1; i < 16; i++)
        mult(ps, &table[i], &table[i - 1], &a2);
    tv_drop(ps->ctx, &a2);
    int pending = 0, blen = 0;
    const bigint_digit *e = bigint_digits(b);
    for (size_t i = nd(b); i-- > 0;) {
        for (int j = BIGINT_SHIFT - 1; j >= 0; j--) {
            pending = pending << 1 | (int)((e[i] >> j) & 1);
            if (!pending)
                mult(ps, z, z, z);
            else if (++blen == 5) {
                pow_absorb(ps, z, table, pending, blen);
                pending = blen = 0;
            }
        }
    }
    if (pending)
        pow_absorb(ps, z, table, pending, blen);
}

/* x = y, stealing y's reference (x = y; y = NULL). */
static void tv_steal(bigint_ctx *ctx, tvar *x, tvar *y)
{
    bigint_free(ctx, &x->v);
    move(ctx, &x->v, &y->v);
    x->slot = y->slot;
    y->slot = -1;
}

/* long_invmod: the inverse of a modulo n > 0 by the extended Euclid, its
 * quotients, remainders and products each an object. */
static bigint_status invmod(bigint_ctx *ctx, tvar *out, const tvar *a0, const tvar *n0)
{
    tvar a, n, b, c, q, r, t;
    bigint_status st = BIGINT_OK;
    tv_init(&a), tv_init(&n), tv_init(&b), tv_init(&c), tv_init(&q), tv_init(&r), tv_init(&t);
    set_i64(ctx, &b.v, 1);
    set_i64(ctx, &c.v, 0);
    tv_share(ctx, &a, a0);
    tv_share(ctx, &n, n0);
    while (st == BIGINT_OK && n.v.size != 0) {
        bigint tq, tr;
        bigint_init(&tq), bigint_init(&tr);
        unsigned from = ctx->nsteps;
        st = l_divmod(ctx, &tq, &tr, &a.v, &n.v);
        if (st == BIGINT_OK) {
            tv_set_adopted(ctx, &q, &tq, from, BIGINT_STEP_RESULT);
            tv_set_adopted(ctx, &r, &tr, from, BIGINT_STEP_RESULT2);
            tv_drop(ctx, &a);
            tv_steal(ctx, &a, &n);
            tv_steal(ctx, &n, &r);
            from = ctx->nsteps;
            st = long_mul(ctx, &tq, &q.v, &c.v);
        }
        if (st == BIGINT_OK) {
            tv_set_adopted(ctx, &t, &tq, from, BIGINT_STEP_RESULT);
            tv_drop(ctx, &q);
            st = long_sub(ctx, &tr, &b.v, &t.v);
        }
        if (st == BIGINT_OK) {
            tvar s;
            tv_init(&s);
            tv_set_made(ctx, &s, &tr);
            tv_drop(ctx, &t);
            tv_drop(ctx, &b);
            tv_steal(ctx, &b, &c);
            tv_steal(ctx, &c, &s);
        }
        bigint_free(ctx, &tq), bigint_free(ctx, &tr);
    }
    tv_drop(ctx, &c);
    tv_drop(ctx, &n);
    if (st == BIGINT_OK && !(a.v.size == 1 && bigint_digits(&a.v)[0] == 1))
        st = bigint_fail(ctx, BIGINT_VALUE_ERROR, "base is not invertible for the given modulus");
    tv_drop(ctx, &a);
    if (st == BIGINT_OK)
        tv_steal(ctx, out, &b);
    tv_drop(ctx, &b), tv_drop(ctx, &q), tv_drop(ctx, &r), tv_drop(ctx, &t);
    return st;
}

/* _PyLong_Copy(x) for x < 0, then _PyLong_Negate: x in -5..-1 copies as
 * the cached int and negates to the cached |x|; any other x is a new
 * object whose sign flips in place (its only reference), so |x| in 6..256
 * is an object of its own here, not the cached int. */
static void tv_abs_copy(bigint_ctx *ctx, tvar *x)
{
    bigint t;
    bigint_init(&t);
    bool small = is_small_value(&x->v);
    bigint_digit *z = fresh(ctx, &t, nd(&x->v));
    memcpy(z, bigint_digits(&x->v), nd(&x->v) * sizeof *z);
    if (small)
        maybe_small(&t);
    tv_set_made(ctx, x, &t);
}

/* The modulus prelude of long_pow: |c|, inverse base, reduced base. */
static bigint_status pow_prepare_mod(bigint_ctx *ctx, tvar *a, tvar *b, tvar *c)
{
    bigint_status st = BIGINT_OK;
    if (b->v.size < 0) {
        tv_abs_copy(ctx, b);
        tvar inv;
        tv_init(&inv);
        st = invmod(ctx, &inv, a, c);
        if (st == BIGINT_OK) {
            tv_drop(ctx, a);
            tv_steal(ctx, a, &inv);
        }
    }
    if (st == BIGINT_OK && (a->v.size < 0 || a->v.size > c->v.size)) {
        pow_state ps = {ctx, c, BIGINT_OK};
        reduce(&ps, a);
        st = ps.st;
    }
    return st;
}

/* long_pow(a0, b0, m): z as a tvar (its slot, when recording). */
static bigint_status long_pow(bigint_ctx *ctx, tvar *z, const bigint *a0, const bigint *b0, const bigint *m)
{
    if (b0->size < 0 && !m)
        return BIGINT_FLOAT;
    if (m && m->size == 0)
        return bigint_fail(ctx, BIGINT_VALUE_ERROR, "pow() 3rd argument cannot be 0");
    tvar a, b, c, table[16];
    tv_init(&a), tv_init(&b), tv_init(&c);
    for (int i = 0; i < 16; i++)
        tv_init(&table[i]);
    same_as(ctx, &a.v, a0);
    same_as(ctx, &b.v, b0);
    bigint_status st = BIGINT_OK;
    bool negative_output = m && m->size < 0;
    if (m) {
        same_as(ctx, &c.v, m);
        if (negative_output)
            tv_abs_copy(ctx, &c);
    }
    if (m && c.v.size == 1 && bigint_digits(&c.v)[0] == 1)
        set_i64(ctx, &z->v, 0);
    else {
        if (m)
            st = pow_prepare_mod(ctx, &a, &b, &c);
        pow_state ps = {ctx, m ? &c : NULL, st};
        size_t i = nd(&b.v);
        bigint_digit top = i ? bigint_digits(&b.v)[i - 1] : 0;
        set_i64(ctx, &z->v, 1);
        if (st != BIGINT_OK)
            ;
        else if (i <= 1 && top <= 3)
            pow_tiny(&ps, z, &a, top);
        else if (i <= 60 / BIGINT_SHIFT)
            pow_binary(&ps, z, &a, &b.v);
        else
            pow_window(&ps, z, &a, &b.v, table);
        st = ps.st;
        if (st == BIGINT_OK && negative_output && z->v.size != 0) {
            bigint t;
            bigint_init(&t);
            st = long_sub(ctx, &t, &z->v, &c.v);
            if (st == BIGINT_OK)
                tv_set_made(ctx, z, &t);
            bigint_free(ctx, &t);
        }
    }
    for (int i = 0; i < 16; i++)
        tv_drop(ctx, &table[i]);
    tv_drop(ctx, &a), tv_drop(ctx, &b), tv_drop(ctx, &c);
    return st;
}

bigint_status bigint_pow(bigint_ctx *ctx, bigint *r, const bigint *a0, const bigint *b0, const bigint *m)
{
    tvar z;
    tv_init(&z);
    checked_begin(ctx);
    record_start(ctx);
    /* long_invmod's temporaries come before its ValueError */
    bigint_status st = record_end_keeping(ctx, checked_end(ctx, long_pow(ctx, &z, a0, b0, m)), BIGINT_VALUE_ERROR);
    if (st == BIGINT_OK)
        tv_result(ctx, r, &z);
    tv_drop(ctx, &z);
    return st;
}

/* ===== 8b. round(int, ndigits) ========================================= */

/* The remainder of _PyLong_DivmodNear(a, b) for b > 0 (a - b * q with q
 * the nearest integer to a / b, ties to even), and its quotient, each
 * in the object CPython leaves them in. */
static bigint_status divmod_near(bigint_ctx *ctx, tvar *q, tvar *rem, const bigint *a, const bigint *b)
{
    bigint tq, tr, t;
    bigint_init(&tq), bigint_init(&tr), bigint_init(&t);
    tvar twice;
    tv_init(&twice);
    bool quo_neg = a->size < 0;
    bigint_status st = long_divrem(ctx, &tq, &tr, a, b);
    if (st == BIGINT_OK) {          /* long_divrem leaves its objects in SLOT_Q and SLOT_R */
        move(ctx, &q->v, &tq);
        q->slot = ctx->recording && ctx->refs[SLOT_Q] ? SLOT_Q : -1;
        move(ctx, &rem->v, &tr);
        rem->slot = ctx->recording && ctx->refs[SLOT_R] ? SLOT_R : -1;
        st = lshift1(ctx, &t, &rem->v, 0, 1);
    }
    if (st == BIGINT_OK) {
        tv_set_made(ctx, &twice, &t);
        if (quo_neg)
            st = bigint_neg(ctx, &t, &twice.v);
        if (st == BIGINT_OK && quo_neg)
            tv_set_made(ctx, &twice, &t);
    }
    if (st == BIGINT_OK) {
        int cmp = bigint_cmp(&twice.v, b);
        tv_drop(ctx, &twice);
        bool odd = q->v.size != 0 && (bigint_digits(&q->v)[0] & 1);
        if (cmp > 0 || (cmp == 0 && odd)) {
            bigint one;
            bigint_init(&one);
            set_i64(ctx, &one, 1);
            st = quo_neg ? long_sub(ctx, &t, &q->v, &one) : long_add(ctx, &t, &q->v, &one);
            if (st == BIGINT_OK) {
                tv_set_made(ctx, q, &t);
                st = quo_neg ? long_add(ctx, &t, &rem->v, b) : long_sub(ctx, &t, &rem->v, b);
            }
            if (st == BIGINT_OK)
                tv_set_made(ctx, rem, &t);
        }
    }
    tv_drop(ctx, &twice);
    bigint_free(ctx, &tq), bigint_free(ctx, &tr), bigint_free(ctx, &t);
    return st;
}

/* long_round for ndigits < 0: 10 ** -ndigits, divmod_near, a - rem, each
 * object made and dropped as int___round___impl does. */
static bigint_status long_round(bigint_ctx *ctx, bigint *r, const bigint *a, const bigint *ndigits)
{
    tvar e, p, q, rem, res;
    tv_init(&e), tv_init(&p), tv_init(&q), tv_init(&rem), tv_init(&res);
    bigint t, ten;
    bigint_init(&t), bigint_init(&ten);
    set_i64(ctx, &ten, 10);
    bigint_status st = bigint_neg(ctx, &t, ndigits);
    if (st == BIGINT_OK) {
        tv_set_made(ctx, &e, &t);
        st = long_pow(ctx, &p, &ten, &e.v, NULL);
    }
    tv_drop(ctx, &e);
    if (st == BIGINT_OK)
        st = divmod_near(ctx, &q, &rem, a, &p.v);
    /* _PyLong_DivmodNear returns (q, r) in a new tuple (PyTuple_New(2),
     * from the free list or a fresh tracked block), dropped after the
     * subtraction: its items first, then itself. */
    int pair = st == BIGINT_OK ? slot_take(ctx) : -1;
    if (pair >= 0 && ctx->nsteps < BIGINT_MAX_STEPS) {
        step_add(ctx, (bigint_step){BIGINT_STEP_PAIR, (uint8_t)pair, 0, 0});
        ctx->refs[pair] = 1;
    }
    tv_drop(ctx, &p);
    if (st == BIGINT_OK)
        st = long_sub(ctx, &t, a, &rem.v);
    if (st == BIGINT_OK)
        tv_set_made(ctx, &res, &t);
    tv_drop(ctx, &rem);             /* the tuple's items, last first (tupledealloc) */
    tv_drop(ctx, &q);
    if (pair >= 0)
        step_free(ctx, (unsigned)pair);
    if (st == BIGINT_OK)
        tv_result(ctx, r, &res);
    tv_drop(ctx, &res);
    bigint_free(ctx, &t), bigint_free(ctx, &ten);
    return st;
}

bigint_status bigint_round(bigint_ctx *ctx, bigint *r, const bigint *a, const bigint *ndigits)
{
    if (ndigits->size >= 0) {
        same_as(ctx, r, a);
        return BIGINT_OK;
    }
    record_start(ctx);
    return record_end(ctx, long_round(ctx, r, a, ndigits));
}

/* ===== 9. conversions ================================================== */

void bigint_from_int64(bigint_ctx *ctx, bigint *r, int64_t v)
{
    set_i64(ctx, r, v);
}

void bigint_from_ssize(bigint_ctx *ctx, bigint *r, int64_t v)
{
    bigint_from_int64(ctx, r, v);
    r->medium = 0;
}

bool bigint_to_int64(const bigint *a, int64_t *out)
{
    size_t n = nd(a);
    const bigint_digit *d = bigint_digits(a);
    uint64_t x = 0;
    if (n > 3)
        return false;
    for (size_t i = n; i-- > 0;) {
        if (x >> (64 - BIGINT_SHIFT))
            return false;
        x = x << BIGINT_SHIFT | d[i];
    }
    if (a->size >= 0 ? x > (uint64_t)INT64_MAX : x > (uint64_t)INT64_MAX + 1)
        return false;
    *out = a->size >= 0 ? (int64_t)x : (int64_t)(0 - x);
    return true;
}

bigint_status bigint_from_double(bigint_ctx *ctx, bigint *r, double d)
{
    if (d > -9223372036854775808.0 && d < 9223372036854775808.0) {
        bigint_from_int64(ctx, r, (int64_t)d);
        return BIGINT_OK;
    }
    if (isinf(d))
        return bigint_fail(ctx, BIGINT_OVERFLOW, "cannot convert float infinity to integer");
    if (isnan(d))
        return bigint_fail(ctx, BIGINT_VALUE_ERROR, "cannot convert float NaN to integer");
    int expo;
    double frac = frexp(fabs(d), &expo);
    uint64_t mant = (uint64_t)ldexp(frac, 53);          /* exact: 53 bits */
    size_t ndig = (size_t)(expo - 1) / BIGINT_SHIFT + 1;
    bigint t;
    bigint_digit *z = fresh(ctx, &t, ndig);
    /* |d| = mant << (expo - 53) with expo >= 64: place mant's two digits */
    int shift = expo - 53;
    bigint_digit m2[2] = {(bigint_digit)(mant & BIGINT_MASK), (bigint_digit)(mant >> BIGINT_SHIFT)};
    size_t words = (size_t)shift / BIGINT_SHIFT;
    bigint_digit top = v_lshift(z + words, m2, 2, shift % BIGINT_SHIFT);
    if (top)
        z[words + 2] = top;
    t.size = d < 0 ? -(int64_t)ndig : (int64_t)ndig;
    normalize(&t);
    move(ctx, r, &t);
    return BIGINT_OK;
}

bigint_status bigint_to_double(bigint_ctx *ctx, const bigint *a, double *out)
{
    if (exact_in_double(a)) {
        double x = digits_to_double(bigint_digits(a), nd(a));
        *out = a->size < 0 ? -x : x;
        return BIGINT_OK;
    }
    /* top 55 bits with a sticky bit, rounded half-even to 53 */
    int64_t bits = (int64_t)bigint_bit_length(a);
    bool sticky = false;
    size_t nx;
    bigint_digit *x = scaled(ctx, a, bits - 55, &nx, &sticky);
    uint64_t m = 0;
    for (size_t i = nx; i-- > 0;)
        m = m << BIGINT_SHIFT | x[i];
    bigint_mem(ctx, x, 0);
    m |= sticky;
    uint64_t low = m & 3;
    m >>= 2;
    if (low > 2 || (low == 2 && (m & 1)))
        m++;
    int64_t e = bits - 53;
    if (e + bit_length_digit(m) > 1024)
        return bigint_fail(ctx, BIGINT_OVERFLOW, "int too large to convert to float");
    double v = ldexp((double)m, (int)e);
    *out = a->size < 0 ? -v : v;
    return BIGINT_OK;
}

/* ===== 10. int(str) ===================================================== */

/* Zero digits of the Unicode decimal (Nd) blocks, Unicode 14. */
static const uint32_t nd_zeros[] = {
    0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66,
    0xce6, 0xd66, 0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0,
    0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50,
    0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10, 0x104a0,
    0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0,
    0x11650, 0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0,
    0x16a60, 0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6,
    0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
};

static bool unicode_space(uint32_t c)
{
    return c == 0x85 || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 ||
           c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
}

int bigint_decimal_value(uint32_t c)
{
    if (c >= '0' && c <= '9')
        return (int)(c - '0');
    for (size_t k = 0; k < sizeof nd_zeros / sizeof nd_zeros[0]; k++)
        if (c >= nd_zeros[k] && c < nd_zeros[k] + 10)
            return (int)(c - nd_zeros[k]);
    return -1;
}

/* _PyUnicode_TransformDecimalAndSpaceToASCII for one non-ASCII char. */
static char ascii_of(uint32_t c)
{
    int v = bigint_decimal_value(c);
    if (unicode_space(c))
        return ' ';
    return v >= 0 ? (char)('0' + v) : '?';
}

/* Writes the ASCII form of s[0:n] (at most n + 1 bytes with the NUL). */
static size_t transform_ascii(const char *s, size_t n, char *out)
{
    size_t k = 0;
    for (size_t i = 0; i < n;) {
        if ((unsigned char)s[i] < 0x80) {
            out[k++] = s[i++];
            continue;
        }
        out[k++] = ascii_of(bigint_utf8_next(s, n, &i));
    }
    out[k] = 0;
    return k;
}

char *bigint_to_ascii(bigint_ctx *ctx, const char *s, size_t n, size_t *len)
{
    char *out = bigint_mem(ctx, NULL, n + 1);
    *len = transform_ascii(s, n, out);
    return out;
}

static bool is_ascii_digit(char c)
{
    return c >= '0' && c <= '9';
}

bool bigint_drop_underscores(const char *s, size_t n, char *out, size_t *len)
{
    char prev = 0;
    size_t k = 0;
    for (size_t i = 0; i < n; prev = s[i++]) {
        char c = s[i];
        if (!c || (c == '_' && !is_ascii_digit(prev)) || (prev == '_' && !is_ascii_digit(c)))
            return false;
        if (c != '_')
            out[k++] = c;
    }
    out[k] = 0;
    *len = k;
    return prev != '_';
}

static int digit_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    return 37;
}

/* A parse in progress (PyLong_FromString's locals). */
typedef struct int_parse {
    const char *p;                      /* next character */
    const char *end;                    /* end of the ASCII text */
    int base;                           /* resolved base */
    bool error_if_nonzero;              /* "0..." under base 0 */
    bool negative;                      /* leading '-' */
    bool made;                          /* past the scan: z, the object it fills, was allocated */
} int_parse;

/* Sign, base-0 detection and the 0x/0o/0b prefix.  False on a syntax error. */
static bool parse_prefix(int_parse *ps)
{
    while (ps->p < ps->end && bigint_is_space(*ps->p))
        ps->p++;
    if (*ps->p == '+' || *ps->p == '-')
        ps->negative = *ps->p++ == '-';
    char c0 = ps->p[0], c1 = c0 ? ps->p[1] : 0;
    if (ps->base == 0) {
        ps->base = c0 != '0' ? 10 : (c1 == 'x' || c1 == 'X') ? 16 : (c1 == 'o' || c1 == 'O') ? 8 : (c1 == 'b' || c1 == 'B') ? 2 : 0;
        if (ps->base == 0) {
            ps->error_if_nonzero = true;
            ps->base = 10;
        }
    }
    if (c0 == '0' && ((ps->base == 16 && (c1 == 'x' || c1 == 'X')) || (ps->base == 8 && (c1 == 'o' || c1 == 'O')) ||
                      (ps->base == 2 && (c1 == 'b' || c1 == 'B')))) {
        ps->p += 2;
        if (*ps->p == '_')
            ps->p++;
    }
    return *ps->p != '_';
}

/* Scans digits and single underscores; counts the digits.  False when
 * two underscores meet or one ends the run. */
static bool scan_digits(int_parse *ps, const char **stop, size_t *ndigits)
{
    const char *q = ps->p;
    char prev = 0;
    *ndigits = 0;
    while (q < ps->end && (digit_value(*q) < ps->base || *q == '_')) {
        if (*q == '_' && prev == '_')
            return false;
        if (*q != '_')
            ++*ndigits;
        prev = *q++;
    }
    *stop = q;
    return prev != '_';
}

/* Value of digits p..stop in a power-of-two base: ceil(len*bits/30). */
static void binary_value(bigint_ctx *ctx, bigint *t, const int_parse *ps, const char *stop, size_t ndigits)
{
    int bits = __builtin_ctz((unsigned)ps->base);
    size_t n = (ndigits * (size_t)bits + BIGINT_SHIFT - 1) / BIGINT_SHIFT;
    bigint_digit *z = fresh(ctx, t, n);
    uint64_t acc = 0;
    int nacc = 0;
    size_t k = 0;
    for (const char *q = stop; q-- > ps->p;) {
        if (*q == '_')
            continue;
        acc |= (uint64_t)digit_value(*q) << nacc;
        nacc += bits;
        if (nacc >= BIGINT_SHIFT) {
            z[k++] = (bigint_digit)(acc & BIGINT_MASK);
            acc >>= BIGINT_SHIFT;
            nacc -= BIGINT_SHIFT;
        }
    }
    if (nacc)
        z[k] = (bigint_digit)acc;
    normalize(t);
}

/* z = z * mult + add over the first *used digits, growing *used. */
static void mul_add_digit(bigint_digit *z, size_t *used, uint64_t mult, uint64_t add)
{
    for (size_t i = 0; i < *used; i++) {
        add += z[i] * mult;
        z[i] = (bigint_digit)(add & BIGINT_MASK);
        add >>= BIGINT_SHIFT;
    }
    while (add) {
        z[(*used)++] = (bigint_digit)(add & BIGINT_MASK);
        add >>= BIGINT_SHIFT;
    }
}

/* Value of digits in another base.  CPython sizes the object from a
 * float estimate and adds one digit in the rare case it falls short. */
static void general_value(bigint_ctx *ctx, bigint *t, const int_parse *ps, const char *stop, size_t ndigits)
{
    int width = 1;
    uint64_t maxmult = (uint64_t)ps->base;
    while (maxmult * (uint64_t)ps->base <= DIGIT_BASE) {
        maxmult *= (uint64_t)ps->base;
        width++;
    }
    size_t estimate = (size_t)((double)ndigits * (log((double)ps->base) / log((double)DIGIT_BASE)) + 1.0);
    size_t used = 0;
    bigint_digit *z = fresh(ctx, t, estimate + 2);
    for (const char *q = ps->p; q < stop;) {
        uint64_t chunk = 0, mult = 1;
        for (int k = 0; k < width && q < stop; q++) {
            if (*q == '_')
                continue;
            chunk = chunk * (uint64_t)ps->base + (uint64_t)digit_value(*q);
            mult *= (uint64_t)ps->base;
            k++;
        }
        mul_add_digit(z, &used, mult, chunk);
    }
    t->size = (int64_t)used;
    t->alloc = used > estimate ? used : estimate;
}

static bigint_status bad_literal(bigint_ctx *ctx, int base, const char *s, size_t n)
{
    bigint_fail(ctx, BIGINT_VALUE_ERROR, "invalid literal for int() with base %d: ", base);
    bigint_text_repr(ctx, &ctx->msg, s, n, 200);
    return BIGINT_VALUE_ERROR;
}

/* The digits-limit check for non-binary bases. */
static bool over_str_limit(const bigint_ctx *ctx, size_t ndigits)
{
    return ndigits > BIGINT_STR_DIGITS_THRESHOLD && ctx->max_str_digits > 0 && ndigits > (size_t)ctx->max_str_digits;
}

/* Parses the transformed ASCII text; on a syntax error returns false. */
static bool parse_int(bigint_ctx *ctx, bigint *t, int_parse *ps, bigint_status *limit_error)
{
    const char *stop;
    size_t ndigits;
    if (!parse_prefix(ps) || !scan_digits(ps, &stop, &ndigits))
        return false;
    if ((ps->base & (ps->base - 1)) == 0) {
        binary_value(ctx, t, ps, stop, ndigits);
    } else if (over_str_limit(ctx, ndigits)) {
        ctx->limit_ndigits = ndigits;
        *limit_error = bigint_fail(ctx, BIGINT_VALUE_ERROR,
                                   "Exceeds the limit (%d digits) for integer string conversion: value has %zu digits; "
                                   "use sys.set_int_max_str_digits() to increase the limit",
                                   ctx->max_str_digits, ndigits);
        return false;
    } else {
        general_value(ctx, t, ps, stop, ndigits);
    }
    ps->made = true;
    if ((ps->error_if_nonzero && t->size != 0) || stop == ps->p)
        return false;
    while (stop < ps->end && bigint_is_space(*stop))
        stop++;
    return stop == ps->end;
}

bigint_status bigint_from_string(bigint_ctx *ctx, bigint *r, const char *s, size_t n, int base)
{
    if ((base != 0 && base < 2) || base > 36)
        return bigint_fail(ctx, BIGINT_VALUE_ERROR, "int() base must be >= 2 and <= 36, or 0");
    char small[64];
    char *ascii = n < sizeof small ? small : bigint_mem(ctx, NULL, n + 1);
    size_t len = transform_ascii(s, n, ascii);
    int_parse ps = {ascii, ascii + len, base, false, false, false};
    bigint t;
    bigint_init(&t);
    bigint_status limit = BIGINT_OK;
    bool ok = parse_int(ctx, &t, &ps, &limit);
    if (ascii != small)
        bigint_mem(ctx, ascii, 0);
    size_t z_alloc = t.alloc;               /* PyLong_FromString's z, when ps.made */
    if (ok && ps.negative)
        t.size = -t.size;
    if (ok)
        maybe_small(&t);
    record_start(ctx);                      /* z freed: a bad literal's, or a small int's */
    if (ps.made && (!ok || t.origin == BIGINT_SMALL)) {
        step_new(ctx, SLOT_Q, z_alloc, false);
        step_free(ctx, SLOT_Q);
    }
    ctx->recording = false;                 /* kept on failure too: the error comes after */
    if (!ok) {
        bigint_free(ctx, &t);
        return limit != BIGINT_OK ? limit : bad_literal(ctx, base, s, n);
    }
    move(ctx, r, &t);
    return BIGINT_OK;
}

/* ===== 11. str(int), hex(), oct(), bin() ================================ */

#define DEC_BASE 1000000000u                /* 10^9 per base-10^9 digit */

/* The base-10^9 digits of |a| (Knuth 4.4 method 1b), most significant
 * last, in `small` when they fit (16 > 1 + 4 + 4/2) or a host buffer. */
static uint32_t *to_base1e9(bigint_ctx *ctx, const bigint *a, size_t *count, uint32_t small[16])
{
    size_t na = nd(a), cap = 1 + na + na / 2;
    uint32_t *out = cap <= 16 ? small : bigint_mem(ctx, NULL, cap * sizeof *out);
    const bigint_digit *d = bigint_digits(a);
    size_t n = 0;
    for (size_t i = na; i-- > 0;) {
        ctx->work += na;                    /* na * na in all */
        if (sigcheck(ctx))                  /* long_to_decimal_string_internal's SIGCHECK */
            break;
        uint64_t hi = d[i];
        for (size_t j = 0; j < n; j++) {
            uint64_t z = (uint64_t)out[j] << BIGINT_SHIFT | hi;
            hi = z / DEC_BASE;
            out[j] = (uint32_t)(z - hi * DEC_BASE);
        }
        while (hi) {
            out[n++] = (uint32_t)(hi % DEC_BASE);
            hi /= DEC_BASE;
        }
    }
    if (n == 0)
        out[n++] = 0;
    *count = n;
    return out;
}

static bigint_status str_limit_error(bigint_ctx *ctx)
{
    return bigint_fail(ctx, BIGINT_VALUE_ERROR,
                       "Exceeds the limit (%d digits) for integer string conversion; "
                       "use sys.set_int_max_str_digits() to increase the limit",
                       ctx->max_str_digits);
}

/* The decimal digits of v < 10^9 without leading zeros; returns how many. */
static int small_decimal(uint32_t v, char top[16])
{
    char rev[16];
    int n = 0;
    do
        rev[n++] = (char)('0' + v % 10);
    while (v /= 10);
    for (int i = 0; i < n; i++)
        top[i] = rev[n - 1 - i];
    return n;
}

static bigint_status to_decimal(bigint_ctx *ctx, const bigint *a, bigint_text *out)
{
    size_t na = nd(a), n;
    int lim = ctx->max_str_digits;
    /* CPython's quick pre-check, based on 10/3 >= log2(10) */
    if (na >= 10 * BIGINT_STR_DIGITS_THRESHOLD / (3 * BIGINT_SHIFT) + 2 && lim > 0 &&
        (size_t)(lim / (3 * BIGINT_SHIFT)) <= (na - 11) / 10)
        return str_limit_error(ctx);
    checked_begin(ctx);
    uint32_t small[16], *dec = to_base1e9(ctx, a, &n, small);
    if (checked_end(ctx, BIGINT_OK) != BIGINT_OK) {
        if (dec != small)
            bigint_mem(ctx, dec, 0);
        return BIGINT_INTERRUPTED;
    }
    char top[16];
    int toplen = small_decimal(dec[n - 1], top);
    size_t digits = (size_t)toplen + 9 * (n - 1);
    if (digits + (a->size < 0) > BIGINT_STR_DIGITS_THRESHOLD && lim > 0 && digits > (size_t)lim) {
        if (dec != small)
            bigint_mem(ctx, dec, 0);
        return str_limit_error(ctx);
    }
    char *p = text_room(ctx, out, digits + 1);
    if (a->size < 0)
        *p++ = '-';
    memcpy(p, top, (size_t)toplen);
    p += toplen;
    for (size_t i = n - 1; i-- > 0; p += 9)
        for (int k = 8, v = (int)dec[i]; k >= 0; k--, v /= 10)
            p[k] = (char)('0' + v % 10);
    out->len = (size_t)(p - out->data);
    out->data[out->len] = 0;
    if (dec != small)
        bigint_mem(ctx, dec, 0);
    return BIGINT_OK;
}

static void to_binary_base(bigint_ctx *ctx, const bigint *a, int base, bool prefix, bigint_text *out)
{
    int bits = base == 16 ? 4 : base == 8 ? 3 : 1;
    uint64_t nbits = bigint_bit_length(a);
    size_t nchars = nbits ? (size_t)((nbits + (uint64_t)bits - 1) / (uint64_t)bits) : 1;
    char *p = text_room(ctx, out, nchars + 3);
    if (a->size < 0)
        *p++ = '-';
    if (prefix) {
        *p++ = '0';
        *p++ = base == 16 ? 'x' : base == 8 ? 'o' : 'b';
    }
    const bigint_digit *d = bigint_digits(a);
    for (size_t k = 0; k < nchars; k++) {
        uint64_t bit = (uint64_t)(nchars - 1 - k) * (uint64_t)bits;
        size_t w = (size_t)(bit / BIGINT_SHIFT);
        int off = (int)(bit % BIGINT_SHIFT);
        uint64_t v = w < nd(a) ? d[w] >> off : 0;
        if (off + bits > BIGINT_SHIFT && w + 1 < nd(a))
            v |= (uint64_t)d[w + 1] << (BIGINT_SHIFT - off);
        p[k] = "0123456789abcdef"[v & (uint64_t)(base - 1)];
    }
    out->len = (size_t)(p + nchars - out->data);
    out->data[out->len] = 0;
}

bigint_status bigint_to_text(bigint_ctx *ctx, const bigint *a, int base, bool prefix, bigint_text *out)
{
    if (base == 10)
        return to_decimal(ctx, a, out);
    to_binary_base(ctx, a, base, prefix, out);
    return BIGINT_OK;
}

/* ===== 12. hash, introspection ========================================= */

#define HASH_BITS 61
#define HASH_MODULUS (((uint64_t)1 << HASH_BITS) - 1)

int64_t bigint_hash(const bigint *a)
{
    /* |a| mod 2^61-1, one digit at a time: multiplying by 2^30 modulo a
       Mersenne modulus is a 61-bit rotation */
    uint64_t x = 0;
    const bigint_digit *d = bigint_digits(a);
    for (size_t i = nd(a); i-- > 0;) {
        x = ((x << BIGINT_SHIFT) & HASH_MODULUS) | (x >> (HASH_BITS - BIGINT_SHIFT));
        x += d[i];
        if (x >= HASH_MODULUS)
            x -= HASH_MODULUS;
    }
    int64_t h = a->size < 0 ? -(int64_t)x : (int64_t)x;
    return h == -1 ? -2 : h;
}

size_t bigint_alloc_bytes(const bigint *a)
{
    if (a->origin != BIGINT_NEW)
        return 0;
    if (a->medium)
        return 32;
    return 24 + 4 * (a->alloc ? a->alloc : 1);
}

void bigint_check(const bigint *a)
{
    size_t n = nd(a);
    const bigint_digit *d = bigint_digits(a);
    assert(n <= a->cap);
    assert(n == 0 || d[n - 1] != 0);
    for (size_t i = 0; i < n; i++)
        assert(d[i] <= BIGINT_MASK);
    assert((a->origin == BIGINT_SMALL) == is_small_value(a));
    assert(a->origin != BIGINT_SMALL || a->alloc == 0);
    assert(a->origin != BIGINT_NEW || a->alloc >= (n ? n : 1));
    assert(!a->medium || (a->origin != BIGINT_SMALL && n == 1));
    (void)d;
}
