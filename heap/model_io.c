/*
 * model_io.c — the heap model's whole state at once: saved as a keyframe
 * and loaded back, summed up as _debugmallocstats numbers, and checked.
 *
 * A keyframe lets a replayer start anywhere without applying every event
 * from the beginning.  Its format (all integers LEB128 varints unless
 * marked u8; "zz" = zigzag-coded signed delta):
 *
 *   u8 version (3; 2 had no OWNERS section and is still read; 1 had no
 *   OBJECTS section and is refused)
 *   section*           varint tag, varint length, payload; in tag order,
 *                      each tag exactly once
 *     1 GEOMETRY       the profile the model was saved with: alignment
 *                      shift, small threshold, arena bits, pool bits, pool
 *                      overhead, misaligned, arena base, raw base
 *     2 ALLOCATOR      step, arenas_total, arenas_highwater, slots_used,
 *                      nmapped, then per mapped arena (slots ascending):
 *                        zz slot delta, npools, then per pool slot k of it:
 *                          u8 state | 0x80 if carved
 *                          carved: u8 szidx, nextblock, chain length,
 *                                  the chain (zz index deltas, head first),
 *                                  then per block in use (ascending):
 *                                    u8 slack (class size − nbytes, < 15;
 *                                       15: a varint nbytes follows)
 *                                       | 0x10 if its site is the previous
 *                                       block's (else a zz site delta)
 *                      nraw, then per raw block (addresses ascending):
 *                        address delta, nbytes, zz site delta
 *     3 OBJECTS        obj_serial, edge_serial, then
 *                      nobjs, per live object in creation order:
 *                        zz address delta, zz type delta, size,
 *                        zz site delta, serial delta (≥ 1), u8 gen + 1,
 *                        u8 freelist (0 or 1)
 *                      nedges, per edge in serial order:
 *                        serial delta (≥ 1), zz holder delta, zz target
 *                        delta, label, count (≥ 1)
 *                      nframes, per frame outermost first: address, code
 *                      nparks, per free-list entry (addresses ascending):
 *                        address delta, zz type delta, size
 *                      Refcounts are not saved: they are the sums of the
 *                      incoming edges' counts.
 *     4 GC             optional: a collection under way (model_gc.c documents it)
 *     5 OWNERS         version 3 (always there): the blocks objects own (BLOCK_OWNER):
 *                      count, then per block (addresses ascending):
 *                        address delta, zz owner − block, u8 role
 *
 *   ┌────┬──────────┬───────────┬─────────┬──────┬────────┐
 *   │ v3 │ GEOMETRY │ ALLOCATOR │ OBJECTS │ (GC) │ OWNERS │
 *   └────┴──────────┴───────────┴─────────┴──────┴────────┘
 *
 * The collector's half (model_gc.c) exists only during a collection; the
 * recorder takes its keyframes between collections (model_can_save), but a
 * keyframe taken during one saves it (section 4).
 *
 * Stale pools of unmapped arenas are not saved: nothing shows them, and an
 * ARENA_NEW resets them before use.  Free blocks keep no size or site.
 *
 * Loading trusts nothing: every count is bounded by the bytes that remain
 * or by the geometry, every index by its pool, and the result must pass
 * model_check().  Memory grows only with the keyframe's own size.
 */
#include "model.h"
#include "model_int.h"

#include "buf.h"
#include "hv.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

enum { KF_VERSION = 3, KF_VERSION_OLD = 2, SEC_GEOMETRY = 1, SEC_ALLOCATOR = 2, SEC_OBJECTS = 3, SEC_GC = 4,
       SEC_OWNERS = 5, SLACK_ESCAPE = 15, SITE_SAME = 0x10 };

/* ---- varints ----------------------------------------------------------- */

/* Room for n more bytes and the terminator: the check inline, so a
 * keyframe's varints (a live stream saves one every few events per
 * object) cost their bytes, not a call to grow each. */
static inline char *room(buf *b, size_t n)
{
    if (b->len + n + 1 > b->cap)
        hv_grow(&b->data, &b->cap, b->len + n + 1, 1, 256);
    return b->data + b->len;
}

static inline void put_byte(buf *b, unsigned c)
{
    char *p = room(b, 1);
    p[0] = (char)c;
    p[1] = 0;
    b->len++;
}

/* A record's varints written at w, room for them made once (record_begin:
 * at most `most` bytes) and the length set once (record_end): the hot
 * loops of saving a big model (an object, an edge a record) check and
 * terminate the buffer once a record, not once a field. */
static inline uint8_t *record_begin(buf *b, size_t most)
{
    return (uint8_t *)room(b, most);
}

