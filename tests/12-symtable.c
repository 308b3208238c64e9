/*
 * 12-symtable: scopes, co_varnames / co_cellvars / co_freevars, and how
 * every name is loaded and stored, against the code objects and `dis` of
 * /usr/bin/python3 (CPython 3.11); then the errors and warnings CPython's
 * symtable and compiler raise, with their messages and locations.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "hv.h"
#include "ast.h"
#include "parse.h"
#include "symtable.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__((weak)) void hv_oom(void)
{
    fail_msg("host out of memory");
    abort();
}

/* ---- helpers -------------------------------------------------------------- */

typedef struct built {
    parse_result parsed;
    symtable_result st;
} built;

static void build(built *b, const char *src)
{
    parse_module(src, strlen(src), "t.py", &b->parsed);
    if (!b->parsed.module)
        fail_msg("parse failed: %s", b->parsed.err.msg);
    symtable_build(b->parsed.module, src, strlen(src), &b->st);
}

static void release(built *b)
{
    symtable_result_free(&b->st);
    parse_result_free(&b->parsed);
}

/* "(a,b,c)" */
static const char *names(const ast_ident **v, uint32_t n)
{
    static char out[4][256];
    static int k;
    char *s = out[k++ % 4];
    size_t len = 0;
    s[len++] = '(';
    for (uint32_t i = 0; i < n; i++)
        len += (size_t)snprintf(s + len, 256 - len, "%s%s", i ? "," : "", v[i]->name);
    snprintf(s + len, 256 - len, ")");
    return s;
}

/* The scope named `name` under s (depth first). */
static const symtable_scope *scope_named(const symtable_scope *s, const char *name)
{
    if (!strcmp(s->name->name, name))
        return s;
    for (uint32_t i = 0; i < s->nchildren; i++) {
        const symtable_scope *f = scope_named(s->children[i], name);
        if (f)
            return f;
    }
    return NULL;
}

static const char *error_of(const char *src)
{
    static char out[512];
    built b;
    build(&b, src);
    if (b.st.top)
        snprintf(out, sizeof out, "no error");
    else
        snprintf(out, sizeof out, "%s: %s (%d,%d,%d,%d)", lex_error_type(&b.st.err), b.st.err.msg,
                 b.st.err.line, b.st.err.col, b.st.err.end_line, b.st.err.end_col);
    release(&b);
    return out;
}

static const char *program =
    "g = 1\n"
    "def outer(a, b=2, *args, c, **kw):\n"
    "    x = a\n"
    "    def inner(y):\n"
    "        nonlocal x\n"
    "        x = y + b\n"
    "        return x + g\n"
    "    z = [x for w in args]\n"
    "    del kw\n"
    "    return inner\n"
    "class C(object):\n"
    "    attr = 1\n"
    "    def m(self):\n"
    "        return super().m(), __class__\n"
    "    def __p(self, __q):\n"
    "        return self.__p\n"
    "lam = lambda p, *q, r=1: p\n";

/* ---- scopes as CPython's code objects have them ------------------------------ */

static void test_scope_tree(void **state)
{
    (void)state;
    built b;
    build(&b, program);
    const symtable_scope *top = b.st.top;
    assert_non_null(top);
    assert_ptr_equal(b.parsed.module->scope, top);
    assert_int_equal(top->kind, SYMTABLE_MODULE);
    assert_string_equal(top->name->name, "<module>");
    assert_int_equal(top->nchildren, 3);
    assert_string_equal(top->children[0]->name->name, "outer");
    assert_string_equal(top->children[1]->name->name, "C");
    assert_int_equal(top->children[1]->kind, SYMTABLE_CLASS);
    assert_string_equal(top->children[2]->name->name, "<lambda>");
    const symtable_scope *comp = scope_named(top, "<listcomp>");
    assert_int_equal(comp->kind, SYMTABLE_LISTCOMP);
    assert_ptr_equal(comp->parent, top->children[0]);
    release(&b);
}

