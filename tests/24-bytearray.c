/*
 * 24-bytearray: bytearray objects against CPython 3.11 (measured with
 * /usr/bin/python3): the invariants of heap/bytearray.c (bytearray_check)
 * after every operation, the buffer's block through growth, the shrink
 * rule, the logical start and its new block, the move from pymalloc to a
 * raw block past 512 bytes, and nothing left behind once the objects die.
 */
#include "testutil.h"

#include "abstract.h"
#include "attr.h"
#include "eval.h"
#include "slice.h"
#include "types.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void ba_ok(vm *v, object *b)
{
    buf why = BUF_INIT;
    int rc = bytearray_check(v, b, &why);
    assert_checked(rc, &why);
    buf_free(&why);
}

/* Calls obj.name(*args) through the method descriptor, as CALL does; the
 * result (None for the mutators) is dropped after a check of obj. */
static void call(vm *v, object *o, const char *name, size_t n, object **args)
{
    object *m = NULL, *all[4] = {o};
    assert_int_equal(obj_getmethod(v, o, str_static_interned(v, name), &m), 1);
    for (size_t i = 0; i < n; i++)
        all[i + 1] = args[i];
    object *r = eval_call(v, m, all, n + 1, NULL);
    assert_non_null(r);
    obj_decref(v, r);
    obj_decref(v, m);
    ba_ok(v, o);
}

static uint64_t getsizeof(vm *v, object *o)
{
    return obj_getsizeof(v, o);
}

/* del b[lo:hi] */
static void del_slice(vm *v, object *b, int64_t lo, int64_t hi)
{
    object *from = int_from_ssize(v, lo), *to = int_from_ssize(v, hi), *s = slice_new(v, from, to, NULL);
    assert_int_equal(v->types[T_BYTEARRAY]->setitem(v, b, s, NULL), 0);
    obj_decref(v, s);
    obj_decref(v, from);
    obj_decref(v, to);
    ba_ok(v, b);
}

/* The sizes python3 prints for b.append(i) a hundred times from empty,
 * then b.pop() down to empty. */
static void test_growth_and_shrink(void **state)
{
    (void)state;
    vm *v = vm_new(profile_default(), 0, NULL, NULL);
    object *b = bytearray_new(v, NULL, 0);
    ba_ok(v, b);
    assert_int_equal(getsizeof(v, b), 56);
    static const uint64_t grown[] = {58, 61, 61, 61, 64, 64, 64, 68, 68, 68, 68, 75};
    for (int i = 0; i < 100; i++) {
        object *x = int_from_ssize(v, i);
        call(v, b, "append", 1, &x);
        obj_decref(v, x);
        if (i < (int)HV_COUNTOF(grown))
            assert_int_equal(getsizeof(v, b), grown[i]);
    }
    assert_int_equal(getsizeof(v, b), 174);
    static const uint64_t shrunk[] = {174, 174, 174, 174, 174, 174, 174, 174, 174, 174, 174, 174, 174, 174};
    for (int i = 0; i < 14; i++) {
        call(v, b, "pop", 0, NULL);
        assert_int_equal(getsizeof(v, b), shrunk[i]);
    }
    while (BYTEARRAY(b)->n)
        call(v, b, "pop", 0, NULL);
    assert_int_equal(getsizeof(v, b), 57);          /* a 1-byte buffer stays */
    obj_decref(v, b);
    vm_delete(v);
}

/* del b[:k] moves the logical start; the resize that follows a shrink
 * below half makes a new block and starts it at 0 again. */
static void test_logical_start(void **state)
{
    (void)state;
    vm *v = vm_new(profile_default(), 0, NULL, NULL);
    object *b = bytearray_new(v, "abcdefghijabcdefghijabcdefghijabcdefghijabcdefghij", 50);
    uint64_t block = BYTEARRAY(b)->buf_addr;
    del_slice(v, b, 0, 3);
    assert_int_equal(BYTEARRAY(b)->start, 3);
    assert_int_equal(BYTEARRAY(b)->buf_addr, block);
    assert_int_equal(getsizeof(v, b), 107);
    assert_memory_equal(bytearray_data(b), "defghij", 7);
    del_slice(v, b, 0, 30);                         /* 17 left < 51 / 2: a new block */
    assert_int_equal(BYTEARRAY(b)->start, 0);
    assert_int_equal(getsizeof(v, b), 74);
    assert_memory_equal(bytearray_data(b), "defghijabcdefghij", 17);
    object *x = int_from_ssize(v, 33);
    call(v, b, "append", 1, &x);
    obj_decref(v, x);
    assert_int_equal(getsizeof(v, b), 82);
    obj_decref(v, b);
    vm_delete(v);
}

/* A buffer past 512 bytes is a raw block; growing into it from a pool
 * block and shrinking back keep the invariants, and everything is given
 * back when the bytearrays die. */
static void test_raw_buffer(void **state)
{
    (void)state;
    vm *v = vm_new(profile_default(), 0, NULL, NULL);
    pymalloc_stats before;
    pymalloc_get_stats(v->pm, &before);
    object *b = bytearray_new(v, NULL, 500), *more = bytes_new_zeroed(v, 100);
    pymalloc_block blk;
    assert_int_equal(pymalloc_block_info(v->pm, BYTEARRAY(b)->buf_addr, &blk), 0);
    assert_int_equal(blk.state, BLOCK_USED);
    call(v, b, "extend", 1, &more);
    assert_int_equal(pymalloc_block_info(v->pm, BYTEARRAY(b)->buf_addr, &blk), 0);
    assert_int_equal(blk.state, BLOCK_RAW);
    assert_int_equal(getsizeof(v, b), 56 + 601);
    del_slice(v, b, 10, 590);
    assert_int_equal(getsizeof(v, b), 56 + 21);
    object *times = int_from_ssize(v, 40), *c = v->types[T_BYTEARRAY]->binary[NB_MULTIPLY](v, b, times);
    obj_decref(v, times);
    ba_ok(v, c);
    assert_int_equal(getsizeof(v, c), 56 + 801);
    obj_decref(v, c);
    obj_decref(v, b);
    obj_decref(v, more);
    pymalloc_stats after;
    pymalloc_get_stats(v->pm, &after);
    assert_int_equal(after.raw_blocks, before.raw_blocks);
    vm_delete(v);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_growth_and_shrink),
        cmocka_unit_test(test_logical_start),
        cmocka_unit_test(test_raw_buffer),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
