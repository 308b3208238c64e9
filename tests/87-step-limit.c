/*
 * 87-step-limit: interp_options.step_limit (what the fuzzers rely on to end
 * every input) counts work, not time — statements, loop iterations, the
 * iterator steps builtins take and big-int digit work — so a program that
 * would run for minutes inside one builtin or one loop of huge
 * multiplications stops with KeyboardInterrupt("step limit reached"),
 * after exactly the same events each run.  A program under the limit is
 * unaffected.  An alarm turns a hang (the bug) into a failure.
 */
#include "testutil.h"

#include "interp.h"

#include <signal.h>
#include <string.h>
#include <unistd.h>

enum { STEPS = 20000, HANG_GUARD_S = 300 };

typedef struct result {
    int rc;
    uint64_t events;
    buf out, err;
} result;

static void count_event(void *ud, const hv_event *ev)
{
    (void)ev;
    ((result *)ud)->events++;
}

static void capture(void *ud, int fd, const char *p, size_t n)
{
    result *r = ud;
    buf_add(fd == 2 ? &r->err : &r->out, p, n);
}

static void run(const char *src, result *r)
{
    memset(r, 0, sizeof *r);
    interp_options opt = {
        .prof = profile_find("classroom"), .heap_limit = 1u << 20, .emit = count_event, .emit_ud = r,
        .write = capture, .write_ud = r, .step_limit = STEPS,
    };
    interp *in = interp_new(&opt);
    r->rc = interp_run(in, src, strlen(src), "t.py");
    interp_delete(in);
}

static void result_free(result *r)
{
    buf_free(&r->out);
    buf_free(&r->err);
}

/* src stops at the step limit, the same way twice. */
static void assert_stops(const char *src)
{
    result a, b;
    run(src, &a);
    run(src, &b);
    assert_int_equal(a.rc, INTERP_KILLED_BY_SIGINT);
    assert_non_null(strstr(buf_str(&a.err), "KeyboardInterrupt: step limit reached"));
    assert_int_equal(a.events, b.events);
    assert_string_equal(buf_str(&a.out), buf_str(&b.out));
    result_free(&a);
    result_free(&b);
}

static void test_builtins_iterating(void **state)
{
    (void)state;
    assert_stops("print(sum(range(10**12)))\n");
    assert_stops("print(max(range(10**12)))\n");
    assert_stops("print(all(range(1, 10**12)))\n");
    assert_stops("print(any(x < 0 for x in range(10**12)))\n");
    assert_stops("print(list(zip(range(10**12), range(10**12)))[:1])\n");
}

static void test_loops(void **state)
{
    (void)state;
    assert_stops("for i in range(10**12):\n    pass\n");
    assert_stops("while True:\n    pass\n");
    assert_stops("print([i for i in range(10**12)][:1])\n");
}

static void test_big_int_work(void **state)
{
    (void)state;
    /* a few hundred statements, each a 6,000-digit product */
    assert_stops("x = 7**(2**16)\nwhile True:\n    y = x * x\n");
    assert_stops("x = 7**(2**18)\nwhile True:\n    y = x // (x >> 300000)\n");
    /* one statement of far more work than the limit: stopped inside the
     * digit loops (longobject.c's SIGCHECK points), not after them */
    assert_stops("e = 10**2000\nx = 10 ** e\n");
    assert_stops("a = 10**300000\nb = 10**150000 + 1\nq = a // b\n");
    assert_stops("a = 7**(2**19)\nb = a * a\n");
}

static void test_under_the_limit(void **state)
{
    (void)state;
    result r;
    run("print(sum(range(1000)), max(range(10)), all(range(1, 5)))\n"
        "x = 7**300\nprint(len(str(x * x)))\n", &r);
    assert_int_equal(r.rc, 0);
    assert_string_equal(buf_str(&r.out), "499500 9 True\n508\n");
    result_free(&r);
}

/* CPython 3.11 refuses int -> str past 4300 digits (sys.int_info). */
static void test_str_digits_limit(void **state)
{
    (void)state;
    result r;
    run("print(len(str(10**4299)), len(str(-10**4299)))\nprint(str(10**4300))\n", &r);
    assert_int_equal(r.rc, 1);
    assert_string_equal(buf_str(&r.out), "4300 4301\n");
    assert_non_null(strstr(buf_str(&r.err), "ValueError: Exceeds the limit (4300 digits) for integer string "
                                             "conversion; use sys.set_int_max_str_digits() to increase the limit"));
    result_free(&r);
}

int main(void)
{
    alarm(HANG_GUARD_S);        /* a hang guard only: a run takes well under a second */
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_builtins_iterating),
        cmocka_unit_test(test_loops),
        cmocka_unit_test(test_big_int_work),
        cmocka_unit_test(test_under_the_limit),
        cmocka_unit_test(test_str_digits_limit),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
