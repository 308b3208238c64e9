/*
 * num.c — Python 3.11 floats: repr, float(), arithmetic, round, hash,
 * exact int/float comparison, and format() for int, float and str.
 *
 *   value ──► digits (section 1: what David Gay's _Py_dg_dtoa returns)
 *         ──► float text (section 2: PyOS_double_to_string's layout)
 *         ──► field (section 6: sign, prefix, grouping, padding, as
 *             formatter_unicode.c's calc_number_widths and fill_number)
 *
 * Digits come from the C library, whose conversions are exact in both
 * directions on glibc: snprintf's %e/%f round the exact binary value half
 * to even, as Gay's dtoa does in modes 2 and 3, and strtod rounds
 * correctly.  The shortest round-tripping digits (mode 0) are found by
 * searching the digit count.  Only digits and exponents are read back from
 * snprintf and strtod only ever sees "DIGITSe<exp>", so LC_NUMERIC cannot
 * change a result.
 *
 * Invariants:
 *   1. A digits value has no trailing zeros; zero is "0" with decpt 1;
 *      |x| = 0.<digits> * 10^decpt.  A rounding to zero has no digits.
 *   2. Field widths, precisions and padding count code points, never
 *      bytes; all text is UTF-8.
 *   3. On error nothing is appended to the output text.
 */
#include "num.h"

#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NDIGITS_MAX 323                 /* (int)((53 - -1021) * 0.30103) */
#define NDIGITS_MIN (-308)              /* -(int)((1024 + 1) * 0.30103) */
#define HASH_BITS 61
#define HASH_MODULUS (((uint64_t)1 << HASH_BITS) - 1)
#define HASH_INF 314159

/* ===== 1. digits ====================================================== */

/* The digits of |x| as _Py_dg_dtoa returns them (invariant 1). */
typedef struct digits {
    char *d;                            /* the digits: buf or a host buffer */
    size_t len;                         /* digits in d */
    int64_t decpt;                      /* |x| = 0.d * 10^decpt */
    char buf[64];                       /* storage for short results */
} digits;

static void digits_free(bigint_ctx *ctx, digits *dg)
{
    if (dg->d != dg->buf)
        bigint_mem(ctx, dg->d, 0);
}

/* Gets room for n digits plus a NUL. */
static char *digits_room(bigint_ctx *ctx, digits *dg, size_t n)
{
    dg->d = n < sizeof dg->buf ? dg->buf : bigint_mem(ctx, NULL, n + 1);
    return dg->d;
}

static void strip_trailing_zeros(digits *dg)
{
    while (dg->len && dg->d[dg->len - 1] == '0')
        dg->len--;
}

/* Reads snprintf's "%.Ne": the ASCII digits before 'e' and the exponent
 * (whatever the locale's decimal point is). */
static int64_t read_e(const char *s, char *out, size_t *len)
{
    *len = 0;
    for (; *s && *s != 'e'; s++)
        if (*s >= '0' && *s <= '9')
            out[(*len)++] = *s;
    return *s ? strtoll(s + 1, NULL, 10) : 0;
}

/* snprintf into a host buffer large enough. */
static char *print_alloc(bigint_ctx *ctx, const char *fmt, int prec, double x)
{
    int n = snprintf(NULL, 0, fmt, prec, x);
    char *s = bigint_mem(ctx, NULL, (size_t)n + 1);
    snprintf(s, (size_t)n + 1, fmt, prec, x);
    return s;
}

/* Mode 2: max(1, n) significant digits, correctly rounded. */
static void digits_significant(bigint_ctx *ctx, digits *dg, double x, int64_t n)
{
    char *s = print_alloc(ctx, "%.*e", (int)(n - 1), fabs(x));
    char *d = digits_room(ctx, dg, (size_t)n + 2);
    dg->decpt = read_e(s, d, &dg->len) + 1;
    bigint_mem(ctx, s, 0);
    strip_trailing_zeros(dg);
}

/* Mode 3: n digits after the decimal point, correctly rounded. */
static void digits_fixed(bigint_ctx *ctx, digits *dg, double x, int64_t n)
{
    char *s = print_alloc(ctx, "%.*f", (int)n, fabs(x));
    size_t slen = strlen(s), ip = 0, k = 0;
    char *d = digits_room(ctx, dg, slen);
    while (s[ip] >= '0' && s[ip] <= '9')
        ip++;
    for (size_t i = 0; i < slen; i++)
        if (s[i] >= '0' && s[i] <= '9')
            d[k++] = s[i];
    bigint_mem(ctx, s, 0);
    size_t lead = 0;
    while (lead < k && d[lead] == '0')
        lead++;
    memmove(d, d + lead, k - lead);
    dg->len = k - lead;
    dg->decpt = dg->len ? (int64_t)ip - (int64_t)lead : -n;
    strip_trailing_zeros(dg);
}

/* strtod of the integer m times 10^k: never sees a decimal point. */
static double read_back(const char *m, int64_t k)
{
    char s[64];
    snprintf(s, sizeof s, "%se%lld", m, (long long)k);
    return strtod(s, NULL);
}

/* m += step (+1 or -1) as a decimal integer string of *len digits. */
static void step_digits(char *m, size_t *len, int step)
{
    size_t i = *len;
    while (i-- > 0) {
        if (step > 0 && m[i] == '9') {
            m[i] = '0';
        } else if (step < 0 && m[i] == '0') {
            m[i] = '9';
        } else {
            m[i] = (char)(m[i] + step);
            return;
        }
    }
    memmove(m + 1, m, *len + 1);        /* 99..9 + 1: one more digit */
    m[0] = '1';
    (*len)++;
}

/* x with its 17 correctly rounded significant digits: one snprintf
 * serves every probe of the shortest-digits search. */
typedef struct probe {
    double x;                           /* the value, > 0 and finite */
    char d17[24];                       /* its 17 significant digits */
    int64_t e10;                        /* the exponent of d17[0] */
} probe;

static void probe_init(probe *p, double x)
{
    char s[40];
    size_t len;
    p->x = x;
    snprintf(s, sizeof s, "%.16e", x);
    p->e10 = read_e(s, p->d17, &len);
    p->d17[len] = 0;
}

/* The correctly rounded q-digit decimal of x as an integer string m;
 * returns the exponent of m's last digit.  It is rounded from the 17
 * digits unless those end in an exact half, which could hide which way
 * x itself lies: then snprintf rounds x directly. */
