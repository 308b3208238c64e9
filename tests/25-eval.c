/*
 * 25-eval: the interpreter loop on code assembled by hand with the code
 * builder (the compiler's back end): names, calls of builtins and Python
 * functions, argument binding, exceptions through the exception table,
 * loops, and the reference counts CPython shows along the way.
 */
#include "testutil.h"

#include "abstract.h"
#include "dict.h"
#include "emit.h"
#include "eval.h"
#include "func.h"
#include "types.h"

#include <string.h>

typedef struct run {
    vm *v;
    unit u;
    buf out;
} run;

static void capture(void *ud, int fd, const char *p, size_t n)
{
    buf_add(ud, p, n);
}

static void run_init(run *r)
{
    memset(r, 0, sizeof *r);
    r->v = vm_new(profile_default(), 0, NULL, NULL);
    r->v->write = capture;
    r->v->write_ud = &r->out;
    object *fname = str_from_cstr(r->v, "t.py");
    unit_init(&r->u, r->v, fname);
    obj_decref(r->v, fname);
}

static void run_fini(run *r)
{
    unit_free(&r->u);
    vm_delete(r->v);
    buf_free(&r->out);
}

static object *name(run *r, const char *s)
{
    return str_static_interned(r->v, s);
}

/* Emits `NAME = <top of stack>` etc. through the builder. */
static void load_name(builder *b, run *r, const char *s)
{
    build_op(b, OP_LOAD_NAME, build_name(b, name(r, s)));
}

static void store_name(builder *b, run *r, const char *s)
{
    build_op(b, OP_STORE_NAME, build_name(b, name(r, s)));
}

static void load_int(builder *b, run *r, int64_t x)
{
    build_load_const(b, int_from_i64(r->v, x));
}

/* print(<what the callback pushes>) as a statement. */
static void call_print_1(builder *b, run *r, void (*push)(builder *, run *))
{
    build_op(b, OP_PUSH_NULL, 0);
    load_name(b, r, "print");
    push(b, r);
    build_op(b, OP_CALL, 1);
    build_op(b, OP_POP_TOP, 0);
}

static object *finish(builder *b, run *r, const char *codename, uint32_t nlocals,
                      const char *const *locals, uint32_t argcount)
{
    vm *v = r->v;
    object **names = hv_calloc(nlocals ? nlocals : 1, sizeof *names);
    uint8_t *kinds = hv_calloc(nlocals ? nlocals : 1, 1);
    for (uint32_t i = 0; i < nlocals; i++) {
        names[i] = obj_incref(v, name(r, locals[i]));
        kinds[i] = LP_LOCAL;
    }
    code_shape s = {.name = name(r, codename), .qualname = name(r, codename),
                    .localsplusnames = names, .nlocalsplus = nlocals, .kinds = kinds,
                    .nlocals = nlocals,
                    .argcount = argcount, .flags = nlocals ? CO_OPTIMIZED | CO_NEWLOCALS : 0,
                    .firstlineno = 1};
    object *code = build_code(b, &s);
    build_free(b);
    return code;
}

/* Runs module code with fresh globals; returns 0, or -1 if it raised. */
static int exec_module(run *r, object *code)
{
    vm *v = r->v;
    object *g = dict_new(v);
    dict_setitem(v, g, name(r, "__name__"), name(r, "__main__"));
    frame *f = frame_new(v, CODE(code), NULL, g, g);
    f->entry = 1;
    object *res = eval_frame(v, f);
    obj_decref(v, code);
    obj_decref(v, g);
    if (!res)
        return -1;
    obj_decref(v, res);
    return 0;
}

static void end_module(builder *b, run *r)
{
    build_load_const(b, obj_incref(r->v, r->v->none));
    build_op(b, OP_RETURN_VALUE, 0);
}

/* ---- x = [1, 2]; print(x); print(len(x)) ---------------------------------- */

static void push_x(builder *b, run *r)
{
    load_name(b, r, "x");
}

static void push_len_x(builder *b, run *r)
{
    build_op(b, OP_PUSH_NULL, 0);
    load_name(b, r, "len");
    load_name(b, r, "x");
    build_op(b, OP_CALL, 1);
}