static inline uint8_t *enc_u(uint8_t *w, uint64_t v)
{
    while (v > 0x7f) {
        *w++ = (uint8_t)(v | 0x80);
        v >>= 7;
    }
    *w++ = (uint8_t)v;
    return w;
}

static inline uint8_t *enc_z(uint8_t *w, int64_t v)
{
    return enc_u(w, ((uint64_t)v << 1) ^ (uint64_t)(v >> 63));
}

static inline void record_end(buf *b, uint8_t *w)
{
    *w = 0;
    b->len = (size_t)((char *)w - b->data);
}

/* One varint as a record of its own. */
static inline void put_u(buf *b, uint64_t v)
{
    record_end(b, enc_u(record_begin(b, 10), v));
}

static inline void put_z(buf *b, int64_t v)
{
    put_u(b, ((uint64_t)v << 1) ^ (uint64_t)(v >> 63));
}

void model_write_u(buf *b, uint64_t v)
{
    put_u(b, v);
}

void model_reader_fail(model_reader *r, const char *fmt, ...)
{
    if (r->bad)
        return;
    r->bad = 1;
    if (r->why) {
        va_list ap;
        va_start(ap, fmt);
        buf_vprintf(r->why, fmt, ap);
        va_end(ap);
    }
}

static int64_t get_z(model_reader *r)
{
    uint64_t v = model_read_u(r);
    return (int64_t)(v >> 1) ^ -(int64_t)(v & 1);
}

/* A varint that must be at most max. */
static uint64_t get_max(model_reader *r, uint64_t max, const char *what)
{
    uint64_t v = model_read_u(r);
    if (v > max)
        model_reader_fail(r, "keyframe: %s %llu out of range", what, (unsigned long long)v);
    return r->bad ? 0 : v;
}

/* ---- saving ------------------------------------------------------------ */

static void save_geometry(const profile *p, buf *b)
{
    put_u(b, p->alignment_shift);
    put_u(b, p->small_threshold);
    put_u(b, p->arena_bits);
    put_u(b, p->pool_bits);
    put_u(b, p->pool_overhead);
    put_u(b, p->arena_misaligned);
    put_u(b, p->arena_base);
    put_u(b, p->raw_base);
}

static void save_pool(const model *m, const mpool *p, buf *b)
{
    int carved = p->szidx != SZIDX_DUMMY;
    put_byte(b, (unsigned)(p->state | (carved ? 0x80 : 0)));
    if (!carved)
        return;
    put_byte(b, (unsigned)p->szidx);
    put_u(b, p->nextblock);
    put_u(b, p->nextblock - p->count);
    int64_t prev = 0;
    for (unsigned i = p->freeblock; i != NIL; i = p->blocks[i].link) {
        put_z(b, (int64_t)i - prev);
        prev = i;
    }
    unsigned size = profile_class_size(m->prof, p->szidx);
    uint32_t site = 0;
    for (unsigned i = 0; i < p->nextblock; i++) {
        const mblock *k = &p->blocks[i];
        if (k->link != INUSE)
            continue;
        unsigned slack = k->nbytes <= size && size - k->nbytes < SLACK_ESCAPE ? size - k->nbytes : SLACK_ESCAPE;
        put_byte(b, (unsigned)(slack | (k->site == site ? SITE_SAME : 0)));
        if (slack == SLACK_ESCAPE)
            put_u(b, k->nbytes);
        if (k->site != site)
            put_z(b, (int64_t)k->site - site);
        site = k->site;
    }
}

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return (x > y) - (x < y);
}

static void save_raw(const model *m, buf *b)
{
    uint64_t *addrs = hv_malloc((m->raw.count + 1) * sizeof *addrs), addr, idx;
    size_t n = 0, pos = 0;
    while (map_next(&m->raw, &pos, &addr, NULL))
        addrs[n++] = addr;
    qsort(addrs, n, sizeof *addrs, cmp_u64);
    put_u(b, n);
    uint64_t prev = 0;
    uint32_t site = 0;
    for (size_t i = 0; i < n; i++) {
        map_get(&m->raw, addrs[i], &idx);
        put_u(b, addrs[i] - prev);
        put_u(b, m->raws[idx].nbytes);
        put_z(b, (int64_t)m->raws[idx].site - site);
        prev = addrs[i];
        site = m->raws[idx].site;
    }
    free(addrs);
}

static void save_allocator(const model *m, buf *b)
{
    put_u(b, m->step);
    put_u(b, m->arenas_total);
    put_u(b, m->arenas_highwater);
    put_u(b, m->slots_used);
    for (uint32_t s = 0; s < m->slots_used; s++) {
        const marena *a = &m->arenas[s];
        put_byte(b, (unsigned)a->mapped);
        if (!a->mapped)
            continue;
        put_u(b, a->npools);
        for (unsigned k = 0; k < m->slots; k++)
            save_pool(m, &m->pools[s * m->slots + k], b);
    }
    save_raw(m, b);
}