static int64_t rounded(const probe *p, int q, char m[32], size_t *len)
{
    const char *tail = p->d17 + q;
    bool exact_half = tail[0] == '5' && tail[1 + strspn(tail + 1, "0")] == 0;
    if (exact_half) {
        char s[40];
        snprintf(s, sizeof s, "%.*e", q - 1, p->x);
        int64_t k = read_e(s, m, len) - (q - 1);
        m[*len] = 0;
        return k;
    }
    memcpy(m, p->d17, (size_t)q);
    m[q] = 0;
    *len = (size_t)q;
    if (tail[0] >= '5')
        step_digits(m, len, 1);         /* "999" + 1 = "1000": same value */
    return p->e10 - (q - 1);
}

/* A q-digit decimal m * 10^k that strtod turns back into x: the correctly
 * rounded one, else its neighbour on the other side of x.  These are the
 * two q-digit decimals closest to x, so one of them rounds to x iff any
 * q-digit decimal does (and then so does some (q+1)-digit one). */
static bool round_trip(const probe *p, int q, char m[32], int64_t *k)
{
    size_t len;
    *k = rounded(p, q, m, &len);
    double y = read_back(m, *k);
    if (y == p->x)
        return true;
    step_digits(m, &len, y < p->x ? 1 : -1);
    return read_back(m, *k) == p->x;
}

/* Mode 0: the shortest digits that round-trip, nearest x among those. */
static void digits_shortest(digits *dg, double x)
{
    char m[32], best[32];
    int64_t k, best_k = 0;
    int lo = 1, hi = 17;
    probe p;
    probe_init(&p, x);
    strcpy(best, p.d17);
    best_k = p.e10 - 16;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (round_trip(&p, mid, m, &k)) {
            hi = mid;
            strcpy(best, m);
            best_k = k;
        } else {
            lo = mid + 1;
        }
    }
    size_t lead = 0, len = strlen(best);
    while (best[lead] == '0')
        lead++;
    dg->d = dg->buf;
    dg->len = len - lead;
    memcpy(dg->d, best + lead, dg->len);
    dg->decpt = (int64_t)dg->len + best_k;
    strip_trailing_zeros(dg);
}

/* _Py_dg_dtoa(x, mode, n) for finite x. */
static void dtoa(bigint_ctx *ctx, digits *dg, double x, int mode, int64_t n)
{
    if (x == 0) {
        dg->d = dg->buf;
        dg->d[0] = '0';
        dg->len = 1;
        dg->decpt = 1;
    } else if (mode == 0) {
        digits_shortest(dg, fabs(x));
    } else if (mode == 2) {
        digits_significant(ctx, dg, x, n < 1 ? 1 : n);
    } else {
        digits_fixed(ctx, dg, x, n);
    }
}

/* ===== 2. PyOS_double_to_string ======================================= */

enum {
    DTS_ADD_DOT_0 = 1,                  /* Py_DTSF_ADD_DOT_0: "1.0", not "1" */
    DTS_ALT = 2,                        /* Py_DTSF_ALT: keep '.' and zeros */
    DTS_NO_NEG_0 = 4,                   /* Py_DTSF_NO_NEG_0: the 'z' option */
};

/* Where the digits go: exponent or not, decimal point, window of digits. */
typedef struct layout {
    bool use_exp;                       /* write e+XX */
    int64_t exp;                        /* the exponent when use_exp */
    int64_t decpt;                      /* '.' goes before digit index decpt */
    int64_t start, end;                 /* window over the zero-padded digits */
} layout;

static layout float_layout(const digits *dg, char type, int64_t prec, unsigned flags)
{
    layout L = {false, 0, dg->decpt, 0, (int64_t)dg->len};
    bool add_dot_0 = flags & DTS_ADD_DOT_0;
    switch (type) {
    case 'e': L.use_exp = true; L.end = prec; break;
    case 'f': L.end = L.decpt + prec; break;
    case 'g':
        L.use_exp = L.decpt <= -4 || L.decpt > (add_dot_0 ? prec - 1 : prec);
        if (flags & DTS_ALT)
            L.end = prec;
        break;
    default: L.use_exp = L.decpt <= -4 || L.decpt > 16; break;   /* 'r' */
    }
    if (L.use_exp) {
        L.exp = L.decpt - 1;
        L.decpt = 1;
    }
    L.start = L.decpt <= 0 ? L.decpt - 1 : 0;
    int64_t min_end = !L.use_exp && add_dot_0 ? L.decpt + 1 : L.decpt;
    if (L.end < min_end)
        L.end = min_end;
    return L;
}

static void put_c(bigint_ctx *ctx, bigint_text *t, char c)
{
    bigint_text_add(ctx, t, &c, 1);
}

/* Appends the finite value described by dg under layout L. */
static void put_layout(bigint_ctx *ctx, bigint_text *t, const digits *dg, const layout *L, bool alt, bool upper)
{
    for (int64_t i = L->start; i < L->end; i++) {
        if (i == L->decpt)
            put_c(ctx, t, '.');
        put_c(ctx, t, i >= 0 && i < (int64_t)dg->len ? dg->d[i] : '0');
    }
    if (L->decpt == L->end && alt)
        put_c(ctx, t, '.');
    if (L->use_exp) {
        char e[32];
        int n = snprintf(e, sizeof e, "%c%c%02lld", upper ? 'E' : 'e', L->exp < 0 ? '-' : '+',
                         (long long)(L->exp < 0 ? -L->exp : L->exp));
        bigint_text_add(ctx, t, e, (size_t)n);
    }
}

/* PyOS_double_to_string(x, type, prec, flags): type is one of e f g r
 * (lower case; `upper` for E F G), prec already defaulted. */
static void float_text(bigint_ctx *ctx, bigint_text *t, double x, char type, bool upper, int64_t prec, unsigned flags)
{
    bool neg = signbit(x);
    if (!isfinite(x)) {
        if (neg && !isnan(x))
            put_c(ctx, t, '-');
        const char *s = isnan(x) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
        bigint_text_add(ctx, t, s, 3);
        return;
    }
    digits dg;
    int mode = type == 'r' ? 0 : type == 'f' ? 3 : 2;
    int64_t n = type == 'e' ? prec + 1 : type == 'g' && prec == 0 ? 1 : prec;
    dtoa(ctx, &dg, x, mode, n);
    if ((flags & DTS_NO_NEG_0) && (dg.len == 0 || (dg.len == 1 && dg.d[0] == '0')))
        neg = false;
    if (neg)
        put_c(ctx, t, '-');
    layout L = float_layout(&dg, type, n, flags);
    put_layout(ctx, t, &dg, &L, flags & DTS_ALT, upper);
    digits_free(ctx, &dg);
}

