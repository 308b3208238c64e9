/*
 * 40-codec: event batches.  Every stream round-trips exactly (the fields
 * event.h lists for each kind), realistic streams stay small, and no
 * damaged or hostile batch is trusted: a changed byte is caught by the
 * checksum, and a forged checksum still cannot make the decoder read out
 * of bounds or claim events it does not hold.
 */
#include "testutil.h"

#include "codec.h"
#include "codec-v1.h"
#include "storetest.h"

#include <stdlib.h>
#include <string.h>

typedef struct stream {
    hv_event *ev;
    size_t n, cap;
} stream;

static void collect(void *ud, const hv_event *ev)
{
    stream *s = ud;
    hv_grow(&s->ev, &s->cap, s->n + 1, sizeof *s->ev, 1024);
    s->ev[s->n++] = *ev;
}

/* The event as decoding gives it back: the kind's fields, the rest zero
 * (formats 1-3 code GC_VISIT verbatim and keep its fields). */
static hv_event normal(const hv_event *ev)
{
    hv_event n = {.kind = ev->kind, .site = ev->site};
    switch (ev->kind) {
    case EV_STEP:           /* field by field: the structs have padding */
        n.u.step.number = ev->u.step.number;
        n.u.step.what = ev->u.step.what;
        break;
    case EV_ARENA_NEW: case EV_ARENA_FREE: n.u.arena = ev->u.arena; break;
    case EV_POOL_INIT: case EV_POOL_STATE:
        n.u.pool.addr = ev->u.pool.addr;
        n.u.pool.szidx = ev->u.pool.szidx;
        n.u.pool.old_szidx = ev->u.pool.old_szidx;
        n.u.pool.from = ev->u.pool.from;
        n.u.pool.to = ev->u.pool.to;
        break;
    case EV_BLOCK_ALLOC: case EV_BLOCK_FREE: case EV_BLOCK_RESIZE:
    case EV_RAW_ALLOC: case EV_RAW_FREE: case EV_RAW_RESIZE:
        n.u.block.addr = ev->u.block.addr;
        n.u.block.nbytes = ev->u.block.nbytes;
        n.u.block.old_nbytes = ev->u.block.old_nbytes;
        n.u.block.old_site = ev->u.block.old_site;
        n.u.block.szidx = ev->u.block.szidx;
        n.u.block.virgin = ev->u.block.virgin;
        break;
    case EV_OBJ_NEW: case EV_OBJ_FREE: case EV_TRACK: case EV_FRAME_PUSH: case EV_FRAME_POP:
    case EV_OBJ_RESIZE:
        if (ev->kind == EV_OBJ_RESIZE)
            n.u.obj.old_size = ev->u.obj.old_size;
        n.u.obj.addr = ev->u.obj.addr;
        n.u.obj.type = ev->u.obj.type;
        n.u.obj.size = ev->u.obj.size;
        n.u.obj.gen = ev->u.obj.gen;
        n.u.obj.old_gen = ev->u.obj.old_gen;
        n.u.obj.freelist = ev->u.obj.freelist;
        break;
    case EV_REF: case EV_REF_MOVE:
        n.u.ref.target = ev->u.ref.target;
        n.u.ref.holder = ev->u.ref.holder;
        n.u.ref.to = ev->u.ref.to;
        n.u.ref.label = ev->u.ref.label;
        n.u.ref.delta = ev->u.ref.delta;
        break;
    case EV_GC_PHASE: case EV_GC_REFS: case EV_GC_MOVE: case EV_GC_COLOR:
        n.u.gc.from = ev->u.gc.from;
        n.u.gc.to = ev->u.gc.to;
        if (ev->kind != EV_GC_PHASE)
            n.u.gc.addr = ev->u.gc.addr;
        if (ev->kind == EV_GC_PHASE) {
            n.u.gc.gen = ev->u.gc.gen;
            n.u.gc.collector = ev->u.gc.collector;
        } else if (ev->kind == EV_GC_REFS) {
            n.u.gc.from = 0;
            n.u.gc.old_refs = ev->u.gc.old_refs;
            n.u.gc.refs = ev->u.gc.refs;
        } else if (ev->kind == EV_GC_MOVE) {
            n.u.gc.refs = ev->u.gc.refs;
            n.u.gc.colour = ev->u.gc.colour;
        }
        if (ev->kind == EV_GC_MOVE || ev->kind == EV_GC_COLOR)
            n.u.gc.gen = ev->u.gc.gen;         /* the root (mark & sweep) */
        break;
    case EV_BLOCK_OWNER:
        n.u.own.addr = ev->u.own.addr;
        n.u.own.owner = ev->u.own.owner;
        n.u.own.old_owner = ev->u.own.old_owner;
        n.u.own.role = ev->u.own.role;
        n.u.own.old_role = ev->u.own.old_role;
        break;
    case EV_GC_VISIT:
        n.u.gc.addr = ev->u.gc.addr;
        n.u.gc.old_refs = ev->u.gc.old_refs;
        n.u.gc.from = ev->u.gc.from;
        n.u.gc.to = ev->u.gc.to;
        break;
    case EV_GC_CONFIG:
        n.u.gc.gen = ev->u.gc.gen;
        n.u.gc.old_refs = ev->u.gc.old_refs;
        n.u.gc.refs = ev->u.gc.refs;
        break;
    case EV_SHIFT:
        n.u.shift.holder = ev->u.shift.holder;
        n.u.shift.target = ev->u.shift.target;
        n.u.shift.from = ev->u.shift.from;
        n.u.shift.count = ev->u.shift.count;
        n.u.shift.by = ev->u.shift.by;
        n.u.shift.reversed = ev->u.shift.reversed;
        break;
    default: n.u = ev->u; break;
    }
    return n;
}