static void test_code_object_names(void **state)
{
    (void)state;
    built b;
    build(&b, program);
    const symtable_scope *outer = scope_named(b.st.top, "outer"), *inner = scope_named(b.st.top, "inner");
    const symtable_scope *comp = scope_named(b.st.top, "<listcomp>"), *c = scope_named(b.st.top, "C");
    const symtable_scope *m = scope_named(b.st.top, "m"), *p = scope_named(b.st.top, "__p");
    const symtable_scope *lam = scope_named(b.st.top, "<lambda>");
    /* python3: outer.__code__.co_varnames etc. */
    assert_string_equal(names(outer->varnames, outer->nvarnames), "(a,b,c,args,kw,inner,z)");
    assert_string_equal(names(outer->cellvars, outer->ncellvars), "(b,x)");
    assert_string_equal(names(outer->freevars, outer->nfreevars), "()");
    assert_int_equal(outer->argcount, 2);
    assert_int_equal(outer->kwonlyargcount, 1);
    assert_true(outer->varargs && outer->varkeywords);
    assert_int_equal(outer->nlocalsplus, 8);
    assert_string_equal(names(inner->varnames, inner->nvarnames), "(y)");
    assert_string_equal(names(inner->freevars, inner->nfreevars), "(b,x)");
    assert_string_equal(names(comp->varnames, comp->nvarnames), "(.0,w)");
    assert_string_equal(names(comp->freevars, comp->nfreevars), "(x)");
    assert_string_equal(names(c->cellvars, c->ncellvars), "(__class__)");
    assert_true(c->needs_class_closure);
    assert_string_equal(names(m->freevars, m->nfreevars), "(__class__)");
    assert_string_equal(names(p->varnames, p->nvarnames), "(self,_C__q)");
    assert_string_equal(names(lam->varnames, lam->nvarnames), "(p,r,q)");
    release(&b);
}

/* The access and slot of the Name nodes of a statement list, in order. */
static void accesses(const ast_expr *e, char *out, size_t *n);

static void accesses_seq(const ast_expr_seq *s, char *out, size_t *n)
{
    for (uint32_t i = 0; i < s->n; i++)
        if (s->v[i])
            accesses(s->v[i], out, n);
}

static void accesses(const ast_expr *e, char *out, size_t *n)
{
    static const char *const op[] = {"?", "FAST", "DEREF", "CLASSDEREF", "GLOBAL", "NAME"};
    switch (e->kind) {
    case AST_NAME:
        *n += (size_t)sprintf(out + *n, "%s:%s%u ", e->u.name.id->name, op[e->u.name.access],
                              e->u.name.slot);
        break;
    case AST_BINOP:
        accesses(e->u.binop.left, out, n);
        accesses(e->u.binop.right, out, n);
        break;
    case AST_TUPLE:
        accesses_seq(&e->u.list.elts, out, n);
        break;
    case AST_CALL:
        accesses(e->u.call.func, out, n);
        accesses_seq(&e->u.call.args, out, n);
        break;
    case AST_ATTRIBUTE:
        accesses(e->u.attribute.value, out, n);
        break;
    default:
        break;
    }
}

static void test_name_access_matches_dis(void **state)
{
    (void)state;
    built b;
    build(&b, program);
    const ast_stmt *outer = b.parsed.module->body.v[1];
    const ast_stmt *inner = outer->u.funcdef.body.v[1];
    char out[512];
    size_t n = 0;
    /* x = a  -> LOAD_FAST 0 a, STORE_DEREF 7 x */
    accesses(outer->u.funcdef.body.v[0]->u.assign.value, out, &n);
    accesses(outer->u.funcdef.body.v[0]->u.assign.targets.v[0], out, &n);
    /* x = y + b -> LOAD_FAST 0 y, LOAD_DEREF 1 b, STORE_DEREF 2 x */
    accesses(inner->u.funcdef.body.v[1]->u.assign.value, out, &n);
    accesses(inner->u.funcdef.body.v[1]->u.assign.targets.v[0], out, &n);
    /* return x + g -> LOAD_DEREF 2 x, LOAD_GLOBAL g */
    accesses(inner->u.funcdef.body.v[2]->u.ret.value, out, &n);
    out[n] = '\0';
    assert_string_equal(out, "a:FAST0 x:DEREF7 y:FAST0 b:DEREF1 x:DEREF2 x:DEREF2 g:GLOBAL0 ");
    /* in the class body: attr is a NAME; in m, super is GLOBAL, __class__ DEREF 1 */
    const ast_stmt *m = b.parsed.module->body.v[2]->u.classdef.body.v[1];
    n = 0;
    accesses(m->u.funcdef.body.v[0]->u.ret.value, out, &n);
    out[n] = '\0';
    assert_string_equal(out, "super:GLOBAL0 __class__:DEREF1 ");
    /* module level: NAME */
    n = 0;
    accesses(b.parsed.module->body.v[0]->u.assign.targets.v[0], out, &n);
    out[n] = '\0';
    assert_string_equal(out, "g:NAME0 ");
    release(&b);
}

