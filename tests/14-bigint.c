/*
 * 14-bigint.c — heap/bigint against CPython 3.11.2, case by case.
 *
 * The tables under tests/num/ come from tests/num/gen.py (run by
 * regen.sh): for each operation the value, the exception and message, and
 * the object CPython returned — cached small int, the operand itself, or a
 * new PyLongObject of a given PyObject_Malloc request, measured with
 * tracemalloc.  Every result here must match all of them, and must pass
 * bigint_check().  A few hand-written tests cover the allocation rules the
 * tables cannot reach and the reference model's measured examples.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bigint.h"

/* The library's host-OOM hook (heap/hv.c in the program). */
void hv_oom(void);

void hv_oom(void)
{
    fprintf(stderr, "hv_oom: host memory exhausted\n");
    abort();
}

enum { ST_OK = BIGINT_OK, ST_ZERO = BIGINT_ZERO_DIVISION, ST_OVERFLOW = BIGINT_OVERFLOW,
       ST_VALUE = BIGINT_VALUE_ERROR, ST_MEMORY = BIGINT_MEMORY, ST_FLOAT = BIGINT_FLOAT };
enum { O_NONE = -1, O_NEW = BIGINT_NEW, O_SMALL = BIGINT_SMALL, O_SAME = BIGINT_SAME };

enum op {
    OP_ADD, OP_SUB, OP_MUL, OP_FLOORDIV, OP_MOD, OP_DIVMOD, OP_AND, OP_OR, OP_XOR,
    OP_TRUEDIV, OP_CMP, OP_NEG, OP_POS, OP_ABS, OP_INVERT, OP_HASH, OP_BITLEN, OP_BOOL,
    OP_TODOUBLE, OP_STR, OP_HEX, OP_OCT, OP_BIN, OP_LSHIFT, OP_RSHIFT, OP_POW, OP_POW3,
    OP_FROMSTR, OP_FROMDOUBLE, OP_ROUND,
};

struct int_case {
    enum op op;                         /* the operation */
    const char *a;                      /* operand as hex(), or the str for int() */
    size_t alen;                        /* bytes in a (it may hold NULs) */
    const char *b, *c;                  /* more operands as hex() */
    int k;                              /* base for int(), result of cmp/bool */
    int status;                         /* expected bigint_status */
    const char *msg;                    /* expected exception message */
    const char *r;                      /* result: hex(), str(), or double bits */
    int origin, bytes;                  /* object of the result */
    const char *r2;                     /* remainder of divmod */
    int origin2, bytes2;                /* object of the remainder */
};

static const struct int_case int_cases[] = {
#include "num/bigint_cases.inc"
};

enum { N_PAIR_OPS = 10 };

struct pair_cell {
    int status;                         /* expected bigint_status */
    uint64_t digest;                    /* digest() of the result */
    int origin, bytes;                  /* object of the result */
};

struct pair_case {
    const char *a, *b;                  /* operands as hex() */
    struct pair_cell r[N_PAIR_OPS];     /* + - * // % divmod(q, r) & | ^ */
    uint64_t truediv;                   /* bits of a / b */
    int truediv_status;                 /* expected status of a / b */
    int cmp;                            /* sign of a - b */
};

static const struct pair_case pair_cases[] = {
#include "num/bigint_pairs.inc"
};

struct pair_msg {
    const char *op;                     /* operation name as gen.py spells it */
    int status;                         /* its error status */
    const char *msg;                    /* CPython's message for it */
};

static const struct pair_msg pair_msgs[] = {
#include "num/bigint_msgs.inc"
};

static const char *const pair_op_names[N_PAIR_OPS] = {
    "add", "sub", "mul", "floordiv", "mod", "divq", "divr", "and", "or", "xor",
};

/* ---- helpers ---------------------------------------------------------- */

static bigint_ctx ctx;
static int failures;

static void mismatch(const char *what, const char *a, const char *b, const char *fmt, ...)
{
    va_list ap;
    if (++failures > 25)
        return;
    fprintf(stderr, "# FAIL %s a=%.80s b=%.80s: ", what, a ? a : "-", b ? b : "-");
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, "\n");
}

