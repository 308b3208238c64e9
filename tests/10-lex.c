/*
 * 10-lex: the tokenizer against CPython 3.11's token stream and its error
 * messages and locations (each expectation measured with /usr/bin/python3:
 * tokens with the C tokenizer's positions, errors as SyntaxError's lineno,
 * offset, end_lineno, end_offset and text).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "hv.h"
#include "lex.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Host OOM is fatal in heapviz (heap/hv.c); the front end's tests stand
 * alone, so they bring their own. */
__attribute__((weak)) void hv_oom(void)
{
    fail_msg("host out of memory");
    abort();
}

/* ---- helpers -------------------------------------------------------------- */

/* Tokenizes src (a C string) into a text, one token per line:
 * "KIND 'text' line,col-end_line,end_col", or the error. */
static char *tokens_of(const char *src, size_t len)
{
    static char out[1 << 17];
    size_t n = 0;
    lex *lx = lex_new(src, len, "t.py");
    lex_token t;
    out[0] = '\0';
    while (lex_next(lx, &t) && n < sizeof out - 4096) {
        n += (size_t)snprintf(out + n, sizeof out - n, "%s '%.*s' %d,%d-%d,%d\n",
                              lex_kind_text(t.kind), (int)t.len, t.start, t.line, t.col,
                              t.end_line, t.end_col);
        if (t.kind == LEX_ENDMARKER)
            break;
    }
    if (lex_failed(lx)) {
        const lex_error *e = lex_error_of(lx);
        n += (size_t)snprintf(out + n, sizeof out - n, "%s: %s (%d,%d,%d,%d) [%s]\n",
                              lex_error_type(e), e->msg, e->line, e->col, e->end_line, e->end_col,
                              e->text ? e->text : "None");
    }
    lex_free(lx);
    return out;
}

static char *toks(const char *src)
{
    return tokens_of(src, strlen(src));
}

/* The error (last line of tokens_of), or "" when there is none. */
static const char *error_of(const char *src, size_t len)
{
    char *all = tokens_of(src, len);
    char *last = strstr(all, "Error: ");
    if (!last)
        return "";
    while (last > all && last[-1] != '\n')
        last--;
    return last;
}

static const char *err(const char *src)
{
    return error_of(src, strlen(src));
}

/* ---- tokens ---------------------------------------------------------------- */

static void test_simple_statement(void **state)
{
    (void)state;
    assert_string_equal(toks("x = 1 + y\n"),
                        "NAME 'x' 1,0-1,1\n"
                        "= '=' 1,2-1,3\n"
                        "NUMBER '1' 1,4-1,5\n"
                        "+ '+' 1,6-1,7\n"
                        "NAME 'y' 1,8-1,9\n"
                        "NEWLINE '' 1,9-1,9\n"
                        "ENDMARKER '' 1,0-1,0\n");
}

static void test_keywords_and_soft_keywords(void **state)
{
    (void)state;
    const char *s = toks("if not x is None: match = _\n");
    assert_non_null(strstr(s, "if 'if'"));
    assert_non_null(strstr(s, "not 'not'"));
    assert_non_null(strstr(s, "is 'is'"));
    assert_non_null(strstr(s, "None 'None'"));
    assert_non_null(strstr(s, "NAME 'match'"));
    assert_non_null(strstr(s, "NAME '_'"));
}

static void test_every_operator(void **state)
{
    (void)state;
    for (int k = LEX_LPAR; k <= LEX_COLONEQUAL; k++) {
        char src[32];
        const char *op = lex_kind_text(k);
        bool open = !strcmp(op, "(") || !strcmp(op, "[") || !strcmp(op, "{");
        bool close = !strcmp(op, ")") || !strcmp(op, "]") || !strcmp(op, "}");
        snprintf(src, sizeof src, "%s%s%s\n", close ? (op[0] == ')' ? "(" : op[0] == ']' ? "[" : "{") : "",
                 op, open ? (op[0] == '(' ? ")" : op[0] == '[' ? "]" : "}") : "");
        lex *lx = lex_new(src, strlen(src), "t.py");
        lex_token t;
        bool found = false;
        while (lex_next(lx, &t) && t.kind != LEX_ENDMARKER)
            found |= t.kind == k;
        assert_true(found);
        lex_free(lx);
    }
}

static void test_newline_after_comment_starts_at_hash(void **state)
{
    (void)state;
    assert_string_equal(toks("x  # note\n"),
                        "NAME 'x' 1,0-1,1\n"
                        "NEWLINE '# note' 1,3-1,9\n"
                        "ENDMARKER '' 1,0-1,0\n");
}

