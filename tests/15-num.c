/*
 * 15-num.c — heap/num against CPython 3.11.2: repr(float) for every power
 * of two and thousands of random bit patterns, float(), float arithmetic,
 * round(), hash(), exact int/float comparison and format() for int, float
 * and str, with CPython's exception messages.  The cases come from
 * tests/num/gen.py (tests/num/regen.sh).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <inttypes.h>
#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "num.h"

/* The library's host-OOM hook (heap/hv.c in the program). */
void hv_oom(void);

void hv_oom(void)
{
    fprintf(stderr, "hv_oom: host memory exhausted\n");
    abort();
}

enum { ST_OK = BIGINT_OK, ST_ZERO = BIGINT_ZERO_DIVISION, ST_OVERFLOW = BIGINT_OVERFLOW,
       ST_VALUE = BIGINT_VALUE_ERROR, ST_MEMORY = BIGINT_MEMORY, ST_COMPLEX = BIGINT_COMPLEX };

enum nop {
    N_REPR, N_PARSE, N_DIV, N_FLOORDIV, N_MOD, N_DIVMOD, N_POW, N_ROUND, N_ROUND_TO, N_HASH,
    N_IS_INTEGER, N_COMPARE, N_FMT_INT, N_FMT_FLOAT, N_FMT_STR,
};

struct num_case {
    enum nop op;                        /* the operation */
    const char *a;                      /* double bits, hex() of an int, or text */
    size_t alen;                        /* bytes of a */
    const char *b;                      /* second double, or the format spec */
    size_t blen;                        /* bytes of b */
    int64_t k;                          /* ndigits, expected comparison or bool */
    int status;                         /* expected bigint_status */
    const char *msg;                    /* expected exception message */
    const char *r, *r2;                 /* expected results */
};

static const struct num_case num_cases[] = {
#include "num/num_cases.inc"
};

static bigint_ctx ctx;
static int failures;

static void mismatch(const struct num_case *c, const char *fmt, ...)
{
    static const char *const names[] = {
        "repr", "parse", "div", "floordiv", "mod", "divmod", "pow", "round", "round_to", "hash",
        "is_integer", "compare", "fmt_int", "fmt_float", "fmt_str",
    };
    va_list ap;
    if (++failures > 40)
        return;
    fprintf(stderr, "# FAIL %s a=%.60s b=%.40s k=%" PRId64 ": ", names[c->op], c->a ? c->a : "-",
            c->b ? c->b : "-", c->k);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, "\n");
}

static double dbl(const char *bits)
{
    uint64_t u = strtoull(bits, NULL, 16);
    double d;
    memcpy(&d, &u, sizeof d);
    return d;
}

static uint64_t bits_of(double d)
{
    uint64_t u;
    memcpy(&u, &d, sizeof u);
    return u;
}

/* Same double, treating every NaN alike (CPython's NaN payloads differ). */
static bool same_double(double got, const char *want)
{
    double w = dbl(want);
    return isnan(w) ? isnan(got) : bits_of(got) == bits_of(w);
}

static bool check_status(const struct num_case *c, bigint_status st)
{
    if ((int)st != c->status) {
        mismatch(c, "status %d (%s), want %d (%s)", st, st ? ctx.msg.data : "", c->status, c->msg ? c->msg : "");
        return false;
    }
    if (c->msg && strcmp(ctx.msg.data, c->msg) != 0) {
        mismatch(c, "message '%s', want '%s'", ctx.msg.data, c->msg);
        return false;
    }
    return st == BIGINT_OK;
}

static void check_double(const struct num_case *c, double got, const char *want)
{
    if (!same_double(got, want))
        mismatch(c, "got %.17g (%016" PRIx64 ") want %.17g (%s)", got, bits_of(got), dbl(want), want);
}

static void check_text(const struct num_case *c, const char *got, const char *want)
{
    if (strcmp(got, want) != 0)
        mismatch(c, "got '%s' want '%s'", got, want);
}

static void parse_int(bigint *x, const char *hex)
{
    bigint_init(x);
    assert_int_equal(bigint_from_string(&ctx, x, hex, strlen(hex), 16), BIGINT_OK);
}

