/*
 * 89-teardown: interp_delete frees every object a program made, also when
 * the program ended in MemoryError among cycles with finalizers (issue 8).
 *
 * Program 308 (thousands of two-object cycles with __del__, some
 * resurrected) under a heap limit of 1 MiB: a preallocated MemoryError,
 * raised inside the loop, kept its traceback's frame and through it the
 * whole graph; being static and untracked it made that graph look held
 * from outside to the shutdown collection, so about 1.4 MB of host memory
 * leaked (LeakSanitizer in the fuzz-eval harness).  Here the events are
 * read into a model: after teardown no object made by a line of the
 * program may be live in it (the leak left thousands).  Under the
 * sanitizer build LeakSanitizer checks the host memory of the same runs.
 */
#include "testutil.h"

#include "interp.h"
#include "model.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void emit(void *ud, const hv_event *ev)
{
    model *m = ud;
    if (model_knows(ev->kind))
        assert_int_equal(model_apply(m, ev), 0);
}

static void discard(void *ud, int fd, const char *p, size_t n)
{
    (void)ud, (void)fd, (void)p, (void)n;
}

static int count_program_object(void *ud, const model_obj *o)
{
    if (o->site)
        (*(size_t *)ud)++;
    return 0;
}

/* The text of tests/py/NAME into b. */
static void read_program(const char *name, buf *b)
{
    char path[4096];
    const char *top = getenv("TOP_SRCDIR") ? getenv("TOP_SRCDIR") : ".";
    snprintf(path, sizeof path, "%s/tests/py/%s", top, name);
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    char chunk[4096];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        buf_add(b, chunk, n);
    fclose(f);
}

/* Runs the program on profile prof with a heap limit; returns how many
 * objects made by its lines the model still holds after interp_delete. */
static size_t left_after_teardown(const char *name, const char *prof_name, uint64_t heap_limit)
{
    buf src = BUF_INIT;
    read_program(name, &src);
    const profile *prof = profile_find(prof_name);
    assert_non_null(prof);
    model *m = model_new(prof);
    interp_options opt = {
        .prof = prof, .heap_limit = heap_limit, .emit = emit, .emit_ud = m, .write = discard,
    };
    interp *in = interp_new(&opt);
    interp_run(in, (const char *)src.data, src.len, name);
    interp_delete(in);
    size_t left = 0;
    model_obj_each(m, count_program_object, &left);
    model_delete(m);
    buf_free(&src);
    return left;
}

static void test_finalizer_cycles_past_the_heap_limit(void **state)
{
    (void)state;
    static const char *const profiles[] = {"classroom", "cpython-3.11"};
    static const uint64_t limits[] = {1u << 20, 3u << 19, 2u << 20};
    for (size_t p = 0; p < HV_COUNTOF(profiles); p++)
        for (size_t l = 0; l < HV_COUNTOF(limits); l++) {
            size_t left = left_after_teardown("308-gc-auto-finalizers.py", profiles[p], limits[l]);
            if (left)
                fail_msg("%s, heap limit %llu: %zu objects of the program outlive teardown", profiles[p],
                         (unsigned long long)limits[l], left);
        }
}

static void test_unlimited_run_leaves_nothing(void **state)
{
    (void)state;
    assert_int_equal(left_after_teardown("308-gc-auto-finalizers.py", "cpython-3.11", 0), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_finalizer_cycles_past_the_heap_limit),
        cmocka_unit_test(test_unlimited_run_leaves_nothing),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