static void test_blank_and_comment_lines_yield_nothing(void **state)
{
    (void)state;
    assert_string_equal(toks(""), "ENDMARKER '' 0,0-0,0\n");
    assert_string_equal(toks("# only\n\n   # comments\n"), "ENDMARKER '' 3,0-3,0\n");
}

static void test_indent_dedent(void **state)
{
    (void)state;
    assert_string_equal(toks("if x:\n    y\n\n  # c\n    z\nw\n"),
                        "if 'if' 1,0-1,2\n"
                        "NAME 'x' 1,3-1,4\n"
                        ": ':' 1,4-1,5\n"
                        "NEWLINE '' 1,5-1,5\n"
                        "INDENT '' 2,4-2,4\n"
                        "NAME 'y' 2,4-2,5\n"
                        "NEWLINE '' 2,5-2,5\n"
                        "NAME 'z' 5,4-5,5\n"
                        "NEWLINE '' 5,5-5,5\n"
                        "DEDENT '' 6,0-6,0\n"
                        "NAME 'w' 6,0-6,1\n"
                        "NEWLINE '' 6,1-6,1\n"
                        "ENDMARKER '' 6,0-6,0\n");
}

static void test_tabs_count_to_multiples_of_8(void **state)
{
    (void)state;
    /* a tab and 8 spaces are the same indentation only if consistent */
    assert_string_equal(err("if 1:\n\tx = 1\n        y = 2\n"),
                        "TabError: inconsistent use of tabs and spaces in indentation "
                        "(3,1,3,0) [        y = 2\n]\n");
    assert_string_equal(err("if 1:\n\tif 2:\n\t\tx\n"), "");
}

static void test_unindent_mismatch(void **state)
{
    (void)state;
    assert_string_equal(err("if x:\n        a\n    b\n"),
                        "IndentationError: unindent does not match any outer indentation "
                        "level (3,6,3,-1) [    b\n]\n");
}

static void test_too_many_indentation_levels(void **state)
{
    (void)state;
    char src[40000];
    size_t n = 0;
    for (int i = 0; i < 101; i++)
        n += (size_t)snprintf(src + n, sizeof src - n, "%*sif 1:\n", i, "");
    snprintf(src + n, sizeof src - n, "%*spass\n", 101, "");
    assert_non_null(strstr(err(src), "IndentationError: too many levels of indentation (101,1,101,0)"));
}

static void test_brackets_join_lines(void **state)
{
    (void)state;
    const char *s = toks("x = (1,\n     2)\n");
    assert_non_null(strstr(s, "NUMBER '2' 2,5-2,6"));
    assert_null(strstr(s, "NEWLINE '' 1,"));
}

static void test_backslash_continuation(void **state)
{
    (void)state;
    const char *s = toks("x = 1 + \\\n    2\n");
    assert_non_null(strstr(s, "NUMBER '2' 2,4-2,5"));
    assert_string_equal(err("x = \\ 1\n"),
                        "SyntaxError: unexpected character after line continuation character "
                        "(1,6,1,0) [x = \\ 1\n]\n");
    assert_string_equal(err("x = 1 \\\n"),
                        "SyntaxError: unexpected EOF while parsing (1,8,1,-1) [x = 1 \\\n]\n");
}

/* ---- numbers ------------------------------------------------------------------ */

static void test_numbers(void **state)
{
    (void)state;
    const char *ok[] = {"0", "00", "0_0", "123", "1_000", "0x1F", "0XFF_FF", "0o17", "0b1010",
                        "1.5", ".5", "5.", "1e10", "1.5e-3", "1E+5", "1j", "1.5J", "1e3j", "0.0"};
    for (size_t i = 0; i < sizeof ok / sizeof *ok; i++) {
        char src[32];
        snprintf(src, sizeof src, "%s\n", ok[i]);
        char want[64];
        snprintf(want, sizeof want, "NUMBER '%s' 1,0-1,%zu\n", ok[i], strlen(ok[i]));
        assert_non_null(strstr(toks(src), want));
    }
}