/* A section: its tag, its length, then what fill appends.  The body is
 * written in place after room for the longest length, then moved down
 * over what the length did not need: no second buffer to grow and copy
 * (a live stream saves a keyframe every few events per object). */
static void add_section(buf *out, unsigned tag, void (*fill)(const model *, buf *), const model *m)
{
    enum { LEN_MAX = 10 };
    put_u(out, tag);
    room(out, LEN_MAX);
    size_t at = out->len;
    out->len += LEN_MAX;
    fill(m, out);
    size_t n = out->len - at - LEN_MAX, k = 0;
    uint8_t len[LEN_MAX];
    for (uint64_t v = n; v > 0x7f; v >>= 7)
        len[k++] = (uint8_t)(v | 0x80);
    len[k] = (uint8_t)(n >> 7 * k);
    k++;
    memcpy(out->data + at, len, k);
    memmove(out->data + at + k, out->data + at + LEN_MAX, n);
    out->len = at + k + n;
    out->data[out->len] = 0;
}

static void save_geometry_of(const model *m, buf *b)
{
    save_geometry(m->prof, b);
}

/* Sorts k[0..n) (each ≤ max) by their bits from `low` up (those below
 * ride along: keys that differ there must not tie above), a radix sort a
 * byte a pass, only as many passes as max needs, a pass skipped when
 * every key has the same byte there: linear in n, and each pass writes
 * 256 runs (few enough to stream through the cache), so saving a big
 * model (a live stream's keyframes, every few events per object) costs
 * its size. */
static void sort_keys(uint64_t *k, size_t n, unsigned low, uint64_t max)
{
    enum { BITS = 8, DIGITS = 1 << BITS };
    uint64_t *tmp = hv_malloc((n + 1) * sizeof *tmp), *from = k, *to = tmp;
    size_t count[DIGITS + 1];
    for (unsigned shift = low; shift < 64 && max >> shift; shift += BITS) {
        memset(count, 0, sizeof count);
        for (size_t i = 0; i < n; i++)
            count[(from[i] >> shift & (DIGITS - 1)) + 1]++;
        if (n && count[(from[0] >> shift & (DIGITS - 1)) + 1] == n)
            continue;                   /* one digit: the order stands */
        for (size_t d = 1; d <= DIGITS; d++)
            count[d] += count[d - 1];
        for (size_t i = 0; i < n; i++)
            to[count[from[i] >> shift & (DIGITS - 1)]++] = from[i];
        uint64_t *t = from;
        from = to, to = t;
    }
    if (from != k && n)
        memcpy(k, from, n * sizeof *k);
    free(tmp);
}

static int cmp_park(const void *a, const void *b)
{
    uint64_t x = ((const mpark *)a)->addr, y = ((const mpark *)b)->addr;
    return (x > y) - (x < y);
}

static void save_objs(const mobjects *ob, buf *b)
{
    put_u(b, ob->byaddr.count);
    uint64_t addr = 0, type = 0, serial = 0;
    uint32_t site = 0;
    for (size_t i = 0; i < ob->nobjs; i++) {
        const mobj *o = &ob->objs[i];
        if (o->refcnt < 0)
            continue;                       /* freed (mobj, model_int.h) */
        uint8_t *w = record_begin(b, 5 * 10 + 2);
        w = enc_z(w, (int64_t)(o->addr - addr));
        w = enc_z(w, (int64_t)(o->type - type));
        w = enc_u(w, o->size);
        w = enc_z(w, (int64_t)o->site - site);
        w = enc_u(w, o->serial - serial);
        *w++ = (uint8_t)(o->gen + 1);
        *w++ = o->freelist;
        record_end(b, w);
        addr = o->addr, type = o->type, site = o->site, serial = o->serial;
    }
}

typedef struct edge_order {
    uint64_t serial;
    uint32_t slot;
} edge_order;

static int cmp_edge_order(const void *a, const void *b)
{
    uint64_t x = ((const edge_order *)a)->serial, y = ((const edge_order *)b)->serial;
    return (x > y) - (x < y);
}

/* The slots of the edges in use (at most n) in serial order into
 * slot[]: each one's serial and slot packed in a key (serial above the
 * slot's bits) and the keys sorted (sort_keys); or, when serials outgrow
 * the key (2^64 over the slots made: never seen), sorted as pairs
 * (qsort).  Returns how many. */