static void parse_hex(bigint *x, const char *s)
{
    bigint_status st = bigint_from_string(&ctx, x, s, strlen(s), 16);
    assert_int_equal(st, BIGINT_OK);
    bigint_check(x);
}

/* hex(x) as Python prints it. */
static const char *hex_of(const bigint *x, bigint_text *t)
{
    t->len = 0;
    assert_int_equal(bigint_to_text(&ctx, x, 16, true, t), BIGINT_OK);
    return t->data;
}

static uint64_t low64(const bigint *x)
{
    const bigint_digit *d = bigint_digits(x);
    size_t n = (size_t)(x->size < 0 ? -x->size : x->size);
    uint64_t v = 0;
    for (size_t i = n < 3 ? n : 3; i-- > 0;)
        v = v << 30 | d[i];
    return x->size < 0 ? 0 - v : v;
}

static uint64_t digest(const bigint *x)
{
    return low64(x) ^ ((uint64_t)bigint_hash(x) * 0x9E3779B97F4A7C15u);
}

static uint64_t double_bits(double d)
{
    uint64_t u;
    memcpy(&u, &d, sizeof u);
    return u;
}

/* Checks the object CPython made for a result. */
static void check_object(const char *what, const char *a, const char *b, const bigint *r, int origin, int bytes)
{
    bigint_check(r);
    if ((int)r->origin != origin || (int)bigint_alloc_bytes(r) != bytes)
        mismatch(what, a, b, "object origin %d bytes %zu, want origin %d bytes %d (size %" PRId64 " alloc %zu)",
             r->origin, bigint_alloc_bytes(r), origin, bytes, r->size, r->alloc);
}

static void check_status(const char *what, const char *a, const char *b, bigint_status st, int want, const char *msg)
{
    if ((int)st != want)
        mismatch(what, a, b, "status %d (%s), want %d (%s)", st, st ? ctx.msg.data : "", want, msg ? msg : "");
    else if (msg && strcmp(ctx.msg.data, msg) != 0)
        mismatch(what, a, b, "message '%s', want '%s'", ctx.msg.data, msg);
}

static void check_value(const char *what, const char *a, const char *b, const bigint *r, const char *want)
{
    bigint_text t = {0};
    if (strcmp(hex_of(r, &t), want) != 0)
        mismatch(what, a, b, "got %.200s want %.200s", t.data, want);
    bigint_text_free(&ctx, &t);
}

static void setup_ctx(void)
{
    bigint_ctx_init(&ctx);
    failures = 0;
}

static void teardown_ctx(void)
{
    bigint_ctx_free(&ctx);
}

/* ---- pairs: + - * // % divmod & | ^ / cmp ---------------------------- */

typedef bigint_status (*binop_fn)(bigint_ctx *, bigint *, const bigint *, const bigint *);

static const char *pair_msg(const char *op, int status)
{
    for (size_t i = 0; i < sizeof pair_msgs / sizeof pair_msgs[0]; i++)
        if (strcmp(pair_msgs[i].op, op) == 0 && pair_msgs[i].status == status)
            return pair_msgs[i].msg;
    return NULL;
}

static void check_cell(const struct pair_case *pc, int k, bigint_status st, const bigint *r)
{
    const struct pair_cell *c = &pc->r[k];
    const char *name = pair_op_names[k];
    const char *msgop = k == 5 || k == 6 ? "divmod" : name;
    check_status(name, pc->a, pc->b, st, c->status, c->status ? pair_msg(msgop, c->status) : NULL);
    if (st != BIGINT_OK || c->status != ST_OK)
        return;
    if (digest(r) != c->digest) {
        bigint_text t = {0};
        mismatch(name, pc->a, pc->b, "value %.200s has the wrong digest", hex_of(r, &t));
        bigint_text_free(&ctx, &t);
    }
    check_object(name, pc->a, pc->b, r, c->origin, c->bytes);
}