static void test_bad_numbers(void **state)
{
    (void)state;
    assert_string_equal(err("x = 1_\n"), "SyntaxError: invalid decimal literal (1,6,1,6) [x = 1_]\n");
    assert_string_equal(err("x = 1abc\n"), "SyntaxError: invalid decimal literal (1,5,1,5) [x = 1abc]\n");
    assert_string_equal(err("x = 0o8\n"),
                        "SyntaxError: invalid digit '8' in octal literal (1,7,1,7) [x = 0o8]\n");
    assert_string_equal(err("x = 0b12\n"),
                        "SyntaxError: invalid digit '2' in binary literal (1,8,1,8) [x = 0b12]\n");
    assert_string_equal(err("x = 0x\n"), "SyntaxError: invalid hexadecimal literal (1,6,1,6) [x = 0x]\n");
    assert_string_equal(err("x = 5jx\n"), "SyntaxError: invalid imaginary literal (1,6,1,6) [x = 5jx]\n");
    assert_string_equal(err("x = 1e+\n"), "SyntaxError: invalid decimal literal (1,7,1,7) [x = 1e+]\n");
    assert_string_equal(err("x = 0_7\n"),
                        "SyntaxError: leading zeros in decimal integer literals are not permitted; "
                        "use an 0o prefix for octal integers (1,5,1,7) [x = 0_7]\n");
    assert_string_equal(err("x = 1.__class__\n"),
                        "SyntaxError: invalid decimal literal (1,6,1,6) [x = 1.__class__]\n");
}

static void test_number_then_keyword_warns(void **state)
{
    (void)state;
    const char *src = "x = 1if y else 2\n";
    lex *lx = lex_new(src, strlen(src), "t.py");
    lex_token t;
    while (lex_next(lx, &t) && t.kind != LEX_ENDMARKER)
        ;
    assert_false(lex_failed(lx));
    assert_int_equal(lex_warning_count(lx), 1);
    assert_string_equal(lex_warning_at(lx, 0)->msg, "invalid decimal literal");
    assert_string_equal(lex_warning_at(lx, 0)->text, "x = 1if y else 2");
    lex_free(lx);
}

/* ---- strings ------------------------------------------------------------------ */

static void test_string_prefixes_and_quotes(void **state)
{
    (void)state;
    const char *ok[] = {"'a'", "\"b\"", "'''c\nd'''", "r'\\n'", "b'x'", "rb'x'", "BR'x'",
                        "Rb'x'", "f'{x}'", "fr'{x}'", "RF'x'", "u'x'", "''", "\"\"\"\"\"\""};
    for (size_t i = 0; i < sizeof ok / sizeof *ok; i++) {
        char src[64];
        snprintf(src, sizeof src, "%s\n", ok[i]);
        char want[64];
        snprintf(want, sizeof want, "STRING '%s'", ok[i]);
        assert_non_null(strstr(toks(src), want));
    }
    assert_non_null(strstr(toks("ub'x'\n"), "NAME 'ub'"));      /* not a prefix */
}

static void test_unterminated_strings(void **state)
{
    (void)state;
    assert_string_equal(err("x = \"abc\n"),
                        "SyntaxError: unterminated string literal (detected at line 1) (1,5,1,5) [x = \"abc]\n");
    assert_string_equal(err("x = b\"\"\"abc\n\n"),
                        "SyntaxError: unterminated triple-quoted string literal (detected at line 2) "
                        "(1,5,1,5) [x = b\"\"\"abc]\n");
    assert_string_equal(err("x = 'a\\\nb\n"),
                        "SyntaxError: unterminated string literal (detected at line 2) (1,5,1,5) [x = 'a\\]\n");
}

/* ---- brackets ----------------------------------------------------------------- */

static void test_bracket_errors(void **state)
{
    (void)state;
    assert_string_equal(err("(1, 2]\n"),
                        "SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' "
                        "(1,6,1,6) [(1, 2]]\n");
    assert_string_equal(err("(1,\n 2]\n"),
                        "SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' "
                        "on line 1 (2,3,2,3) [ 2]]\n");
    assert_string_equal(err("x = 1)\n"), "SyntaxError: unmatched ')' (1,6,1,6) [x = 1)]\n");
    assert_string_equal(err("x = (1 +\n"), "SyntaxError: '(' was never closed (1,5,1,0) [x = (1 +\n]\n");
}

static void test_too_many_nested_parentheses(void **state)
{
    (void)state;
    char src[1024];
    memset(src, '(', 201);
    strcpy(src + 201, "\n");
    assert_non_null(strstr(err(src), "SyntaxError: too many nested parentheses (1,201,1,201)"));
    memset(src, '(', 200);
    memset(src + 200, ')', 200);
    strcpy(src + 400, "\n");
    assert_string_equal(err(src), "");
}

/* ---- characters, encodings, files ------------------------------------------- */