size_t num_float_repr(double x, char buf[NUM_REPR_MAX])
{
    bigint_ctx ctx;
    bigint_text t = {0};
    bigint_ctx_init(&ctx);
    float_text(&ctx, &t, x, 'r', false, 0, DTS_ADD_DOT_0);
    size_t n = t.len < NUM_REPR_MAX - 1 ? t.len : NUM_REPR_MAX - 1;
    memcpy(buf, t.data, n);
    buf[n] = 0;
    bigint_text_free(&ctx, &t);
    bigint_ctx_free(&ctx);
    return n;
}

/* ===== 3. float(str) =================================================== */

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* Case-insensitive match of word at p..end. */
static bool word_is(const char *p, const char *end, const char *word)
{
    size_t n = strlen(word);
    if ((size_t)(end - p) != n)
        return false;
    for (size_t i = 0; i < n; i++)
        if ((p[i] | 0x20) != word[i])
            return false;
    return true;
}

/* The mantissa and exponent of a decimal literal. */
typedef struct decimal {
    const char *int_part, *frac_part;   /* digit runs before and after the '.' */
    size_t nint, nfrac;                 /* their lengths */
    int64_t exp;                        /* saturated at +-10^9 */
} decimal;

/* [digits][.digits][e[sign]digits] with at least one mantissa digit. */
static bool parse_decimal_syntax(const char *p, const char *end, decimal *dc)
{
    dc->int_part = p;
    while (p < end && is_digit(*p))
        p++;
    dc->nint = (size_t)(p - dc->int_part);
    dc->frac_part = p;
    dc->nfrac = 0;
    if (p < end && *p == '.') {
        dc->frac_part = ++p;
        while (p < end && is_digit(*p))
            p++;
        dc->nfrac = (size_t)(p - dc->frac_part);
    }
    if (dc->nint + dc->nfrac == 0)
        return false;
    dc->exp = 0;
    if (p < end && (*p == 'e' || *p == 'E')) {
        bool eneg = ++p < end && *p == '-';
        if (p < end && (*p == '-' || *p == '+'))
            p++;
        if (p == end || !is_digit(*p))
            return false;
        for (; p < end && is_digit(*p); p++)
            if (dc->exp < 1000000000)
                dc->exp = dc->exp * 10 + (*p - '0');
        if (eneg)
            dc->exp = -dc->exp;
    }
    return p == end;
}

/* The correctly rounded double of a decimal literal. */
static double decimal_value(bigint_ctx *ctx, const decimal *dc)
{
    size_t n = dc->nint + dc->nfrac;
    char *m = bigint_mem(ctx, NULL, n + 32);
    memcpy(m, dc->int_part, dc->nint);
    memcpy(m + dc->nint, dc->frac_part, dc->nfrac);
    size_t lead = 0;
    while (lead < n && m[lead] == '0')
        lead++;
    int64_t k = dc->exp - (int64_t)dc->nfrac, len = (int64_t)(n - lead);
    double v;
    if (len == 0 || len + k < -400)
        v = 0.0;
    else if (len + k > 400)
        v = HUGE_VAL;
    else {
        snprintf(m + n, 32, "e%lld", (long long)k);
        v = strtod(m + lead, NULL);
    }
    bigint_mem(ctx, m, 0);
    return v;
}

/* PyOS_string_to_double on stripped text: all of it must be consumed. */
static bool parse_float_text(bigint_ctx *ctx, const char *p, const char *end, double *out)
{
    bool neg = p < end && *p == '-';
    if (p < end && (*p == '-' || *p == '+'))
        p++;
    decimal dc;
    if (word_is(p, end, "inf") || word_is(p, end, "infinity"))
        *out = HUGE_VAL;
    else if (word_is(p, end, "nan"))
        *out = NAN;
    else if (parse_decimal_syntax(p, end, &dc))
        *out = decimal_value(ctx, &dc);
    else
        return false;
    if (neg)
        *out = -*out;
    return true;
}

/* float_from_string_inner's reading of ASCII text without underscores:
 * Py_ISSPACE stripped around it, the rest all one float (a NUL or a byte
 * past ASCII is no character of one). */
static bool float_inner(bigint_ctx *ctx, const char *s, size_t n, double *out)
{
    const char *p = s, *end = s + n;
    while (p < end && bigint_is_space(*p))
        p++;
    while (end > p + 1 && bigint_is_space(end[-1]))
        end--;
    return p < end && parse_float_text(ctx, p, end, out);
}

/* The ValueError of both entries, quoting the text they were given. */
static bigint_status float_text_error(bigint_ctx *ctx, const char *s, size_t n)
{
    bigint_fail(ctx, BIGINT_VALUE_ERROR, "could not convert string to float: ");
    bigint_text_repr(ctx, &ctx->msg, s, n, -1);
    return BIGINT_VALUE_ERROR;
}

bigint_status num_float_from_ascii(bigint_ctx *ctx, const char *s, size_t n, double *out)
{
    return float_inner(ctx, s, n, out) ? BIGINT_OK : float_text_error(ctx, s, n);
}

bigint_status num_float_parse(bigint_ctx *ctx, const char *s, size_t n, double *out)
{
    size_t len;
    char *a = bigint_to_ascii(ctx, s, n, &len);
    bool ok = bigint_drop_underscores(a, len, a, &len) && float_inner(ctx, a, len, out);
    bigint_mem(ctx, a, 0);
    return ok ? BIGINT_OK : float_text_error(ctx, s, n);
}

/* ===== 4. arithmetic ==================================================== */

bigint_status num_float_div(bigint_ctx *ctx, double a, double b, double *out)
{
    if (b == 0)
        return bigint_fail(ctx, BIGINT_ZERO_DIVISION, "float division by zero");
    *out = a / b;
    return BIGINT_OK;
}

/* _float_div_mod: floor quotient and modulo with the sign of w. */
static void float_div_mod(double v, double w, double *floordiv, double *mod)
{
    double div;
    *mod = fmod(v, w);
    div = (v - *mod) / w;
    if (*mod) {
        if ((w < 0) != (*mod < 0)) {
            *mod += w;
            div -= 1.0;
        }
    } else {
        *mod = copysign(0.0, w);
    }
    if (div) {
        *floordiv = floor(div);
        if (div - *floordiv > 0.5)
            *floordiv += 1.0;
    } else {
        *floordiv = copysign(0.0, v / w);
    }
}

bigint_status num_float_floordiv(bigint_ctx *ctx, double a, double b, double *out)
{
    double mod;
    if (b == 0)
        return bigint_fail(ctx, BIGINT_ZERO_DIVISION, "float floor division by zero");
    float_div_mod(a, b, out, &mod);
    return BIGINT_OK;
}