/* Encodes s in batches of format fmt of at most per events; returns the
 * blobs' total. */
static size_t encode_format(const stream *s, const profile *p, unsigned fmt, size_t per, buf *out, size_t *offs,
                            size_t *nb)
{
    codec_enc e;
    codec_enc_init_format(&e, p, fmt);
    *nb = 0;
    for (size_t i = 0; i < s->n; i++) {
        codec_enc_add(&e, &s->ev[i]);
        if (e.count == per || i + 1 == s->n) {
            offs[(*nb)++] = out->len;
            codec_enc_finish(&e, out);
        }
    }
    offs[*nb] = out->len;
    codec_enc_free(&e);
    return out->len;
}

static size_t encode(const stream *s, const profile *p, size_t per, buf *out, size_t *offs, size_t *nb)
{
    return encode_format(s, p, CODEC_FORMAT, per, out, offs, nb);
}

static void check_format_round_trip(const stream *s, const profile *p, unsigned fmt, size_t per)
{
    buf out = BUF_INIT, why = BUF_INIT;
    size_t nb, *offs = malloc((s->n / per + 2) * sizeof *offs);
    encode_format(s, p, fmt, per, &out, offs, &nb);
    assert_int_equal(((const uint8_t *)out.data)[0], fmt);
    hv_event *dec = malloc(CODEC_MAX_EVENTS * sizeof *dec);
    size_t j = 0;
    for (size_t b = 0; b < nb; b++) {
        long n = codec_decode(out.data + offs[b], offs[b + 1] - offs[b], dec, CODEC_MAX_EVENTS, &why);
        if (n < 0)
            fail_msg("batch %zu: %s", b, buf_str(&why));
        assert_int_equal(codec_batch_count(out.data + offs[b], offs[b + 1] - offs[b]), n);
        for (long i = 0; i < n; i++, j++) {
            hv_event want = normal(&s->ev[j]);
            if (memcmp(&dec[i], &want, sizeof want) != 0)
                fail_msg("event %zu (%s) does not round-trip", j, event_name(want.kind));
        }
    }
    assert_int_equal(j, s->n);
    free(dec);
    free(offs);
    buf_free(&out);
    buf_free(&why);
}

static void check_round_trip(const stream *s, const profile *p, size_t per)
{
    check_format_round_trip(s, p, CODEC_FORMAT, per);
}

static void program_stream(stream *s, const profile *p, uint64_t seed, size_t live, size_t events)
{
    prog g;
    prog_init(&g, p, seed, collect, s);
    prog_build(&g, live);
    while (s->n < events)
        prog_statement(&g, live);
    prog_free_all(&g);
}