static void run_arith(const struct num_case *c)
{
    double a = dbl(c->a), b = dbl(c->b), r = 0, r2 = 0;
    bigint_status st;
    switch (c->op) {
    case N_DIV: st = num_float_div(&ctx, a, b, &r); break;
    case N_FLOORDIV: st = num_float_floordiv(&ctx, a, b, &r); break;
    case N_MOD: st = num_float_mod(&ctx, a, b, &r); break;
    case N_DIVMOD: st = num_float_divmod(&ctx, a, b, &r, &r2); break;
    default: st = num_float_pow(&ctx, a, b, &r); break;
    }
    if (!check_status(c, st))
        return;
    check_double(c, r, c->r);
    if (c->op == N_DIVMOD)
        check_double(c, r2, c->r2);
}

static void run_round(const struct num_case *c)
{
    double x = dbl(c->a);
    if (c->op == N_ROUND_TO) {
        double r = 0;
        if (check_status(c, num_float_round_to(&ctx, x, c->k, &r)))
            check_double(c, r, c->r);
        return;
    }
    bigint r;
    bigint_init(&r);
    if (check_status(c, num_float_round(&ctx, x, &r))) {
        bigint_text t = {0};
        bigint_to_text(&ctx, &r, 16, true, &t);
        check_text(c, t.data, c->r);
        bigint_text_free(&ctx, &t);
    }
    bigint_free(&ctx, &r);
}

static void run_scalar(const struct num_case *c)
{
    double x = dbl(c->a);
    if (c->op == N_HASH) {
        bool by_id;
        char buf[32];
        int64_t h = num_float_hash(x, &by_id);
        snprintf(buf, sizeof buf, "%s0x%" PRIx64, h < 0 ? "-" : "", h < 0 ? 0 - (uint64_t)h : (uint64_t)h);
        check_text(c, buf, c->r);
    } else if (c->op == N_IS_INTEGER) {
        if (num_float_is_integer(x) != (c->k != 0))
            mismatch(c, "is_integer wrong");
    } else if (c->op == N_REPR) {
        char buf[NUM_REPR_MAX];
        num_float_repr(x, buf);
        check_text(c, buf, c->r);
    }
}

static void run_compare(const struct num_case *c)
{
    bigint a;
    parse_int(&a, c->a);
    int got = num_compare(&a, dbl(c->b));
    if (got != c->k)
        mismatch(c, "compare %d want %" PRId64, got, c->k);
    bigint_free(&ctx, &a);
}

static void run_parse(const struct num_case *c)
{
    double r = 0;
    if (check_status(c, num_float_parse(&ctx, c->a, c->alen, &r)))
        check_double(c, r, c->r);
}

static void run_format(const struct num_case *c)
{
    bigint_text out = {0};
    bigint_status st;
    if (c->op == N_FMT_INT) {
        bigint v;
        parse_int(&v, c->a);
        st = num_format_int(&ctx, &v, "int", c->b, c->blen, &out);
        bigint_free(&ctx, &v);
    } else if (c->op == N_FMT_FLOAT) {
        st = num_format_float(&ctx, dbl(c->a), c->b, c->blen, &out);
    } else {
        st = num_format_str(&ctx, c->a, c->alen, c->b, c->blen, &out);
    }
    if (check_status(c, st))
        check_text(c, out.data ? out.data : "", c->r);
    else if (out.len != 0)
        mismatch(c, "text appended on error");
    bigint_text_free(&ctx, &out);
}

static void run_case(const struct num_case *c)
{
    switch (c->op) {
    case N_DIV: case N_FLOORDIV: case N_MOD: case N_DIVMOD: case N_POW: run_arith(c); break;
    case N_ROUND: case N_ROUND_TO: run_round(c); break;
    case N_REPR: case N_HASH: case N_IS_INTEGER: run_scalar(c); break;
    case N_COMPARE: run_compare(c); break;
    case N_PARSE: run_parse(c); break;
    default: run_format(c); break;
    }
}