bigint_status num_float_mod(bigint_ctx *ctx, double a, double b, double *out)
{
    double q;
    if (b == 0)
        return bigint_fail(ctx, BIGINT_ZERO_DIVISION, "float modulo");
    float_div_mod(a, b, &q, out);
    return BIGINT_OK;
}

bigint_status num_float_divmod(bigint_ctx *ctx, double a, double b, double *q, double *r)
{
    if (b == 0)
        return bigint_fail(ctx, BIGINT_ZERO_DIVISION, "float divmod()");
    float_div_mod(a, b, q, r);
    return BIGINT_OK;
}

static bool odd_integer(double x)
{
    return fmod(fabs(x), 2.0) == 1.0;
}

/* float_pow's special cases; true when *out is the answer. */
static bool pow_special(double v, double w, double *out)
{
    if (w == 0)
        *out = 1.0;
    else if (isnan(v))
        *out = v;
    else if (isnan(w))
        *out = v == 1.0 ? 1.0 : w;
    else if (isinf(w))
        *out = fabs(v) == 1.0 ? 1.0 : (w > 0) == (fabs(v) > 1.0) ? fabs(w) : 0.0;
    else if (isinf(v))
        *out = w > 0 ? (odd_integer(w) ? v : fabs(v)) : (odd_integer(w) ? copysign(0.0, v) : 0.0);
    else
        return false;
    return true;
}

bigint_status num_float_pow(bigint_ctx *ctx, double v, double w, double *out)
{
    bool negate = false;
    if (pow_special(v, w, out))
        return BIGINT_OK;
    if (v == 0) {
        if (w < 0)
            return bigint_fail(ctx, BIGINT_ZERO_DIVISION, "0.0 cannot be raised to a negative power");
        *out = odd_integer(w) ? v : 0.0;
        return BIGINT_OK;
    }
    if (v < 0) {
        if (w != floor(w))
            return BIGINT_COMPLEX;
        v = -v;
        negate = odd_integer(w);
    }
    if (v == 1.0) {
        *out = negate ? -1.0 : 1.0;
        return BIGINT_OK;
    }
    errno = 0;
    double x = pow(v, w);
    if (errno == 0 && isinf(x))
        errno = ERANGE;
    else if (errno == ERANGE && x == 0.0)
        errno = 0;
    if (errno == ERANGE)
        return bigint_fail(ctx, BIGINT_OVERFLOW, "(%d, 'Numerical result out of range')", ERANGE);
    if (errno != 0)
        return bigint_fail(ctx, BIGINT_VALUE_ERROR, "(%d, 'Numerical argument out of domain')", EDOM);
    *out = negate ? -x : x;
    return BIGINT_OK;
}

bigint_status num_float_round(bigint_ctx *ctx, double x, bigint *r)
{
    double rounded = round(x);
    if (fabs(x - rounded) == 0.5)
        rounded = 2.0 * round(x / 2.0);
    return bigint_from_double(ctx, r, rounded);
}

/* The digits of |x| rounded half-even at 10^k, k > 0 (mode 3, ndigits < 0). */
static void digits_above_point(bigint_ctx *ctx, digits *dg, double x, int64_t k)
{
    double ip = trunc(fabs(x));
    bool sticky = fabs(x) != ip;
    digits_fixed(ctx, dg, ip, 0);       /* exact integer digits */
    int64_t keep = dg->decpt - k;       /* digits left of 10^k */
    if (dg->len == 0 || keep < 0) {
        dg->len = 0;
        return;
    }
    bool up = false;
    if ((size_t)keep < dg->len) {
        char first = dg->d[keep];
        bool rest = sticky;
        for (size_t i = (size_t)keep + 1; i < dg->len && !rest; i++)
            rest = dg->d[i] != '0';
        up = first > '5' || (first == '5' && (rest || (keep > 0 && (dg->d[keep - 1] - '0') % 2)));
        dg->len = (size_t)keep;
    }
    if (up) {
        step_digits(dg->d, &dg->len, 1);
        if (dg->len > (size_t)keep)
            dg->decpt++;
        if (keep == 0)
            dg->decpt = k + 1;
    }
    strip_trailing_zeros(dg);
}

/* The digits of x correctly rounded at 10^-n: _Py_dg_dtoa(x, 3, n). */
static void digits_rounded(bigint_ctx *ctx, digits *dg, double x, int64_t n)
{
    if (n >= 0)
        digits_fixed(ctx, dg, x, n);
    else
        digits_above_point(ctx, dg, x, -n);
}

/* double_round: the digits of x correctly rounded at 10^-n (*len of
 * them), read back. */
static bigint_status double_round(bigint_ctx *ctx, double x, int64_t n, double *out, size_t *len)
{
    digits dg;
    digits_rounded(ctx, &dg, x, n);
    *len = dg.len;
    char *s = bigint_mem(ctx, NULL, dg.len + 40);
    int64_t exp = dg.decpt - (int64_t)dg.len;
    snprintf(s, dg.len + 40, "%s0%.*se%lld", signbit(x) ? "-" : "", (int)dg.len, dg.d, (long long)exp);
    digits_free(ctx, &dg);
    errno = 0;
    double r = strtod(s, NULL);
    bool overflow = errno == ERANGE && fabs(r) >= 1.0;
    bigint_mem(ctx, s, 0);
    if (overflow)
        return bigint_fail(ctx, BIGINT_OVERFLOW, "rounded value too large to represent");
    *out = r;
    return BIGINT_OK;
}

bigint_status num_float_round_to(bigint_ctx *ctx, double x, int64_t ndigits, double *out)
{
    size_t len;
    return num_float_round_digits(ctx, x, ndigits, out, &len);
}

bigint_status num_float_round_digits(bigint_ctx *ctx, double x, int64_t ndigits, double *out, size_t *len)
{
    *len = 0;
    if (!isfinite(x) || ndigits > NDIGITS_MAX) {
        *out = x;
        return BIGINT_OK;
    }
    if (ndigits < NDIGITS_MIN) {
        *out = 0.0 * x;
        return BIGINT_OK;
    }
    if (x == 0) {
        *out = x;
        return BIGINT_OK;
    }
    return double_round(ctx, x, ndigits, out, len);
}