static void test_invalid_characters(void **state)
{
    (void)state;
    assert_string_equal(err("x = 1 \xe2\x82\xac 2\n"),
                        "SyntaxError: invalid character '\xe2\x82\xac' (U+20AC) (1,7,1,7) [x = 1 \xe2\x82\xac 2]\n");
    assert_string_equal(err("x = a\xc2\xa0" "b\n"),
                        "SyntaxError: invalid non-printable character U+00A0 (1,6,1,6) [x = a\xc2\xa0" "b]\n");
    assert_string_equal(err("x = 1 \x01 2\n"),
                        "SyntaxError: invalid non-printable character U+0001 (1,7,1,7) [x = 1 \x01 2]\n");
    assert_non_null(strstr(toks("x = 1 $ 2\n"), "OP '$'"));
    assert_string_equal(err("caf\xc3\xa9 = \xcf\x80\n"), "");
}

static void test_utf8_is_checked_line_by_line(void **state)
{
    (void)state;
    assert_string_equal(err("x = 1\ny = \"\xff\"\n"),
                        "SyntaxError: Non-UTF-8 code starting with '\\xff' in file t.py on line 2, but no "
                        "encoding declared; see https://peps.python.org/pep-0263/ for details (0,0,0,0) [None]\n");
    /* an error on an earlier line comes first */
    assert_non_null(strstr(err("x = \"abc\n\xff\n"), "unterminated string literal"));
    /* overlong sequences and surrogates are not UTF-8 */
    assert_non_null(strstr(err("x = \"\xc0\x80\"\n"), "Non-UTF-8 code starting with '\\xc0'"));
    assert_non_null(strstr(err("x = \"\xed\xa0\x80\"\n"), "Non-UTF-8 code starting with '\\xed'"));
}

/* Once the file declared UTF-8 (a utf-8 cookie from its own line on, or a
 * BOM) CPython's tokenizer checks no line: a comment may hold any bytes,
 * a name that does not decode is the parser's "(unicode error)" at the
 * end of the name, its line decoded with errors="replace". */
static void test_declared_utf8_lines_are_not_checked(void **state)
{
    (void)state;
    assert_string_equal(err("# coding: utf-8\n# \xff\xfe \xe2\x82 \xed\xa0\x80\nx = 1\n"), "");
    assert_string_equal(err("\xef\xbb\xbf# \xff\nx = 1\n"), "");
    assert_string_equal(err("# coding: utf-8 \xff\nx = 1\n"), "");  /* the cookie's own line */
    assert_non_null(strstr(err("# \xff\n# coding: utf-8\n"),         /* read before the cookie */
                           "Non-UTF-8 code starting with '\\xff' in file t.py on line 1"));
    assert_string_equal(err("# coding: utf8\n# \xff\n"),             /* a codec reads it */
                        "SyntaxError: encoding problem: utf8 (0,0,0,0) [None]\n");
    assert_string_equal(err("# coding: utf-8\nx = 1 \xff\n"),
                        "SyntaxError: (unicode error) 'utf-8' codec can't decode byte 0xff in position 0: "
                        "invalid start byte (2,7,2,-1) [x = 1 \xef\xbf\xbd\n]\n");
    /* byte 4 of the name's end, in "ab\ufffd\ufffd" re-encoded: "ab" and a cut U+FFFD */
    assert_string_equal(err("# coding: utf-8\nab\xe4\xe4 = 1\n"),
                        "SyntaxError: (unicode error) 'utf-8' codec can't decode byte 0xe4 in position 2: "
                        "invalid continuation byte (2,3,2,-1) [ab\xef\xbf\xbd\xef\xbf\xbd = 1\n]\n");
}

static void test_nul_bytes_end_their_line(void **state)
{
    (void)state;
    /* CPython 3.11.2 reads scripts with fgets: a NUL ends the line and its
     * newline is lost, so the next line joins it */
    static const char src[] = "x = 12\0 3\nprint(x)\n";
    assert_string_equal(error_of(src, sizeof src - 1),
                        "SyntaxError: invalid decimal literal (1,6,1,6) [x = 12print(x)]\n");
    static const char ok[] = "print(1) # \0 junk\nprint(2)\n";
    assert_string_equal(error_of(ok, sizeof ok - 1), "");
}

