/*
 * 16-pegcount: how many strings CPython 3.11's parser makes per identifier
 * (heap/pegcount.h), against /usr/bin/python3: sys.getrefcount of the name
 * at the top of a file, less its other holders (co_consts, co_names, the
 * local-name tuple), for one statement shape at a time; and the replay
 * giving up where it cannot follow.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "ast.h"
#include "buf.h"
#include "hv.h"
#include "map.h"
#include "parse.h"
#include "pegcount.h"

#include <stdlib.h>
#include <string.h>

__attribute__((weak)) void hv_oom(void)
{
    fail_msg("host out of memory");
    abort();
}

/* src parsed, and the replay of its parse: strings per identifier, objects
 * per NUMBER token (rc -1: the replay gave up). */
typedef struct replay {
    parse_result pr;
    uint32_t *counts;
    map numbers;
    int rc;
} replay;

static void replay_run(replay *r, const char *src, int single)
{
    parse_module(src, strlen(src), "t.py", &r->pr);
    if (!r->pr.module)
        fail_msg("parse failed: %s", r->pr.err.msg);
    uint32_t n = ast_ident_count(r->pr.module);
    r->counts = hv_calloc(n ? n : 1, sizeof *r->counts);
    r->numbers = (map)MAP_INIT;
    r->rc = pegcount_run(src, strlen(src), single, r->pr.module, r->counts, &r->numbers);
}

static void replay_free(replay *r)
{
    map_free(&r->numbers);
    free(r->counts);
    parse_result_free(&r->pr);
}

/* The strings made for `name` in src (-1: the replay gave up). */
static long made(const char *src, int single, const char *name)
{
    replay r;
    replay_run(&r, src, single);
    const ast_ident *id = ast_lookup(r.pr.module, name, strlen(name));
    long n = r.rc ? -1 : id ? (long)r.counts[id->id] : 0;
    replay_free(&r);
    return n;
}

/* The objects made for the NUMBER at (line 1, col) of src (0: none). */
static long numbers(const char *src, int col)
{
    replay r;
    uint64_t hits = 0;
    replay_run(&r, src, 0);
    long n = r.rc ? -1 : map_get(&r.numbers, (uint64_t)1 << 32 | (uint32_t)col, &hits) ? (long)hits : 0;
    replay_free(&r);
    return n;
}

/* Number literals: python3's sys.getrefcount(77), printed at the top of a
 * file, rises by these when the statement follows (not yet run), less the
 * constants that hold 77 (`def g(a=77)`'s folded defaults tuple). */
static void test_number_shapes(void **state)
{
    (void)state;
    assert_int_equal(numbers("x = 77\n", 4), 3);
    assert_int_equal(numbers("77\n", 0), 3);
    assert_int_equal(numbers("x = [77]\n", 5), 3);
    assert_int_equal(numbers("f(77)\n", 2), 2);
    assert_int_equal(numbers("x = 1 + 77\n", 8), 2);
    assert_int_equal(numbers("x = -77\n", 5), 2);
    assert_int_equal(numbers("def g(a=77): pass\n", 8), 2);
    assert_int_equal(numbers("s = 'x'\n", 4), 0);        /* a STRING is not a NUMBER */
}

static void test_statement_shapes(void **state)
{
    (void)state;
    assert_int_equal(made("spam = 1\n", 0, "spam"), 3);
    assert_int_equal(made("spam\n", 0, "spam"), 6);
    assert_int_equal(made("x = spam\n", 0, "spam"), 4);
    assert_int_equal(made("x = 1 + spam\n", 0, "spam"), 2);
    assert_int_equal(made("x = [spam]\n", 0, "spam"), 7);
    assert_int_equal(made("spam += 1\n", 0, "spam"), 4);
    assert_int_equal(made("del spam\n", 0, "spam"), 2);
    assert_int_equal(made("global spam\n", 0, "spam"), 1);
    assert_int_equal(made("import spam\n", 0, "spam"), 2);
    assert_int_equal(made("x = [spam for i in y]\n", 0, "spam"), 10);
}