int64_t num_float_hash(double x, bool *by_identity)
{
    *by_identity = false;
    if (isnan(x)) {
        *by_identity = true;
        return 0;
    }
    if (isinf(x))
        return x > 0 ? HASH_INF : -HASH_INF;
    /* x = m * 2^e with an integer m < 2^53; 2^61 = 1 modulo 2^61 - 1,
       so multiplying by 2^e is a rotation by e mod 61 */
    int e;
    double f = frexp(fabs(x), &e);
    uint64_t m = (uint64_t)ldexp(f, 53);
    int r = (int)(((int64_t)e - 53) % HASH_BITS);
    if (r < 0)
        r += HASH_BITS;
    uint64_t h = r ? ((m << r) & HASH_MODULUS) | (m >> (HASH_BITS - r)) : m;
    int64_t v = x < 0 ? -(int64_t)h : (int64_t)h;
    return v == -1 ? -2 : v;
}

bool num_float_is_integer(double x)
{
    return isfinite(x) && floor(x) == x;
}

/* |a| against |b| for nbits(a) == the binary exponent of b, > 53 bits:
 * compare the top 53 bits of a, then whether any lower bit is set. */
static int compare_top_bits(const bigint *a, double b, int64_t nbits)
{
    int e;
    uint64_t m = (uint64_t)ldexp(frexp(fabs(b), &e), 53), top = 0;
    const bigint_digit *d = bigint_digits(a);
    bool lower = false;
    for (int64_t bit = nbits - 1; bit >= 0; bit--) {
        int on = (d[bit / BIGINT_SHIFT] >> (bit % BIGINT_SHIFT)) & 1;
        if (bit >= nbits - 53)
            top = top << 1 | (uint64_t)on;
        else if (on) {
            lower = true;
            break;
        }
    }
    if (top != m)
        return top < m ? -1 : 1;
    return lower;
}

int num_compare(const bigint *a, double b)
{
    if (isnan(b))
        return NUM_UNORDERED;
    int sa = bigint_sign(a), sb = (b > 0) - (b < 0);
    if (isinf(b) || sa != sb)
        return isinf(b) ? (b > 0 ? -1 : 1) : (sa > sb) - (sa < sb);
    if (sa == 0)
        return 0;
    int64_t nbits = (int64_t)bigint_bit_length(a);
    int e, mag;
    frexp(b, &e);
    if (nbits <= 53) {
        double x = 0;
        for (size_t i = (size_t)(sa * a->size); i-- > 0;)
            x = x * 1073741824.0 + bigint_digits(a)[i];
        mag = (x > fabs(b)) - (x < fabs(b));
    } else if (nbits != e) {
        mag = nbits < e ? -1 : 1;
    } else {
        mag = compare_top_bits(a, b, nbits);
    }
    return sa * mag;
}

/* ===== 5. format spec =================================================== */

/* A parsed format spec (InternalFormatSpec). */
typedef num_spec spec;

/* The code points of a spec. */
typedef struct spec_text {
    uint32_t *cp;                       /* code points (host buffer) */
    size_t n;                           /* how many */
    const char *utf8;                   /* the spec as given */
    size_t len;                         /* its bytes */
} spec_text;

static bool is_align(uint32_t c)
{
    return c == '<' || c == '>' || c == '=' || c == '^';
}

/* get_integer: decimal digits (any Unicode Nd); -1 on overflow. */
static int get_integer(const spec_text *st, size_t *pos, int64_t *value)
{
    int64_t acc = 0;
    int count = 0;
    for (; *pos < st->n; (*pos)++, count++) {
        int d = bigint_decimal_value(st->cp[*pos]);
        if (d < 0)
            break;
        if (acc > (INT64_MAX - d) / 10)
            return -1;
        acc = acc * 10 + d;
    }
    *value = acc;
    return count;
}

/* A presentation type for a message: 'x' or '\xNN'. */
static void type_repr(uint32_t type, char *buf, size_t n)
{
    if (type > 32 && type < 128)
        snprintf(buf, n, "'%c'", (char)type);
    else
        snprintf(buf, n, "'\\x%x'", (unsigned)type);
}

static bigint_status bad_thousands(bigint_ctx *ctx, char sep, uint32_t type)
{
    char t[24];
    type_repr(type, t, sizeof t);
    return bigint_fail(ctx, BIGINT_VALUE_ERROR, "Cannot specify '%c' with %s.", sep, t);
}

static bigint_status bad_digits(bigint_ctx *ctx)
{
    return bigint_fail(ctx, BIGINT_VALUE_ERROR, "Too many decimal digits in format string");
}

/* [[fill]align][sign][z][#][0] */
static void parse_flags(const spec_text *st, size_t *pos, spec *sp, char default_align)
{
    const uint32_t *c = st->cp;
    size_t n = st->n, p = *pos;
    bool fill_given = false, align_given = false;
    if (n - p >= 2 && is_align(c[p + 1])) {
        sp->fill = c[p], sp->align = c[p + 1];
        fill_given = align_given = true;
        p += 2;
    } else if (n - p >= 1 && is_align(c[p])) {
        sp->align = c[p++];
        align_given = true;
    }
    if (p < n && (c[p] == '+' || c[p] == '-' || c[p] == ' '))
        sp->sign = c[p++];
    if (p < n && c[p] == 'z')
        sp->no_neg_0 = true, p++;
    if (p < n && c[p] == '#')
        sp->alternate = true, p++;
    if (!fill_given && p < n && c[p] == '0') {
        sp->fill = '0';
        if (!align_given && default_align == '>')
            sp->align = '=';
        p++;
    }
    *pos = p;
}

/* [width][,|_][.precision] */
static bigint_status parse_numbers(bigint_ctx *ctx, const spec_text *st, size_t *pos, spec *sp)
{
    const uint32_t *c = st->cp;
    int got = get_integer(st, pos, &sp->width);
    if (got < 0)
        return bad_digits(ctx);
    if (got == 0)
        sp->width = -1;
    if (*pos < st->n && c[*pos] == ',')
        sp->thousands = ',', (*pos)++;
    if (*pos < st->n && c[*pos] == '_') {
        if (sp->thousands)
            return bigint_fail(ctx, BIGINT_VALUE_ERROR, "Cannot specify both ',' and '_'.");
        sp->thousands = '_', (*pos)++;
    }
    if (*pos < st->n && c[*pos] == ',' && sp->thousands == '_')
        return bigint_fail(ctx, BIGINT_VALUE_ERROR, "Cannot specify both ',' and '_'.");
    if (*pos < st->n && c[*pos] == '.') {
        (*pos)++;
        got = get_integer(st, pos, &sp->precision);
        if (got < 0)
            return bad_digits(ctx);
        if (got == 0)
            return bigint_fail(ctx, BIGINT_VALUE_ERROR, "Format specifier missing precision");
    }
    return BIGINT_OK;
}