static size_t edges_in_order(const mobjects *ob, uint64_t *slot, size_t n)
{
    unsigned bits = 1;
    while (bits < 32 && (uint64_t)ob->nslots >> bits)
        bits++;
    size_t k = 0;
    if (!(ob->edge_serial >> (64 - bits))) {
        uint64_t max = 0;
        for (size_t i = 0; i < ob->nslots && k < n; i++)
            if (ob->edges[i].r.count > 0) {
                slot[k] = ob->edges[i].serial << bits | i;
                max = slot[k] > max ? slot[k] : max;
                k++;
            }
        sort_keys(slot, k, bits, max);
        for (size_t i = 0; i < k; i++)
            slot[i] &= ((uint64_t)1 << bits) - 1;
        return k;
    }
    edge_order *o = hv_malloc((n + 1) * sizeof *o);
    for (size_t i = 0; i < ob->nslots && k < n; i++)
        if (ob->edges[i].r.count > 0)
            o[k++] = (edge_order){ob->edges[i].serial, (uint32_t)i};
    qsort(o, k, sizeof *o, cmp_edge_order);
    for (size_t i = 0; i < k; i++)
        slot[i] = o[i].slot;
    free(o);
    return k;
}

/* The edges in use, in serial order; the slots a few ahead fetched into
 * the cache (they lie anywhere in the array). */
static void save_edges(const mobjects *ob, buf *b)
{
    enum { AHEAD = 8 };
    uint64_t *slot = hv_malloc((ob->nedges + 1) * sizeof *slot);
    size_t n = edges_in_order(ob, slot, ob->nedges);
    put_u(b, n);
    uint64_t serial = 0, holder = 0, target = 0;
    for (size_t i = 0; i < n; i++) {
        if (i + AHEAD < n)
            __builtin_prefetch(&ob->edges[slot[i + AHEAD]]);
        const medge *e = &ob->edges[slot[i]];
        uint8_t *w = record_begin(b, 5 * 10);
        w = enc_u(w, e->serial - serial);
        w = enc_z(w, (int64_t)(e->r.holder - holder));
        w = enc_z(w, (int64_t)(e->r.target - target));
        w = enc_u(w, e->r.label);
        w = enc_u(w, (uint64_t)e->r.count);
        record_end(b, w);
        serial = e->serial, holder = e->r.holder, target = e->r.target;
    }
    free(slot);
}

static void save_objects(const model *m, buf *b)
{
    const mobjects *ob = &m->ob;
    put_u(b, ob->obj_serial);
    put_u(b, ob->edge_serial);
    save_objs(ob, b);
    save_edges(ob, b);
    put_u(b, ob->nframes);
    for (size_t i = 0; i < ob->nframes; i++) {
        put_u(b, ob->frames[i].addr);
        put_u(b, ob->frames[i].code);
    }
    mpark *parks = hv_malloc((ob->nparks + 1) * sizeof *parks);
    if (ob->nparks)
        memcpy(parks, ob->parks, ob->nparks * sizeof *parks);
    qsort(parks, ob->nparks, sizeof *parks, cmp_park);
    put_u(b, ob->nparks);
    uint64_t addr = 0, type = 0;
    for (size_t i = 0; i < ob->nparks; i++) {
        put_u(b, parks[i].addr - addr);
        put_z(b, (int64_t)(parks[i].type - type));
        put_u(b, parks[i].size);
        addr = parks[i].addr, type = parks[i].type;
    }
    free(parks);
}

static int collect_owner(void *ud, const model_owner *o)
{
    buf *all = ud;
    buf_add(all, o, sizeof *o);
    return 0;
}

static int cmp_owner(const void *a, const void *b)
{
    uint64_t x = ((const model_owner *)a)->block, y = ((const model_owner *)b)->block;
    return (x > y) - (x < y);
}

static void save_owners(const model *m, buf *b)
{
    buf all = BUF_INIT;
    model_owners_each(m, collect_owner, &all);
    size_t n = all.len / sizeof(model_owner);
    model_owner *o = (model_owner *)all.data;
    if (n)
        qsort(o, n, sizeof *o, cmp_owner);
    put_u(b, n);
    uint64_t block = 0;
    for (size_t i = 0; i < n; i++) {
        put_u(b, o[i].block - block);
        put_z(b, (int64_t)(o[i].owner - o[i].block));
        put_byte(b, (unsigned)(o[i].role));
        block = o[i].block;
    }
    buf_free(&all);
}

int model_can_save(const model *m)
{
    return model_gc_phase(m, NULL, NULL) == GCP_IDLE;
}

