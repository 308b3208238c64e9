/*
 * 23-owners: what the heap model learns from the object layer's events
 * beyond objects and references, checked end to end (program → events →
 * model, both directions, and a keyframe):
 *
 *   - sizes: every getsizeof a program prints equals the size the model
 *     holds for that object at that moment, and the sizes are python3's
 *     (measured with /usr/bin/python3; instance dicts whose shared keys
 *     change under them, split tables becoming combined, a class dying
 *     before the dicts on its keys);
 *   - announced sizes: the size OBJ_NEW carried for an object of each type
 *     (code objects, generators, every str kind, ints, bytes, tuples...;
 *     for containers, with the resizes of the same step) is its getsizeof,
 *     so a type whose size depends on facts set after the allocation
 *     announces it only once they are set;
 *   - block owners (BLOCK_OWNER): a list's item array, a set's table, a
 *     dict's keys and values, an instance's inline values and a class's
 *     shared keys belong to their object while it holds them, and to
 *     nobody once given up; the model's checker holds at every step, the
 *     whole run unapplies and reapplies, and the owners survive a keyframe.
 */
#include "testutil.h"

#include "buf.h"
#include "hv.h"
#include "interp.h"
#include "model.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct run {
    model *m;
    hv_event *log;
    size_t nlog, logcap;
    buf line;               /* output not yet ending with a newline */
    void (*check)(struct run *r, uint64_t id, long value);
    long sizes[40];         /* SIZES: what the program printed, in order */
    size_t nsizes;
    unsigned checked;
} run;

static void emit(void *ud, const hv_event *ev)
{
    run *r = ud;
    if (!model_knows(ev->kind))
        return;
    if (model_apply(r->m, ev) != 0)
        fail_msg("event %zu (%s) does not fit the model", r->nlog, event_name(ev->kind));
    hv_grow(&r->log, &r->logcap, r->nlog + 1, sizeof *r->log, 1024);
    r->log[r->nlog++] = *ev;
}

/* Each complete output line "ID VALUE" is checked while the model is at
 * the moment it was printed. */
static void write_out(void *ud, int fd, const char *p, size_t n)
{
    run *r = ud;
    (void)fd;
    buf_add(&r->line, p, n);
    char *nl;
    while ((nl = memchr(r->line.data, '\n', r->line.len))) {
        unsigned long long id;
        long value;
        *nl = 0;
        if (sscanf(r->line.data, "%llu %ld", &id, &value) == 2) {
            r->check(r, id, value);
            r->checked++;
        }
        size_t used = (size_t)(nl + 1 - r->line.data);
        memmove(r->line.data, nl + 1, r->line.len - used);
        r->line.len -= used;
    }
}

static void model_ok(const model *m)
{
    buf why = BUF_INIT;
    int rc = model_check(m, &why);
    assert_checked(rc, &why);
    buf_free(&why);
}

/* Runs src with every event applied; then back to the start and forward
 * again, the checker at every step; then a keyframe round trip. */
static void run_program(run *r, const char *src)
{
    const profile *p = profile_default();
    r->m = model_new(p);
    interp_options o = {.prof = p, .emit = emit, .emit_ud = r, .write = write_out, .write_ud = r};
    interp *in = interp_new(&o);
    assert_int_equal(interp_run(in, src, strlen(src), "owners.py"), 0);
    model_ok(r->m);
    size_t owned = model_owned_count(r->m);
    for (size_t i = r->nlog; i-- > 0;) {
        if (model_unapply(r->m, &r->log[i]) != 0)
            fail_msg("unapply of event %zu (%s) refused", i, event_name(r->log[i].kind));
        if (r->log[i].kind == EV_STEP)
            model_ok(r->m);
    }
    assert_int_equal(model_owned_count(r->m), 0);
    for (size_t i = 0; i < r->nlog; i++) {
        if (model_apply(r->m, &r->log[i]) != 0)
            fail_msg("reapply of event %zu (%s) refused", i, event_name(r->log[i].kind));
        if (r->log[i].kind == EV_STEP)
            model_ok(r->m);
    }
    assert_int_equal(model_owned_count(r->m), owned);
    buf kf = BUF_INIT, again = BUF_INIT, why = BUF_INIT;
    model_save(r->m, &kf);
    model *back = model_load(p, kf.data, kf.len, &why);
    if (!back)
        fail_msg("keyframe: %s", buf_str(&why));
    assert_int_equal(model_owned_count(back), owned);
    model_save(back, &again);
    assert_int_equal(again.len, kf.len);
    assert_memory_equal(again.data, kf.data, kf.len);
    model_delete(back);
    interp_delete(in);                      /* shutdown frees everything: no owner is left behind */
    assert_int_equal(model_owned_count(r->m), 0);
    model_ok(r->m);
    buf_free(&kf);
    buf_free(&again);
    buf_free(&why);
    buf_free(&r->line);
    free(r->log);
    model_delete(r->m);
}