static void test_program_round_trips(void **state)
{
    for (unsigned i = 0; profile_at(i); i++) {
        stream s = {0};
        program_stream(&s, profile_at(i), 11 + i, 3000, 120000);
        check_round_trip(&s, profile_at(i), 4096);
        check_round_trip(&s, profile_at(i), 1);
        check_round_trip(&s, profile_at(i), CODEC_MAX_EVENTS);
        free(s.ev);
    }
}

/* Realistic streams are compact: the store's promise is ≤ 4 bytes per
 * event on disk, keyframes and SQLite included; the events alone stay
 * well under. */
static void test_program_is_compact(void **state)
{
    stream s = {0};
    program_stream(&s, profile_default(), 5, 20000, 400000);
    buf out = BUF_INIT;
    size_t nb, *offs = malloc((s.n / 16384 + 2) * sizeof *offs);
    double per = (double)encode(&s, profile_default(), 16384, &out, offs, &nb) / (double)s.n;
    print_message("# %.3f bytes per event\n", per);
    assert_true(per < 3.0);
    free(offs);
    buf_free(&out);
    free(s.ev);
}

/* Arbitrary values in every field of every kind, unknown kinds included. */
static void test_random_events_round_trip(void **state)
{
    uint64_t seed = 0x9e3779b97f4a7c15ULL;
    stream s = {0};
    for (int i = 0; i < 50000; i++) {
        hv_event ev;
        uint8_t *b = (uint8_t *)&ev;
        for (size_t k = 0; k < sizeof ev; k++)
            b[k] = (uint8_t)test_rand(&seed);
        unsigned r = (unsigned)test_rand(&seed) % 100;
        ev.kind = r < 80 ? (uint8_t)(r % EV_NKINDS) : (uint8_t)test_rand(&seed);
        if (r % 3 == 0)
            ev.site = 0;
        if (r % 5 == 0 && s.n)
            ev.u.block.addr = s.ev[s.n - 1].u.block.addr + 16 * (r % 7);   /* near misses */
        collect(&s, &ev);
    }
    check_round_trip(&s, profile_find("classroom"), 777);
    free(s.ev);
}

/* The fast encoder codes exactly the reference coder's bytes (the format's
 * one description, which the decoder shares), in batches of `per`. */
static void check_fast_is_reference(const stream *s, const profile *p, size_t per)
{
    buf fast = BUF_INIT, ref = BUF_INIT;
    codec_enc e, r;
    codec_enc_init(&e, p);
    codec_enc_init(&r, p);
    codec_enc_use_reference(&r);
    for (size_t i = 0; i < s->n; i++) {
        size_t at = fast.len;
        codec_enc_add(&e, &s->ev[i]);
        codec_enc_add(&r, &s->ev[i]);
        if (e.payload.len != r.payload.len || memcmp(e.payload.data, r.payload.data, e.payload.len) != 0)
            fail_msg("event %zu (%s) codes differently (batch at %zu)", i, event_name(s->ev[i].kind), at);
        if (e.count == per || i + 1 == s->n) {
            codec_enc_finish(&e, &fast);
            codec_enc_finish(&r, &ref);
        }
    }
    assert_int_equal(fast.len, ref.len);
    assert_memory_equal(fast.data, ref.data, fast.len);
    codec_enc_free(&e);
    codec_enc_free(&r);
    buf_free(&fast);
    buf_free(&ref);
}

/* A program's stream with one field in ten events nudged next to what
 * the codec predicts (a neighbouring address, size, site or flag): the
 * fast encoder's every branch, hit and miss. */
static void nudge(stream *s, uint64_t seed)
{
    static const int64_t by[] = {-32, -16, -8, -1, 1, 8, 16, 32};
    for (size_t i = 0; i < s->n; i++) {
        uint64_t r = test_rand(&seed);
        if (r % 10)
            continue;
        hv_event *ev = &s->ev[i];
        int64_t d = by[r / 10 % 8];
        switch (r / 80 % 9) {
        case 0: ev->u.ref.target += (uint64_t)d; break;     /* the union's first word: every kind's address */
        case 1: ev->u.ref.holder = (r / 720 % 2) ? 0 : ev->u.ref.holder + (uint64_t)d; break;
        case 2: ev->u.ref.to = (r / 720 % 2) ? 0 : ev->u.ref.target; break;
        case 3:                                             /* small, near 2^20 (a number's limit), or near */
            ev->u.ref.label = r / 720 % 3 == 0 ? r / 2160 % 4 : r / 720 % 3 == 1 ? (1u << 20) - 1 + r / 2160 % 3
                            : ev->u.ref.label + (uint64_t)d;
            break;
        case 4: ev->u.ref.delta = (int8_t)(r / 720 % 4) - 1; break;
        case 5: ev->site = (uint32_t)((int64_t)ev->site + d / 8); break;
        case 6: ev->u.block.nbytes = (uint32_t)((int64_t)ev->u.block.nbytes + d); break;
        case 7: ev->u.obj.gen = (int8_t)(r / 720 % 4) - 1; ev->u.obj.freelist = (uint8_t)(r / 2880 % 2); break;
        default: ev->u.block.virgin ^= 1; ev->u.block.szidx = (uint8_t)(ev->u.block.szidx + d / 8); break;
        }
    }
}

