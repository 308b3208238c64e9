/*
 * 11-parse: the parser builds CPython 3.11's tree (ast.dump and positions
 * as /usr/bin/python3 prints them), fails with CPython's messages and
 * locations, prints them as python3 does, refuses what heapviz does not
 * support, and survives any nesting.  tests/13-parse-diff.sh compares
 * whole files with python3; this file checks the API and the corners.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "hv.h"
#include "ast.h"
#include "parse.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__((weak)) void hv_oom(void)
{
    fail_msg("host out of memory");
    abort();
}

/* ---- helpers -------------------------------------------------------------- */

static ast_module *parse_ok(const char *src, parse_result *r)
{
    parse_module(src, strlen(src), "t.py", r);
    if (!r->module)
        fail_msg("parse failed: %s (line %d)", r->err.msg, r->err.line);
    return r->module;
}

/* ast.dump(tree) of src, compared with what python3 prints. */
static void assert_dump(const char *src, const char *want)
{
    parse_result r;
    parse_ok(src, &r);
    char *d = ast_dump(r.module, false);
    assert_string_equal(d, want);
    free(d);
    parse_result_free(&r);
}

/* What parse_error_print writes for src. */
static char *printed_error(const char *src, size_t len)
{
    static char out[1 << 18];
    parse_result r;
    parse_module(src, len, "prog.py", &r);
    assert_null(r.module);
    FILE *f = tmpfile();
    parse_error_print(f, "prog.py", &r.err);
    rewind(f);
    size_t n = fread(out, 1, sizeof out - 1, f);
    out[n] = '\0';
    fclose(f);
    parse_result_free(&r);
    return out;
}

static const char *perr(const char *src)
{
    return printed_error(src, strlen(src));
}

/* ---- trees -------------------------------------------------------------------- */

static void test_power_binds_tighter_than_unary_minus(void **state)
{
    (void)state;
    assert_dump("-2**2\n",
                "Module(body=[Expr(value=UnaryOp(op=USub(), operand=BinOp(left=Constant(value=2), "
                "op=Pow(), right=Constant(value=2))))], type_ignores=[])");
    assert_dump("2**3**2\n",
                "Module(body=[Expr(value=BinOp(left=Constant(value=2), op=Pow(), right=BinOp("
                "left=Constant(value=3), op=Pow(), right=Constant(value=2))))], type_ignores=[])");
}

static void test_chained_comparison_and_assignment(void **state)
{
    (void)state;
    assert_dump("a = b = x < y is not z not in w\n",
                "Module(body=[Assign(targets=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store())], "
                "value=Compare(left=Name(id='x', ctx=Load()), ops=[Lt(), IsNot(), NotIn()], "
                "comparators=[Name(id='y', ctx=Load()), Name(id='z', ctx=Load()), Name(id='w', ctx=Load())]))], "
                "type_ignores=[])");
}

static void test_constants(void **state)
{
    (void)state;
    assert_dump("0x_ff, 0o17, 0b11, 1_000, 00, 1.5e3, 1e400, 'a' \"b\", b'\\x00', u'u', ..., None\n",
                "Module(body=[Expr(value=Tuple(elts=[Constant(value=255), Constant(value=15), "
                "Constant(value=3), Constant(value=1000), Constant(value=0), Constant(value=1500.0), "
                "Constant(value=inf), Constant(value='ab'), Constant(value=b'\\x00'), "
                "Constant(value='u', kind='u'), Constant(value=Ellipsis), Constant(value=None)], "
                "ctx=Load()))], type_ignores=[])");
    parse_result r;
    ast_module *m = parse_ok("0x_FF\n'abc_1' 'x'\n'a b'\n", &r);
    const ast_constant *c = &m->body.v[0]->u.expr.value->u.constant;
    assert_int_equal(c->kind, AST_CONST_INT);
    assert_int_equal(c->base, 16);
    assert_string_equal(c->text, "FF");
    assert_true(m->body.v[1]->u.expr.value->u.constant.ident_like);
    assert_false(m->body.v[2]->u.expr.value->u.constant.ident_like);
    parse_result_free(&r);
}

static void test_fstring(void **state)
{
    (void)state;
    assert_dump("f'a{b!r:>{w}}c{d=}'\n",
                "Module(body=[Expr(value=JoinedStr(values=[Constant(value='a'), FormattedValue("
                "value=Name(id='b', ctx=Load()), conversion=114, format_spec=JoinedStr(values=["
                "Constant(value='>'), FormattedValue(value=Name(id='w', ctx=Load()), conversion=-1)])), "
                "Constant(value='cd='), FormattedValue(value=Name(id='d', ctx=Load()), conversion=114)]))], "
                "type_ignores=[])");
}