static void run_pair(const struct pair_case *pc)
{
    static const binop_fn fns[N_PAIR_OPS] = {
        bigint_add, bigint_sub, bigint_mul, bigint_floordiv, bigint_mod, NULL, NULL,
        bigint_and, bigint_or, bigint_xor,
    };
    bigint a, b, r, r2;
    bigint_init(&a), bigint_init(&b), bigint_init(&r), bigint_init(&r2);
    parse_hex(&a, pc->a);
    parse_hex(&b, pc->b);
    for (int k = 0; k < N_PAIR_OPS; k++) {
        if (k == 5) {
            bigint_status st = bigint_divmod(&ctx, &r, &r2, &a, &b);
            check_cell(pc, 5, st, &r);
            check_cell(pc, 6, st, &r2);
            k++;
            continue;
        }
        check_cell(pc, k, fns[k](&ctx, &r, &a, &b), &r);
    }
    double q = 0;
    bigint_status st = bigint_truediv(&ctx, &a, &b, &q);
    check_status("truediv", pc->a, pc->b, st, pc->truediv_status,
                 pc->truediv_status ? pair_msg("truediv", pc->truediv_status) : NULL);
    if (st == BIGINT_OK && double_bits(q) != pc->truediv)
        mismatch("truediv", pc->a, pc->b, "got %a bits %016" PRIx64 " want %016" PRIx64, q, double_bits(q), pc->truediv);
    int c = bigint_cmp(&a, &b);
    if ((c > 0) - (c < 0) != pc->cmp)
        mismatch("cmp", pc->a, pc->b, "got %d want %d", c, pc->cmp);
    bigint_free(&ctx, &a), bigint_free(&ctx, &b), bigint_free(&ctx, &r), bigint_free(&ctx, &r2);
}

static void test_pairs(void **state)
{
    (void)state;
    setup_ctx();
    size_t n = sizeof pair_cases / sizeof pair_cases[0];
    for (size_t i = 0; i < n; i++)
        run_pair(&pair_cases[i]);
    printf("# %zu pairs, %zu results checked against CPython\n", n, n * (N_PAIR_OPS + 2));
    teardown_ctx();
    assert_int_equal(failures, 0);
}

/* ---- single cases ----------------------------------------------------- */

static const char *op_name(enum op op)
{
    static const char *const names[] = {
        "add", "sub", "mul", "floordiv", "mod", "divmod", "and", "or", "xor", "truediv", "cmp",
        "neg", "pos", "abs", "invert", "hash", "bitlen", "bool", "todouble", "str", "hex", "oct",
        "bin", "lshift", "rshift", "pow", "pow3", "fromstr", "fromdouble", "round",
    };
    return names[op];
}

/* Runs a case whose result is an int; returns its status. */
static bigint_status run_int_op(const struct int_case *c, bigint *r, const bigint *a, const bigint *b, const bigint *m)
{
    switch (c->op) {
    case OP_NEG: return bigint_neg(&ctx, r, a);
    case OP_POS: return bigint_pos(&ctx, r, a);
    case OP_ABS: return bigint_abs(&ctx, r, a);
    case OP_INVERT: return bigint_invert(&ctx, r, a);
    case OP_LSHIFT: return bigint_lshift(&ctx, r, a, b);
    case OP_RSHIFT: return bigint_rshift(&ctx, r, a, b);
    case OP_POW: return bigint_pow(&ctx, r, a, b, NULL);
    case OP_POW3: return bigint_pow(&ctx, r, a, b, m);
    case OP_ROUND: return bigint_round(&ctx, r, a, b);
    default: return BIGINT_OK;
    }
}

static void run_text_case(const struct int_case *c, const bigint *a)
{
    bigint_text t = {0};
    int base = c->op == OP_STR ? 10 : c->op == OP_HEX ? 16 : c->op == OP_OCT ? 8 : 2;
    bigint_status st = bigint_to_text(&ctx, a, base, true, &t);
    check_status(op_name(c->op), c->a, NULL, st, c->status, c->msg);
    if (st == BIGINT_OK && c->status == ST_OK && strcmp(t.data, c->r) != 0)
        mismatch(op_name(c->op), c->a, NULL, "got %.100s want %.100s", t.data, c->r);
    bigint_text_free(&ctx, &t);
}

static void run_scalar_case(const struct int_case *c, const bigint *a)
{
    bigint r;
    bigint_init(&r);
    switch (c->op) {
    case OP_HASH: bigint_from_int64(&ctx, &r, bigint_hash(a)); break;
    case OP_BITLEN: bigint_from_int64(&ctx, &r, (int64_t)bigint_bit_length(a)); break;
    default: break;
    }
    if (c->op == OP_BOOL) {
        if (bigint_bool(a) != c->k)
            mismatch("bool", c->a, NULL, "got %d", bigint_bool(a));
    } else {
        check_value(op_name(c->op), c->a, NULL, &r, c->r);
    }
    bigint_free(&ctx, &r);
}