static void test_names_and_builtins(void **state)
{
    run r;
    run_init(&r);
    builder b;
    build_init(&b, &r.u);
    build_stmt(&b, 1);
    load_int(&b, &r, 1);
    load_int(&b, &r, 2);
    build_op(&b, OP_BUILD_LIST, 2);
    store_name(&b, &r, "x");
    build_stmt(&b, 2);
    call_print_1(&b, &r, push_x);
    build_stmt(&b, 3);
    call_print_1(&b, &r, push_len_x);
    end_module(&b, &r);
    assert_int_equal(exec_module(&r, finish(&b, &r, "<module>", 0, NULL, 0)), 0);
    assert_string_equal(buf_str(&r.out), "[1, 2]\n2\n");
    assert_int_equal(r.v->step, 3);
    run_fini(&r);
}

/* ---- def f(a, b=10): return a + b ;  print(f(1)); print(f(1, b=2)) --------- */

static void test_functions(void **state)
{
    run r;
    run_init(&r);
    builder fb;
    build_init(&fb, &r.u);
    build_stmt(&fb, 1);
    build_op(&fb, OP_LOAD_FAST, 0);
    build_op(&fb, OP_LOAD_FAST, 1);
    build_op(&fb, OP_BINARY_OP, NB_ADD);
    build_op(&fb, OP_RETURN_VALUE, 0);
    static const char *const params[] = {"a", "b"};
    object *fcode = finish(&fb, &r, "f", 2, params, 2);

    builder b;
    build_init(&b, &r.u);
    build_stmt(&b, 1);
    load_int(&b, &r, 10);
    build_op(&b, OP_BUILD_TUPLE, 1);            /* defaults */
    build_op(&b, OP_LOAD_CONST, build_const(&b, unit_const(&r.u, fcode)));
    build_op(&b, OP_MAKE_FUNCTION, 1);
    store_name(&b, &r, "f");
    for (int kw = 0; kw < 2; kw++) {
        build_stmt(&b, 2 + (uint32_t)kw);
        build_op(&b, OP_PUSH_NULL, 0);
        load_name(&b, &r, "print");
        build_op(&b, OP_PUSH_NULL, 0);
        load_name(&b, &r, "f");
        load_int(&b, &r, 1);
        if (kw) {
            load_int(&b, &r, 2);
            object *kwn = tuple_new(r.v, 1);
            tuple_set(r.v, kwn, 0, obj_incref(r.v, name(&r, "b")));
            build_op(&b, OP_KW_NAMES, build_const(&b, unit_const(&r.u, kwn)));
        }
        build_op(&b, OP_CALL, kw ? 2 : 1);
        build_op(&b, OP_CALL, 1);
        build_op(&b, OP_POP_TOP, 0);
    }
    build_stmt(&b, 4);                          /* f() raises TypeError */
    build_op(&b, OP_PUSH_NULL, 0);
    load_name(&b, &r, "f");
    build_op(&b, OP_CALL, 0);
    build_op(&b, OP_POP_TOP, 0);
    end_module(&b, &r);
    assert_int_equal(exec_module(&r, finish(&b, &r, "<module>", 0, NULL, 0)), -1);
    assert_string_equal(buf_str(&r.out), "11\n3\n");
    assert_true(vm_exc_matches(r.v, T_TYPE_ERROR));
    object *s = obj_str(r.v, r.v->exc);
    assert_string_equal(STR(s)->data, "f() missing 1 required positional argument: 'a'");
    obj_decref(r.v, s);
    vm_exc_clear(r.v);
    assert_int_equal(r.v->recursion_depth, 0);
    run_fini(&r);
}

/* ---- try: [][0]  except IndexError: print("caught") -------------------------
 * with the exception table of 3.11: the handler checks the class, pops the
 * exception info, and the frame goes on. */