static void test_fast_is_reference(void **state)
{
    for (unsigned i = 0; profile_at(i); i++) {
        stream s = {0};
        program_stream(&s, profile_at(i), 31 + i, 3000, 100000);
        check_fast_is_reference(&s, profile_at(i), 4096);
        nudge(&s, 7 + i);
        check_fast_is_reference(&s, profile_at(i), 5000);
        free(s.ev);
    }
    st_stream run = {0};
    assert_int_equal(st_run_program(st_program, profile_default(), &run), 0);
    stream s = {run.ev, run.n, run.cap};
    check_fast_is_reference(&s, profile_default(), 3000);
    nudge(&s, 99);
    check_fast_is_reference(&s, profile_default(), 3000);
    free(s.ev);
    uint64_t seed = 0x5eed;
    stream w = {0};
    for (int i = 0; i < 50000; i++) {           /* arbitrary values in every field */
        hv_event ev;
        uint8_t *b = (uint8_t *)&ev;
        for (size_t k = 0; k < sizeof ev; k++)
            b[k] = (uint8_t)test_rand(&seed);
        ev.kind = (uint8_t)(test_rand(&seed) % (EV_NKINDS + 2));
        collect(&w, &ev);
    }
    check_fast_is_reference(&w, profile_find("classroom"), 777);
    free(w.ev);
}

/* The interpreter's own REFs (holder, to and label 0) may carry a net
 * change, any int8, not only ±1: each delta, at a target in the address
 * table and at one that is not, with the site kept and changed, codes the
 * same bytes in the fast encoder as in the reference one and decodes to
 * itself. */
static void test_own_ref_any_delta(void **state)
{
    stream s = {0};
    uint64_t seed = 0xde17a;
    for (int round = 0; round < 4; round++)
        for (int d = -128; d <= 127; d++) {
            hv_event ev = {.kind = EV_REF, .site = round & 1 ? 7 : 7 + (uint32_t)(d & 3)};
            ev.u.ref.delta = (int8_t)d;
            ev.u.ref.target = round < 2 ? 0x7f0000001000ULL + 16 * (uint64_t)(d & 7)
                                        : 0x7f0000001000ULL + 8 * (test_rand(&seed) % 100000);
            collect(&s, &ev);
        }
    check_fast_is_reference(&s, profile_default(), 500);
    check_round_trip(&s, profile_default(), 300);
    free(s.ev);
}

/* codec_enc_add_many codes the same bytes as codec_enc_add one event at a
 * time with the same stopping rule (a payload limit, checked after each
 * event), whatever the runs it is given; codec_enc_step follows the STEPs. */
static void test_many_is_one_at_a_time(void **state)
{
    stream s = {0};
    program_stream(&s, profile_default(), 21, 2000, 60000);
    enum { LIMIT = 3000 };
    buf one = BUF_INIT, many = BUF_INIT;
    codec_enc e;
    codec_enc_init(&e, profile_default());
    uint64_t step = 0;
    for (size_t i = 0; i < s.n; i++) {
        codec_enc_add(&e, &s.ev[i]);
        if (s.ev[i].kind == EV_STEP)
            step = s.ev[i].u.step.number;
        assert_int_equal(codec_enc_step(&e), step);
        if (e.payload.len >= LIMIT || i + 1 == s.n)
            codec_enc_finish(&e, &one);
    }
    assert_int_equal(codec_enc_step(&e), step);
    codec_enc_free(&e);
    codec_enc_init(&e, profile_default());
    uint64_t seed = 77;
    for (size_t i = 0; i < s.n;) {
        size_t run = 1 + (size_t)(test_rand(&seed) % 700);
        i += codec_enc_add_many(&e, &s.ev[i], run < s.n - i ? run : s.n - i, LIMIT);
        if (e.payload.len >= LIMIT || i == s.n)
            codec_enc_finish(&e, &many);
    }
    assert_int_equal(codec_enc_step(&e), step);
    codec_enc_free(&e);
    assert_int_equal(one.len, many.len);
    assert_memory_equal(one.data, many.data, one.len);
    buf_free(&one);
    buf_free(&many);
    free(s.ev);
}