static void run_todouble_case(const struct int_case *c, const bigint *a)
{
    double d = 0;
    bigint_status st = bigint_to_double(&ctx, a, &d);
    check_status("todouble", c->a, NULL, st, c->status, c->msg);
    if (st == BIGINT_OK && c->status == ST_OK && double_bits(d) != strtoull(c->r, NULL, 16))
        mismatch("todouble", c->a, NULL, "got %a want bits %s", d, c->r);
}

static void check_int_result(const struct int_case *c, bigint_status st, const bigint *r)
{
    check_status(op_name(c->op), c->a, c->b, st, c->status, c->msg);
    if (st != BIGINT_OK || c->status != ST_OK)
        return;
    check_value(op_name(c->op), c->a, c->b, r, c->r);
    check_object(op_name(c->op), c->a, c->b, r, c->origin, c->bytes);
}

static void run_conversion_case(const struct int_case *c)
{
    bigint r;
    bigint_init(&r);
    bigint_status st;
    if (c->op == OP_FROMSTR) {
        st = bigint_from_string(&ctx, &r, c->a, c->alen, c->k);
    } else {
        uint64_t bits = strtoull(c->a, NULL, 16);
        double d;
        memcpy(&d, &bits, sizeof d);
        st = bigint_from_double(&ctx, &r, d);
    }
    check_int_result(c, st, &r);
    bigint_free(&ctx, &r);
}

static void run_case(const struct int_case *c)
{
    bigint a, b, m, r;
    bigint_init(&a), bigint_init(&b), bigint_init(&m), bigint_init(&r);
    if (c->op == OP_FROMSTR || c->op == OP_FROMDOUBLE) {
        run_conversion_case(c);
        return;
    }
    parse_hex(&a, c->a);
    if (c->b)
        parse_hex(&b, c->b);
    if (c->c)
        parse_hex(&m, c->c);
    switch (c->op) {
    case OP_STR: case OP_HEX: case OP_OCT: case OP_BIN: run_text_case(c, &a); break;
    case OP_HASH: case OP_BITLEN: case OP_BOOL: run_scalar_case(c, &a); break;
    case OP_TODOUBLE: run_todouble_case(c, &a); break;
    default: check_int_result(c, run_int_op(c, &r, &a, &b, &m), &r); break;
    }
    bigint_free(&ctx, &a), bigint_free(&ctx, &b), bigint_free(&ctx, &m), bigint_free(&ctx, &r);
}

static void test_cases(void **state)
{
    (void)state;
    setup_ctx();
    size_t n = sizeof int_cases / sizeof int_cases[0];
    for (size_t i = 0; i < n; i++)
        run_case(&int_cases[i]);
    printf("# %zu single cases checked against CPython\n", n);
    teardown_ctx();
    assert_int_equal(failures, 0);
}

/* ---- hand-written: the reference model's table, aliasing, limits ------ */

/* x = int(dec); x must be initialized (or zeroed). */
static void make(bigint *x, const char *dec)
{
    assert_int_equal(bigint_from_string(&ctx, x, dec, strlen(dec), 10), BIGINT_OK);
}

/* cpython311-model.md §2.2: i + 2**30 for small i is a 48-byte block
 * because x_add allocates 3 digits (36 bytes); 2**60 + i allocates 4. */