/* After a utf-8 cookie, literal text that is not UTF-8 reaches the parser:
 * an f-string's literal part is decoded by runs of non-ASCII bytes
 * (decode_unicode_with_escapes), the error at the last token read. */
static void test_literal_bytes_that_do_not_decode(void **state)
{
    (void)state;
    assert_string_equal(perr("# coding: utf-8\nx = f\"{1}\\n\xc3\xa9\xff\"\n"),
                        "  File \"prog.py\", line 2\n"
                        "    x = f\"{1}\\n\xc3\xa9\xef\xbf\xbd\"\n"
                        "                ^\n"
                        "SyntaxError: (unicode error) 'utf-8' codec can't decode byte 0xff in position 2: "
                        "invalid start byte\n");
    assert_string_equal(perr("\xef\xbb\xbfs = r'\xe4'\n"),
                        "  File \"prog.py\", line 1\n"
                        "    \xef\xbb\xbfs = r'\xef\xbf\xbd'\n"
                        "          ^\n"
                        "SyntaxError: (unicode error) 'utf-8' codec can't decode byte 0xe4 in position 0: "
                        "unexpected end of data\n");
}

static void test_positions_include_parentheses(void **state)
{
    (void)state;
    parse_result r;
    ast_module *m = parse_ok("x = (a) + (b)\n", &r);
    char *d = ast_dump(m, true);
    assert_non_null(strstr(d, "BinOp(left=Name(id='a', ctx=Load(), lineno=1, col_offset=5, "
                              "end_lineno=1, end_col_offset=6), op=Add(), right=Name(id='b', ctx=Load(), "
                              "lineno=1, col_offset=11, end_lineno=1, end_col_offset=12), lineno=1, "
                              "col_offset=4, end_lineno=1, end_col_offset=13)"));
    free(d);
    parse_result_free(&r);
}

static void test_identifiers_are_interned(void **state)
{
    (void)state;
    parse_result r;
    ast_module *m = parse_ok("spam = spam + eggs\n", &r);
    const ast_stmt *s = m->body.v[0];
    const ast_ident *a = s->u.assign.targets.v[0]->u.name.id;
    const ast_ident *b = s->u.assign.value->u.binop.left->u.name.id;
    assert_ptr_equal(a, b);
    assert_ptr_equal(ast_ident_at(m, a->id), a);
    assert_ptr_equal(ast_intern(m, "eggs", 4), s->u.assign.value->u.binop.right->u.name.id);
    assert_null(ast_lookup(m, "ham", 3));
    parse_result_free(&r);
}

/* ---- errors, as python3 prints them --------------------------------------- */

static void test_error_records(void **state)
{
    (void)state;
    parse_result r;
    parse_module("x = [1, 2 3]\n", 13, "t.py", &r);
    assert_null(r.module);
    assert_int_equal(r.err.kind, LEX_ERR_SYNTAX);
    assert_string_equal(r.err.msg, "invalid syntax. Perhaps you forgot a comma?");
    assert_int_equal(r.err.line, 1);
    assert_int_equal(r.err.col, 9);
    assert_int_equal(r.err.end_line, 1);
    assert_int_equal(r.err.end_col, 12);
    assert_string_equal(r.err.text, "x = [1, 2 3]\n");
    parse_result_free(&r);
}

static void test_printed_errors(void **state)
{
    (void)state;
    assert_string_equal(perr("x = (1 +\n"),
                        "  File \"prog.py\", line 1\n    x = (1 +\n        ^\n"
                        "SyntaxError: '(' was never closed\n");
    assert_string_equal(perr("print \"hi\"\n"),
                        "  File \"prog.py\", line 1\n    print \"hi\"\n    ^^^^^^^^^^\n"
                        "SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?\n");
    assert_string_equal(perr("if 1:\npass\n"),
                        "  File \"prog.py\", line 2\n    pass\n    ^\n"
                        "IndentationError: expected an indented block after 'if' statement on line 1\n");
    assert_string_equal(perr("  x = 1\n"),
                        "  File \"prog.py\", line 1\n    x = 1\nIndentationError: unexpected indent\n");
    assert_string_equal(perr("f() = 1\n"),
                        "  File \"prog.py\", line 1\n    f() = 1\n    ^^^\n"
                        "SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='?\n");
    assert_string_equal(perr("if x = 1:\n    pass\n"),
                        "  File \"prog.py\", line 1\n    if x = 1:\n       ^^^^^\n"
                        "SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='?\n");
    assert_string_equal(perr("x = f\"{a b}\"\n"),
                        "  File \"prog.py\", line 1\n    (a b)\n     ^^^\n"
                        "SyntaxError: f-string: invalid syntax. Perhaps you forgot a comma?\n");
}