/* The thousands separator is allowed with this type (PEP 378, PEP 515). */
static bigint_status check_thousands(bigint_ctx *ctx, spec *sp)
{
    if (!sp->thousands)
        return BIGINT_OK;
    switch (sp->type) {
    case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
        return BIGINT_OK;
    case 'b': case 'o': case 'x': case 'X':
        if (sp->thousands == '_') {
            sp->group = 4;
            return BIGINT_OK;
        }
        /* fall through */
    default:
        return bad_thousands(ctx, sp->thousands, sp->type);
    }
}

/* parse_internal_render_format_spec. */
static bigint_status parse_spec(bigint_ctx *ctx, const spec_text *st, spec *sp, char default_type,
                                char default_align, const char *type_name)
{
    *sp = (spec){' ', (uint32_t)default_align, 0, false, false, -1, 0, 3, -1, (uint32_t)default_type};
    size_t pos = 0;
    parse_flags(st, &pos, sp, default_align);
    bigint_status s = parse_numbers(ctx, st, &pos, sp);
    if (s != BIGINT_OK)
        return s;
    if (st->n - pos > 1) {
        bigint_fail(ctx, BIGINT_VALUE_ERROR, "Invalid format specifier '");
        bigint_text_add(ctx, &ctx->msg, st->utf8, st->len);
        bigint_text_add(ctx, &ctx->msg, "' for object of type '", 22);
        bigint_text_add(ctx, &ctx->msg, type_name, strlen(type_name));
        bigint_text_add(ctx, &ctx->msg, "'", 1);
        return BIGINT_VALUE_ERROR;
    }
    if (st->n - pos == 1)
        sp->type = st->cp[pos];
    return check_thousands(ctx, sp);
}

/* Decodes the UTF-8 spec into code points. */
static void spec_decode(bigint_ctx *ctx, spec_text *st, const char *s, size_t n)
{
    st->utf8 = s;
    st->len = n;
    st->n = 0;
    st->cp = bigint_mem(ctx, NULL, (n ? n : 1) * sizeof *st->cp);
    for (size_t i = 0; i < n;)
        st->cp[st->n++] = bigint_utf8_next(s, n, &i);
}

static bigint_status unknown_type(bigint_ctx *ctx, uint32_t type, const char *type_name)
{
    char t[24];
    type_repr(type, t, sizeof t);
    return bigint_fail(ctx, BIGINT_VALUE_ERROR, "Unknown format code %s for object of type '%s'", t, type_name);
}

/* Decodes and parses a spec. */
static bigint_status read_spec(bigint_ctx *ctx, const char *s, size_t n, spec *sp, char default_type,
                               char default_align, const char *type_name)
{
    spec_text st;
    spec_decode(ctx, &st, s, n);
    bigint_status r = parse_spec(ctx, &st, sp, default_type, default_align, type_name);
    bigint_mem(ctx, st.cp, 0);
    return r;
}

bigint_status num_spec_read(bigint_ctx *ctx, const char *s, size_t n, char default_type, char default_align,
                            const char *type_name, num_spec *out)
{
    return read_spec(ctx, s, n, out, default_type, default_align, type_name);
}

bigint_status num_spec_path(bigint_ctx *ctx, const char *s, size_t n, char default_type, num_spec_facts *out)
{
    spec sp;
    bigint_status st = read_spec(ctx, s, n, &sp, default_type, default_type == 's' ? '<' : '>', "");
    if (st != BIGINT_OK)
        return st;                              /* the formatter reports it */
    out->type = sp.type;
    out->fast = sp.sign != '+' && sp.sign != ' ' && sp.width == -1 && sp.type != 'n' && !sp.thousands &&
                sp.type != 'X';
    int k = 0;
    size_t cap = sizeof out->bare;
    k += snprintf(out->bare + k, cap - (size_t)k, "%s%s", sp.no_neg_0 ? "z" : "", sp.alternate ? "#" : "");
    if (sp.precision >= 0)
        k += snprintf(out->bare + k, cap - (size_t)k, ".%lld", (long long)sp.precision);
    if (sp.type)
        k += snprintf(out->bare + k, cap - (size_t)k, "%c", sp.type == 'n' ? 'g' : (char)sp.type);
    out->nbare = (size_t)k;
    return BIGINT_OK;
}

/* ===== 6. the field: sign, prefix, grouped digits, padding ============== */

/* A number split the way fill_number writes it. */
typedef struct field {
    char sign;                          /* '-' from the number, or 0 */
    const char *prefix;                 /* "0x" etc. */
    size_t nprefix;                     /* its bytes */
    const char *digits;                 /* ASCII digits to group */
    size_t ndigits;                     /* how many */
    bool decimal;                       /* a '.' follows the digits */
    const char *rest;                   /* text after the '.' (or the 'c' char) */
    size_t nrest;                       /* its bytes */
    size_t rest_cp;                     /* its code points */
    bool upper;                         /* 'X': upper-case prefix and digits */
} field;

/* Groups digits right to left with zero padding up to min_width (the
 * algorithm of _PyUnicode_InsertThousandsGrouping; group 0: no groups).
 * end == NULL only counts; otherwise the text is written backwards from
 * end.  Returns the code points (= bytes) of the grouped digits. */
static size_t group_digits(const field *f, int64_t min_width, int group, char sep, char *end)
{
    int64_t remaining = (int64_t)f->ndigits, count = 0;
    const char *src = f->digits + f->ndigits;
    bool use_sep = false;
    if (min_width < 0)
        min_width = 0;
    for (;;) {
        int64_t len = remaining > min_width ? remaining : min_width;
        if (len < 1)
            len = 1;
        if (group && len > group)
            len = group;
        int64_t chars = remaining < len ? remaining : len, zeros = len - chars;
        count += use_sep + chars + zeros;
        if (end) {
            if (use_sep)
                *--end = sep;
            for (int64_t i = 0; i < chars; i++)
                *--end = *--src;
            for (int64_t i = 0; i < zeros; i++)
                *--end = '0';
        }
        use_sep = true;
        remaining -= chars;
        min_width -= len;
        if (!group || (remaining <= 0 && min_width <= 0))
            return (size_t)count;
        min_width -= 1;                 /* the separator */
    }
}