static void test_model_table(void **state)
{
    (void)state;
    setup_ctx();
    bigint i = {0}, big = {0}, r;
    make(&i, "1000000");
    make(&big, "1073741824");
    bigint_init(&r);
    assert_int_equal(bigint_add(&ctx, &r, &i, &big), BIGINT_OK);
    assert_int_equal(r.origin, BIGINT_NEW);
    assert_int_equal(r.alloc, 3);
    assert_int_equal(bigint_alloc_bytes(&r), 36);
    assert_int_equal(r.size, 2);
    make(&big, "1152921504606846976");           /* 2**60 */
    assert_int_equal(bigint_add(&ctx, &r, &big, &i), BIGINT_OK);
    assert_int_equal(bigint_alloc_bytes(&r), 40);
    /* medium + medium: exact, two digits */
    make(&big, "1073741823");
    assert_int_equal(bigint_add(&ctx, &r, &big, &big), BIGINT_OK);
    assert_int_equal(bigint_alloc_bytes(&r), 32);
    /* medium result: FromMedium asks 32 bytes for one digit */
    assert_int_equal(bigint_add(&ctx, &r, &i, &i), BIGINT_OK);
    assert_true(r.medium);
    assert_int_equal(bigint_alloc_bytes(&r), 32);
    /* small results are the cached objects */
    make(&big, "-1000000");
    assert_int_equal(bigint_add(&ctx, &r, &i, &big), BIGINT_OK);
    assert_int_equal(r.origin, BIGINT_SMALL);
    assert_int_equal(bigint_alloc_bytes(&r), 0);
    bigint_free(&ctx, &i), bigint_free(&ctx, &big), bigint_free(&ctx, &r);
    teardown_ctx();
}

/* r may be the same variable as an operand, and errors leave r alone. */
static void test_aliasing(void **state)
{
    (void)state;
    setup_ctx();
    bigint a = {0}, b = {0}, z = {0};
    make(&a, "123456789012345678901234567890");
    make(&b, "-987654321098765432109876543210");
    make(&z, "0");
    assert_int_equal(bigint_mul(&ctx, &a, &a, &b), BIGINT_OK);
    check_value("alias mul", NULL, NULL, &a, "-0x136ccc118300207d2e6cfe0022e5d56a89116ec6de5d5f3ff4");
    assert_int_equal(bigint_floordiv(&ctx, &b, &a, &b), BIGINT_OK);
    check_value("alias floordiv", NULL, NULL, &b, "0x18ee90ff6c373e0ee4e3f0ad2");
    assert_int_equal(bigint_mod(&ctx, &b, &a, &z), BIGINT_ZERO_DIVISION);
    assert_string_equal(ctx.msg.data, "integer modulo by zero");
    check_value("untouched", NULL, NULL, &b, "0x18ee90ff6c373e0ee4e3f0ad2");
    assert_int_equal(bigint_divmod(&ctx, &a, &b, &a, &b), BIGINT_OK);
    check_value("alias divmod q", NULL, NULL, &a, "-0xc7748819dffb62438d1c67eea");
    bigint_free(&ctx, &a), bigint_free(&ctx, &b), bigint_free(&ctx, &z);
    assert_int_equal(failures, 0);
    teardown_ctx();
}

/* The heapviz result cap turns runaway sizes into MemoryError. */
static void test_memory_cap(void **state)
{
    (void)state;
    setup_ctx();
    bigint a = {0}, b = {0}, r;
    make(&a, "7");
    make(&b, "10000000");
    bigint_init(&r);
    assert_int_equal(bigint_lshift(&ctx, &r, &a, &b), BIGINT_OK);   /* 333k digits: under the cap */
    ctx.max_digits = 1000;
    assert_int_equal(bigint_lshift(&ctx, &r, &a, &b), BIGINT_MEMORY);
    assert_string_equal(ctx.msg.data, "");
    assert_int_equal(bigint_pow(&ctx, &r, &a, &b, NULL), BIGINT_MEMORY);
    bigint_free(&ctx, &a), bigint_free(&ctx, &b), bigint_free(&ctx, &r);
    teardown_ctx();
}

/* sys.set_int_max_str_digits(0) lifts the limit; 640 is the smallest. */
static void test_str_digits_setting(void **state)
{
    (void)state;
    setup_ctx();
    char buf[5001];
    memset(buf, '7', 5000);
    buf[5000] = 0;
    bigint a;
    bigint_init(&a);
    assert_int_equal(bigint_from_string(&ctx, &a, buf, 5000, 10), BIGINT_VALUE_ERROR);
    ctx.max_str_digits = 0;
    assert_int_equal(bigint_from_string(&ctx, &a, buf, 5000, 10), BIGINT_OK);
    bigint_text t = {0};
    assert_int_equal(bigint_to_text(&ctx, &a, 10, false, &t), BIGINT_OK);
    assert_string_equal(t.data, buf);
    ctx.max_str_digits = 640;
    t.len = 0;
    assert_int_equal(bigint_to_text(&ctx, &a, 10, false, &t), BIGINT_VALUE_ERROR);
    assert_string_equal(ctx.msg.data, "Exceeds the limit (640 digits) for integer string conversion; "
                                      "use sys.set_int_max_str_digits() to increase the limit");
    bigint_text_free(&ctx, &t);
    bigint_free(&ctx, &a);
    teardown_ctx();
}