/* ---- sizes ------------------------------------------------------------------ */

static void check_size(run *r, uint64_t id, long size)
{
    model_obj o;
    if (!model_obj_info(r->m, id, &o))
        fail_msg("object %#llx is not in the model", (unsigned long long)id);
    if ((long)o.size != size)
        fail_msg("object %#llx: getsizeof %ld, the model has %u", (unsigned long long)id, size, o.size);
    r->sizes[r->nsizes++] = size;
}

static void test_sizes_follow_getsizeof(void **state)
{
    (void)state;
    const char *src =
        "import sys\n"
        "import gc\n"
        "class C: pass\n"
        "a = C(); a.x = 1\n"
        "d = a.__dict__\n"                   /* materialised: a split dict */
        "print(id(d), sys.getsizeof(d))\n"
        "b = C()\n"                          /* the shared keys lose a usable slot: d shrinks */
        "print(id(d), sys.getsizeof(d))\n"
        "d[1] = 2\n"                         /* split → combined */
        "print(id(d), sys.getsizeof(d))\n"
        "e = C().__dict__\n"
        "f = e.copy()\n"
        "print(id(e), sys.getsizeof(e))\n"
        "print(id(f), sys.getsizeof(f))\n"
        "del C, a, b\n"
        "gc.collect()\n"                     /* the class dies before the dicts on its keys */
        "print(id(e), sys.getsizeof(e))\n"
        "del f\n"
        "print(id(e), sys.getsizeof(e))\n"
        "e['y'] = 5\n"
        "print(id(e), sys.getsizeof(e))\n"
        "l = []\n"
        "for i in range(9): l.append(i)\n"
        "print(id(l), sys.getsizeof(l))\n"
        "s = set(range(5)); s |= set(range(40))\n"
        "print(id(s), sys.getsizeof(s))\n";
    /* /usr/bin/python3 (3.11.2) prints these sizes */
    static const long want[] = {296, 288, 352, 280, 64, 1048, 1048, 1048, 184, 2264};
    run r = {.check = check_size};
    run_program(&r, src);
    assert_int_equal(r.nsizes, HV_COUNTOF(want));
    for (size_t i = 0; i < r.nsizes; i++)
        if (r.sizes[i] != want[i])
            fail_msg("size %zu: python3 says %ld, heapviz %ld", i, want[i], r.sizes[i]);
}

/* The size id had by the end of the step that made it: its latest OBJ_NEW,
 * and the OBJ_RESIZEs that follow before the next step (a list, dict or
 * set gets its separately allocated storage right after the object). */
static void check_announced(run *r, uint64_t id, long size)
{
    for (size_t i = r->nlog; i-- > 0;) {
        if (r->log[i].kind != EV_OBJ_NEW || r->log[i].u.obj.addr != id)
            continue;
        uint32_t said = r->log[i].u.obj.size;
        for (size_t k = i + 1; k < r->nlog && r->log[k].kind != EV_STEP; k++)
            if (r->log[k].kind == EV_OBJ_RESIZE && r->log[k].u.obj.addr == id)
                said = r->log[k].u.obj.size;
        if ((long)said != size)
            fail_msg("object %#llx: getsizeof %ld, announced as %u", (unsigned long long)id, size,
                     said);
        r->sizes[r->nsizes++] = size;
        return;
    }
    fail_msg("object %#llx was never announced", (unsigned long long)id);
}