void model_save(const model *m, buf *out)
{
    buf_addc(out, KF_VERSION);
    add_section(out, SEC_GEOMETRY, save_geometry_of, m);
    add_section(out, SEC_ALLOCATOR, save_allocator, m);
    add_section(out, SEC_OBJECTS, save_objects, m);
    if (model_gc_saved(m))
        add_section(out, SEC_GC, model_gc_save, m);
    add_section(out, SEC_OWNERS, save_owners, m);
}

/* ---- loading ----------------------------------------------------------- */

static void load_geometry(model_reader *r, const profile *p)
{
    buf want = BUF_INIT;
    save_geometry(p, &want);
    size_t n = (size_t)(r->end - r->p);
    if (n != want.len || memcmp(r->p, want.data, n) != 0)
        model_reader_fail(r, "keyframe: saved with another allocator geometry than profile %s", p->name);
    r->p = r->end;
    buf_free(&want);
}

static void load_pool(model_reader *r, model *m, mpool *p)
{
    uint8_t head = model_read_byte(r);
    if ((head & 0x7f) > POOL_EMPTY)
        model_reader_fail(r, "keyframe: pool state %u", head & 0x7f);
    p->state = head & 3;
    if (!(head & 0x80) || r->bad)
        return;
    unsigned c = model_read_byte(r);
    if (c >= profile_nclasses(m->prof))
        model_reader_fail(r, "keyframe: size class %u", c);
    if (r->bad)
        return;
    unsigned nblocks = profile_blocks_per_pool(m->prof, c), size = profile_class_size(m->prof, c);
    unsigned next = (unsigned)get_max(r, nblocks, "nextblock");
    unsigned nchain = (unsigned)get_max(r, next, "free chain length");
    if (r->bad)
        return;
    p->szidx = (uint8_t)c;
    p->nblocks = p->cap = (uint16_t)nblocks;
    p->nextblock = (uint16_t)next;
    p->count = next - nchain;
    p->blocks = hv_malloc(nblocks * sizeof *p->blocks);
    for (unsigned i = 0; i < nblocks; i++)
        p->blocks[i] = (mblock){INUSE, 0, 0};
    p->freeblock = NIL;
    uint16_t *tail = &p->freeblock;
    int64_t prev = 0;
    for (unsigned j = 0; j < nchain && !r->bad; j++) {
        int64_t i = prev + get_z(r);
        if (i < 0 || i >= next || p->blocks[i].link != INUSE) {
            model_reader_fail(r, "keyframe: free chain entry %lld", (long long)i);
            break;
        }
        *tail = (uint16_t)i;
        p->blocks[i].link = NIL;
        tail = &p->blocks[i].link;
        prev = i;
    }
    uint32_t site = 0;
    for (unsigned i = 0; i < next && !r->bad; i++) {
        mblock *k = &p->blocks[i];
        if (k->link != INUSE)
            continue;
        uint8_t b = model_read_byte(r);
        unsigned slack = b & 0x0f;
        k->nbytes = slack == SLACK_ESCAPE ? (uint16_t)get_max(r, UINT16_MAX, "block size") : (uint16_t)(size - slack);
        if (slack != SLACK_ESCAPE && slack > size)
            model_reader_fail(r, "keyframe: block size");
        if (b & ~(0x0f | SITE_SAME))
            model_reader_fail(r, "keyframe: block flags %#x", b);
        site = b & SITE_SAME ? site : (uint32_t)(site + get_z(r));
        k->site = site;
    }
}

static void load_raw(model_reader *r, model *m)
{
    uint64_t n = get_max(r, (uint64_t)(r->end - r->p) / 3, "raw block count"), addr = 0;
    uint32_t site = 0;
    for (uint64_t i = 0; i < n && !r->bad; i++) {
        uint64_t d = model_read_u(r);
        hv_event ev = {.kind = EV_RAW_ALLOC};
        ev.u.block.nbytes = (uint32_t)get_max(r, UINT32_MAX, "raw size");
        site = (uint32_t)(site + get_z(r));
        if (r->bad)
            break;
        if ((i && d == 0) || addr + d < addr) {
            model_reader_fail(r, "keyframe: raw blocks out of order");
            break;
        }
        addr += d;
        ev.u.block.addr = addr;
        ev.site = site;
        if (model_apply(m, &ev) != 0)
            model_reader_fail(r, "keyframe: raw block %#llx", (unsigned long long)addr);
    }
}