static void test_lookup_and_access_api(void **state)
{
    (void)state;
    built b;
    build(&b, program);
    ast_module *mod = b.parsed.module;
    const symtable_scope *outer = scope_named(b.st.top, "outer"), *c = scope_named(b.st.top, "C");
    uint32_t slot;
    assert_int_equal(symtable_access(outer, ast_intern(mod, "inner", 5), false, &slot), AST_ACCESS_FAST);
    assert_int_equal(slot, 5);
    assert_int_equal(symtable_access(outer, ast_intern(mod, "b", 1), true, &slot), AST_ACCESS_DEREF);
    assert_int_equal(slot, 1);
    assert_int_equal(symtable_access(b.st.top, ast_intern(mod, "C", 1), false, &slot), AST_ACCESS_NAME);
    const symtable_symbol *y = symtable_lookup(c, ast_intern(mod, "__p", 3));
    assert_non_null(y);
    assert_string_equal(y->name->name, "_C__p");
    assert_int_equal(y->where, SYMTABLE_LOCAL);
    const symtable_symbol *x = symtable_lookup(outer, ast_intern(mod, "x", 1));
    assert_int_equal(x->where, SYMTABLE_CELL);
    assert_int_equal(x->slot, 7);
    assert_string_equal(symtable_mangle(mod, ast_intern(mod, "__K", 3), ast_intern(mod, "__v", 3))->name,
                        "_K__v");
    assert_string_equal(symtable_mangle(mod, ast_intern(mod, "K", 1), ast_intern(mod, "__init__", 8))->name,
                        "__init__");
    release(&b);
}

static void test_class_body_free_variable(void **state)
{
    (void)state;
    built b;
    build(&b, "def f():\n    x = 1\n    class K:\n        y = x\n        def m(self):\n"
              "            return x\n    return K\n");
    const symtable_scope *k = scope_named(b.st.top, "K");
    assert_string_equal(names(k->freevars, k->nfreevars), "(x)");
    const ast_stmt *cls = b.parsed.module->body.v[0]->u.funcdef.body.v[1];
    const ast_expr *load = cls->u.classdef.body.v[0]->u.assign.value;
    assert_int_equal(load->u.name.access, AST_ACCESS_CLASSDEREF);
    release(&b);
}

/* ---- errors -------------------------------------------------------------------- */

static void test_symtable_errors(void **state)
{
    (void)state;
    assert_string_equal(error_of("def f(x):\n    global x\n"),
                        "SyntaxError: name 'x' is parameter and global (2,5,2,13)");
    assert_string_equal(error_of("def f():\n    print(x)\n    global x\n"),
                        "SyntaxError: name 'x' is used prior to global declaration (3,5,3,13)");
    assert_string_equal(error_of("def f():\n    x = 1\n    global x\n"),
                        "SyntaxError: name 'x' is assigned to before global declaration (3,5,3,13)");
    assert_string_equal(error_of("nonlocal x\n"),
                        "SyntaxError: nonlocal declaration not allowed at module level (1,1,1,11)");
    assert_string_equal(error_of("def f():\n    nonlocal x\n"),
                        "SyntaxError: no binding for nonlocal 'x' found (2,5,2,15)");
    assert_string_equal(error_of("def f(a, a):\n    pass\n"),
                        "SyntaxError: duplicate argument 'a' in function definition (1,10,1,11)");
    assert_string_equal(error_of("def f():\n    from os import *\n"),
                        "SyntaxError: import * only allowed at module level (2,20,2,21)");
    assert_string_equal(error_of("def f():\n    return [(yield x) for x in y]\n"),
                        "SyntaxError: 'yield' inside list comprehension (2,14,2,21)");
}