static void test_announced_sizes(void **state)
{
    (void)state;
    const char *src =
        "import sys\n"
        "def f0(): pass\n"
        "def f2(a, b):\n"
        "    x = a + b\n"
        "    for i in range(3):\n"
        "        x += i\n"
        "    return x\n"
        "def gen(n):\n"
        "    for i in range(n):\n"
        "        yield i\n"
        "class K:\n"
        "    def m(self):\n"
        "        return self.n\n"
        "objs = [f0.__code__, f2.__code__, gen.__code__, K.m.__code__, gen(3), (i for i in range(3)),\n"
        "        'ab' * 2, '\u00e9' * 3, '\u20ac' * 4, '\U0001f600' * 5, 2 ** 40, -(2 ** 70), 1.5,\n"
        "        1j, b'ab' * 3, (1, 2, 3), [1, 2], {1: 2}, {1, 2}, frozenset([3]), f0, K().m, K(),\n"
        "        range(3), iter([1]), ValueError('x'), 'a b'.rsplit(), (1.5).as_integer_ratio()]\n"
        "for o in objs:\n"
        "    print(id(o), sys.getsizeof(o))\n";
    /* /usr/bin/python3 (3.11.2) prints these sizes */
    static const long want[] = {192, 248, 240, 200, 208, 200, 53, 76, 82, 96, 32, 36, 24, 32,
                                39, 64, 72, 224, 216, 216, 152, 64, 56, 48, 48, 88, 152, 56};
    run r = {.check = check_announced};
    run_program(&r, src);
    assert_int_equal(r.nsizes, HV_COUNTOF(want));
    for (size_t i = 0; i < r.nsizes; i++)
        if (r.sizes[i] != want[i])
            fail_msg("size %zu: python3 says %ld, heapviz %ld", i, want[i], r.sizes[i]);
}

/* ---- block owners ------------------------------------------------------------- */

/* "ID ROLE": the object owns exactly one block, of that role (0: none). */
static void check_owner(run *r, uint64_t id, long role)
{
    model_owner o[OWN_NROLES];
    size_t n = model_obj_blocks(r->m, id, o, OWN_NROLES);
    if (role == OWN_NONE) {
        if (n)
            fail_msg("object %#llx owns a %s", (unsigned long long)id, event_block_role_name(o[0].role));
        return;
    }
    if (n != 1 || o[0].role != role)
        fail_msg("object %#llx: %zu blocks, want its %s", (unsigned long long)id, n, event_block_role_name((unsigned)role));
    model_owner back;
    pymalloc_block b;
    assert_true(model_block_owner(r->m, o[0].block, &back));
    assert_int_equal(back.owner, id);
    assert_int_equal(model_block_info(r->m, o[0].block, &b), 0);
    assert_true(b.state == BLOCK_USED || b.state == BLOCK_RAW);
}

static void test_block_owners(void **state)
{
    (void)state;
    char src[2048];
    snprintf(src, sizeof src,
             "x = [1, 2, 3]\n"
             "x.append(4)\n"
             "print(id(x), %d)\n"
             "s = set(range(10))\n"
             "print(id(s), %d)\n"
             "t = set(range(3))\n"
             "print(id(t), %d)\n"
             "d = {i: i for i in range(10)}\n"
             "print(id(d), %d)\n"
             "class K: pass\n"
             "print(id(K), %d)\n"
             "k = K(); k.a = 1\n"
             "print(id(k), %d)\n"
             "kd = k.__dict__\n"
             "print(id(kd), %d)\n"
             "print(id(k), %d)\n"
             "x.clear()\n"
             "print(id(x), %d)\n"
             "d.clear()\n"
             "print(id(d), %d)\n"
             "big = list(range(100))\n"
             "print(id(big), %d)\n"
             "s, t = t, s\n"
             "t.intersection_update(range(5, 100))\n"
             "print(id(t), %d)\n",
             OWN_ITEMS, OWN_TABLE, OWN_NONE, OWN_KEYS, OWN_SHARED_KEYS, OWN_INLINE_VALUES, OWN_VALUES,
             OWN_NONE, OWN_NONE, OWN_NONE, OWN_ITEMS, OWN_TABLE);
    run r = {.check = check_owner};
    run_program(&r, src);
    assert_int_equal(r.checked, 12);
}