static void test_exception_table(void **state)
{
    run r;
    run_init(&r);
    builder b;
    build_init(&b, &r.u);
    uint32_t catch = build_label(&b), cleanup = build_label(&b), after = build_label(&b),
             nomatch = build_label(&b);
    build_stmt(&b, 1);
    build_push_handler(&b, catch, 0, 0);
    build_op(&b, OP_BUILD_LIST, 0);
    load_int(&b, &r, 0);
    build_op(&b, OP_BINARY_SUBSCR, 0);
    build_op(&b, OP_POP_TOP, 0);
    build_pop_handler(&b);
    build_jump(&b, OP_JUMP, after);
    build_place(&b, catch);                   /* stack: exc */
    build_push_handler(&b, cleanup, 1, 1);
    build_op(&b, OP_PUSH_EXC_INFO, 0);          /* prev, exc */
    load_name(&b, &r, "IndexError");
    build_op(&b, OP_CHECK_EXC_MATCH, 0);        /* prev, exc, bool */
    build_jump(&b, OP_POP_JUMP_IF_FALSE, nomatch);
    build_op(&b, OP_POP_TOP, 0);                /* prev */
    build_stmt(&b, 3);
    build_op(&b, OP_PUSH_NULL, 0);
    load_name(&b, &r, "print");
    build_load_const(&b, str_from_cstr(r.v, "caught"));
    build_op(&b, OP_CALL, 1);
    build_op(&b, OP_POP_TOP, 0);
    build_op(&b, OP_POP_EXCEPT, 0);
    build_jump(&b, OP_JUMP, after);
    build_place(&b, nomatch);
    build_op(&b, OP_RERAISE, 0);
    build_pop_handler(&b);
    build_place(&b, cleanup);                   /* prev, lasti, exc */
    build_op(&b, OP_COPY, 3);
    build_op(&b, OP_POP_EXCEPT, 0);
    build_op(&b, OP_RERAISE, 1);
    build_place(&b, after);
    end_module(&b, &r);
    assert_int_equal(exec_module(&r, finish(&b, &r, "<module>", 0, NULL, 0)), 0);
    assert_string_equal(buf_str(&r.out), "caught\n");
    assert_null(r.v->handling);
    run_fini(&r);
}

static void push_total(builder *b, run *r)
{
    load_name(b, r, "total");
}

/* ---- total = 0; for i in range(5): total += i; print(total) ---------------- */

static void test_loop(void **state)
{
    run r;
    run_init(&r);
    builder b;
    build_init(&b, &r.u);
    uint32_t top = build_label(&b), done = build_label(&b);
    build_stmt(&b, 1);
    load_int(&b, &r, 0);
    store_name(&b, &r, "total");
    build_stmt(&b, 2);
    build_op(&b, OP_PUSH_NULL, 0);
    load_name(&b, &r, "range");
    load_int(&b, &r, 5);
    build_op(&b, OP_CALL, 1);
    build_op(&b, OP_GET_ITER, 0);
    build_place(&b, top);
    build_jump(&b, OP_FOR_ITER, done);
    store_name(&b, &r, "i");
    build_stmt(&b, 3);
    load_name(&b, &r, "total");
    load_name(&b, &r, "i");
    build_op(&b, OP_BINARY_OP, NB_INPLACE + NB_ADD);
    store_name(&b, &r, "total");
    build_jump(&b, OP_JUMP, top);
    build_place(&b, done);
    build_stmt(&b, 4);
    call_print_1(&b, &r, push_total);
    end_module(&b, &r);
    assert_int_equal(exec_module(&r, finish(&b, &r, "<module>", 0, NULL, 0)), 0);
    assert_string_equal(buf_str(&r.out), "10\n");
    /* two statements, five rounds of the body, each jump back a step at
     * the head (line 2: the next i, or the loop's end), the print */
    assert_int_equal(r.v->step, 2 + 5 + 5 + 1);
    run_fini(&r);
}

/* ---- class C:                                                           
 *          def __init__(self, x): self.x = x
 *          def get(self): return self.x
 *      c = C(5); print(c.get()); print(c)                                   */

static object *code_of(run *r, builder *b, const char *nm, uint32_t n, const char *const *params,
                       uint32_t argc)
{
    return unit_const(&r->u, finish(b, r, nm, n, params, argc));
}

static void push_c_get(builder *b, run *r)
{
    load_name(b, r, "c");
    build_op(b, OP_LOAD_METHOD, build_name(b, name(r, "get")));
    build_op(b, OP_CALL, 0);
}

static void push_c(builder *b, run *r)
{
    load_name(b, r, "c");
}