static void test_print_error_text_rules(void **state)
{
    (void)state;
    /* CPython's print_error_text: leading blanks stripped, carets clipped
     * to the line, a multi-line error underlined to the end of its first
     * line, IndentationError with one caret */
    parse_error e = {.kind = LEX_ERR_SYNTAX, .msg = (char *)"m", .text = (char *)"   x = (1 +",
                     .line = 1, .col = 50, .end_line = 1, .end_col = 60};
    char out[512];
    FILE *f = fmemopen(out, sizeof out, "w");
    parse_error_print(f, "f.py", &e);
    fclose(f);
    assert_string_equal(out, "  File \"f.py\", line 1\n    x = (1 +\n            ^\nSyntaxError: m\n");
    e.text = (char *)"  ab\n";
    e.col = 4;
    e.end_line = 2;
    e.end_col = 4;
    f = fmemopen(out, sizeof out, "w");
    parse_error_print(f, "f.py", &e);
    fclose(f);
    assert_string_equal(out, "  File \"f.py\", line 1\n    ab\n     ^\nSyntaxError: m\n");
    e.line = 0;
    f = fmemopen(out, sizeof out, "w");
    parse_error_print(f, "f.py", &e);
    fclose(f);
    assert_string_equal(out, "SyntaxError: m\n");
}

static void test_later_tokenizer_error_wins(void **state)
{
    (void)state;
    /* CPython tokenizes the rest of the file after a parser error */
    assert_non_null(strstr(perr("x = (1 2)\ny = \"open\n"), "unterminated string literal"));
    /* ...but an indentation problem there does not replace it */
    assert_non_null(strstr(perr("x = 1 2\nif 1:\n  a\n b\n"), "SyntaxError: invalid syntax"));
}

static void test_non_utf8_names_the_file(void **state)
{
    (void)state;
    assert_string_equal(perr("x = 1\n# \xe9\n"),
                        "SyntaxError: Non-UTF-8 code starting with '\\xe9' in file prog.py on line 2, "
                        "but no encoding declared; see https://peps.python.org/pep-0263/ for details\n");
}

/* ---- what heapviz refuses ---------------------------------------------------- */

static void test_unsupported_constructs_are_parsed_and_reported(void **state)
{
    (void)state;
    struct {
        const char *src, *msg;
        int line, col;
    } cases[] = {
        {"x = 1\nasync def f():\n    await g()\n", "heapviz does not support 'async def'", 2, 1},
        {"x = [i async for i in y]\n", "heapviz does not support asynchronous comprehensions", 1, 8},
        {"try:\n  pass\nexcept* E:\n  pass\n", "heapviz does not support 'except*'", 3, 1},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        parse_result r;
        parse_module(cases[i].src, strlen(cases[i].src), "t.py", &r);
        assert_non_null(r.module);
        assert_int_equal(r.unsupported.kind, LEX_ERR_UNSUPPORTED);
        assert_string_equal(r.unsupported.msg, cases[i].msg);
        assert_int_equal(r.unsupported.line, cases[i].line);
        assert_int_equal(r.unsupported.col, cases[i].col);
        parse_result_free(&r);
    }
    /* assignment expressions are the language's (tests/py 1184-1189) */
    parse_result r;
    const char *walrus = "if (n := 10) > 5: pass\n";
    parse_module(walrus, strlen(walrus), "t.py", &r);
    assert_non_null(r.module);
    assert_int_equal(r.unsupported.kind, LEX_ERR_NONE);
    parse_result_free(&r);
}

