/*
 * 49-evlist: a stream's events kept coded in memory (store/evlist.h).
 * Every event reads back as it was added, in any order (forwards,
 * backwards, at random, across chunk boundaries and in the tail still
 * being filled); spans cover a chunk exactly; a search by kind finds what
 * a plain scan finds; and a long list takes a few bytes an event.
 */
#include "testutil.h"

#include "evlist.h"
#include "storetest.h"

#include <stdlib.h>
#include <string.h>

typedef struct pair {
    evlist *l;
    hv_event *ev;           /* the same events, plain */
    size_t n, cap;
} pair;

static void add_both(void *ud, const hv_event *ev)
{
    pair *p = ud;
    hv_grow(&p->ev, &p->cap, p->n + 1, sizeof *p->ev, 1024);
    p->ev[p->n++] = *ev;
    evlist_add(p->l, ev);
}

/* A list of about `events` events of storetest's program. */
static void fill(pair *p, uint64_t events, uint64_t seed)
{
    memset(p, 0, sizeof *p);
    p->l = evlist_new(profile_default());
    prog g;
    prog_init(&g, profile_default(), seed, add_both, p);
    prog_build(&g, 300);
    while (g.events < events)
        prog_statement(&g, 500);
    prog_free_all(&g);
}

static void drop(pair *p)
{
    evlist_delete(p->l);
    free(p->ev);
}

static void assert_event(pair *p, uint64_t i)
{
    hv_event got;
    evlist_get(p->l, i, &got);
    if (memcmp(&got, &p->ev[i], sizeof got) != 0)
        fail_msg("event %llu (%s) reads back differently", (unsigned long long)i, event_name(p->ev[i].kind));
}

static void test_reads_back_in_any_order(void **state)
{
    (void)state;
    pair p;
    fill(&p, 3 * EVLIST_CHUNK + 1234, 5);   /* three coded chunks and a tail */
    assert_int_equal(evlist_count(p.l), p.n);
    for (uint64_t i = 0; i < p.n; i++)
        assert_event(&p, i);
    for (uint64_t i = p.n; i-- > 0;)
        assert_event(&p, i);
    uint64_t seed = 3;
    for (int k = 0; k < 5000; k++)
        assert_event(&p, test_rand(&seed) % p.n);
    hv_event past;
    evlist_get(p.l, p.n, &past);
    assert_int_equal(past.kind, EV_NONE);
    drop(&p);
}

static void test_more_chunks_than_the_cache(void **state)
{
    (void)state;
    pair p;
    fill(&p, (EVLIST_CACHE + 3) * EVLIST_CHUNK, 9);
    uint64_t seed = 17;
    for (int k = 0; k < 3000; k++) {         /* far apart: each read may evict */
        uint64_t i = test_rand(&seed) % p.n;
        assert_event(&p, i);
        assert_event(&p, p.n - 1 - i);
    }
    drop(&p);
}

static void test_spans_cover_each_chunk(void **state)
{
    (void)state;
    pair p;
    fill(&p, 2 * EVLIST_CHUNK + 100, 7);
    uint64_t i = 0, spans = 0;
    size_t n;
    const hv_event *ev;
    while ((ev = evlist_span(p.l, i, &n)) != NULL) {
        assert_true(n >= 1);
        assert_int_equal((i + n) % EVLIST_CHUNK == 0 || i + n == p.n, 1);
        assert_memory_equal(ev, &p.ev[i], n * sizeof *ev);
        i += n;
        spans++;
    }
    assert_int_equal(i, p.n);
    assert_int_equal(spans, (p.n + EVLIST_CHUNK - 1) / EVLIST_CHUNK);
    ev = evlist_span(p.l, EVLIST_CHUNK - 1, &n);     /* the last of a chunk */
    assert_non_null(ev);
    assert_int_equal(n, 1);
    drop(&p);
}

static void test_find_matches_a_scan(void **state)
{
    (void)state;
    pair p;
    fill(&p, 4 * EVLIST_CHUNK, 11);
    static const uint32_t masks[] = {1u << EV_RAW_ALLOC, 1u << EV_STEP, 1u << EV_OBJ_NEW | 1u << EV_OBJ_FREE,
                                     1u << EV_GC_PHASE, 1u << EV_BLOCK_RESIZE | 1u << EV_RAW_FREE};
    uint64_t seed = 23;
    for (int k = 0; k < 400; k++) {
        uint32_t kinds = masks[k % HV_COUNTOF(masks)];
        uint64_t from = test_rand(&seed) % p.n, to = from + test_rand(&seed) % (3 * EVLIST_CHUNK), want = from;
        while (want < to && want < p.n && !(kinds & 1u << p.ev[want].kind))
            want++;
        uint64_t at;
        hv_event ev;
        int found = evlist_find(p.l, from, to, kinds, &at, &ev);
        assert_int_equal(found, want < to && want < p.n);
        if (found) {
            assert_int_equal(at, want);
            assert_memory_equal(&ev, &p.ev[want], sizeof ev);
        }
    }
    drop(&p);
}

static void add_one(void *ud, const hv_event *ev)
{
    evlist_add(ud, ev);
}

/* A long list (2,000,000 events) holds well under 8 bytes an event, its
 * decoded cache included. */
static void test_compact(void **state)
{
    (void)state;
    evlist *l = evlist_new(profile_default());
    prog g;
    prog_init(&g, profile_default(), 29, add_one, l);
    prog_build(&g, 20000);
    while (g.events < 2000000)
        prog_statement(&g, 20000);
    prog_free_all(&g);
    size_t n;
    for (uint64_t i = 0; evlist_span(l, i, &n); i += n)
        ;                                   /* every cache slot in use */
    double per = (double)evlist_bytes(l) / (double)evlist_count(l);
    print_message("# %.2f bytes an event over %llu events\n", per, (unsigned long long)evlist_count(l));
    assert_true(per <= 8.0);
    evlist_delete(l);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_reads_back_in_any_order),
        cmocka_unit_test(test_more_chunks_than_the_cache),
        cmocka_unit_test(test_spans_cover_each_chunk),
        cmocka_unit_test(test_find_matches_a_scan),
        cmocka_unit_test(test_compact),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