static void test_class(void **state)
{
    run r;
    run_init(&r);
    static const char *const init_params[] = {"self", "x"}, *const get_params[] = {"self"};
    builder ib, gb, body, b;
    build_init(&ib, &r.u);
    build_stmt(&ib, 2);
    build_op(&ib, OP_LOAD_FAST, 1);
    build_op(&ib, OP_LOAD_FAST, 0);
    build_op(&ib, OP_STORE_ATTR, build_name(&ib, name(&r, "x")));
    build_load_const(&ib, obj_incref(r.v, r.v->none));
    build_op(&ib, OP_RETURN_VALUE, 0);
    object *init = code_of(&r, &ib, "__init__", 2, init_params, 2);
    build_init(&gb, &r.u);
    build_stmt(&gb, 3);
    build_op(&gb, OP_LOAD_FAST, 0);
    build_op(&gb, OP_LOAD_ATTR, build_name(&gb, name(&r, "x")));
    build_op(&gb, OP_RETURN_VALUE, 0);
    object *get = code_of(&r, &gb, "get", 1, get_params, 1);
    build_init(&body, &r.u);
    build_stmt(&body, 1);
    load_name(&body, &r, "__name__");
    store_name(&body, &r, "__module__");
    build_load_const(&body, str_from_cstr(r.v, "C"));
    store_name(&body, &r, "__qualname__");
    build_op(&body, OP_LOAD_CONST, build_const(&body, init));
    build_op(&body, OP_MAKE_FUNCTION, 0);
    store_name(&body, &r, "__init__");
    build_op(&body, OP_LOAD_CONST, build_const(&body, get));
    build_op(&body, OP_MAKE_FUNCTION, 0);
    store_name(&body, &r, "get");
    build_load_const(&body, obj_incref(r.v, r.v->none));
    build_op(&body, OP_RETURN_VALUE, 0);
    object *bodycode = code_of(&r, &body, "C", 0, NULL, 0);
    build_init(&b, &r.u);
    build_stmt(&b, 1);
    build_op(&b, OP_PUSH_NULL, 0);
    build_op(&b, OP_LOAD_BUILD_CLASS, 0);
    build_op(&b, OP_LOAD_CONST, build_const(&b, bodycode));
    build_op(&b, OP_MAKE_FUNCTION, 0);
    build_load_const(&b, str_from_cstr(r.v, "C"));
    build_op(&b, OP_CALL, 2);
    store_name(&b, &r, "C");
    build_stmt(&b, 4);
    build_op(&b, OP_PUSH_NULL, 0);
    load_name(&b, &r, "C");
    load_int(&b, &r, 5);
    build_op(&b, OP_CALL, 1);
    store_name(&b, &r, "c");
    build_stmt(&b, 5);
    call_print_1(&b, &r, push_c_get);
    build_stmt(&b, 6);
    call_print_1(&b, &r, push_c);
    end_module(&b, &r);
    object *code = finish(&b, &r, "<module>", 0, NULL, 0);
    vm *v = r.v;
    object *g = dict_new(v);
    dict_setitem(v, g, name(&r, "__name__"), name(&r, "__main__"));
    frame *f = frame_new(v, CODE(code), NULL, g, g);
    f->entry = 1;
    object *res = eval_frame(v, f);
    if (!res) {
        object *e = obj_str(v, v->exc);
        fail_msg("raised %s: %s", v->exc->type->name, STR(e)->data);
    }
    obj_decref(v, res);
    assert_memory_equal(buf_str(&r.out), "5\n<__main__.C object at 0x", 26);
    object *c = dict_lookup(v, g, name(&r, "c"));
    assert_int_equal(obj_getsizeof(v, c), 56);
    pymalloc_block blk;
    assert_int_equal(pymalloc_block_info(v->pm, c->addr - 32, &blk), 0);
    assert_int_equal(blk.size, 64);
    assert_true(obj_is_tracked(c));
    assert_int_equal(c->refcnt, 1);
    obj_decref(v, code);
    obj_decref(v, g);
    run_fini(&r);
}

/* ---- def g(n):
 *          i = 0
 *          while i < n:
 *              yield i
 *              i += 1
 *      print(list(g(3)))                                                   */