static void test_functions_and_calls(void **state)
{
    (void)state;
    static const char src[] = "def f(ham):\n    return ham\nf(ham=3)\n";
    assert_int_equal(made(src, 0, "ham"), 10 + 2 + 7);    /* parameter, return, keyword */
    assert_int_equal(made(src, 0, "f"), 1 + 7);
    assert_int_equal(made("class K(object):\n    pass\n", 0, "K"), 1);
}

/* An f-string field is parsed again, as `(field)`, by a parser of its own. */
static void test_fstring_fields(void **state)
{
    (void)state;
    assert_int_equal(made("print(f\"{spam}\")\n", 0, "spam"), 6);
    assert_int_equal(made("print(f\"{spam!r:>{spam}}\")\n", 0, "spam"), 12);
}

/* A console input starts from statement_newline (python3 -i: 4 strings for
 * the spam of `print(1); eggs = spam`). */
static void test_console_input(void **state)
{
    (void)state;
    assert_int_equal(made("print(1); eggs = spam\n", 1, "spam"), 4);
}

/* lambdef's rules: the count with which sys.getrefcount('alpha') after
 * this line is python3's (10 with the line, 3 without; tests/py/583 checks
 * eight parameter shapes end to end). */
static void test_lambda(void **state)
{
    (void)state;
    assert_int_equal(made("fb = lambda alpha, beta=2: alpha + beta\n", 0, "alpha"), 7);
}

/* Past PC_MAXTOKENS tokens the replay is not tried. */
static void test_gives_up(void **state)
{
    (void)state;
    buf b = BUF_INIT;
    buf_adds(&b, "x = [spam");
    for (int i = 0; i < 100001; i++)
        buf_adds(&b, ", 1");
    buf_adds(&b, "]\n");
    assert_int_equal(made(buf_str(&b), 0, "spam"), -1);
    buf_free(&b);
}

/* The arena's events for src, one word each: T<text> a token's bytes,
 * N<text> a name's string, U a number's object, S a string constant, F an
 * f-string (no object), L an f-string's literal piece. */
static void log_text(const char *src, buf *out)
{
    replay r;
    parse_module(src, strlen(src), "t.py", &r.pr);
    uint32_t n = ast_ident_count(r.pr.module);
    r.counts = hv_calloc(n ? n : 1, sizeof *r.counts);
    r.numbers = (map)MAP_INIT;
    pegcount_log log = {0};
    assert_int_equal(pegcount_run_logged(src, strlen(src), 0, r.pr.module, r.counts, &r.numbers, &log), 0);
    static const char kinds[] = {[PEG_TOKEN] = 'T', [PEG_NAME] = 'N', [PEG_NUMBER] = 'U',
                                 [PEG_STRINGS] = 'S', [PEG_FSTRINGS] = 'F', [PEG_LITERAL] = 'L'};
    for (size_t i = 0; i < log.n; i++) {
        const pegcount_event *e = &log.ev[i];
        buf_printf(out, "%s%c", i ? " " : "", kinds[e->kind]);
        if (e->kind == PEG_TOKEN || e->kind == PEG_NAME)
            buf_add(out, log.text + e->off, e->len);
    }
    pegcount_log_free(&log);
    replay_free(&r);
}

/* python3's own list for this source (gc.get_referrers of 12345), a
 * NEWLINE after a comment holding the comment, an f-string's field parsed
 * by a parser of its own, its literal made after the field. */
static void test_arena_log(void **state)
{
    (void)state;
    buf b = BUF_INIT;
    log_text("x = 12345  # c\ns = f\"a{x}\"\n", &b);
    assert_string_equal(buf_str(&b),
                        "Tx Nx T= Nx Nx T12345 U T# c U U Ts Ns T= Ns Ns Tf\"a{x}\" T T( Tx Nx T) "
                        "Nx Nx Nx T Nx Nx L F T");
    buf_free(&b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_statement_shapes),
        cmocka_unit_test(test_number_shapes),
        cmocka_unit_test(test_functions_and_calls),
        cmocka_unit_test(test_fstring_fields),
        cmocka_unit_test(test_console_input),
        cmocka_unit_test(test_lambda),
        cmocka_unit_test(test_gives_up),
        cmocka_unit_test(test_arena_log),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