/* Appends n copies of code point c. */
static void put_fill(bigint_ctx *ctx, bigint_text *t, uint32_t c, int64_t n)
{
    char u[4];
    size_t len;
    if (c < 0x80)
        u[0] = (char)c, len = 1;
    else if (c < 0x800)
        u[0] = (char)(0xc0 | c >> 6), u[1] = (char)(0x80 | (c & 0x3f)), len = 2;
    else if (c < 0x10000)
        u[0] = (char)(0xe0 | c >> 12), u[1] = (char)(0x80 | (c >> 6 & 0x3f)), u[2] = (char)(0x80 | (c & 0x3f)), len = 3;
    else
        u[0] = (char)(0xf0 | c >> 18), u[1] = (char)(0x80 | (c >> 12 & 0x3f)), u[2] = (char)(0x80 | (c >> 6 & 0x3f)),
        u[3] = (char)(0x80 | (c & 0x3f)), len = 4;
    for (int64_t i = 0; i < n; i++)
        bigint_text_add(ctx, t, u, len);
}

static void put_upper(bigint_ctx *ctx, bigint_text *t, const char *s, size_t n, bool upper)
{
    size_t at = t->len;
    bigint_text_add(ctx, t, s, n);
    for (size_t i = at; upper && i < t->len; i++)
        if (t->data[i] >= 'a' && t->data[i] <= 'z')
            t->data[i] = (char)(t->data[i] - 32);
}

/* The padding on each side (calc_number_widths). */
typedef struct padding {
    int64_t left, inner, right;         /* lpadding, spadding, rpadding */
    int64_t min_width;                  /* zero-padding target of the digits */
    int64_t grouped;                    /* code points of the grouped digits */
    char sign;                          /* sign to write, or 0 */
} padding;

static padding measure_field(const field *f, const spec *sp, int group)
{
    padding pd = {0, 0, 0, 0, 0, 0};
    if (sp->sign == '+' || sp->sign == ' ')
        pd.sign = f->sign == '-' ? '-' : (char)sp->sign;
    else if (f->sign == '-')
        pd.sign = '-';
    int64_t other = (pd.sign != 0) + (int64_t)f->nprefix + f->decimal + (int64_t)f->rest_cp;
    if (sp->fill == '0' && sp->align == '=')
        pd.min_width = sp->width - other;
    pd.grouped = f->ndigits ? (int64_t)group_digits(f, pd.min_width, group, 0, NULL) : 0;
    int64_t pad = sp->width - (other + pd.grouped);
    if (pad > 0) {
        switch (sp->align) {
        case '<': pd.right = pad; break;
        case '^': pd.left = pad / 2, pd.right = pad - pd.left; break;
        case '=': pd.inner = pad; break;
        default: pd.left = pad; break;
        }
    }
    return pd;
}

/* fill_number: writes the whole field.  MemoryError above ctx->max_text.
 * Digits are grouped when the spec asks for ',' or '_' (never for 'n': in
 * the C locale its grouping is empty). */
static bigint_status put_field(bigint_ctx *ctx, bigint_text *t, const field *f, const spec *sp)
{
    int group = sp->thousands ? sp->group : 0;
    padding pd = measure_field(f, sp, group);
    int64_t total = pd.left + pd.inner + pd.right + pd.grouped + (int64_t)f->nprefix + (int64_t)f->nrest + 2;
    if (total < 0 || (uint64_t)total > ctx->max_text)
        return bigint_fail(ctx, BIGINT_MEMORY, "%s", "");
    put_fill(ctx, t, sp->fill, pd.left);
    if (pd.sign)
        put_c(ctx, t, pd.sign);
    put_upper(ctx, t, f->prefix, f->nprefix, f->upper);
    put_fill(ctx, t, sp->fill, pd.inner);
    if (f->ndigits) {
        char *g = bigint_mem(ctx, NULL, (size_t)pd.grouped + 1);
        group_digits(f, pd.min_width, group, sp->thousands, g + pd.grouped);
        put_upper(ctx, t, g, (size_t)pd.grouped, f->upper);
        bigint_mem(ctx, g, 0);
    }
    if (f->decimal)
        put_c(ctx, t, '.');
    bigint_text_add(ctx, t, f->rest, f->nrest);
    put_fill(ctx, t, sp->fill, pd.right);
    return BIGINT_OK;
}

/* ===== 7. format(float) =================================================== */

/* The text of a float under a parsed spec (format_float_internal). */
static bigint_status float_field_text(bigint_ctx *ctx, double v, const spec *sp, bigint_text *buf)
{
    uint32_t type = sp->type;
    unsigned flags = (sp->alternate ? DTS_ALT : 0) | (sp->no_neg_0 ? DTS_NO_NEG_0 : 0);
    int64_t prec = sp->precision, default_prec = 6;
    bool pct = false;
    if (prec > 2147483647)
        return bigint_fail(ctx, BIGINT_VALUE_ERROR, "precision too big");
    if (type == 0) {
        flags |= DTS_ADD_DOT_0;
        type = 'r';
        default_prec = 0;
    }
    if (type == 'n')
        type = 'g';
    if (type == '%') {
        type = 'f';
        v *= 100;
        pct = true;
    }
    if (prec < 0)
        prec = default_prec;
    else if (type == 'r')
        type = 'g';
    bool upper = type == 'E' || type == 'F' || type == 'G';
    if (type == 'f' && prec > (int64_t)ctx->max_text)
        return bigint_fail(ctx, BIGINT_MEMORY, "%s", "");
    if ((type == 'e' || type == 'E' || type == 'g' || type == 'G') && prec > (int64_t)ctx->max_text)
        return bigint_fail(ctx, BIGINT_MEMORY, "%s", "");
    float_text(ctx, buf, v, upper ? (char)(type + 32) : (char)type, upper, prec, flags);
    if (pct)
        put_c(ctx, buf, '%');
    return BIGINT_OK;
}

/* Splits float text into sign, digits, '.', remainder (parse_number). */
static field split_number(const char *s, size_t n)
{
    field f = {0};
    size_t i = 0;
    if (n && s[0] == '-')
        f.sign = '-', i = 1;
    f.digits = s + i;
    while (i < n && is_digit(s[i]))
        i++, f.ndigits++;
    f.decimal = i < n && s[i] == '.';
    if (f.decimal)
        i++;
    f.rest = s + i;
    f.nrest = f.rest_cp = n - i;
    f.prefix = "";
    return f;
}

static bigint_status format_float_spec(bigint_ctx *ctx, double v, const spec *sp, bigint_text *out)
{
    bigint_text buf = {0};
    bigint_status st = float_field_text(ctx, v, sp, &buf);
    if (st == BIGINT_OK) {
        field f = split_number(buf.data, buf.len);
        st = put_field(ctx, out, &f, sp);
    }
    bigint_text_free(ctx, &buf);
    return st;
}

static bool float_type(uint32_t t)
{
    return t == 0 || t == 'e' || t == 'E' || t == 'f' || t == 'F' || t == 'g' || t == 'G' || t == 'n' || t == '%';
}