static void test_bom_crlf_cr_formfeed(void **state)
{
    (void)state;
    assert_string_equal(toks("\xef\xbb\xbfx\n"), "NAME 'x' 1,0-1,1\nNEWLINE '' 1,1-1,1\nENDMARKER '' 1,0-1,0\n");
    assert_string_equal(toks("x\r\ny\r\n"), toks("x\ny\n"));
    assert_non_null(strstr(toks("x = (\r1)\n"), "NUMBER '1' 2,0-2,1"));
    assert_string_equal(err("\x0cx = 1\n  \x0cy = 2\n"), "");
    assert_string_equal(toks("x = 1"), toks("x = 1\n"));
}

static void test_coding_cookies(void **state)
{
    (void)state;
    const char *latin1 = "# coding: latin-1\ns = '\xe9'\n";
    assert_non_null(strstr(toks(latin1), "STRING ''\xc3\xa9''"));     /* now UTF-8 */
    assert_string_equal(err("# coding: foo\nx = 1\n"),
                        "SyntaxError: encoding problem: foo (0,0,0,0) [None]\n");
    assert_non_null(strstr(err("# coding: cp1252\nx = '\x80'\n"), "heapviz does not support the source encoding"));
    assert_string_equal(err("# coding: cp1252\nx = 1\n"), "");       /* ASCII text reads the same */
    assert_non_null(strstr(toks("# coding: l1\ns = '\xe9'\n"), "STRING ''\xc3\xa9''"));  /* the registry's alias */
    assert_string_equal(err("# coding: hex\nx = 1\n"),                 /* no text encoding */
                        "SyntaxError: encoding problem: hex (0,0,0,0) [None]\n");
    assert_string_equal(err("# coding: ascii\nx = '\xc3\xa9'\n"),    /* fp_setreadl's first readline */
                        "SyntaxError: encoding problem: ascii (0,0,0,0) [None]\n");
    assert_string_equal(err("\xef\xbb\xbf# coding: latin-1\n"),      /* get_normal_name's spelling */
                        "SyntaxError: encoding problem: iso-8859-1 with BOM (0,0,0,0) [None]\n");
    assert_string_equal(err("\n\n# coding: foo\nx = 1\n"), "");    /* line 3: not a cookie */
    lex *lx = lex_new("# -*- coding: utf-8 -*-\n", 24, "t.py");
    assert_true(lex_encoding_declared(lx));
    lex_free(lx);
}

static void test_file_line_as_cpython_rereads_it(void **state)
{
    (void)state;
    /* err_programtext reads 999 bytes at a time: only the last chunk of a
     * long line survives */
    size_t n = 2500;
    char *src = malloc(n + 2);
    memset(src, 'a', n);
    src[n] = '\n';
    src[n + 1] = '\0';
    lex *lx = lex_new(src, n + 1, "t.py");
    char *line = lex_file_line(lx, 1);
    assert_int_equal(strlen(line), n + 1 - 1998);
    free(line);
    lex_free(lx);
    free(src);
    assert_int_equal(lex_char_count("\xc3\xa9t\xc3\xa9", 5), 3);
    assert_true(lex_printable('a'));
    assert_false(lex_printable(0xA0));
    assert_false(lex_printable(0xFFFF));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_simple_statement),
        cmocka_unit_test(test_keywords_and_soft_keywords),
        cmocka_unit_test(test_every_operator),
        cmocka_unit_test(test_newline_after_comment_starts_at_hash),
        cmocka_unit_test(test_blank_and_comment_lines_yield_nothing),
        cmocka_unit_test(test_indent_dedent),
        cmocka_unit_test(test_tabs_count_to_multiples_of_8),
        cmocka_unit_test(test_unindent_mismatch),
        cmocka_unit_test(test_too_many_indentation_levels),
        cmocka_unit_test(test_brackets_join_lines),
        cmocka_unit_test(test_backslash_continuation),
        cmocka_unit_test(test_numbers),
        cmocka_unit_test(test_bad_numbers),
        cmocka_unit_test(test_number_then_keyword_warns),
        cmocka_unit_test(test_string_prefixes_and_quotes),
        cmocka_unit_test(test_unterminated_strings),
        cmocka_unit_test(test_bracket_errors),
        cmocka_unit_test(test_too_many_nested_parentheses),
        cmocka_unit_test(test_invalid_characters),
        cmocka_unit_test(test_utf8_is_checked_line_by_line),
        cmocka_unit_test(test_nul_bytes_end_their_line),
        cmocka_unit_test(test_bom_crlf_cr_formfeed),
        cmocka_unit_test(test_coding_cookies),
        cmocka_unit_test(test_declared_utf8_lines_are_not_checked),
        cmocka_unit_test(test_file_line_as_cpython_rereads_it),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
