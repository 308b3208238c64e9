/*
 * fuzz-eval: libFuzzer target for the whole interpreter.  The input is a
 * Python program; it is compiled and run on a simulated heap of the
 * classroom profile (small arenas and pools, so pool and arena life cycles
 * happen often) with a small heap limit and a step limit, so no input can
 * allocate without bound or loop forever.  Both limits count work, not
 * time, so a run is the same on a loaded machine: the step limit counts
 * statements, loop iterations, every iterator step a builtin takes
 * (sum(range(10**12)) stops) and big-int digit work (a loop of huge
 * multiplications stops); int -> str stops at CPython's 4300 digits.  The
 * heap limit bounds the one big-int operation a step may do (about 3 s
 * for the worst in a normal build).
 *
 *   program ─▶ interp_run ─▶ events ─▶ model_apply (every kind it knows)
 *                                         └─▶ at the end: model_check,
 *                                             model_save ─▶ model_load ─▶ same bytes
 *
 * Properties: no crash, no out-of-bounds access (ASan), no undefined
 * behaviour (UBSan), no leak; every event the interpreter emits fits the
 * model built from the events before it; the model passes its checker;
 * its keyframe loads back to the same state.
 * Built with clang by tests/fuzz.sh; replayed without clang by
 * tests/fuzz-main.c over tests/fuzz/eval/.
 */
#include "buf.h"
#include "interp.h"
#include "model.h"

#include <stdlib.h>
#include <string.h>

#define FUZZ_HEAP_LIMIT (2u << 20)   /* simulated bytes */
#define FUZZ_STEP_LIMIT 20000        /* statements */

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

static void emit(void *ud, const hv_event *ev)
{
    model *m = ud;
    if (model_knows(ev->kind) && model_apply(m, ev) != 0)
        abort();            /* the interpreter's stream does not fit its model */
}

static void discard(void *ud, int fd, const char *p, size_t n)
{
    (void)ud, (void)fd, (void)p, (void)n;
}

/* The model's keyframe loads back into a model that saves the same bytes. */
static void check_model(const profile *prof, const model *m)
{
    buf why = BUF_INIT, saved = BUF_INIT, again = BUF_INIT;
    if (model_check(m, &why) != 0)
        abort();
    model_save(m, &saved);
    model *back = model_load(prof, saved.data, saved.len, &why);
    if (!back)
        abort();
    model_save(back, &again);
    if (again.len != saved.len || memcmp(again.data, saved.data, saved.len) != 0)
        abort();
    model_delete(back);
    buf_free(&why);
    buf_free(&saved);
    buf_free(&again);
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    const profile *prof = profile_find("classroom");
    model *m = model_new(prof);
    interp_options opt = {
        .prof = prof, .heap_limit = FUZZ_HEAP_LIMIT, .emit = emit, .emit_ud = m,
        .write = discard, .step_limit = FUZZ_STEP_LIMIT,
    };
    interp *in = interp_new(&opt);
    interp_run(in, (const char *)data, size, "fuzz.py");
    interp_delete(in);
    check_model(prof, m);
    model_delete(m);
    return 0;
}