static void run_all(enum nop first, enum nop last)
{
    size_t n = 0;
    bigint_ctx_init(&ctx);
    failures = 0;
    for (size_t i = 0; i < sizeof num_cases / sizeof num_cases[0]; i++) {
        if (num_cases[i].op < first || num_cases[i].op > last)
            continue;
        run_case(&num_cases[i]);
        n++;
    }
    printf("# %zu cases checked against CPython\n", n);
    bigint_ctx_free(&ctx);
    assert_int_equal(failures, 0);
}

static void test_repr(void **state)
{
    (void)state;
    run_all(N_REPR, N_REPR);
}

static void test_parse(void **state)
{
    (void)state;
    run_all(N_PARSE, N_PARSE);
}

static void test_arith(void **state)
{
    (void)state;
    run_all(N_DIV, N_POW);
}

static void test_round(void **state)
{
    (void)state;
    run_all(N_ROUND, N_ROUND_TO);
}

static void test_hash_compare(void **state)
{
    (void)state;
    run_all(N_HASH, N_COMPARE);
}

static void test_format(void **state)
{
    (void)state;
    run_all(N_FMT_INT, N_FMT_STR);
}

/* A locale with a comma decimal point must not change anything. */
static void test_locale_independent(void **state)
{
    (void)state;
    if (!setlocale(LC_NUMERIC, "de_DE.UTF-8") && !setlocale(LC_NUMERIC, "fr_FR.UTF-8"))
        printf("# no comma-decimal locale installed; checking the C locale only\n");
    run_all(N_REPR, N_PARSE);
    run_all(N_FMT_FLOAT, N_FMT_FLOAT);
    setlocale(LC_NUMERIC, "C");
}

/* A float hashes like the int it equals; NaN hashes by identity. */
static void test_hash_agrees_with_int(void **state)
{
    (void)state;
    bigint_ctx_init(&ctx);
    bool by_id;
    const double xs[] = {0.0, 1.0, -1.0, 1e15, 2.0e300, -12345678.0, 9007199254740993.0};
    for (size_t i = 0; i < sizeof xs / sizeof xs[0]; i++) {
        bigint v;
        bigint_init(&v);
        assert_int_equal(bigint_from_double(&ctx, &v, xs[i]), BIGINT_OK);
        assert_int_equal(num_float_hash(xs[i], &by_id), bigint_hash(&v));
        assert_false(by_id);
        bigint_free(&ctx, &v);
    }
    num_float_hash(NAN, &by_id);
    assert_true(by_id);
    bigint_ctx_free(&ctx);
}

/* Widths and precisions beyond ctx->max_text are a MemoryError, with
 * nothing appended; CPython would try to build the string. */
static void test_text_cap(void **state)
{
    (void)state;
    bigint_ctx_init(&ctx);
    ctx.max_text = 1000;
    bigint_text out = {0};
    bigint v;
    bigint_init(&v);
    bigint_from_int64(&ctx, &v, 42);
    assert_int_equal(num_format_int(&ctx, &v, "int", "2000", 4, &out), BIGINT_MEMORY);
    assert_int_equal(num_format_float(&ctx, 1.5, ".5000f", 6, &out), BIGINT_MEMORY);
    assert_int_equal(num_format_str(&ctx, "ab", 2, "^5000", 5, &out), BIGINT_MEMORY);
    assert_int_equal(out.len, 0);
    assert_int_equal(num_format_int(&ctx, &v, "int", "*^9,", 4, &out), BIGINT_OK);
    assert_string_equal(out.data, "***42****");
    bigint_text_free(&ctx, &out);
    bigint_free(&ctx, &v);
    bigint_ctx_free(&ctx);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_repr),
        cmocka_unit_test(test_parse),
        cmocka_unit_test(test_arith),
        cmocka_unit_test(test_round),
        cmocka_unit_test(test_hash_compare),
        cmocka_unit_test(test_format),
        cmocka_unit_test(test_locale_independent),
        cmocka_unit_test(test_hash_agrees_with_int),
        cmocka_unit_test(test_text_cap),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