static void push_list_g3(builder *b, run *r)
{
    build_op(b, OP_PUSH_NULL, 0);
    load_name(b, r, "list");
    build_op(b, OP_PUSH_NULL, 0);
    load_name(b, r, "g");
    load_int(b, r, 3);
    build_op(b, OP_CALL, 1);
    build_op(b, OP_CALL, 1);
}

static void test_generator(void **state)
{
    run r;
    run_init(&r);
    static const char *const locals[] = {"n", "i"};
    builder gb;
    build_init(&gb, &r.u);
    uint32_t top = build_label(&gb), end = build_label(&gb);
    build_stmt(&gb, 2);
    load_int(&gb, &r, 0);
    build_op(&gb, OP_STORE_FAST, 1);
    build_place(&gb, top);
    build_stmt(&gb, 3);
    build_op(&gb, OP_LOAD_FAST, 1);
    build_op(&gb, OP_LOAD_FAST, 0);
    build_op(&gb, OP_COMPARE_OP, CMP_LT);
    build_jump(&gb, OP_POP_JUMP_IF_FALSE, end);
    build_stmt(&gb, 4);
    build_op(&gb, OP_LOAD_FAST, 1);
    build_op(&gb, OP_YIELD_VALUE, 0);
    build_op(&gb, OP_POP_TOP, 0);
    build_stmt(&gb, 5);
    build_op(&gb, OP_LOAD_FAST, 1);
    load_int(&gb, &r, 1);
    build_op(&gb, OP_BINARY_OP, NB_INPLACE + NB_ADD);
    build_op(&gb, OP_STORE_FAST, 1);
    build_jump(&gb, OP_JUMP, top);
    build_place(&gb, end);
    build_load_const(&gb, obj_incref(r.v, r.v->none));
    build_op(&gb, OP_RETURN_VALUE, 0);
    object *gcode = finish(&gb, &r, "g", 2, locals, 1);
    CODE(gcode)->flags |= CO_GENERATOR;
    assert_int_equal(CODE(gcode)->stacksize, 2);
    builder b;
    build_init(&b, &r.u);
    build_stmt(&b, 1);
    build_op(&b, OP_LOAD_CONST, build_const(&b, unit_const(&r.u, gcode)));
    build_op(&b, OP_MAKE_FUNCTION, 0);
    store_name(&b, &r, "g");
    build_stmt(&b, 6);
    call_print_1(&b, &r, push_list_g3);
    build_stmt(&b, 7);                          /* gen = g(5); next(gen) via a for loop */
    build_op(&b, OP_PUSH_NULL, 0);
    load_name(&b, &r, "g");
    load_int(&b, &r, 5);
    build_op(&b, OP_CALL, 1);
    store_name(&b, &r, "gen");
    end_module(&b, &r);
    object *code = finish(&b, &r, "<module>", 0, NULL, 0);
    vm *v = r.v;
    object *gl = dict_new(v);
    dict_setitem(v, gl, name(&r, "__name__"), name(&r, "__main__"));
    frame *f = frame_new(v, CODE(code), NULL, gl, gl);
    f->entry = 1;
    object *res = eval_frame(v, f);
    assert_non_null(res);
    obj_decref(v, res);
    assert_string_equal(buf_str(&r.out), "[0, 1, 2]\n");
    assert_int_equal(v->recursion_depth, 0);
    object *gen = dict_lookup(v, gl, name(&r, "gen"));
    assert_int_equal(obj_getsizeof(v, gen), 168 + 8 * (2 + 2));
    assert_true(obj_is_tracked(gen));
    object *first = gen_send(v, gen, NULL);
    int64_t x;
    assert_true(int_as_i64(first, &x) && x == 0);
    obj_decref(v, first);
    obj_decref(v, code);
    obj_decref(v, gl);                          /* drops a suspended generator */
    assert_int_equal(v->recursion_depth, 0);
    run_fini(&r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_names_and_builtins),
        cmocka_unit_test(test_functions),
        cmocka_unit_test(test_exception_table),
        cmocka_unit_test(test_loop),
        cmocka_unit_test(test_class),
        cmocka_unit_test(test_generator),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
