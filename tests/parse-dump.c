/*
 * parse-dump — prints what the front end makes of a Python file, in the
 * form tests/13-parse-diff.sh compares with python3:
 *
 *   parse-dump FILE
 *
 * For a file that compiles (parse, then symbol table): its SyntaxWarnings,
 * then ast.dump(tree) and ast.dump(tree, include_attributes=True) of
 * Python 3.11, one per line.  For one that does not: what `python3 FILE`
 * prints to stderr.  All on stdout; exit status 0 (1 when FILE cannot be
 * read).
 */
#include "hv.h"
#include "ast.h"
#include "parse.h"
#include "symtable.h"

#include <stdio.h>
#include <stdlib.h>

/* Host OOM: the front end's one fatal error (heap/hv.c has the real one). */
__attribute__((weak)) void hv_oom(void)
{
    fputs("parse-dump: out of memory\n", stderr);
    exit(3);
}

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    size_t k;
    while (buf && (k = fread(buf + n, 1, cap - n, f)) > 0) {
        n += k;
        if (n == cap)
            buf = realloc(buf, cap *= 2);
    }
    fclose(f);
    *len = n;
    return buf;
}

int main(int argc, char **argv)
{
    size_t len;
    char *src = argc == 2 ? read_file(argv[1], &len) : NULL;
    if (!src) {
        fprintf(stderr, "usage: parse-dump FILE (a readable Python file)\n");
        return 1;
    }
    parse_result r;
    parse_module(src, len, argv[1], &r);
    for (size_t i = 0; i < r.nwarnings; i++)
        parse_warning_print(stdout, argv[1], &r.warnings[i]);
    symtable_result st = {0};
    if (r.module) {
        symtable_build(r.module, src, len, &st);
        for (size_t i = 0; i < st.nwarnings; i++)
            parse_warning_print(stdout, argv[1], &st.warnings[i]);
    }
    if (!r.module) {
        parse_error_print(stdout, argv[1], &r.err);
    } else if (!st.top) {
        parse_error_print(stdout, argv[1], &st.err);
    } else {
        char *plain = ast_dump(r.module, false), *attrs = ast_dump(r.module, true);
        if (plain && attrs)
            printf("%s\n%s\n", plain, attrs);
        else
            printf("parse-dump: tree too deep to print\n");
        free(plain);
        free(attrs);
    }
    symtable_result_free(&st);
    parse_result_free(&r);
    free(src);
    return 0;
}