/* With no payload limit (max_bytes SIZE_MAX, as an event list seals its
 * tail), the room made is what the n events may take: a run that codes
 * to more than the payload's first 64 KiB stays inside it (the room was
 * once computed as SIZE_MAX - len + a little, which wrapped around: a
 * heap overflow on big sessions). */
static void test_many_without_limit(void **state)
{
    uint64_t seed = 0xfeed;
    stream w = {0};
    for (int i = 0; i < 20000; i++) {           /* arbitrary values: long codes */
        hv_event ev;
        uint8_t *b = (uint8_t *)&ev;
        for (size_t k = 0; k < sizeof ev; k++)
            b[k] = (uint8_t)test_rand(&seed);
        ev.kind = (uint8_t)(test_rand(&seed) % EV_NKINDS);
        collect(&w, &ev);
    }
    codec_enc e, r;
    codec_enc_init(&e, profile_default());
    codec_enc_init(&r, profile_default());
    for (size_t i = 0; i < w.n;) {
        size_t run = w.n - i < 4096 ? w.n - i : 4096;
        assert_int_equal(codec_enc_add_many(&e, &w.ev[i], run, SIZE_MAX), run);
        assert_true(e.payload.len < e.payload.cap);
        for (size_t k = 0; k < run; k++)
            codec_enc_add(&r, &w.ev[i + k]);
        i += run;
    }
    assert_true(e.payload.len > 1 << 16);
    assert_int_equal(e.payload.len, r.payload.len);
    assert_memory_equal(e.payload.data, r.payload.data, e.payload.len);
    codec_enc_free(&e);
    codec_enc_free(&r);
    free(w.ev);
}

/* References among a few dozen addresses, the recent ones often again:
 * the address list is used at every rank, and the encoder's index of it
 * misses now and then (two addresses of one hash); every event still
 * round-trips. */
static void test_address_list_round_trips(void **state)
{
    uint64_t seed = 5, pool[48], recent[8] = {0};
    for (size_t i = 0; i < HV_COUNTOF(pool); i++)
        pool[i] = 0x7f0000000000ULL + 16 * (test_rand(&seed) % 100000);
    stream s = {0};
    for (int i = 0; i < 200000; i++) {
        unsigned r = (unsigned)test_rand(&seed);
        uint64_t a = r % 4 ? recent[r / 4 % 8] : pool[r / 4 % HV_COUNTOF(pool)];
        if (!a)
            a = pool[0];
        memmove(recent + 1, recent, sizeof recent - sizeof *recent);
        recent[0] = a;
        hv_event ev = {.kind = EV_REF};
        ev.u.ref.target = a;
        ev.u.ref.holder = r % 3 ? 0 : recent[r / 64 % 8];
        ev.u.ref.label = r % 3 ? 0 : pool[r / 512 % HV_COUNTOF(pool)];
        ev.u.ref.delta = r % 2 ? 1 : -1;
        collect(&s, &ev);
    }
    check_round_trip(&s, profile_default(), 5000);
    check_round_trip(&s, profile_default(), CODEC_MAX_EVENTS);
    free(s.ev);
}

static stream small_batch(buf *out)
{
    stream s = {0};
    program_stream(&s, profile_default(), 3, 200, 3000);
    codec_enc e;
    codec_enc_init(&e, profile_default());
    for (size_t i = 0; i < s.n; i++)
        codec_enc_add(&e, &s.ev[i]);
    codec_enc_finish(&e, out);
    codec_enc_free(&e);
    return s;
}