static void load_allocator(model_reader *r, model *m)
{
    m->step = model_read_u(r);
    m->arenas_total = model_read_u(r);
    m->arenas_highwater = (uint32_t)get_max(r, UINT32_MAX, "highwater");
    /* one byte at least per slot ever mapped: memory grows with the input */
    m->slots_used = (uint32_t)get_max(r, (uint64_t)(r->end - r->p), "slots used");
    if (!r->bad && m->slots_used)
        model_ensure_slot(m, m->slots_used - 1);
    for (uint32_t s = 0; s < m->slots_used && !r->bad; s++) {
        uint8_t mapped = model_read_byte(r);
        m->arenas[s] = (marena){profile_arena_addr(m->prof, s), 0, 0};
        if (mapped > 1)
            model_reader_fail(r, "keyframe: arena slot %u mapped %u", s, mapped);
        if (mapped != 1)
            continue;
        m->arenas[s].npools = (uint32_t)get_max(r, m->slots, "pools per arena");
        m->arenas[s].mapped = 1;
        m->arenas_current++;
        for (unsigned k = 0; k < m->slots && !r->bad; k++)
            load_pool(r, m, &m->pools[s * m->slots + k]);
    }
    load_raw(r, m);
    if (!r->bad && r->p != r->end)
        model_reader_fail(r, "keyframe: %zu stray bytes in the allocator section", (size_t)(r->end - r->p));
}

/* Decodes every object, then adds them at once (model_obj_add_all). */
static void load_objs(model_reader *r, model *m)
{
    uint64_t n = get_max(r, (uint64_t)(r->end - r->p) / 7, "object count"), addr = 0, type = 0, serial = 0;
    uint32_t site = 0;
    model_obj *all = hv_malloc((n + 1) * sizeof *all);
    size_t bad;
    for (uint64_t i = 0; i < n && !r->bad; i++) {
        model_obj o = {0};
        o.addr = addr += (uint64_t)get_z(r);
        o.type = type += (uint64_t)get_z(r);
        o.size = (uint32_t)get_max(r, UINT32_MAX, "object size");
        o.site = site = (uint32_t)(site + get_z(r));
        uint64_t d = model_read_u(r);
        o.serial = serial += d;
        o.gen = (int8_t)(model_read_byte(r) - 1);
        o.freelist = model_read_byte(r);
        if (r->bad)
            break;
        if (d == 0 || serial > m->ob.obj_serial || serial < d || o.gen < -1 || o.gen > GC_PERMANENT ||
            o.freelist > 1)
            model_reader_fail(r, "keyframe: object %llu: serial, generation or flags out of range", (unsigned long long)i);
        all[i] = o;
    }
    if (!r->bad && model_obj_add_all(m, all, n, &bad))
        model_reader_fail(r, "keyframe: object %#llx: a static or repeated address", (unsigned long long)all[bad].addr);
    free(all);
}

static void bad_edge(model_reader *r, const model_ref *e)
{
    model_reader_fail(r, "keyframe: reference %#llx -> %#llx (label %llu): out of order, repeated, empty or to a dead object",
          (unsigned long long)e->holder, (unsigned long long)e->target, (unsigned long long)e->label);
}

/* Decodes every edge, then adds them at once (model_edge_add_all). */
static void load_edges(model_reader *r, model *m)
{
    uint64_t n = get_max(r, (uint64_t)(r->end - r->p) / 5, "reference count"), serial = 0, holder = 0,
             target = 0;
    model_ref *all = hv_malloc((n + 1) * sizeof *all);
    uint64_t *serials = hv_malloc((n + 1) * sizeof *serials);
    size_t bad;
    for (uint64_t i = 0; i < n && !r->bad; i++) {
        uint64_t d = model_read_u(r);
        model_ref *e = &all[i];
        e->holder = holder += (uint64_t)get_z(r);
        e->target = target += (uint64_t)get_z(r);
        e->label = model_read_u(r);
        e->count = (int64_t)get_max(r, INT32_MAX, "reference count");
        serials[i] = serial += d;
        if (!r->bad && (d == 0 || serial < d || serial > m->ob.edge_serial))
            bad_edge(r, e);
    }
    if (!r->bad && model_edge_add_all(m, all, serials, n, &bad))
        bad_edge(r, &all[bad]);
    free(all);
    free(serials);
}

static void load_frames_parks(model_reader *r, model *m)
{
    uint64_t n = get_max(r, (uint64_t)(r->end - r->p) / 2, "frame count");
    for (uint64_t i = 0; i < n && !r->bad; i++) {
        model_frame f;
        f.addr = model_read_u(r);
        f.code = model_read_u(r);
        if (!r->bad && !f.addr)
            model_reader_fail(r, "keyframe: frame %llu has no address", (unsigned long long)i);
        if (!r->bad)
            model_frame_push(m, &f);
    }
    n = get_max(r, (uint64_t)(r->end - r->p) / 3, "free-list entry count");
    uint64_t addr = 0, type = 0;
    for (uint64_t i = 0; i < n && !r->bad; i++) {
        uint64_t d = model_read_u(r);
        mpark p = {addr += d, type += (uint64_t)get_z(r), (uint32_t)get_max(r, UINT32_MAX, "free-list size")};
        if (r->bad)
            break;
        if ((i && d == 0) || !p.addr || map_get(&m->ob.byaddr, p.addr, NULL) || model_park_add(m, &p))
            model_reader_fail(r, "keyframe: free-list entry %#llx: out of order or alive", (unsigned long long)p.addr);
    }
}