bigint_status num_format_float(bigint_ctx *ctx, double v, const char *s, size_t n, bigint_text *out)
{
    spec sp;
    if (n == 0) {
        char r[NUM_REPR_MAX];
        bigint_text_add(ctx, out, r, num_float_repr(v, r));
        return BIGINT_OK;
    }
    bigint_status st = read_spec(ctx, s, n, &sp, 0, '>', "float");
    if (st != BIGINT_OK)
        return st;
    if (!float_type(sp.type))
        return unknown_type(ctx, sp.type, "float");
    return format_float_spec(ctx, v, &sp, out);
}

/* ===== 8. format(int) ===================================================== */

/* 'c': the character of code point v (format_long_internal). */
static bigint_status format_char(bigint_ctx *ctx, const bigint *v, const spec *sp, bigint_text *out)
{
    int64_t x;
    if (sp->sign)
        return bigint_fail(ctx, BIGINT_VALUE_ERROR, "Sign not allowed with integer format specifier 'c'");
    if (sp->alternate)
        return bigint_fail(ctx, BIGINT_VALUE_ERROR, "Alternate form (#) not allowed with integer format specifier 'c'");
    if (!bigint_to_int64(v, &x))
        return bigint_fail(ctx, BIGINT_OVERFLOW, "Python int too large to convert to C long");
    if (x < 0 || x > 0x10ffff)
        return bigint_fail(ctx, BIGINT_OVERFLOW, "%%c arg not in range(0x110000)");
    bigint_text ch = {0};
    put_fill(ctx, &ch, (uint32_t)x, 1);
    field f = {0};
    f.prefix = "";
    f.rest = ch.data;
    f.nrest = ch.len;
    f.rest_cp = 1;
    bigint_status st = put_field(ctx, out, &f, sp);
    bigint_text_free(ctx, &ch);
    return st;
}

static int int_base(uint32_t type)
{
    return type == 'b' ? 2 : type == 'o' ? 8 : type == 'x' || type == 'X' ? 16 : 10;
}

static bigint_status format_digits(bigint_ctx *ctx, const bigint *v, const spec *sp, bigint_text *out)
{
    int base = int_base(sp->type);
    bigint_text text = {0};
    bigint_status st = bigint_to_text(ctx, v, base, false, &text);
    if (st == BIGINT_OK) {
        static const char *const prefixes[] = {"0b", "0o", "0x"};
        field f = {0};
        bool neg = text.data[0] == '-';
        f.sign = neg ? '-' : 0;
        f.digits = text.data + neg;
        f.ndigits = text.len - neg;
        f.prefix = sp->alternate && base != 10 ? prefixes[base == 2 ? 0 : base == 8 ? 1 : 2] : "";
        f.nprefix = strlen(f.prefix);
        f.rest = "";
        f.upper = sp->type == 'X';
        st = put_field(ctx, out, &f, sp);
    }
    bigint_text_free(ctx, &text);
    return st;
}

bigint_status num_format_int(bigint_ctx *ctx, const bigint *v, const char *type_name, const char *s, size_t n,
                             bigint_text *out)
{
    spec sp;
    if (n == 0)
        return bigint_to_text(ctx, v, 10, false, out);
    bigint_status st = read_spec(ctx, s, n, &sp, 'd', '>', type_name);
    if (st != BIGINT_OK)
        return st;
    switch (sp.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
        if (sp.precision != -1)
            return bigint_fail(ctx, BIGINT_VALUE_ERROR, "Precision not allowed in integer format specifier");
        if (sp.no_neg_0)
            return bigint_fail(ctx, BIGINT_VALUE_ERROR,
                               "Negative zero coercion (z) not allowed in integer format specifier");
        return sp.type == 'c' ? format_char(ctx, v, &sp, out) : format_digits(ctx, v, &sp, out);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
        double d;
        st = bigint_to_double(ctx, v, &d);
        return st != BIGINT_OK ? st : format_float_spec(ctx, d, &sp, out);
    }
    default:
        return unknown_type(ctx, sp.type, type_name);
    }
}

/* ===== 9. format(str) ===================================================== */

static bigint_status check_str_spec(bigint_ctx *ctx, const spec *sp)
{
    if (sp->sign == ' ')
        return bigint_fail(ctx, BIGINT_VALUE_ERROR, "Space not allowed in string format specifier");
    if (sp->sign)
        return bigint_fail(ctx, BIGINT_VALUE_ERROR, "Sign not allowed in string format specifier");
    if (sp->no_neg_0)
        return bigint_fail(ctx, BIGINT_VALUE_ERROR, "Negative zero coercion (z) not allowed in string format specifier");
    if (sp->alternate)
        return bigint_fail(ctx, BIGINT_VALUE_ERROR, "Alternate form (#) not allowed in string format specifier");
    if (sp->align == '=')
        return bigint_fail(ctx, BIGINT_VALUE_ERROR, "'=' alignment not allowed in string format specifier");
    return BIGINT_OK;
}

/* Bytes of the first `cp` code points of s (all of s if shorter). */
static size_t prefix_bytes(const char *s, size_t n, int64_t cp, int64_t *count)
{
    size_t i = 0;
    int64_t k = 0;
    while (i < n && k < cp) {
        bigint_utf8_next(s, n, &i);
        k++;
    }
    *count = k;
    return i;
}

bigint_status num_format_str(bigint_ctx *ctx, const char *s, size_t n, const char *spec_s, size_t spec_n, bigint_text *out)
{
    spec sp;
    if (spec_n == 0) {
        bigint_text_add(ctx, out, s, n);
        return BIGINT_OK;
    }
    bigint_status st = read_spec(ctx, spec_s, spec_n, &sp, 's', '<', "str");
    if (st != BIGINT_OK)
        return st;
    if (sp.type != 's')
        return unknown_type(ctx, sp.type, "str");
    if ((st = check_str_spec(ctx, &sp)) != BIGINT_OK)
        return st;
    int64_t len;
    size_t bytes = prefix_bytes(s, n, sp.precision >= 0 ? sp.precision : INT64_MAX, &len);
    int64_t pad = sp.width > len ? sp.width - len : 0;
    if ((uint64_t)pad > ctx->max_text)
        return bigint_fail(ctx, BIGINT_MEMORY, "%s", "");
    int64_t left = sp.align == '>' ? pad : sp.align == '^' ? pad / 2 : 0;
    put_fill(ctx, out, sp.fill, left);
    bigint_text_add(ctx, out, s, bytes);
    put_fill(ctx, out, sp.fill, pad - left);
    return BIGINT_OK;
}