static void test_match_is_built(void **state)
{
    (void)state;
    assert_dump("match cmd:\n    case [1, *r] | {'k': r} if r:\n        pass\n",
                "Module(body=[Match(subject=Name(id='cmd', ctx=Load()), cases=[match_case("
                "pattern=MatchOr(patterns=[MatchSequence(patterns=[MatchValue(value=Constant(value=1)), "
                "MatchStar(name='r')]), MatchMapping(keys=[Constant(value='k')], "
                "patterns=[MatchAs(name='r')])]), guard=Name(id='r', ctx=Load()), body=[Pass()])])], "
                "type_ignores=[])");
    /* a syntax error after it is reported */
    assert_non_null(strstr(perr("match cmd:\n    case 1:\n        pass\nx = (1 2)\n"),
                           "Perhaps you forgot a comma?"));
    /* the parser's own pattern errors */
    assert_non_null(strstr(perr("match cmd:\n    case C(a=1, 2):\n        pass\n"),
                           "positional patterns follow keyword patterns"));
    /* `match` as a name is not a statement */
    assert_dump("match = 1\n",
                "Module(body=[Assign(targets=[Name(id='match', ctx=Store())], value=Constant(value=1))], "
                "type_ignores=[])");
}

/* ---- nesting and size ------------------------------------------------------- */

static char *repeat(const char *head, const char *unit, size_t n, const char *tail)
{
    size_t h = strlen(head), u = strlen(unit), t = strlen(tail);
    char *s = malloc(h + u * n + t + 1);
    memcpy(s, head, h);
    for (size_t i = 0; i < n; i++)
        memcpy(s + h + i * u, unit, u);
    memcpy(s + h + u * n, tail, t + 1);
    return s;
}

static void test_deep_nesting_never_overflows(void **state)
{
    (void)state;
    struct {
        const char *head, *unit, *tail;
        size_t n;
        const char *want;       /* last line python3 prints */
    } cases[] = {
        {"x = ", "-", "1\n", 100000, "MemoryError\n"},
        {"x = ", "not ", "1\n", 100000, "MemoryError\n"},
        {"x = ", "2**", "1\n", 100000, "MemoryError\n"},
        {"x = ", "lambda:", "1\n", 100000, "MemoryError\n"},
        {"x = ", "1 if 1 else ", "1\n", 100000, "MemoryError\n"},
        {"x = ", "lambda a=", "1\n", 100000, "MemoryError\n"},
        {"x = ", "(", "1\n", 100000, "SyntaxError: too many nested parentheses\n"},
        {"x = ", "-", "1\n", 5968, "MemoryError\n"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char *src = repeat(cases[i].head, cases[i].unit, cases[i].n, cases[i].tail);
        const char *out = printed_error(src, strlen(src));
        const char *last = out + strlen(out) - 1;
        while (last > out && last[-1] != '\n')
            last--;
        assert_string_equal(last, cases[i].want);
        free(src);
    }
}

static void test_long_chains_are_loops(void **state)
{
    (void)state;
    /* a million operands: a left-deep tree built without recursion */
    char *src = repeat("x = 1", "+1", 1000000, "\n");
    parse_result r;
    parse_ok(src, &r);
    const ast_expr *e = r.module->body.v[0]->u.assign.value;
    size_t depth = 0;
    while (e->kind == AST_BINOP) {
        e = e->u.binop.left;
        depth++;
    }
    assert_int_equal(depth, 1000000);
    char *d = ast_dump(r.module, false);
    assert_null(d);                         /* deeper than AST_DUMP_MAX_DEPTH */
    parse_result_free(&r);
    free(src);
}

static void test_empty_and_comment_only_files(void **state)
{
    (void)state;
    assert_dump("", "Module(body=[], type_ignores=[])");
    assert_dump("# nothing\n\n", "Module(body=[], type_ignores=[])");
    assert_dump("x = 1", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], "
                         "value=Constant(value=1))], type_ignores=[])");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_power_binds_tighter_than_unary_minus),
        cmocka_unit_test(test_chained_comparison_and_assignment),
        cmocka_unit_test(test_constants),
        cmocka_unit_test(test_fstring),
        cmocka_unit_test(test_literal_bytes_that_do_not_decode),
        cmocka_unit_test(test_positions_include_parentheses),
        cmocka_unit_test(test_identifiers_are_interned),
        cmocka_unit_test(test_error_records),
        cmocka_unit_test(test_printed_errors),
        cmocka_unit_test(test_print_error_text_rules),
        cmocka_unit_test(test_later_tokenizer_error_wins),
        cmocka_unit_test(test_non_utf8_names_the_file),
        cmocka_unit_test(test_unsupported_constructs_are_parsed_and_reported),
        cmocka_unit_test(test_match_is_built),
        cmocka_unit_test(test_deep_nesting_never_overflows),
        cmocka_unit_test(test_long_chains_are_loops),
        cmocka_unit_test(test_empty_and_comment_only_files),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