/* Karatsuba (both sides > 70 digits) agrees with the schoolbook product:
 * (x*y) // y == x and (x*y) % y == 0 for big random x, y. */
static void test_karatsuba(void **state)
{
    (void)state;
    setup_ctx();
    srand(7);
    for (int round = 0; round < 40; round++) {
        char s1[3000], s2[3000];
        int n1 = 200 + rand() % 2500, n2 = 200 + rand() % 2500;
        for (int i = 0; i < n1; i++)
            s1[i] = (char)('1' + rand() % 9);
        for (int i = 0; i < n2; i++)
            s2[i] = (char)('1' + rand() % 9);
        s1[n1] = s2[n2] = 0;
        bigint x = {0}, y = {0}, p, q, r;
        make(&x, s1);
        make(&y, s2);
        bigint_init(&p), bigint_init(&q), bigint_init(&r);
        assert_int_equal(bigint_mul(&ctx, &p, &x, &y), BIGINT_OK);
        assert_int_equal(bigint_divmod(&ctx, &q, &r, &p, &y), BIGINT_OK);
        assert_int_equal(bigint_cmp(&q, &x), 0);
        assert_int_equal(r.size, 0);
        assert_int_equal(p.alloc, (size_t)(x.size + y.size));
        bigint_free(&ctx, &x), bigint_free(&ctx, &y), bigint_free(&ctx, &p);
        bigint_free(&ctx, &q), bigint_free(&ctx, &r);
    }
    teardown_ctx();
}

/* A caller-provided allocator sees every host allocation; one- and
 * two-digit arithmetic needs none. */
struct counting {
    long live;                          /* blocks not yet freed */
    long calls;                         /* allocations and reallocations */
};

static void *counting_realloc(void *user, void *p, size_t n)
{
    struct counting *c = user;
    if (n == 0) {
        c->live -= p != NULL;
        free(p);
        return NULL;
    }
    c->calls++;
    c->live += p == NULL;
    void *q = realloc(p, n);
    if (!q)
        hv_oom();
    return q;
}

static void test_allocator(void **state)
{
    (void)state;
    struct counting c = {0, 0};
    setup_ctx();
    ctx.realloc = counting_realloc;
    ctx.user = &c;
    bigint a = {0}, b = {0}, r;
    bigint_init(&r);
    make(&a, "1152921504606846975");             /* 2**60 - 1: two digits */
    make(&b, "-987654321");
    long before = c.calls;
    assert_int_equal(bigint_add(&ctx, &r, &a, &b), BIGINT_OK);
    assert_int_equal(bigint_mul(&ctx, &r, &b, &b), BIGINT_OK);
    assert_int_equal(bigint_floordiv(&ctx, &r, &a, &b), BIGINT_OK);
    assert_int_equal(bigint_mod(&ctx, &r, &a, &b), BIGINT_OK);
    assert_int_equal(bigint_xor(&ctx, &r, &a, &b), BIGINT_OK);
    assert_int_equal(c.calls, before);
    make(&b, "123456789012345678901234567890123456789012345678901234567890");
    assert_int_equal(bigint_mul(&ctx, &r, &b, &b), BIGINT_OK);
    assert_true(c.calls > before);
    bigint_free(&ctx, &a), bigint_free(&ctx, &b), bigint_free(&ctx, &r);
    teardown_ctx();
    assert_int_equal(c.live, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_pairs),
        cmocka_unit_test(test_cases),
        cmocka_unit_test(test_model_table),
        cmocka_unit_test(test_aliasing),
        cmocka_unit_test(test_memory_cap),
        cmocka_unit_test(test_str_digits_setting),
        cmocka_unit_test(test_karatsuba),
        cmocka_unit_test(test_allocator),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