/* A bytearray owns its buffer (none while it never had bytes), through
 * reallocations in place, moves, and the new block a logical start past 0
 * makes (`del b[:k]`, then a resize). */
static void test_bytearray_buffer(void **state)
{
    (void)state;
    char src[2048];
    snprintf(src, sizeof src,
             "e = bytearray()\n"
             "print(id(e), %d)\n"
             "b = bytearray(b'abc')\n"
             "print(id(b), %d)\n"
             "for i in range(600): b.append(i %% 256)\n"
             "print(id(b), %d)\n"
             "del b[:500]\n"
             "print(id(b), %d)\n"
             "del b[:60]\n"
             "b.append(1)\n"
             "print(id(b), %d)\n"
             "b.clear()\n"
             "print(id(b), %d)\n"
             "c = b[:0] + b * 3\n"
             "print(id(c), %d)\n"
             "del b\n",
             OWN_NONE, OWN_BUFFER, OWN_BUFFER, OWN_BUFFER, OWN_BUFFER, OWN_BUFFER, OWN_NONE);
    run r = {.check = check_owner};
    run_program(&r, src);
    assert_int_equal(r.checked, 7);
}

/* A freed block must have been given up first; an owner must be alive. */
static void test_refusals(void **state)
{
    (void)state;
    const profile *p = profile_default();
    model *m = model_new(p);
    run r = {.m = m};
    pymalloc *pm = pymalloc_new(p, 0, emit, &r);
    uint64_t obj = pymalloc_malloc(pm, 56), table = pymalloc_malloc(pm, 64);
    hv_event ev = {.kind = EV_OBJ_NEW};
    ev.u.obj.addr = obj + 16;
    ev.u.obj.type = 0x1000;
    ev.u.obj.size = 56;
    assert_int_equal(model_apply(m, &ev), 0);
    hv_event own = {.kind = EV_BLOCK_OWNER};
    own.u.own.addr = table;
    own.u.own.owner = obj + 8;              /* not an object */
    own.u.own.role = OWN_ITEMS;
    assert_int_equal(model_apply(m, &own), -1);
    own.u.own.owner = obj + 16;
    own.u.own.role = OWN_NONE;              /* an owner needs a role */
    assert_int_equal(model_apply(m, &own), -1);
    own.u.own.role = OWN_ITEMS;
    assert_int_equal(model_apply(m, &own), 0);
    assert_int_equal(model_apply(m, &own), -1);     /* it is the list's already */
    hv_event fr = {.kind = EV_BLOCK_FREE};
    pymalloc_block b;
    pymalloc_block_info(pm, table, &b);
    fr.u.block.addr = table;
    fr.u.block.szidx = (uint8_t)b.szidx;
    fr.u.block.nbytes = 64;
    assert_int_equal(model_apply(m, &fr), -1);      /* still the list's */
    hv_event die = ev;
    die.kind = EV_OBJ_FREE;
    hv_event ref = {.kind = EV_REF};
    ref.u.ref.target = obj + 16;
    ref.u.ref.delta = -1;
    assert_int_equal(model_apply(m, &ref), 0);
    assert_int_equal(model_apply(m, &die), -1);     /* it still owns its item array */
    hv_event give = own;
    give.u.own.owner = 0;
    give.u.own.role = OWN_NONE;
    give.u.own.old_owner = obj + 16;
    give.u.own.old_role = OWN_ITEMS;
    assert_int_equal(model_apply(m, &give), 0);
    assert_int_equal(model_apply(m, &fr), 0);
    assert_int_equal(model_apply(m, &die), 0);
    model_ok(m);
    assert_int_equal(model_unapply(m, &die), 0);
    assert_int_equal(model_unapply(m, &fr), 0);
    assert_int_equal(model_unapply(m, &give), 0);
    assert_int_equal(model_obj_blocks(m, obj + 16, NULL, 0), 1);
    model_ok(m);
    pymalloc_delete(pm);
    free(r.log);
    model_delete(m);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sizes_follow_getsizeof),
        cmocka_unit_test(test_announced_sizes),
        cmocka_unit_test(test_block_owners),
        cmocka_unit_test(test_bytearray_buffer),
        cmocka_unit_test(test_refusals),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