/* Any changed byte or any cut is reported, never trusted. */
static void test_damage_is_caught(void **state)
{
    buf blob = BUF_INIT, why = BUF_INIT;
    stream s = small_batch(&blob);
    hv_event *dec = malloc(CODEC_MAX_EVENTS * sizeof *dec);
    uint8_t *copy = malloc(blob.len);
    for (size_t i = 0; i < blob.len; i++) {
        memcpy(copy, blob.data, blob.len);
        copy[i] ^= (uint8_t)(1u << (i % 8));
        buf_clear(&why);
        long n = codec_decode(copy, blob.len, dec, CODEC_MAX_EVENTS, &why);
        if (n >= 0)
            fail_msg("byte %zu changed, batch accepted", i);
        if (n < 0 && !why.len)
            fail_msg("byte %zu: no reason given", i);
    }
    for (size_t n = 0; n < blob.len; n++)
        assert_int_equal(codec_decode(blob.data, n, dec, CODEC_MAX_EVENTS, NULL), -1);
    assert_int_equal(codec_decode(blob.data, blob.len, dec, 10, &why), -1);     /* more than max */
    assert_true(codec_decode(blob.data, blob.len, dec, CODEC_MAX_EVENTS, NULL) == (long)s.n);
    free(copy);
    free(dec);
    free(s.ev);
    buf_free(&blob);
    buf_free(&why);
}

/* With the checksum forged to match, random garbage after a valid header
 * still decodes to an error or to exactly the events claimed. */
static void test_forged_checksum_is_safe(void **state)
{
    buf blob = BUF_INIT;
    stream s = small_batch(&blob);
    hv_event *dec = malloc(CODEC_MAX_EVENTS * sizeof *dec);
    uint8_t *copy = malloc(blob.len + 64);
    uint64_t seed = 42;
    size_t head = 3 + 2 + 4;            /* fmt, shift, pool bits, 2-byte count, CRC */
    assert_int_equal(codec_batch_count(blob.data, blob.len), (long)s.n);
    for (int round = 0; round < 3000; round++) {
        size_t n = head + (size_t)(test_rand(&seed) % (blob.len - head + 40));
        memcpy(copy, blob.data, blob.len < n ? blob.len : n);
        for (size_t k = head; k < n; k++)
            if (k >= blob.len || test_rand(&seed) % 50 == 0)
                copy[k] = (uint8_t)test_rand(&seed);
        uint32_t crc = codec_checksum(CODEC_FORMAT, codec_checksum(CODEC_FORMAT, 0, copy, head - 4), copy + head,
                                      n - head);
        for (int k = 0; k < 4; k++)
            copy[head - 4 + k] = (uint8_t)(crc >> (8 * k));
        long got = codec_decode(copy, n, dec, CODEC_MAX_EVENTS, NULL);
        assert_true(got == -1 || got == (long)s.n);
    }
    free(copy);
    free(dec);
    free(s.ev);
    buf_free(&blob);
}

/* Batches of format 1 (files recorded before format 2) decode as before.
 * The batch was recorded before store schema 4: its raw blocks are where
 * the legacy twin of cpython-3.11 puts them (profile.h). */
static void test_format1_still_decodes(void **state)
{
    stream s = {0};
    const profile *old = profile_find_recorded("cpython-3.11" PROFILE_LEGACY_SUFFIX);
    assert_non_null(old);
    program_stream(&s, old, 5, 200, 600);
    hv_event *dec = malloc(CODEC_MAX_EVENTS * sizeof *dec);
    buf why = BUF_INIT;
    assert_int_equal(codec_batch_count(codec_v1_batch, sizeof codec_v1_batch), 600);
    long n = codec_decode(codec_v1_batch, sizeof codec_v1_batch, dec, CODEC_MAX_EVENTS, &why);
    if (n != 600)
        fail_msg("format 1: %s", buf_str(&why));
    for (long i = 0; i < n; i++) {
        hv_event want = normal(&s.ev[i]);
        if (memcmp(&dec[i], &want, sizeof want) != 0)
            fail_msg("format 1: event %ld (%s) decodes differently", i, event_name(want.kind));
    }
    free(dec);
    free(s.ev);
    buf_free(&why);
}

/* Files recorded before format 4 hold batches of formats 1 to 3: they
 * still decode (the encoder can still write them, for this test). */