static void load_owners(model_reader *r, model *m)
{
    uint64_t n = get_max(r, (uint64_t)(r->end - r->p) / 3, "owned block count"), block = 0;
    for (uint64_t i = 0; i < n && !r->bad; i++) {
        uint64_t d = model_read_u(r);
        block += d;                 /* fields read in stream order, one statement each */
        uint64_t owner = block + (uint64_t)get_z(r);
        model_owner o = {block, owner, model_read_byte(r)};
        if (r->bad)
            break;
        if ((i && d == 0) || model_owner_add(m, &o))
            model_reader_fail(r, "keyframe: block %#llx: owner %#llx, role %u: out of order, repeated or out of range",
                  (unsigned long long)o.block, (unsigned long long)o.owner, o.role);
    }
    if (!r->bad && r->p != r->end)
        model_reader_fail(r, "keyframe: %zu stray bytes in the owners section", (size_t)(r->end - r->p));
}

static void load_objects(model_reader *r, model *m)
{
    m->ob.obj_serial = model_read_u(r);
    m->ob.edge_serial = model_read_u(r);
    load_objs(r, m);
    load_edges(r, m);
    load_frames_parks(r, m);
    if (!r->bad && r->p != r->end)
        model_reader_fail(r, "keyframe: %zu stray bytes in the objects section", (size_t)(r->end - r->p));
}

/* model_load, and model_load_own without the final model_check. */
static model *load(const profile *prof, const void *data, size_t n, buf *why, int check)
{
    model_reader r = {data, (const uint8_t *)data + n, why, 0};
    model *m = model_new(prof);
    unsigned version = model_read_byte(&r);
    if (version != KF_VERSION && version != KF_VERSION_OLD && !r.bad)
        model_reader_fail(&r, "keyframe: format %u is not known", version);
    unsigned last = 0;
    while (!r.bad && r.p < r.end) {
        uint64_t tag = model_read_u(&r), len = model_read_u(&r);
        if (r.bad || len > (uint64_t)(r.end - r.p)) {
            model_reader_fail(&r, "keyframe: truncated section");
            break;
        }
        int optional = tag == SEC_OWNERS && last == SEC_OBJECTS;     /* no GC section before it */
        if ((tag != last + 1 && !optional) || tag > (version == KF_VERSION ? SEC_OWNERS : SEC_GC)) {
            model_reader_fail(&r, "keyframe: unexpected section %llu", (unsigned long long)tag);
            break;
        }
        model_reader sec = {r.p, r.p + len, why, 0};
        if (tag == SEC_GEOMETRY)
            load_geometry(&sec, prof);
        else if (tag == SEC_ALLOCATOR)
            load_allocator(&sec, m);
        else if (tag == SEC_OBJECTS)
            load_objects(&sec, m);
        else if (tag == SEC_OWNERS)
            load_owners(&sec, m);
        else
            sec.bad = model_gc_load(m, sec.p, len, why) != 0;
        r.bad = sec.bad;
        r.p += len;
        last = (unsigned)tag;
    }
    if (!r.bad && last < (version == KF_VERSION ? SEC_OWNERS : SEC_OBJECTS))
        model_reader_fail(&r, "keyframe: sections missing");
    if (!r.bad && check && model_check(m, why) != 0)
        r.bad = 1;
    if (r.bad) {
        model_delete(m);
        return NULL;
    }
    return m;
}

model *model_load(const profile *prof, const void *data, size_t n, buf *why)
{
    return load(prof, data, n, why, 1);
}

model *model_load_own(const profile *prof, const void *data, size_t n, buf *why)
{
    return load(prof, data, n, why, 0);
}

void model_drop_history(model *m)
{
    for (size_t i = 0; i < m->nhist; i++) {
        free(m->hist[i].pool.blocks);
        free(m->hist[i].pools);
    }
    m->nhist = 0;
    model_obj_drop_history(&m->ob);
}

/* ---- stats ------------------------------------------------------------- */

