/*
 * fuzz-parse: libFuzzer target for the front end.  The input is a Python
 * source file as read from disk (any bytes: BOM, coding cookies, NULs,
 * bad UTF-8 are all the front end's business).
 *
 *   bytes ─▶ parse_module ─▶ symtable_build ─▶ ast_dump (both forms)
 *              │ error          │ error
 *              └────────────────┴─▶ parse_error_print, warnings printed
 *
 * Properties: no crash, no read or write out of bounds (ASan), no
 * undefined behaviour (UBSan), no leak; a refused program always carries
 * an error; the dump of a tree is a Module(...).
 * Built with clang by tests/fuzz.sh; replayed without clang by
 * tests/fuzz-main.c over tests/fuzz/parse/.
 */
#include "ast.h"
#include "hv.h"
#include "parse.h"
#include "symtable.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

/* Where error reports and warnings go: they are formatted, never kept. */
static FILE *sink(void)
{
    static FILE *f;
    if (!f)
        f = fopen("/dev/null", "w");
    if (!f)
        abort();
    return f;
}

static void check_error(const lex_error *e)
{
    if (e->kind == LEX_ERR_NONE)
        abort();            /* refused without an error */
    parse_error_print(sink(), "fuzz.py", e);
}

static void dump(ast_module *m)
{
    for (int attrs = 0; attrs < 2; attrs++) {
        char *s = ast_dump(m, attrs);
        if (s && strncmp(s, "Module(", 7) != 0)
            abort();
        free(s);
    }
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    const char *src = (const char *)data;
    parse_result r;
    parse_module(src, size, "fuzz.py", &r);
    for (size_t i = 0; i < r.nwarnings; i++)
        parse_warning_print(sink(), "fuzz.py", &r.warnings[i]);
    if (!r.module) {
        check_error(&r.err);
        parse_result_free(&r);
        return 0;
    }
    symtable_result st = {0};
    symtable_build(r.module, src, size, &st);
    for (size_t i = 0; i < st.nwarnings; i++)
        parse_warning_print(sink(), "fuzz.py", &st.warnings[i]);
    if (!st.top)
        check_error(&st.err);
    else
        dump(r.module);
    symtable_result_free(&st);
    parse_result_free(&r);
    return 0;
}