static void test_older_formats_round_trip(void **state)
{
    stream s = {0};
    program_stream(&s, profile_default(), 8, 3000, 80000);
    for (unsigned fmt = 1; fmt < CODEC_FORMAT; fmt++) {
        check_format_round_trip(&s, profile_default(), fmt, 4096);
        check_format_round_trip(&s, profile_default(), fmt, 1);
    }
    free(s.ev);
    uint64_t seed = 17;
    stream r = {0};
    for (int i = 0; i < 20000; i++) {       /* format 3 codes every field format 4 does */
        hv_event ev;
        uint8_t *b = (uint8_t *)&ev;
        for (size_t k = 0; k < sizeof ev; k++)
            b[k] = (uint8_t)test_rand(&seed);
        ev.kind = (uint8_t)(test_rand(&seed) % (EV_NKINDS + 3));
        collect(&r, &ev);
    }
    check_format_round_trip(&r, profile_find("classroom"), 3, 500);
    free(r.ev);
}

/* Format 4's checksum: CRC-32C, by the CPU's instruction where there is
 * one, and without it the same. */
static void test_crc32c(void **state)
{
    assert_int_equal(codec_checksum(CODEC_FORMAT, 0, "123456789", 9), 0xe3069283u);   /* the check value */
    assert_int_equal(codec_checksum_soft(0, "123456789", 9), 0xe3069283u);
    assert_int_equal(codec_checksum(3, 0, "123456789", 9), 0xcbf43926u);              /* CRC-32 before */
    uint8_t data[300];
    uint64_t seed = 3;
    for (size_t i = 0; i < sizeof data; i++)
        data[i] = (uint8_t)test_rand(&seed);
    uint32_t whole = codec_checksum_soft(0, data, sizeof data);
    for (size_t cut = 0; cut < sizeof data; cut += 7) {
        assert_int_equal(codec_checksum(CODEC_FORMAT, codec_checksum(CODEC_FORMAT, 0, data, cut), data + cut,
                                        sizeof data - cut), whole);
        assert_int_equal(codec_checksum_soft(codec_checksum_soft(0, data, cut), data + cut, sizeof data - cut), whole);
    }
    /* a batch's length: the instruction runs three streams at once over
     * long runs (codec.c's CRC_BLOCK), joined by a shift; any start, any
     * length, any register gives the tables' answer */
    enum { BIG = 70000 };
    uint8_t *big = malloc(BIG);
    for (size_t i = 0; i < BIG; i++)
        big[i] = (uint8_t)test_rand(&seed);
    for (size_t at = 0; at < 40; at += 13)
        for (size_t n = BIG - 40; n > 0; n = n > 5000 ? n - 4999 : n / 3) {
            uint32_t from = (uint32_t)test_rand(&seed);
            assert_int_equal(codec_checksum(CODEC_FORMAT, from, big + at, n), codec_checksum_soft(from, big + at, n));
        }
    free(big);
}

static void test_crc32(void **state)
{
    assert_int_equal(codec_crc32(0, "123456789", 9), 0xcbf43926u);     /* the standard check value */
    assert_int_equal(codec_crc32(codec_crc32(0, "1234", 4), "56789", 5), 0xcbf43926u);
    /* eight bytes at a time, then the tail: the well-known value, and any split */
    static const char fox[] = "The quick brown fox jumps over the lazy dog";
    assert_int_equal(codec_crc32(0, fox, sizeof fox - 1), 0x414fa339u);
    for (size_t cut = 0; cut < sizeof fox; cut++)
        assert_int_equal(codec_crc32(codec_crc32(0, fox, cut), fox + cut, sizeof fox - 1 - cut), 0x414fa339u);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_program_round_trips),
        cmocka_unit_test(test_program_is_compact),
        cmocka_unit_test(test_random_events_round_trip),
        cmocka_unit_test(test_many_is_one_at_a_time),
        cmocka_unit_test(test_many_without_limit),
        cmocka_unit_test(test_fast_is_reference),
        cmocka_unit_test(test_own_ref_any_delta),
        cmocka_unit_test(test_address_list_round_trips),
        cmocka_unit_test(test_damage_is_caught),
        cmocka_unit_test(test_forged_checksum_is_safe),
        cmocka_unit_test(test_format1_still_decodes),
        cmocka_unit_test(test_crc32),
        cmocka_unit_test(test_older_formats_round_trip),
        cmocka_unit_test(test_crc32c),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