void model_get_stats(const model *m, pymalloc_stats *st)
{
    const profile *prof = m->prof;
    memset(st, 0, sizeof *st);
    st->nclasses = profile_nclasses(prof);
    st->alignment = profile_alignment(prof);
    st->threshold = prof->small_threshold;
    st->arena_size = profile_arena_size(prof);
    st->pool_size = profile_pool_size(prof);
    st->pool_overhead = prof->pool_overhead;
    st->arenas_allocated_total = m->arenas_total;
    st->arenas_highwater = m->arenas_highwater;
    st->arenas_current = m->arenas_current;
    for (size_t s = 0; s < m->narenas; s++) {
        const marena *a = &m->arenas[s];
        if (!a->mapped)
            continue;
        if (prof->arena_misaligned)
            st->arena_alignment += st->pool_size;
        for (unsigned k = 0; k < a->npools; k++) {
            const mpool *p = &m->pools[s * m->slots + k];
            st->unused_pools += p->state == POOL_UNCARVED || p->state == POOL_EMPTY;
            if (p->state == POOL_UNCARVED || p->count == 0)
                continue;
            st->pools[p->szidx]++;
            st->in_use[p->szidx] += p->count;
            st->avail[p->szidx] += p->nblocks - p->count;
        }
    }
    uint64_t blocks = 0;
    for (unsigned c = 0; c < st->nclasses; c++) {
        uint64_t size = profile_class_size(prof, c);
        st->allocated_bytes += st->in_use[c] * size;
        st->available_bytes += st->avail[c] * size;
        st->pool_header_bytes += st->pools[c] * prof->pool_overhead;
        st->quantization += st->pools[c] * ((st->pool_size - prof->pool_overhead) % size);
        blocks += st->in_use[c];
    }
    pymalloc_radix_stats(m->prof, m->slots_used, NULL, NULL, st);     /* the slots used: mapped */
    size_t pos = 0;
    uint64_t addr, idx;
    while (map_next(&m->raw, &pos, &addr, &idx)) {
        st->raw_blocks++;
        st->raw_bytes += pymalloc_raw_chunk(m->raws[idx].nbytes);
    }
    st->allocated_blocks = blocks + st->raw_blocks;
}

/* ---- the checker ------------------------------------------------------- */

/* Invariant 2 for one carved pool. */
static int check_pool(const model *m, const mpool *p, uint32_t pid, buf *why)
{
    if (p->szidx >= profile_nclasses(m->prof) || p->nblocks != profile_blocks_per_pool(m->prof, p->szidx) ||
        p->nextblock > p->nblocks || p->cap < p->nblocks || !p->blocks)
        FAIL("pool %u: class %u, %u/%u blocks", pid, p->szidx, p->nextblock, p->nblocks);
    unsigned chain = 0;
    for (unsigned i = p->freeblock; i != NIL; i = p->blocks[i].link) {
        if (i >= p->nextblock || ++chain > p->nextblock)
            FAIL("pool %u: free chain leaves the pool or loops at block %u", pid, i);
    }
    unsigned used = 0;
    for (unsigned i = 0; i < p->nextblock; i++)
        used += p->blocks[i].link == INUSE;
    if (used != p->count || used + chain != p->nextblock)
        FAIL("pool %u: %u in use, count %u, %u on the chain, nextblock %u", pid, used, p->count, chain,
             p->nextblock);
    if (p->state > POOL_EMPTY)
        FAIL("pool %u: state %u", pid, p->state);
    return 0;
}

int model_check(const model *m, buf *why)
{
    uint32_t mapped = 0;
    for (size_t s = 0; s < m->narenas; s++) {
        const marena *a = &m->arenas[s];
        if ((s < m->slots_used) != (a->addr != 0) || (a->mapped && !a->addr))
            FAIL("arena slot %zu: ever mapped %d, slots used %u", s, a->addr != 0, m->slots_used);
        if (a->addr && a->addr != profile_arena_addr(m->prof, (uint32_t)s))
            FAIL("arena slot %zu: address %#llx", s, (unsigned long long)a->addr);
        if (!a->mapped)
            continue;
        mapped++;
        if (a->npools > m->slots)
            FAIL("arena slot %zu: %u pools", s, a->npools);
        for (unsigned k = 0; k < m->slots; k++) {
            const mpool *p = &m->pools[s * m->slots + k];
            if (p->szidx != SZIDX_DUMMY && check_pool(m, p, (uint32_t)(s * m->slots + k), why))
                return -1;
        }
    }
    if (m->slots_used > m->narenas || mapped != m->arenas_current ||
        m->arenas_highwater < m->arenas_current || m->arenas_total < m->slots_used)
        FAIL("arena counters: %u mapped, current %u, highwater %u, total %llu, slots used %u", mapped,
             m->arenas_current, m->arenas_highwater, (unsigned long long)m->arenas_total, m->slots_used);
    return model_obj_check(m, why) || model_gc_check(m, why) ? -1 : 0;
}