static void test_compiler_errors(void **state)
{
    (void)state;
    assert_string_equal(error_of("return 1\n"), "SyntaxError: 'return' outside function (1,1,1,9)");
    assert_string_equal(error_of("yield 1\n"), "SyntaxError: 'yield' outside function (1,1,1,8)");
    assert_string_equal(error_of("break\n"), "SyntaxError: 'break' outside loop (1,1,1,6)");
    assert_string_equal(error_of("for x in y:\n    pass\nelse:\n    continue\n"),
                        "SyntaxError: 'continue' not properly in loop (4,5,4,13)");
    assert_string_equal(error_of("while 1:\n    def f():\n        break\n"),
                        "SyntaxError: 'break' outside loop (3,9,3,14)");
    assert_string_equal(error_of("f(a=1, b=2, a=3)\n"), "SyntaxError: keyword argument repeated: a (1,13,1,16)");
    assert_string_equal(error_of("x = *a\n"), "SyntaxError: can't use starred expression here (1,5,1,7)");
    assert_string_equal(error_of("def f():\n    *a = [1, 2]\n"),
                        "SyntaxError: starred assignment target must be in a list or tuple (2,5,2,7)");
    assert_string_equal(error_of("a, *b, *c = d\n"),
                        "SyntaxError: multiple starred expressions in assignment (1,1,1,10)");
    assert_string_equal(error_of("try:\n  pass\nexcept:\n  pass\nexcept E:\n  pass\n"),
                        "SyntaxError: default 'except:' must be last (3,1,4,7)");
    assert_string_equal(error_of("__debug__ = 1\n"), "SyntaxError: cannot assign to __debug__ (1,1,1,10)");
    assert_string_equal(error_of("for x in y:\n    try:\n        break\n    finally:\n        continue\n"),
                        "no error");
}

static void test_symtable_errors_come_before_compiler_errors(void **state)
{
    (void)state;
    /* 'return' outside function (compiler) is on line 1, but the symtable
     * error of line 3 is reported: the symtable runs first */
    assert_string_equal(error_of("return\ndef f():\n    nonlocal q\n"),
                        "SyntaxError: no binding for nonlocal 'q' found (3,5,3,15)");
}

static void test_depth_limit(void **state)
{
    (void)state;
    for (int n = 2998; n <= 2999; n++) {
        char *src = malloc((size_t)n + 16);
        size_t k = (size_t)sprintf(src, "x = ");
        memset(src + k, '-', (size_t)n);
        sprintf(src + k + (size_t)n, "1\n");
        const char *e = error_of(src);
        if (n == 2998)
            assert_string_equal(e, "no error");
        else
            assert_string_equal(e, "RecursionError: maximum recursion depth exceeded during compilation (0,0,0,0)");
        free(src);
    }
}

static void test_compiler_warnings(void **state)
{
    (void)state;
    built b;
    build(&b, "x = 1\nif x is 1:\n    pass\nassert (x, 2)\n(1, 2)()\n"
              "try:\n    pass\nfinally:\n    y = x is not 'a'\n");
    assert_non_null(b.st.top);
    assert_int_equal(b.st.nwarnings, 5);
    assert_string_equal(b.st.warnings[0].msg, "\"is\" with a literal. Did you mean \"==\"?");
    assert_int_equal(b.st.warnings[0].line, 2);
    assert_string_equal(b.st.warnings[0].text, "if x is 1:");
    assert_string_equal(b.st.warnings[1].msg, "assertion is always true, perhaps remove parentheses?");
    assert_string_equal(b.st.warnings[2].msg, "'tuple' object is not callable; perhaps you missed a comma?");
    /* a finally block is compiled twice: its warning is printed twice */
    assert_string_equal(b.st.warnings[3].msg, "\"is not\" with a literal. Did you mean \"!=\"?");
    assert_string_equal(b.st.warnings[4].msg, b.st.warnings[3].msg);
    release(&b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_scope_tree),
        cmocka_unit_test(test_code_object_names),
        cmocka_unit_test(test_name_access_matches_dis),
        cmocka_unit_test(test_lookup_and_access_api),
        cmocka_unit_test(test_class_body_free_variable),
        cmocka_unit_test(test_symtable_errors),
        cmocka_unit_test(test_compiler_errors),
        cmocka_unit_test(test_symtable_errors_come_before_compiler_errors),
        cmocka_unit_test(test_depth_limit),
        cmocka_unit_test(test_compiler_warnings),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
