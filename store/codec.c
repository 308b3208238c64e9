/*
 * codec.c — coding events into batches and back.
 *
 * Batch:
 *
 *   ┌────────┬──────────┬───────────┬──────────────┬────────────┬──────────┐
 *   │ u8 fmt │ u8 align │ u8 pool   │ varint count │ u32 CRC    │ events … │
 *   │ (1-4)  │ shift    │ bits      │              │ of the rest│          │
 *   └────────┴──────────┴───────────┴──────────────┴────────────┴──────────┘
 *   The CRC covers every other byte of the batch, header included: CRC-32
 *   in formats 1-3, CRC-32C in format 4 (codec_checksum).
 *
 * Formats 1-3 code events with a bit-level predictor (below); format 4,
 * written now, is byte-aligned (the section "format 4"): about half the
 * instructions per event for the same size.
 *
 * Event: bits and bytes interleaved.  The coder takes bits from a
 * "reservoir" byte that it reserves at the current position in the stream
 * when an event starts and whenever the reservoir is used up; varints and
 * bytes go in between.  Encoder and decoder run the same code (code_event:
 * the format is written once), so they reserve and read at the same
 * places.  An event's first bit says whether its kind is the one that
 * followed the previous kind last time; if not, 5 bits of kind follow
 * (31: a byte with the kind).  Then one bit: same site as the previous
 * event (else a zigzag delta).  Then the kind's fields:
 *
 *   STEP          number = previous + 1? (bit), same `what` as before? (bit)
 *   POOL_*        usual? (bit: address is the pool of the last block,
 *                 class the last block's, old class canonical), then the
 *                 from → to pair among the common transitions (3 bits)
 *   BLOCK/RAW     allocation: size from a move-to-front list (3 bits),
 *                 usual? (bit: class follows from the size, no old size or
 *                 site), address: the next virgin block, the last freed, or
 *                 a delta (2 bits, virgin folded in); free and resize: usual?
 *                 (bit: class follows from the last size seen), address
 *                 among the class's recently allocated blocks or the last
 *                 object's block (3 bits), whose size and site predict the
 *                 old ones (a bit each)
 *   OBJ/TRACK/FRAME  address (see below), type (bit: the last type; else a
 *                 move-to-front list), RESIZE: the old size, usual? (bit:
 *                 the kind's usual gens, free-list flag and size)
 *   REF/REF_MOVE  delta (2 bits), target, holder, to (addresses), label
 *                 (2 bits: previous + 1, previous, small number, address)
 *   GC_*          the object: the previous GC event's (bit), else a delta
 *                 from it; PHASE: from = the last phase entered? (bit),
 *                 to (5 bits), gen (2 bits), collector (1 bit); REFS: how
 *                 (2 bits: gc_refs − 1, set to 1, joining with a varint,
 *                 spelled out), the list (3 bits); MOVE: from, to (3 bits
 *                 each), colour (2 bits), gc_refs (varint); COLOR: from, to
 *                 (2 bits each)
 *   BLOCK_OWNER   the block (a delta from the last block), owner and old
 *                 owner (addresses), role and old role (3 bits each)
 *   other kinds   their union verbatim (SHIFT, which came after format 3)
 *
 * An address of an object, holder or label is 3 bits: 0 (null), one of
 * the 3 most recent addresses, the last block plus 0, 16 or 32 bytes (an
 * object just allocated, behind its GC pre-header), or 7: 4 more bits, an
 * older entry of a 15-entry move-to-front list, or 15 and a delta from the
 * last block in 8-byte units (unaligned deltas are escaped).
 *
 * All prediction state lives in codec_ctx, is reset at each batch and is
 * updated identically on both sides.
 *
 * Formats.  The header's first byte; the decoder knows every one, the
 * encoder writes the newest (older files stay readable, nothing to
 * migrate):
 *   1  as above;
 *   2  a REF's target is followed by a bit: "the interpreter's own" (holder,
 *      to and label all 0, 57 % of a real program's events), which then
 *      take no more bits; an address missing from the 15-entry list is a
 *      bit and a byte when a 256-slot table of the addresses seen (by hash)
 *      holds it, else the delta as before; GC_CONFIG has its own entry
 *      (gen in 3 bits, old and new value as zigzag varints) instead of the
 *      union verbatim;
 *   3  GC_MOVE and GC_COLOR carry the mark & sweep root (gc.gen, enum
 *      gc_root): a bit "none", else 4 bits;
 *   4  byte-aligned ops and fields, CRC-32C (code_event4: the same fields
 *      of each kind as format 3, so any event of any format re-encodes).
 *      SHIFT (a list's items moving) came after format 4 was first
 *      written, when its 127 ops were all taken: it is the opaque op and
 *      the kind's byte, then reversed (a byte), holder and target
 *      (acodes), from and count (varints), by (zigzag varint).  Files
 *      written before hold no opaque event of that kind (no producer made
 *      kinds past GC_VISIT), so they read as before.
 *
 * Invariants:
 *   1. code_event() (format 4: code_event4()) and the functions it calls
 *      are the only description of the event format: no event field is read or written anywhere else
 *      (the header: codec_enc_seal() writes it, read_header() reads it)
 *      but by format 4's fast encoder (put_event4), which writes the same
 *      bytes, byte for byte, as tests/40-codec and the fuzzer check;
 *   2. the context after an event depends only on the events so far in the
 *      batch, never on which side (encoder or decoder) computed it;
 *   3. the decoder never reads outside [p, end), and rejects a value that
 *      does not fit its field rather than truncating it.
 */
#include "codec.h"

#include "hv.h"

#include <pthread.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#if defined(__GNUC__)
#define HV_FLATTEN __attribute__((flatten))
#define HV_ALWAYS_INLINE __attribute__((always_inline))
#else
#define HV_FLATTEN
#define HV_ALWAYS_INLINE
#endif

enum {
    FORMAT = CODEC_FORMAT,  /* written; 1 to 3 still decode (see "Formats") */
    FORMAT_OLDEST = 1,
    HEADER_MIN = 8,         /* fmt, shift, pool bits, 1-byte count, CRC */
    HEAD_ROOM = 3 + 10 + 4, /* the longest header (a 10-byte count) */
    MAX_EVENT_BYTES = 96,   /* more than the longest event coded (a REF with
                               four escaped addresses: 56) */
    KIND_ESCAPE = 31,
    RAWCLASS = 256,         /* the context "class" of raw blocks */
    NCLASSES = 257,
    STACK = 3,              /* recent blocks remembered per class */
    NSIZES = 7,             /* size list entries (index 7: a miss) */
    NADDRS = 15,            /* address list entries (index 15: a miss) */
    NTYPES = 7,             /* type list entries (index 7: a miss) */
    SEEN_BITS = 8,          /* format 2: addresses seen, by hash (256) */
    WHERE_BITS = 10,        /* the encoder's index of the address list */
    TAB4 = 64,              /* format 4: addresses by hash (an op's 6 bits) */
    SEEN4 = 256,            /* format 4: addresses seen, by hash (a byte) */
    BLK4 = 64,              /* format 4: blocks allocated, by hash */
    TY4 = 31,               /* format 4: types by hash (a 5-bit slot; 31 escapes) */
};

typedef struct recent {
    uint64_t addr;
    uint32_t nbytes, site;
} recent;

typedef struct clsctx {
    uint32_t batch;         /* the batch this entry was last reset for */
    uint8_t n;              /* entries in stack */
    recent stack[STACK];    /* allocated, not yet freed; [0] the latest */
    uint64_t last_free;     /* the last block freed (the chain head) */
    uint64_t next_virgin;   /* after the last virgin block */
    uint64_t last;          /* the last address of any event in the class */
} clsctx;

struct codec_ctx {
    unsigned fmt;           /* the batch's format (FORMAT_OLDEST..FORMAT) */
    unsigned shift;         /* profile alignment shift */
    unsigned pool_bits;     /* log2 of the pool size */
    uint32_t batch;         /* batches begun: stamps clsctx entries */
    uint8_t last_kind;
    uint8_t next_kind[32];  /* the kind that followed each kind last */
    uint32_t site, what;
    uint64_t step;
    uint8_t szidx;          /* of the last pool block event */
    uint64_t last_block, last_pool, last_arena, label;
    uint32_t sizes[NSIZES];
    /* the address list (opening comment), as 15 fixed slots and their
     * move-to-front order: nibble k of `order` is the slot at rank k
     * (nibble 15 is 15, no slot), so moving an entry to the front is a
     * few shifts, not a memmove */
    uint64_t slot[NADDRS + 1];
    uint64_t order;
    uint64_t types[NTYPES];
    uint64_t gc_addr;       /* the object of the last GC event */
    uint8_t gc_phase;       /* the last phase entered */
    uint64_t seen[1 << SEEN_BITS];  /* format 2: the last address of each hash */
    uint8_t where[1 << WHERE_BITS]; /* encoder only: the slot an address
                                       was last put in, by hash (checked
                                       against slot[]: a stale or colliding
                                       entry is a miss, coded as one) */
    /* format 4 (byte-aligned): direct-mapped tables, an entry at the hash
     * of what it holds, so a lookup is one compare on both sides */
    uint64_t tab[TAB4];     /* addresses of objects, holders, labels: 32
                               sets of two, the newer first */
    uint64_t seen4[SEEN4];  /* every address put in tab, by hash: what the
                               two ways forgot */
    recent blk[BLK4];       /* blocks allocated: their size and site */
    uint64_t ty[TY4];       /* object types … */
    uint32_t tysize[TY4];   /* … and the size of the last object of each */
    uint64_t last_obj;      /* the object of the last object event */
    uint64_t last_type;     /* its type */
    uint8_t last_fl;        /* the free-list flag of the last creation or free */
    clsctx cls[NCLASSES];
};

#define ORDER_START 0xfedcba9876543210ULL    /* rank k: slot k */
#define NIBBLES 0x1111111111111111ULL

/* Starts a batch: everything predicted from scratch.  The class entries
 * are reset when first used (stamps), not here: most batches use few. */
static void ctx_reset(codec_ctx *x)
{
    unsigned fmt = x->fmt, shift = x->shift, pool_bits = x->pool_bits;
    uint32_t batch = x->batch + 1;
    memset(x, 0, offsetof(codec_ctx, cls));
    x->fmt = fmt;
    x->shift = shift;
    x->pool_bits = pool_bits;
    x->batch = batch;
    x->order = ORDER_START;
}

static clsctx *ctx_class(codec_ctx *x, unsigned k)
{
    clsctx *c = &x->cls[k];
    if (c->batch != x->batch)
        *c = (clsctx){.batch = x->batch};
    return c;
}

static void ops4_ready(void);

static codec_ctx *ctx_new(unsigned fmt, unsigned shift, unsigned pool_bits)
{
    ops4_ready();
    codec_ctx *x = hv_calloc(1, sizeof *x);
    x->fmt = fmt;
    x->shift = shift;
    x->pool_bits = pool_bits;
    ctx_reset(x);
    return x;
}

/* ---- the coder: one object, two directions ----------------------------- */

/* Why decoding stopped (the message is written once, by codec_decode). */
enum flaw { FLAW_NONE, FLAW_TRUNCATED, FLAW_VARINT, FLAW_RANGE, FLAW_DELTA, FLAW_INDEX, FLAW_SELECTOR };

static const char *const flaw_text[] = {
    [FLAW_NONE] = "?", [FLAW_TRUNCATED] = "truncated event", [FLAW_VARINT] = "varint overflows 64 bits",
    [FLAW_RANGE] = "field value out of range", [FLAW_DELTA] = "bad address delta",
    [FLAW_INDEX] = "bad address index", [FLAW_SELECTOR] = "bad address selector",
};

typedef struct coder {
    int dec;                /* 0: encoding into o; 1: decoding from p */
    codec_ctx *x;
    uint8_t *o;             /* encoding: the output (room checked per event) */
    size_t len;             /* encoding: bytes in o */
    size_t res;             /* encoding: where the reservoir byte goes in o */
    unsigned acc;           /* encoding: the reservoir's bits so far (stored
                               into o[res] when the next one is reserved and
                               when the event ends: a register, not a
                               read-modify-write of memory per field) */
    const uint8_t *p, *end; /* decoding */
    uint8_t bits;           /* decoding: the reservoir */
    unsigned used;          /* reservoir bits used (8: reserve a new one) */
    enum flaw flaw;         /* decoding: the first flaw found */
    unsigned f;             /* format 4: the op's flags (encoding: set as the
                               fields are coded, the op byte written last) */
    unsigned mask;          /* format 4: the flags the event's kind has */
} coder;

/* Marks the input bad: every later read fails and returns 0.  Inline and
 * without the coder escaping, so the compiler keeps the coder in
 * registers and drops the decoding half from the encoder. */
static inline void bad(coder *c, enum flaw f)
{
    if (!c->flaw)
        c->flaw = f;
    c->p = c->end;
}

static inline uint8_t code_byte(coder *c, uint8_t v)
{
    if (!c->dec) {
        c->o[c->len++] = v;
        return v;
    }
    if (HV_LIKELY(c->p < c->end))
        return *c->p++;
    bad(c, FLAW_TRUNCATED);
    return 0;
}

/* n ≤ 8 bits of v, from the reservoir. */
static inline unsigned code_bits(coder *c, unsigned v, unsigned n)
{
    unsigned mask = (1u << n) - 1;
    if (c->used + n > 8) {
        if (c->dec)
            c->bits = code_byte(c, 0);
        else {
            c->o[c->res] = (uint8_t)c->acc;     /* the previous one is full */
            c->res = c->len++;
            c->acc = 0;
        }
        c->used = 0;
    }
    if (c->dec)
        v = (c->bits >> c->used) & mask;
    else
        c->acc |= (v & mask) << c->used;
    c->used += n;
    return v & mask;
}

static inline int code_bit(coder *c, int cond)
{
    return (int)code_bits(c, cond != 0, 1);
}

/* Format 4: a flag of the op: encoding, set when cond holds and the kind has it;
 * decoding, read.  Returns the flag. */
static inline int code_flag(coder *c, unsigned bit, int cond)
{
    if (c->dec)
        return (c->f & bit) != 0;
    if (cond && (c->mask & bit)) {
        c->f |= bit;
        return 1;
    }
    return 0;
}

/* Format 4: a selector of width bits at shift in the op (0: spelled out). */
static inline unsigned code_sel(coder *c, unsigned shift, unsigned width, unsigned v)
{
    unsigned m = ((1u << width) - 1) << shift;
    if (c->dec)
        return (c->f & m) >> shift;
    v <<= shift;
    if ((v & ~c->mask) != 0)
        v = 0;
    c->f |= v;
    return v >> shift;
}

/* A varint: written (encoding, returns v) or read (decoding). */
static uint64_t code_varint(coder *c, uint64_t v)
{
    if (!c->dec) {
        uint64_t w = v;
        while (w >= 0x80) {
            c->o[c->len++] = (uint8_t)(w | 0x80);
            w >>= 7;
        }
        c->o[c->len++] = (uint8_t)w;
        return v;
    }
    uint64_t r = 0;
    for (unsigned shift = 0;; shift += 7) {
        uint8_t b = code_byte(c, 0);
        if (shift == 63 && b > 1) {
            bad(c, FLAW_VARINT);
            return 0;
        }
        r |= (uint64_t)(b & 0x7f) << shift;
        if (!(b & 0x80) || c->flaw)
            return c->flaw ? 0 : r;
    }
}

static inline uint64_t zig(int64_t v) { return ((uint64_t)v << 1) ^ (uint64_t)(v >> 63); }
static inline int64_t unzig(uint64_t v) { return (int64_t)(v >> 1) ^ -(int64_t)(v & 1); }

/* A field of at most max. */
static uint64_t code_uint(coder *c, uint64_t f, uint64_t max)
{
    uint64_t v = code_varint(c, f);
    if (v > max)
        bad(c, FLAW_RANGE);
    return c->flaw ? 0 : v;
}

#define CODE_U32(c, f) ((f) = (uint32_t)code_uint((c), (f), UINT32_MAX))
#define CODE_U64(c, f) ((f) = code_uint((c), (f), UINT64_MAX))

/* A 32-bit value as a zigzag delta from base. */
static uint32_t code_delta32(coder *c, uint32_t f, uint32_t base)
{
    return (uint32_t)(base + (uint64_t)unzig(code_varint(c, zig((int64_t)f - (int64_t)base))));
}

/* A 64-bit value as a delta from base: aligned deltas in 8-byte units,
 * others escaped (a 1, then the whole zigzag delta). */
static uint64_t code_delta(coder *c, uint64_t f, uint64_t base)
{
    uint64_t d = f - base;
    if (!c->dec) {
        if ((d & 7) == 0)
            code_varint(c, zig((int64_t)d >> 3) << 1);
        else {
            code_varint(c, 1);
            code_varint(c, zig((int64_t)d));
        }
        return f;
    }
    uint64_t v = code_varint(c, 0);
    if (v == 1)
        return base + (uint64_t)unzig(code_varint(c, 0));
    if (v & 1)
        bad(c, FLAW_DELTA);
    return base + ((uint64_t)unzig(v >> 1) << 3);
}

/* ---- move-to-front lists ------------------------------------------------ */

/* Index of the first v in list[0..n), or n (n ≤ 32).  Every entry is
 * compared, without a branch per entry: the hit is anywhere in the list
 * and a loop that stops at it mispredicts once per call. */
static inline unsigned find64(const uint64_t *list, unsigned n, uint64_t v)
{
    uint32_t hits = 0;
#if defined(__GNUC__)
#pragma GCC unroll 16
#endif
    for (unsigned i = 0; i < n; i++)
        hits |= (uint32_t)(list[i] == v) << i;
    if (!hits)
        return n;
#if defined(__GNUC__)
    return (unsigned)__builtin_ctz(hits);
#else
    unsigned i = 0;
    while (!(hits >> i & 1))
        i++;
    return i;
#endif
}

/* Moves entry i (or, i == n, a new value) to the front. */
static inline void mtf64(uint64_t *list, unsigned n, unsigned i, uint64_t v)
{
    for (unsigned j = i < n ? i : n - 1; j > 0; j--)
        list[j] = list[j - 1];
    list[0] = v;
}

static uint32_t code_size(coder *c, uint32_t f)
{
    codec_ctx *x = c->x;
    unsigned i = 0;
    if (!c->dec)
        while (i < NSIZES && x->sizes[i] != f)
            i++;
    i = code_bits(c, i, 3);
    f = i < NSIZES ? x->sizes[i] : (uint32_t)code_uint(c, f, UINT32_MAX);
    for (unsigned j = i < NSIZES ? i : NSIZES - 1; j > 0; j--)
        x->sizes[j] = x->sizes[j - 1];
    x->sizes[0] = f;
    return f;
}

static inline unsigned seen_hash(uint64_t a)
{
    return (unsigned)(((a >> 3) * 0x9e3779b97f4a7c15ULL) >> (64 - SEEN_BITS));
}

/* Format 2, an address missing from the list: one bit, then the hash
 * table's slot (a byte) if the table holds it, else a delta from the last
 * block.  (Static objects — small ints, interned names, types — leave a
 * 15-entry list between two loop iterations and cost 6 bytes or more as
 * deltas from the heap.) */
static uint64_t code_seen(coder *c, uint64_t f)
{
    codec_ctx *x = c->x;
    unsigned h = c->dec ? 0 : seen_hash(f);
    if (code_bit(c, !c->dec && x->seen[h] == f))
        return x->seen[code_byte(c, (uint8_t)h)];
    return code_delta(c, f, x->last_block);
}

/* The address at rank i of the list. */
static inline uint64_t addr_at(const codec_ctx *x, unsigned i)
{
    return x->slot[(x->order >> 4 * i) & 15];
}

/* The rank of slot k (in the order, exactly once): the nibble equal to k,
 * found as the lowest zero nibble of order ^ k…k. */
static inline unsigned rank_of(uint64_t order, unsigned k)
{
    uint64_t v = order ^ (NIBBLES * k);
    uint64_t zero = (v - NIBBLES) & ~v & (NIBBLES << 3);
#if defined(__GNUC__)
    return (unsigned)__builtin_ctzll(zero) >> 2;
#else
    unsigned i = 0;
    while (!(zero >> (4 * i + 3) & 1))
        i++;
    return i;
#endif
}

/* The first rank holding v, or NADDRS (the decoder's search, and the
 * encoder's for addresses derived from the last block). */
static unsigned addr_find(const codec_ctx *x, uint64_t v)
{
    for (unsigned i = 0; i < NADDRS; i++)
        if (addr_at(x, i) == v)
            return i;
    return NADDRS;
}

/* Encoder: a rank holding v (the first one if it is among the first three,
 * which is what the format asks), or NADDRS. */
static inline unsigned addr_lookup(const codec_ctx *x, uint64_t v, unsigned h)
{
    for (unsigned i = 0; i < 3; i++)
        if (addr_at(x, i) == v)
            return i;
    unsigned k = x->where[h];
    return x->slot[k] == v && k < NADDRS ? rank_of(x->order, k) : NADDRS;
}

/* Moves rank i to the front; i == NADDRS: v replaces the last entry,
 * which moves to the front. */
static inline void addr_mtf(codec_ctx *x, unsigned i, uint64_t v)
{
    if (i >= NADDRS) {
        i = NADDRS - 1;
        x->slot[(x->order >> 4 * i) & 15] = v;
    }
    uint64_t k = (x->order >> 4 * i) & 15, low = ((uint64_t)1 << 4 * (i + 1)) - 1;
    x->order = (x->order & ~low) | ((x->order << 4) & low) | k;
}

static inline unsigned where_hash(uint64_t a)
{
    return (unsigned)(((a >> 3) * 0x9e3779b97f4a7c15ULL) >> (64 - WHERE_BITS));
}

/* An object, holder or label address (see the opening comment). */
static uint64_t code_address(coder *c, uint64_t f)
{
    codec_ctx *x = c->x;
    unsigned i = 0, s = 0, h = 0;
    if (!c->dec && f != 0) {        /* null (most REF `to`s): no search */
        h = where_hash(f);
        i = addr_lookup(x, f, h);
        s = i < 3 ? 1 + i : f == x->last_block ? 4 : f == x->last_block + 16 ? 5
          : f == x->last_block + 32 ? 6 : 7;
    }
    s = code_bits(c, s, 3);
    if (s == 0)
        return 0;
    if (s <= 3)
        i = s - 1;
    else if (s <= 6) {
        f = x->last_block + 16 * (s - 4);
        i = addr_find(x, f);
    } else {
        i = code_bits(c, i, 4);
        if (i < 3)
            bad(c, FLAW_INDEX);
        f = i < NADDRS ? addr_at(x, i) : x->fmt >= 2 ? code_seen(c, f) : code_delta(c, f, x->last_block);
    }
    if (s <= 3)
        f = addr_at(x, i);
    addr_mtf(x, i, f);
    if (!c->dec && i >= NADDRS)
        x->where[h] = (uint8_t)(x->order & 15);
    if (x->fmt >= 2)
        x->seen[seen_hash(f)] = f;
    return f;
}

/* ---- fields of each kind ------------------------------------------------ */

static void code_step(coder *c, hv_event *ev)
{
    codec_ctx *x = c->x;
    if (code_bit(c, ev->u.step.number == x->step + 1))
        ev->u.step.number = x->step + 1;
    else
        CODE_U64(c, ev->u.step.number);
    if (code_bit(c, ev->u.step.what == x->what))
        ev->u.step.what = x->what;
    else
        CODE_U32(c, ev->u.step.what);
    x->step = ev->u.step.number;
    x->what = ev->u.step.what;
}

static void code_arena(coder *c, hv_event *ev)
{
    ev->u.arena.addr = code_delta(c, ev->u.arena.addr, c->x->last_arena);
    CODE_U32(c, ev->u.arena.slot);
    CODE_U32(c, ev->u.arena.npools);
    c->x->last_arena = ev->u.arena.addr;
}

/* The common pool transitions (from, to); index 7: spelled out. */
static const uint8_t transitions[7][2] = {
    {POOL_UNCARVED, POOL_UNCARVED},  /* POOL_INIT */
    {POOL_USED, POOL_FULL}, {POOL_FULL, POOL_USED}, {POOL_UNCARVED, POOL_USED},
    {POOL_USED, POOL_EMPTY}, {POOL_EMPTY, POOL_USED}, {POOL_EMPTY, POOL_EMPTY},
};

/* Both formats: a bit (format 4: flag 1) for the usual address and
 * classes, then the transition among the common ones (format 4: flags
 * 2-8, its index + 1, 0: spelled out). */
static void code_pool(coder *c, hv_event *ev)
{
    codec_ctx *x = c->x;
    uint64_t pool = x->last_block & ~(((uint64_t)1 << x->pool_bits) - 1);
    uint8_t old = ev->kind == EV_POOL_INIT ? SZIDX_DUMMY : 0;
    int usual = ev->u.pool.addr == pool && ev->u.pool.szidx == x->szidx && ev->u.pool.old_szidx == old;
    if (x->fmt >= 4 ? code_flag(c, 1, usual) : code_bit(c, usual)) {
        ev->u.pool.addr = pool;
        ev->u.pool.szidx = x->szidx;
        ev->u.pool.old_szidx = old;
    } else {
        ev->u.pool.addr = code_delta(c, ev->u.pool.addr, x->last_pool);
        ev->u.pool.szidx = code_byte(c, ev->u.pool.szidx);
        ev->u.pool.old_szidx = code_byte(c, ev->u.pool.old_szidx);
    }
    unsigned t = 0;
    if (!c->dec)
        while (t < 7 && (transitions[t][0] != ev->u.pool.from || transitions[t][1] != ev->u.pool.to))
            t++;
    if (x->fmt >= 4) {
        unsigned sel = code_sel(c, 1, 3, t < 7 ? t + 1 : 0);
        t = sel ? sel - 1 : 7;
    } else
        t = code_bits(c, t, 3);
    ev->u.pool.from = t < 7 ? transitions[t][0] : code_byte(c, ev->u.pool.from);
    ev->u.pool.to = t < 7 ? transitions[t][1] : code_byte(c, ev->u.pool.to);
    x->last_pool = ev->u.pool.addr;
}

static int is_alloc(unsigned kind) { return kind == EV_BLOCK_ALLOC || kind == EV_RAW_ALLOC; }
static int is_raw(unsigned kind) { return kind >= EV_RAW_ALLOC && kind <= EV_RAW_RESIZE; }

/* The size class of a pool block of n bytes (raw blocks: 0). */
static uint8_t class_for(const codec_ctx *x, unsigned kind, uint32_t n)
{
    if (is_raw(kind) || n == 0 || ((n - 1) >> x->shift) > 255)
        return 0;
    return (uint8_t)((n - 1) >> x->shift);
}

static clsctx *class_of(codec_ctx *x, const hv_event *ev)
{
    return ctx_class(x, is_raw(ev->kind) ? RAWCLASS : ev->u.block.szidx);
}

static void push_recent(clsctx *k, uint64_t addr, uint32_t nbytes, uint32_t site)
{
    memmove(k->stack + 1, k->stack, (STACK - 1) * sizeof *k->stack);
    k->stack[0] = (recent){addr, nbytes, site};
    k->n += k->n < STACK;
}

static void drop_recent(clsctx *k, unsigned i)
{
    memmove(k->stack + i, k->stack + i + 1, (STACK - 1 - i) * sizeof *k->stack);
    k->n--;
}

/* Whether an allocation's class and realloc fields go without saying:
 * the class is the one its size gives, and nothing was reallocated. */
static int alloc_plain(const hv_event *ev, uint8_t want)
{
    return ev->u.block.szidx == want && ev->u.block.old_nbytes == 0 && ev->u.block.old_site == 0;
}

/* The class and realloc fields, after the coded answer to alloc_plain. */
static void code_alloc_class(coder *c, hv_event *ev, uint8_t want, int plain)
{
    if (plain) {
        ev->u.block.szidx = want;
        ev->u.block.old_nbytes = ev->u.block.old_site = 0;
    } else {
        ev->u.block.szidx = code_byte(c, ev->u.block.szidx);
        CODE_U32(c, ev->u.block.old_nbytes);
        CODE_U32(c, ev->u.block.old_site);
    }
}

/* Where an allocation is: 1 its class's next virgin block (virgin), 2 the
 * class's last freed block (not virgin), 0 elsewhere (spelled out). */
static unsigned alloc_where(const clsctx *k, const hv_event *ev)
{
    return ev->u.block.addr == k->next_virgin && ev->u.block.virgin == 1 ? 1
         : ev->u.block.addr == k->last_free && ev->u.block.virgin == 0 ? 2 : 0;
}

/* The address and virgin flag after the coded answer to alloc_where (3 is
 * a flaw), then the class's next virgin block and last address. */
static void code_alloc_addr(coder *c, clsctx *k, hv_event *ev, unsigned where)
{
    if (where == 3)
        bad(c, FLAW_SELECTOR);
    if (where == 0) {
        ev->u.block.virgin = code_byte(c, ev->u.block.virgin);
        ev->u.block.addr = code_delta(c, ev->u.block.addr, k->last);
    } else {
        ev->u.block.virgin = where == 1;
        ev->u.block.addr = where == 1 ? k->next_virgin : k->last_free;
    }
    if (ev->u.block.virgin)
        k->next_virgin = ev->u.block.addr + ((ev->u.block.szidx + 1u) << c->x->shift);
    k->last = ev->u.block.addr;
}

/* Allocation: the size first (the class follows from it), then the
 * address with the virgin flag. */
static void code_alloc(coder *c, hv_event *ev)
{
    codec_ctx *x = c->x;
    ev->u.block.nbytes = code_size(c, ev->u.block.nbytes);
    uint8_t want = class_for(x, ev->kind, ev->u.block.nbytes);
    code_alloc_class(c, ev, want, code_bit(c, alloc_plain(ev, want)));
    clsctx *k = class_of(x, ev);
    code_alloc_addr(c, k, ev, code_bits(c, alloc_where(k, ev), 2));
    push_recent(k, ev->u.block.addr, ev->u.block.nbytes, ev->site);
}

/* Free or resize: the class first, then the address among the recent
 * blocks of the class or the last object's block; a recent block's size
 * and site predict the old ones. */
static void code_release(coder *c, hv_event *ev)
{
    codec_ctx *x = c->x;
    uint8_t want = class_for(x, ev->kind, x->sizes[0]);
    if (code_bit(c, ev->u.block.szidx == want && ev->u.block.virgin == 0)) {
        ev->u.block.szidx = want;
        ev->u.block.virgin = 0;
    } else {
        ev->u.block.szidx = code_byte(c, ev->u.block.szidx);
        ev->u.block.virgin = code_byte(c, ev->u.block.virgin);
    }
    clsctx *k = class_of(x, ev);
    /* 0..2: recent block; 3..5: the last object minus 0, 16, 32; 6: spelled out */
    unsigned sel = 0;
    if (!c->dec) {
        while (sel < k->n && k->stack[sel].addr != ev->u.block.addr)
            sel++;
        if (sel == k->n)
            for (sel = 3; sel < 6 && ev->u.block.addr != addr_at(x, 0) - 16 * (sel - 3); sel++)
                ;
    }
    sel = code_bits(c, sel, 3);
    if ((sel < STACK && sel >= k->n) || sel > 6)
        bad(c, FLAW_SELECTOR);
    int hit = sel < k->n;
    if (sel >= 3 && sel < 6) {          /* maybe a recent block after all */
        uint64_t a = addr_at(x, 0) - 16 * (sel - 3);
        for (unsigned j = 0; j < k->n; j++)
            if (k->stack[j].addr == a)
                bad(c, FLAW_SELECTOR);
    }
    recent r = hit ? k->stack[sel] : (recent){0, x->sizes[0], ev->site};
    ev->u.block.addr = hit ? r.addr : sel < 6 ? addr_at(x, 0) - 16 * (sel - 3) : code_delta(c, ev->u.block.addr, k->last);
    if (ev->kind == EV_BLOCK_FREE || ev->kind == EV_RAW_FREE) {
        /* typically nbytes == old_nbytes == the recent (or object's) size */
        if (code_bit(c, ev->u.block.nbytes == r.nbytes && ev->u.block.old_nbytes == r.nbytes)) {
            ev->u.block.nbytes = ev->u.block.old_nbytes = r.nbytes;
        } else {
            ev->u.block.nbytes = code_size(c, ev->u.block.nbytes);
            ev->u.block.old_nbytes = code_bit(c, ev->u.block.old_nbytes == ev->u.block.nbytes)
                                         ? ev->u.block.nbytes : code_size(c, ev->u.block.old_nbytes);
        }
    } else {
        ev->u.block.nbytes = code_size(c, ev->u.block.nbytes);
        ev->u.block.old_nbytes = code_bit(c, ev->u.block.old_nbytes == r.nbytes)
                                     ? r.nbytes : code_size(c, ev->u.block.old_nbytes);
    }
    if (code_bit(c, ev->u.block.old_site == r.site))
        ev->u.block.old_site = r.site;
    else
        ev->u.block.old_site = code_delta32(c, ev->u.block.old_site, ev->site);
    if (hit)
        drop_recent(k, sel);
    if (ev->kind == EV_BLOCK_FREE || ev->kind == EV_RAW_FREE)
        k->last_free = ev->u.block.addr;
    else
        push_recent(k, ev->u.block.addr, ev->u.block.nbytes, ev->site);
    k->last = ev->u.block.addr;
}

static void code_block(coder *c, hv_event *ev)
{
    if (is_alloc(ev->kind))
        code_alloc(c, ev);
    else
        code_release(c, ev);
    if (!is_raw(ev->kind))
        c->x->szidx = ev->u.block.szidx;
    c->x->last_block = ev->u.block.addr;
}

/* What an object event usually carries besides its address and type. */
static int obj_usual(const codec_ctx *x, const hv_event *ev, int8_t *gen, int8_t *old, uint32_t *size)
{
    int life = ev->kind == EV_OBJ_NEW || ev->kind == EV_OBJ_FREE;
    *gen = 0;
    *old = ev->kind == EV_TRACK ? -1 : 0;
    *size = life ? x->sizes[0] : 0;
    return ev->u.obj.gen == *gen && ev->u.obj.old_gen == *old && ev->u.obj.size == *size &&
           ev->u.obj.freelist == 0;
}

static void code_obj(coder *c, hv_event *ev)
{
    codec_ctx *x = c->x;
    ev->u.obj.addr = code_address(c, ev->u.obj.addr);
    if (code_bit(c, ev->u.obj.type == x->types[0]))
        ev->u.obj.type = x->types[0];
    else {
        unsigned i = code_bits(c, find64(x->types + 1, NTYPES - 1, ev->u.obj.type), 3);
        ev->u.obj.type = i < NTYPES - 1 ? x->types[1 + i] : code_delta(c, ev->u.obj.type, x->types[0]);
        mtf64(x->types, NTYPES, i + 1, ev->u.obj.type);
    }
    if (ev->kind == EV_OBJ_RESIZE)
        ev->u.obj.old_size = code_size(c, ev->u.obj.old_size);
    int8_t gen, old;
    uint32_t size;
    if (code_bit(c, obj_usual(x, ev, &gen, &old, &size))) {
        ev->u.obj.gen = gen;
        ev->u.obj.old_gen = old;
        ev->u.obj.size = size;
        ev->u.obj.freelist = 0;
        return;
    }
    ev->u.obj.gen = (int8_t)code_byte(c, (uint8_t)ev->u.obj.gen);
    ev->u.obj.old_gen = (int8_t)code_byte(c, (uint8_t)ev->u.obj.old_gen);
    ev->u.obj.freelist = code_byte(c, ev->u.obj.freelist);
    ev->u.obj.size = code_size(c, ev->u.obj.size);
}

static void code_ref(coder *c, hv_event *ev)
{
    codec_ctx *x = c->x;
    int8_t d = ev->u.ref.delta;
    unsigned dk = code_bits(c, d == 1 ? 0 : d == -1 ? 1 : d == 0 ? 2 : 3, 2);
    ev->u.ref.delta = dk == 0 ? 1 : dk == 1 ? -1 : dk == 2 ? 0 : (int8_t)code_byte(c, (uint8_t)d);
    ev->u.ref.target = code_address(c, ev->u.ref.target);
    if (x->fmt >= 2 && code_bit(c, !ev->u.ref.holder && !ev->u.ref.to && !ev->u.ref.label)) {
        ev->u.ref.holder = ev->u.ref.to = ev->u.ref.label = x->label = 0;    /* the interpreter's own */
        return;
    }
    ev->u.ref.holder = code_address(c, ev->u.ref.holder);
    ev->u.ref.to = code_address(c, ev->u.ref.to);
    uint64_t l = ev->u.ref.label;
    unsigned lk = code_bits(c, l == x->label + 1 ? 0 : l == x->label ? 1 : l < 1u << 20 ? 2 : 3, 2);
    if (lk == 0)
        l = x->label + 1;
    else if (lk == 1)
        l = x->label;
    else if (lk == 2)
        l = code_varint(c, l);
    else
        l = code_address(c, l);
    ev->u.ref.label = x->label = l;
}

/* A field of a few bits; the largest value escapes to a byte, so any
 * value round-trips. */
static uint8_t code_small(coder *c, uint8_t v, unsigned n)
{
    unsigned esc = (1u << n) - 1;
    unsigned k = code_bits(c, v < esc ? v : esc, n);
    return k < esc ? (uint8_t)k : code_byte(c, v);
}

static int64_t code_signed(coder *c, int64_t v)
{
    return unzig(code_varint(c, zig(v)));
}

/* GC_REFS: gc_refs − 1 (subtract_refs), 1 (found reachable), an object
 * joining the collection (from -1), or anything else. */
enum { GCR_DEC, GCR_ONE, GCR_JOIN, GCR_ANY };

static void code_gc_refs(coder *c, hv_event *ev)
{
    int64_t old = ev->u.gc.old_refs, now = ev->u.gc.refs;
    unsigned how = old >= 0 && now == old - 1 ? GCR_DEC : old >= 0 && now == 1 ? GCR_ONE
                 : old == -1 ? GCR_JOIN : GCR_ANY;
    how = code_bits(c, how, 2);
    old = how == GCR_JOIN ? -1 : code_signed(c, old);
    if (how == GCR_DEC && old < 0) {        /* only a hostile file says so */
        bad(c, FLAW_RANGE);
        old = 0;
    }
    now = how == GCR_DEC ? old - 1 : how == GCR_ONE ? 1 : code_signed(c, now);
    ev->u.gc.old_refs = old;
    ev->u.gc.refs = now;
    ev->u.gc.to = code_small(c, ev->u.gc.to, 3);
}

/* Format 3: the root a mark & sweep object was grayed as (GC_MOVE,
 * GC_COLOR); most are none. */
static void code_gc_root(coder *c, hv_event *ev)
{
    if (c->x->fmt < 3)
        return;
    if (code_bit(c, ev->u.gc.gen == GCR_NONE))
        ev->u.gc.gen = GCR_NONE;
    else
        ev->u.gc.gen = code_small(c, ev->u.gc.gen, 4);
}

static void code_gc(coder *c, hv_event *ev)
{
    codec_ctx *x = c->x;
    if (ev->kind != EV_GC_PHASE) {
        if (code_bit(c, ev->u.gc.addr == x->gc_addr))
            ev->u.gc.addr = x->gc_addr;
        else
            ev->u.gc.addr = code_delta(c, ev->u.gc.addr, x->gc_addr);
        x->gc_addr = ev->u.gc.addr;
    }
    switch (ev->kind) {
    case EV_GC_PHASE:
        if (code_bit(c, ev->u.gc.from == x->gc_phase))
            ev->u.gc.from = x->gc_phase;
        else
            ev->u.gc.from = code_small(c, ev->u.gc.from, 5);
        ev->u.gc.to = x->gc_phase = code_small(c, ev->u.gc.to, 5);
        ev->u.gc.gen = code_small(c, ev->u.gc.gen, 2);
        ev->u.gc.collector = code_small(c, ev->u.gc.collector, 1);
        break;
    case EV_GC_REFS:
        code_gc_refs(c, ev);
        break;
    case EV_GC_MOVE:
        ev->u.gc.from = code_small(c, ev->u.gc.from, 3);
        ev->u.gc.to = code_small(c, ev->u.gc.to, 3);
        ev->u.gc.colour = code_small(c, ev->u.gc.colour, 2);
        ev->u.gc.refs = code_signed(c, ev->u.gc.refs);
        code_gc_root(c, ev);
        break;
    default:
        ev->u.gc.from = code_small(c, ev->u.gc.from, 2);
        ev->u.gc.to = code_small(c, ev->u.gc.to, 2);
        code_gc_root(c, ev);
        break;
    }
}

/* BLOCK_OWNER: the block (delta from the last block), its owner and role
 * after and before. */
static void code_own(coder *c, hv_event *ev)
{
    codec_ctx *x = c->x;
    ev->u.own.addr = x->last_block = code_delta(c, ev->u.own.addr, x->last_block);
    ev->u.own.owner = code_address(c, ev->u.own.owner);
    ev->u.own.old_owner = code_address(c, ev->u.own.old_owner);
    ev->u.own.role = code_small(c, ev->u.own.role, 3);
    ev->u.own.old_role = code_small(c, ev->u.own.old_role, 3);
}

/* GC_CONFIG (format 2): which setting, its old and new value. */
static void code_gc_config(coder *c, hv_event *ev)
{
    ev->u.gc.gen = code_small(c, ev->u.gc.gen, 3);
    ev->u.gc.old_refs = code_signed(c, ev->u.gc.old_refs);
    ev->u.gc.refs = code_signed(c, ev->u.gc.refs);
}

/* A kind the codec does not know: its whole union, verbatim. */
static void code_opaque(coder *c, hv_event *ev)
{
    uint8_t *u = (uint8_t *)&ev->u;
    for (size_t i = 0; i < sizeof ev->u; i++)
        u[i] = code_byte(c, u[i]);
}

/* An event an older format decoded verbatim (format 1's GC_CONFIG and
 * BLOCK_OWNER, formats 1-3's GC_VISIT and SHIFT) keeps only the fields later formats
 * code (the rest of its union is zeroed), so it encodes back to itself. */
static void keep_fields(hv_event *ev)
{
    hv_event k = {0};
    if (ev->kind == EV_SHIFT) {
        k.u.shift.holder = ev->u.shift.holder;
        k.u.shift.target = ev->u.shift.target;
        k.u.shift.from = ev->u.shift.from;
        k.u.shift.count = ev->u.shift.count;
        k.u.shift.by = ev->u.shift.by;
        k.u.shift.reversed = ev->u.shift.reversed;
    } else if (ev->kind == EV_GC_VISIT) {
        k.u.gc.addr = ev->u.gc.addr;
        k.u.gc.old_refs = ev->u.gc.old_refs;
        k.u.gc.from = ev->u.gc.from;
        k.u.gc.to = ev->u.gc.to;
    } else if (ev->kind == EV_GC_CONFIG) {
        k.u.gc.gen = ev->u.gc.gen;
        k.u.gc.old_refs = ev->u.gc.old_refs;
        k.u.gc.refs = ev->u.gc.refs;
    } else {
        k.u.own.addr = ev->u.own.addr;
        k.u.own.owner = ev->u.own.owner;
        k.u.own.old_owner = ev->u.own.old_owner;
        k.u.own.role = ev->u.own.role;
        k.u.own.old_role = ev->u.own.old_role;
    }
    ev->u = k.u;
}

static void code_event(coder *c, hv_event *ev)
{
    codec_ctx *x = c->x;
    c->used = 8;
    uint8_t guess = x->next_kind[x->last_kind];
    if (code_bit(c, ev->kind == guess))
        ev->kind = guess;
    else {
        unsigned k = code_bits(c, ev->kind < KIND_ESCAPE ? ev->kind : KIND_ESCAPE, 5);
        ev->kind = k < KIND_ESCAPE ? (uint8_t)k : code_byte(c, ev->kind);
    }
    x->next_kind[x->last_kind] = ev->kind;
    x->last_kind = ev->kind < 32 ? ev->kind : 31;
    if (code_bit(c, ev->site == x->site))
        ev->site = x->site;
    else
        ev->site = code_delta32(c, ev->site, x->site);
    x->site = ev->site;
    switch (ev->kind) {
    case EV_STEP: code_step(c, ev); break;
    case EV_ARENA_NEW: case EV_ARENA_FREE: code_arena(c, ev); break;
    case EV_POOL_INIT: case EV_POOL_STATE: code_pool(c, ev); break;
    case EV_BLOCK_ALLOC: case EV_BLOCK_FREE: case EV_BLOCK_RESIZE:
    case EV_RAW_ALLOC: case EV_RAW_FREE: case EV_RAW_RESIZE: code_block(c, ev); break;
    case EV_OBJ_NEW: case EV_OBJ_FREE: case EV_TRACK: case EV_FRAME_PUSH: case EV_FRAME_POP:
    case EV_OBJ_RESIZE:
        code_obj(c, ev); break;
    case EV_REF: case EV_REF_MOVE: code_ref(c, ev); break;
    case EV_GC_PHASE: case EV_GC_REFS: case EV_GC_MOVE: case EV_GC_COLOR: code_gc(c, ev); break;
    case EV_GC_CONFIG: case EV_BLOCK_OWNER:     /* format 1 had them verbatim */
        if (x->fmt < 2) {
            code_opaque(c, ev);
            if (c->dec)
                keep_fields(ev);
        } else if (ev->kind == EV_GC_CONFIG)
            code_gc_config(c, ev);
        else
            code_own(c, ev);
        break;
    default:
        code_opaque(c, ev);
        if (c->dec && (ev->kind == EV_GC_VISIT || ev->kind == EV_SHIFT))
            keep_fields(ev);
        break;
    }
}

/* ---- format 4: byte-aligned ----------------------------------------------
 *
 * Every event starts with an op byte; fields follow as whole bytes and
 * varints (no bit reservoir, no move-to-front lists):
 *
 *   0x00-0x7f  a REF of the interpreter's own (holder, to, label 0) whose
 *              target is in the address table: bit 6 the delta (+1, −1),
 *              bits 0-5 the table slot.  One byte, nothing follows.
 *   0x80-0xfe  op − 0x80 = base[kind] + flags: each kind has 1 to 16 ops,
 *              the flags saying which fields are as predicted (a flag 0
 *              always means "spelled out", so a kind with fewer ops codes
 *              everything); the fields follow (code_*4 below)
 *   0xff       SITE: a zigzag varint, the change of site; the events after
 *              it have that site (not an event: the next op follows)
 *
 * The address table holds 64 addresses, each at the hash of its value: the
 * encoder finds an address by one compare, the decoder takes the slot.  An
 * address field is one byte (acode): a slot, null, the last block + 0, 16
 * or 32, or a delta from the last block that follows; a label also: the
 * previous label + 1, the previous label, or a number.  Blocks allocated
 * are remembered likewise (their size and site predict the free), types in
 * a 31-entry table with the last size of each.
 */

enum {
    OP_SITE = 0xff,
    OP_KINDS = 0x80,        /* ops from here: base[kind] + flags */
    OP_OPAQUE = EV_NKINDS,  /* base[] entry of kinds the codec does not know */
    OWN_OPS4 = EV_SHIFT,    /* kinds below this have ops of their own in format 4;
                               the later ones (SHIFT) go behind OP_OPAQUE + a kind byte */
    AC_NULL = 64,           /* acode: 0..63 a table slot, then these */
    AC_BLOCK = 65,          /* 65, 66, 67: the last block + 0, 16, 32 */
    AC_DELTA = 68,          /* a delta from the last block follows */
    AC_NEXT = 69,           /* labels: the previous + 1 */
    AC_SAME = 70,           /* labels: the previous */
    AC_NUMBER = 71,         /* labels: a varint */
    AC_SEEN = 72,           /* a byte follows: the slot in seen4 */
};

/* Ops per kind (a power of two: the flags a kind has). */
static const uint8_t nops4[EV_NKINDS + 1] = {
    [EV_STEP] = 4, [EV_ARENA_NEW] = 1, [EV_ARENA_FREE] = 1, [EV_POOL_INIT] = 2, [EV_POOL_STATE] = 16,
    [EV_BLOCK_ALLOC] = 8, [EV_BLOCK_FREE] = 16, [EV_BLOCK_RESIZE] = 1, [EV_RAW_ALLOC] = 1, [EV_RAW_FREE] = 1,
    [EV_RAW_RESIZE] = 1, [EV_OBJ_NEW] = 8, [EV_OBJ_FREE] = 8, [EV_REF] = 16, [EV_REF_MOVE] = 8, [EV_TRACK] = 16,
    [EV_FRAME_PUSH] = 1, [EV_FRAME_POP] = 1, [EV_GC_PHASE] = 1, [EV_GC_REFS] = 8, [EV_GC_MOVE] = 2,
    [EV_GC_COLOR] = 1, [EV_OBJ_RESIZE] = 1, [EV_GC_CONFIG] = 1, [EV_BLOCK_OWNER] = 1, [EV_GC_VISIT] = 1,
    [OP_OPAQUE] = 1,
};

typedef struct optab {
    uint8_t base[EV_NKINDS + 1];    /* the first op of each kind, − OP_KINDS */
    uint8_t kind[OP_SITE - OP_KINDS];   /* op − OP_KINDS → kind (0xff: no such op) */
} optab;

static optab ops4;
static pthread_once_t ops4_once = PTHREAD_ONCE_INIT;

static void ops4_init(void)
{
    unsigned op = 0;
    memset(ops4.kind, 0xff, sizeof ops4.kind);
    for (unsigned k = 1; k <= EV_NKINDS; k++) {
        ops4.base[k] = (uint8_t)op;
        for (unsigned i = 0; i < nops4[k]; i++)
            ops4.kind[op++] = (uint8_t)k;
    }
    if (op > sizeof ops4.kind)
        abort();            /* nops4 above says more than the op byte holds */
}

/* The op tables, built once. */
static void ops4_ready(void)
{
    pthread_once(&ops4_once, ops4_init);
}

static inline unsigned hash_bits(uint64_t a, unsigned bits)
{
    return (unsigned)(((a >> 3) * 0x9e3779b97f4a7c15ULL) >> (64 - bits));
}

/* One multiply gives every table's hash of an address: its top bits. */
static inline uint64_t mix(uint64_t a) { return (a >> 3) * 0x9e3779b97f4a7c15ULL; }
static inline unsigned tab_set(uint64_t m) { return (unsigned)(m >> 59) * 2; }     /* 32 sets of 2 */
static inline unsigned seen_slot(uint64_t m) { return (unsigned)(m >> 56); }       /* 256 */

/* The slot of a in tab (way 0 or 1 of its set), or TAB4. */
static inline unsigned tab_find(const codec_ctx *x, uint64_t a)
{
    unsigned s = tab_set(mix(a));
    return x->tab[s] == a ? s : x->tab[s + 1] == a ? s + 1 : TAB4;
}

/* Puts a in way 0 of its set (the older entry to way 1) and in seen4. */
static inline void tab_put(codec_ctx *x, uint64_t a)
{
    uint64_t m = mix(a);
    unsigned s = tab_set(m);
    if (x->tab[s] != a) {
        x->tab[s + 1] = x->tab[s];
        x->tab[s] = a;
    }
    x->seen4[seen_slot(m)] = a;
}

static inline unsigned type_hash(uint64_t a) { return (unsigned)((hash_bits(a, 32) * (uint64_t)TY4) >> 32); }

/* An address (label: or a label) as an acode and what follows it. */
static uint64_t code_acode(coder *c, uint64_t f, int label)
{
    codec_ctx *x = c->x;
    unsigned b = 0;
    if (!c->dec) {
        unsigned h = tab_find(x, f);
        b = label && f == x->label + 1 ? AC_NEXT : label && f == x->label ? AC_SAME : f == 0 ? AC_NULL
          : h < TAB4 ? h : label && f < 1u << 20 ? AC_NUMBER : f == x->last_block ? AC_BLOCK
          : f == x->last_block + 16 ? AC_BLOCK + 1 : f == x->last_block + 32 ? AC_BLOCK + 2
          : x->seen4[seen_slot(mix(f))] == f ? AC_SEEN : AC_DELTA;
    }
    b = code_byte(c, (uint8_t)b);
    if (b < TAB4)
        return x->tab[b];
    switch (b) {
    case AC_NULL: return 0;
    case AC_BLOCK: case AC_BLOCK + 1: case AC_BLOCK + 2: f = x->last_block + 16 * (b - AC_BLOCK); break;
    case AC_DELTA: f = code_delta(c, f, x->last_block); break;
    case AC_SEEN: f = x->seen4[code_byte(c, (uint8_t)seen_slot(mix(f)))]; break;
    case AC_NEXT: if (label) return x->label + 1; bad(c, FLAW_SELECTOR); return 0;
    case AC_SAME: if (label) return x->label; bad(c, FLAW_SELECTOR); return 0;
    case AC_NUMBER: if (label) return code_varint(c, f); bad(c, FLAW_SELECTOR); return 0;
    default: bad(c, FLAW_SELECTOR); return 0;
    }
    tab_put(x, f);
    return f;
}

/* Flags: 2 the site is the previous one + 1 (no SITE op before: the
 * next statement), 1 the number is the previous + 1, the same `what`. */
static void code_step4(coder *c, hv_event *ev)
{
    codec_ctx *x = c->x;
    if (code_flag(c, 2, ev->site != x->site))
        ev->site = ++x->site;
    if (code_flag(c, 1, ev->u.step.number == x->step + 1 && ev->u.step.what == x->what)) {
        ev->u.step.number = x->step + 1;
        ev->u.step.what = x->what;
    } else {
        CODE_U64(c, ev->u.step.number);
        CODE_U32(c, ev->u.step.what);
    }
    x->step = ev->u.step.number;
    x->what = ev->u.step.what;
}

/* Allocation.  Flags: 1 plain (the class follows from the size, no old
 * size or site); 2-4 where: 1 the class's next virgin block, 2 its last
 * freed block, 0 a virgin byte and a delta. */
static void code_alloc4(coder *c, hv_event *ev)
{
    codec_ctx *x = c->x;
    CODE_U32(c, ev->u.block.nbytes);
    uint8_t want = class_for(x, ev->kind, ev->u.block.nbytes);
    code_alloc_class(c, ev, want, code_flag(c, 1, alloc_plain(ev, want)));
    clsctx *k = class_of(x, ev);
    code_alloc_addr(c, k, ev, code_sel(c, 1, 2, alloc_where(k, ev)));
    x->blk[hash_bits(ev->u.block.addr, 6)] = (recent){ev->u.block.addr, ev->u.block.nbytes, ev->site};
}

/* Free or resize.  Flags: 4-8 where: the last object (minus 0, 16, 32:
 * its GC and dict pre-headers), 0 a delta; 2 seen: the block's
 * allocation gives the size and site (free: nbytes and old_site; resize:
 * old_nbytes and old_site); 1 plain (free: old_nbytes = nbytes; both:
 * the class follows from the size, not virgin). */
static void code_release4(coder *c, hv_event *ev)
{
    codec_ctx *x = c->x;
    uint64_t a = ev->u.block.addr;
    unsigned sel = code_sel(c, 2, 2, a == x->last_obj ? 1 : a == x->last_obj - 16 ? 2 : a == x->last_obj - 32 ? 3 : 0);
    ev->u.block.addr = sel ? x->last_obj - 16 * (sel - 1) : code_delta(c, a, x->last_block);
    recent *r = &x->blk[hash_bits(ev->u.block.addr, 6)];
    int free_ = ev->kind == EV_BLOCK_FREE || ev->kind == EV_RAW_FREE;
    if (!free_)
        CODE_U32(c, ev->u.block.nbytes);
    uint32_t *size = free_ ? &ev->u.block.nbytes : &ev->u.block.old_nbytes;
    if (code_flag(c, 2, r->addr == ev->u.block.addr && r->nbytes == *size && r->site == ev->u.block.old_site)) {
        *size = r->nbytes;
        ev->u.block.old_site = r->site;
    } else {
        *size = (uint32_t)code_uint(c, *size, UINT32_MAX);
        ev->u.block.old_site = code_delta32(c, ev->u.block.old_site, ev->site);
    }
    uint8_t want = class_for(x, ev->kind, ev->u.block.nbytes);
    if (code_flag(c, 1, ev->u.block.szidx == want && ev->u.block.virgin == 0 &&
                        (!free_ || ev->u.block.old_nbytes == ev->u.block.nbytes))) {
        ev->u.block.szidx = want;
        ev->u.block.virgin = 0;
        if (free_)
            ev->u.block.old_nbytes = ev->u.block.nbytes;
    } else {
        ev->u.block.szidx = code_byte(c, ev->u.block.szidx);
        ev->u.block.virgin = code_byte(c, ev->u.block.virgin);
        if (free_)
            CODE_U32(c, ev->u.block.old_nbytes);
    }
    clsctx *k = class_of(x, ev);
    if (free_)
        k->last_free = ev->u.block.addr;
    else
        *r = (recent){ev->u.block.addr, ev->u.block.nbytes, ev->site};
    k->last = ev->u.block.addr;
}

/* Object events.  Flags: 2-4 where: 1 the last object, 2 the last block,
 * 3 the last block + 16, 0 an acode; 1 same: the last object's type, the
 * type's last size (creation and free), the usual generations (TRACK,
 * flag 8: untracked, else tracked in generation 0) and the free-list flag
 * of the last creation or free.  Else a byte: bits 0-4 the type's slot
 * (31: a delta from the last type follows), bit 5 the size follows, bit 6
 * the free-list flag follows, bit 7 the generations follow. */
static void code_obj4(coder *c, hv_event *ev)
{
    codec_ctx *x = c->x;
    uint64_t a = ev->u.obj.addr;
    unsigned sel = code_sel(c, 1, 2, a == x->last_obj ? 1 : a == x->last_block ? 2 : a == x->last_block + 16 ? 3 : 0);
    ev->u.obj.addr = sel == 1 ? x->last_obj : sel ? x->last_block + 16 * (sel - 2) : code_acode(c, a, 0);
    int sized = ev->kind == EV_OBJ_NEW || ev->kind == EV_OBJ_FREE;
    int untrack = ev->kind == EV_TRACK && code_flag(c, 8, ev->u.obj.gen == -1 && ev->u.obj.old_gen == 0);
    int8_t gen = untrack ? -1 : 0, old = ev->kind == EV_TRACK && !untrack ? -1 : 0;
    uint8_t fl = sized ? x->last_fl : 0;
    unsigned h = type_hash(c->dec ? x->last_type : ev->u.obj.type);
    uint32_t guess = sized && x->ty[h] == (c->dec ? x->last_type : ev->u.obj.type) ? x->tysize[h] : 0;
    if (code_flag(c, 1, ev->u.obj.type == x->last_type && ev->u.obj.size == guess && ev->u.obj.gen == gen &&
                        ev->u.obj.old_gen == old && ev->u.obj.freelist == fl)) {
        ev->u.obj.type = x->last_type;
        ev->u.obj.size = guess;
        ev->u.obj.gen = gen;
        ev->u.obj.old_gen = old;
        ev->u.obj.freelist = fl;
    } else {
        unsigned b = (x->ty[h] == ev->u.obj.type ? h : TY4) | (ev->u.obj.size != guess) << 5 |
                     (ev->u.obj.freelist != fl) << 6 | (ev->u.obj.gen != gen || ev->u.obj.old_gen != old) << 7;
        b = code_byte(c, (uint8_t)b);
        ev->u.obj.type = (b & 31) < TY4 ? x->ty[b & 31] : code_delta(c, ev->u.obj.type, x->last_type);
        h = type_hash(ev->u.obj.type);
        guess = sized && x->ty[h] == ev->u.obj.type ? x->tysize[h] : 0;
        ev->u.obj.size = b & 32 ? (uint32_t)code_uint(c, ev->u.obj.size, UINT32_MAX) : guess;
        ev->u.obj.freelist = b & 64 ? code_byte(c, ev->u.obj.freelist) : fl;
        if (b & 128) {
            ev->u.obj.gen = (int8_t)code_byte(c, (uint8_t)ev->u.obj.gen);
            ev->u.obj.old_gen = (int8_t)code_byte(c, (uint8_t)ev->u.obj.old_gen);
        } else {
            ev->u.obj.gen = gen;
            ev->u.obj.old_gen = old;
        }
    }
    if (ev->kind == EV_OBJ_RESIZE)
        CODE_U32(c, ev->u.obj.old_size);
    x->ty[h] = ev->u.obj.type;
    if (sized) {
        x->tysize[h] = ev->u.obj.size;
        x->last_fl = ev->u.obj.freelist;
    }
    x->last_type = ev->u.obj.type;
    x->last_obj = ev->u.obj.addr;
    tab_put(x, ev->u.obj.addr);
}

/* REF and REF_MOVE.  Flags: 1-2 the delta (1: +1, 2: −1, 3: 0, 0: a
 * byte); REF: 4 the interpreter's own (holder, to, label 0), 8 no `to`;
 * REF_MOVE: 4 no holder. */
static void code_ref4(coder *c, hv_event *ev)
{
    codec_ctx *x = c->x;
    int8_t d = ev->u.ref.delta;
    unsigned dk = code_sel(c, 0, 2, d == 1 ? 1 : d == -1 ? 2 : d == 0 ? 3 : 0);
    ev->u.ref.delta = dk == 1 ? 1 : dk == 2 ? -1 : dk == 3 ? 0 : (int8_t)code_byte(c, (uint8_t)d);
    ev->u.ref.target = code_acode(c, ev->u.ref.target, 0);
    int ref = ev->kind == EV_REF;
    if (ref && code_flag(c, 4, !ev->u.ref.holder && !ev->u.ref.to && !ev->u.ref.label)) {
        ev->u.ref.holder = ev->u.ref.to = ev->u.ref.label = x->label = 0;
        return;
    }
    int none = code_flag(c, ref ? 8 : 4, !(ref ? ev->u.ref.to : ev->u.ref.holder));
    ev->u.ref.holder = !ref && none ? 0 : code_acode(c, ev->u.ref.holder, 0);
    ev->u.ref.to = ref && none ? 0 : code_acode(c, ev->u.ref.to, 0);
    ev->u.ref.label = x->label = code_acode(c, ev->u.ref.label, 1);
}

/* Collector events.  Flag 1: the previous GC event's object (GC_REFS and
 * GC_MOVE only: GC_COLOR and GC_VISIT spell it out, the op byte being
 * full); GC_VISIT's old_refs, the object examined before, is a delta;
 * GC_REFS, flags 2-4: how (1: gc_refs − 1, 2: set to 1, 3: joining, 0:
 * both values spelled out). */
static void code_gc4(coder *c, hv_event *ev)
{
    codec_ctx *x = c->x;
    if (ev->kind != EV_GC_PHASE) {
        if (code_flag(c, 1, ev->u.gc.addr == x->gc_addr))
            ev->u.gc.addr = x->gc_addr;
        else
            ev->u.gc.addr = code_delta(c, ev->u.gc.addr, x->gc_addr);
        x->gc_addr = ev->u.gc.addr;
    }
    if (ev->kind == EV_GC_REFS) {
        int64_t old = ev->u.gc.old_refs, now = ev->u.gc.refs;
        unsigned how = code_sel(c, 1, 2, old >= 0 && now == old - 1 ? 1 : old >= 0 && now == 1 ? 2 : old == -1 ? 3 : 0);
        old = how == 3 ? -1 : how ? (int64_t)code_uint(c, (uint64_t)old, INT64_MAX) : code_signed(c, old);
        ev->u.gc.old_refs = old;
        ev->u.gc.refs = how == 1 ? old - 1 : how == 2 ? 1 : code_signed(c, now);
        ev->u.gc.to = code_byte(c, ev->u.gc.to);
        return;
    }
    if (ev->kind == EV_GC_VISIT)                /* old_refs: the address examined before, or 0 */
        ev->u.gc.old_refs = (int64_t)code_delta(c, (uint64_t)ev->u.gc.old_refs, ev->u.gc.addr);
    ev->u.gc.from = code_byte(c, ev->u.gc.from);
    ev->u.gc.to = code_byte(c, ev->u.gc.to);
    if (ev->kind == EV_GC_VISIT)
        return;
    if (ev->kind == EV_GC_PHASE) {
        ev->u.gc.gen = code_byte(c, ev->u.gc.gen);
        ev->u.gc.collector = code_byte(c, ev->u.gc.collector);
        return;
    }
    if (ev->kind == EV_GC_MOVE) {
        ev->u.gc.colour = code_byte(c, ev->u.gc.colour);
        ev->u.gc.refs = code_signed(c, ev->u.gc.refs);
    }
    ev->u.gc.gen = code_byte(c, ev->u.gc.gen);    /* the mark & sweep root */
}

static void code_other4(coder *c, hv_event *ev)
{
    codec_ctx *x = c->x;
    switch (ev->kind) {
    case EV_GC_CONFIG:
        ev->u.gc.gen = code_byte(c, ev->u.gc.gen);
        ev->u.gc.old_refs = code_signed(c, ev->u.gc.old_refs);
        ev->u.gc.refs = code_signed(c, ev->u.gc.refs);
        break;
    case EV_BLOCK_OWNER:
        ev->u.own.addr = x->last_block = code_delta(c, ev->u.own.addr, x->last_block);
        ev->u.own.owner = code_acode(c, ev->u.own.owner, 0);
        ev->u.own.old_owner = code_acode(c, ev->u.own.old_owner, 0);
        ev->u.own.role = code_byte(c, ev->u.own.role);
        ev->u.own.old_role = code_byte(c, ev->u.own.old_role);
        break;
    case EV_SHIFT:                  /* behind the opaque op and its kind byte */
        ev->u.shift.reversed = code_byte(c, ev->u.shift.reversed);
        ev->u.shift.holder = code_acode(c, ev->u.shift.holder, 0);
        ev->u.shift.target = code_acode(c, ev->u.shift.target, 0);
        CODE_U32(c, ev->u.shift.from);
        CODE_U32(c, ev->u.shift.count);
        ev->u.shift.by = (int32_t)unzig(code_uint(c, zig(ev->u.shift.by), UINT32_MAX));
        break;
    default:
        code_arena(c, ev);
        break;
    }
}

/* Encoding: the op of ev, as one byte when it is a REF of the
 * interpreter's own with its target in the table (returns 0: nothing more
 * to code), else (after a SITE if the site changed) its byte reserved at
 * *at, filled in when the flags are known; returns the kind's base[] index. */
static unsigned put_op4(coder *c, const hv_event *ev, size_t *at)
{
    codec_ctx *x = c->x;
    if (ev->site != x->site && !(ev->kind == EV_STEP && ev->site == x->site + 1)) {
        code_byte(c, OP_SITE);
        x->site = code_delta32(c, ev->site, x->site);
    } else if (ev->kind == EV_REF && !ev->u.ref.holder && !ev->u.ref.to && !ev->u.ref.label &&
               (ev->u.ref.delta == 1 || ev->u.ref.delta == -1)) {
        unsigned h = tab_find(x, ev->u.ref.target);
        if (h < TAB4) {
            code_byte(c, (uint8_t)(h | (ev->u.ref.delta < 0) << 6));
            x->label = 0;
            return 0;
        }
    }
    unsigned k = ev->kind >= 1 && ev->kind < OWN_OPS4 ? ev->kind : OP_OPAQUE;
    c->mask = nops4[k] - 1u;
    c->f = 0;
    *at = c->len++;
    if (k == OP_OPAQUE)
        code_byte(c, ev->kind);
    return k;
}

/* Decoding: reads the op (and SITEs before it) into ev's kind and site
 * and the flags; returns 0 when the op was the whole event. */
static unsigned get_op4(coder *c, hv_event *ev)
{
    codec_ctx *x = c->x;
    unsigned op = code_byte(c, 0);
    while (op == OP_SITE && !c->flaw) {
        x->site = code_delta32(c, 0, x->site);
        op = code_byte(c, 0);
    }
    ev->site = x->site;
    if (op < OP_KINDS) {            /* holder, to, label: 0 already */
        ev->kind = EV_REF;
        ev->u.ref.delta = op & 64 ? -1 : 1;
        ev->u.ref.target = x->tab[op & 63];
        x->label = 0;
        return 0;
    }
    unsigned k = ops4.kind[op - OP_KINDS];
    if (k == 0xff) {
        bad(c, FLAW_SELECTOR);
        return 0;
    }
    c->f = op - OP_KINDS - ops4.base[k];
    c->mask = nops4[k] - 1u;
    ev->kind = k == OP_OPAQUE ? code_byte(c, 0) : (uint8_t)k;
    if (k == OP_OPAQUE && ev->kind >= 1 && ev->kind < OWN_OPS4)
        bad(c, FLAW_RANGE);         /* those kinds have their own ops */
    return k;
}

static void code_event4(coder *c, hv_event *ev)
{
    size_t at = 0;
    unsigned k = c->dec ? get_op4(c, ev) : put_op4(c, ev, &at);
    if (!k || c->flaw)
        return;
    switch (ev->kind) {
    case EV_STEP: code_step4(c, ev); break;
    case EV_POOL_INIT: case EV_POOL_STATE: code_pool(c, ev); break;
    case EV_BLOCK_ALLOC: case EV_RAW_ALLOC: code_alloc4(c, ev); break;
    case EV_BLOCK_FREE: case EV_BLOCK_RESIZE: case EV_RAW_FREE: case EV_RAW_RESIZE: code_release4(c, ev); break;
    case EV_OBJ_NEW: case EV_OBJ_FREE: case EV_TRACK: case EV_FRAME_PUSH: case EV_FRAME_POP:
    case EV_OBJ_RESIZE:
        code_obj4(c, ev); break;
    case EV_REF: case EV_REF_MOVE: code_ref4(c, ev); break;
    case EV_GC_PHASE: case EV_GC_REFS: case EV_GC_MOVE: case EV_GC_COLOR: case EV_GC_VISIT:
        code_gc4(c, ev); break;
    case EV_GC_CONFIG: case EV_BLOCK_OWNER: case EV_ARENA_NEW: case EV_ARENA_FREE: case EV_SHIFT:
        code_other4(c, ev); break;
    default: code_opaque(c, ev); break;
    }
    if (ev->kind >= EV_BLOCK_ALLOC && ev->kind <= EV_RAW_RESIZE) {
        if (!is_raw(ev->kind))
            c->x->szidx = ev->u.block.szidx;
        c->x->last_block = ev->u.block.addr;
    }
    if (!c->dec)
        c->o[at] = (uint8_t)(OP_KINDS + ops4.base[k] + c->f);
}

/* ---- format 4: the fast encoder -------------------------------------------
 *
 * code_event4 describes format 4 for both directions, at about 130
 * instructions an event: every field goes through the coder's tests of
 * direction and of the kind's flags.  The writer thread codes every event
 * of a recording, so the kinds that make 98 % of a program's events (REF,
 * REF_MOVE, OBJ_NEW, OBJ_FREE, TRACK, BLOCK_ALLOC, BLOCK_FREE, STEP) have
 * a second, encode-only spelling here: the same bytes and the same context
 * updates, written as straight-line stores into the output.  So do the
 * collector's commonest (GC_REFS, GC_MOVE, GC_COLOR, GC_VISIT) and
 * BLOCK_OWNER: a program that makes cycles has a fifth of its events of
 * those kinds, and they took a quarter of its writer's instructions; and
 * calls (FRAME_PUSH, FRAME_POP), resizes and pool changes: 6 % of such a
 * program's events, but through code_event4 (200 instructions each) 11 %
 * of its coding.  The rest (arenas, raw blocks, GC_PHASE, SHIFT…) go
 * through code_event4.  tests/40-codec and the codec fuzzer
 * compare the two byte for byte (codec_enc_use_reference), so the format
 * still has one description: code_event4's (invariant 1); this is a
 * faster way to say the same thing.
 */

static inline uint8_t *put_varint(uint8_t *p, uint64_t v)
{
    while (v >= 0x80) {
        *p++ = (uint8_t)(v | 0x80);
        v >>= 7;
    }
    *p++ = (uint8_t)v;
    return p;
}

/* code_delta's bytes: aligned deltas in 8-byte units, others escaped. */
static inline uint8_t *put_delta(uint8_t *p, uint64_t f, uint64_t base)
{
    uint64_t d = f - base;
    if (HV_LIKELY((d & 7) == 0))
        return put_varint(p, zig((int64_t)d >> 3) << 1);
    *p++ = 1;
    return put_varint(p, zig((int64_t)d));
}

static inline uint8_t *put_delta32(uint8_t *p, uint32_t f, uint32_t base)
{
    return put_varint(p, zig((int64_t)f - (int64_t)base));
}

/* code_acode's bytes for an address (not a label) f != 0, and its
 * context update. */
static inline uint8_t *put_acode_nz(codec_ctx *x, uint8_t *p, uint64_t f)
{
    uint64_t m = mix(f);
    unsigned s = tab_set(m);
    int way0 = x->tab[s] == f, way1 = x->tab[s + 1] == f;
    if (way0 | way1) {              /* one branch for a hit in either way */
        *p++ = (uint8_t)(s + !way0);
        return p;
    }
    uint64_t d = f - x->last_block;
    if (d == 0 || d == 16 || d == 32)
        *p++ = (uint8_t)(AC_BLOCK + d / 16);
    else if (x->seen4[seen_slot(m)] == f) {
        *p++ = AC_SEEN;
        *p++ = (uint8_t)seen_slot(m);
    } else {
        *p++ = AC_DELTA;
        p = put_delta(p, f, x->last_block);
    }
    x->tab[s + 1] = x->tab[s];      /* tab_put: f is in neither way */
    x->tab[s] = f;
    x->seen4[seen_slot(m)] = f;
    return p;
}

static inline uint8_t *put_acode(codec_ctx *x, uint8_t *p, uint64_t f)
{
    if (!f) {
        *p++ = AC_NULL;
        return p;
    }
    return put_acode_nz(x, p, f);
}

/* A label's acode (x->label becomes f). */
static inline uint8_t *put_label(codec_ctx *x, uint8_t *p, uint64_t f)
{
    uint64_t prev = x->label;
    x->label = f;
    if (f == prev + 1)
        *p++ = AC_NEXT;
    else if (f == prev)
        *p++ = AC_SAME;
    else if (!f)
        *p++ = AC_NULL;
    else {
        unsigned s = tab_set(mix(f));
        if (x->tab[s] != f && x->tab[s + 1] != f && f < 1u << 20) {
            *p++ = AC_NUMBER;
            return put_varint(p, f);
        }
        return put_acode_nz(x, p, f);
    }
    return p;
}

static inline unsigned delta_sel(int8_t d)
{
    return d == 1 ? 1 : d == -1 ? 2 : d == 0 ? 3 : 0;
}

/* REF and REF_MOVE (code_ref4); *op gets the flags. */
HV_ALWAYS_INLINE static inline uint8_t *put_ref(codec_ctx *x, uint8_t *p, const hv_event *ev, unsigned *op)
{
    unsigned f = delta_sel(ev->u.ref.delta);
    if (!f)
        *p++ = (uint8_t)ev->u.ref.delta;
    p = put_acode(x, p, ev->u.ref.target);
    if (ev->kind == EV_REF) {
        if (!(ev->u.ref.holder | ev->u.ref.to | ev->u.ref.label)) {
            x->label = 0;
            *op = f | 4;
            return p;
        }
        if (!ev->u.ref.to)
            f |= 8;
        p = put_acode(x, p, ev->u.ref.holder);
        if (ev->u.ref.to)
            p = put_acode_nz(x, p, ev->u.ref.to);
    } else {
        if (!ev->u.ref.holder)
            f |= 4;
        else
            p = put_acode_nz(x, p, ev->u.ref.holder);
        p = put_acode(x, p, ev->u.ref.to);
    }
    *op = f;
    return put_label(x, p, ev->u.ref.label);
}

/* An object event's type byte and what it says follows (code_obj4): the
 * type's slot in the type table (h) or TY4 and a delta from the last
 * type; then the size, the free-list byte and the generations, each only
 * where it differs from what the decoder predicts (size, fl, gen, old). */
HV_ALWAYS_INLINE static inline uint8_t *put_type_byte(codec_ctx *x, uint8_t *p, const hv_event *ev, unsigned h,
                                                      uint32_t size, uint8_t fl, int8_t gen, int8_t old)
{
    uint64_t type = ev->u.obj.type;
    unsigned b = (x->ty[h] == type ? h : TY4) | (ev->u.obj.size != size) << 5 | (ev->u.obj.freelist != fl) << 6 |
                 (ev->u.obj.gen != gen || ev->u.obj.old_gen != old) << 7;
    *p++ = (uint8_t)b;
    if ((b & 31) == TY4)
        p = put_delta(p, type, x->last_type);
    if (b & 32)
        p = put_varint(p, ev->u.obj.size);
    if (b & 64)
        *p++ = ev->u.obj.freelist;
    if (b & 128) {
        *p++ = (uint8_t)ev->u.obj.gen;
        *p++ = (uint8_t)ev->u.obj.old_gen;
    }
    return p;
}

/* OBJ_NEW, OBJ_FREE and TRACK (code_obj4). */
HV_ALWAYS_INLINE static inline uint8_t *put_obj(codec_ctx *x, uint8_t *p, const hv_event *ev, unsigned *op)
{
    uint64_t a = ev->u.obj.addr;
    unsigned f = a == x->last_obj ? 1 << 1 : a == x->last_block ? 2 << 1 : a == x->last_block + 16 ? 3 << 1 : 0;
    if (!f)
        p = put_acode(x, p, a);
    int sized = ev->kind != EV_TRACK, untrack = 0;
    if (!sized && ev->u.obj.gen == -1 && ev->u.obj.old_gen == 0) {
        f |= 8;
        untrack = 1;
    }
    int8_t gen = untrack ? -1 : 0, old = !sized && !untrack ? -1 : 0;
    uint8_t fl = sized ? x->last_fl : 0;
    uint64_t type = ev->u.obj.type;
    unsigned h = type_hash(type);
    uint32_t guess = sized && x->ty[h] == type ? x->tysize[h] : 0;
    if (type == x->last_type && ev->u.obj.size == guess && ev->u.obj.gen == gen && ev->u.obj.old_gen == old &&
        ev->u.obj.freelist == fl)
        f |= 1;
    else
        p = put_type_byte(x, p, ev, h, guess, fl, gen, old);
    x->ty[h] = type;
    if (sized) {
        x->tysize[h] = ev->u.obj.size;
        x->last_fl = ev->u.obj.freelist;
    }
    x->last_type = type;
    x->last_obj = a;
    tab_put(x, a);
    *op = f;
    return p;
}

/* FRAME_PUSH, FRAME_POP and OBJ_RESIZE (code_obj4 for a kind without
 * flags: the address an acode, the type byte always, the old size of a
 * resize). */
HV_ALWAYS_INLINE static inline uint8_t *put_obj1(codec_ctx *x, uint8_t *p, const hv_event *ev, unsigned *op)
{
    uint64_t a = ev->u.obj.addr, type = ev->u.obj.type;
    p = put_acode(x, p, a);
    unsigned h = type_hash(type);
    p = put_type_byte(x, p, ev, h, 0, 0, 0, 0);
    if (ev->kind == EV_OBJ_RESIZE)
        p = put_varint(p, ev->u.obj.old_size);
    x->ty[h] = type;
    x->last_type = type;
    x->last_obj = a;
    tab_put(x, a);
    *op = 0;
    return p;
}

/* POOL_INIT and POOL_STATE (code_pool); mask: the kind's flags. */
HV_ALWAYS_INLINE static inline uint8_t *put_pool(codec_ctx *x, uint8_t *p, const hv_event *ev, unsigned mask,
                                                  unsigned *op)
{
    uint64_t pool = x->last_block & ~(((uint64_t)1 << x->pool_bits) - 1);
    uint8_t old = ev->kind == EV_POOL_INIT ? SZIDX_DUMMY : 0;
    unsigned f = 0;
    if (ev->u.pool.addr == pool && ev->u.pool.szidx == x->szidx && ev->u.pool.old_szidx == old && (mask & 1))
        f = 1;
    else {
        p = put_delta(p, ev->u.pool.addr, x->last_pool);
        *p++ = ev->u.pool.szidx;
        *p++ = ev->u.pool.old_szidx;
    }
    unsigned t = 0;
    while (t < 7 && (transitions[t][0] != ev->u.pool.from || transitions[t][1] != ev->u.pool.to))
        t++;
    unsigned sel = t < 7 ? (t + 1) << 1 : 0;
    if (sel & ~mask)
        sel = 0;
    f |= sel;
    if (!sel) {
        *p++ = ev->u.pool.from;
        *p++ = ev->u.pool.to;
    }
    x->last_pool = ev->u.pool.addr;
    *op = f;
    return p;
}

/* BLOCK_ALLOC (code_alloc4). */
HV_ALWAYS_INLINE static inline uint8_t *put_alloc(codec_ctx *x, uint8_t *p, const hv_event *ev, unsigned *op)
{
    uint32_t n = ev->u.block.nbytes;
    p = put_varint(p, n);
    uint8_t want = class_for(x, EV_BLOCK_ALLOC, n);
    unsigned f = 0;
    if (alloc_plain(ev, want))
        f = 1;
    else {
        *p++ = ev->u.block.szidx;
        p = put_varint(p, ev->u.block.old_nbytes);
        p = put_varint(p, ev->u.block.old_site);
    }
    clsctx *k = ctx_class(x, ev->u.block.szidx);
    uint64_t a = ev->u.block.addr;
    unsigned where = alloc_where(k, ev);
    f |= where << 1;
    if (!where) {
        *p++ = ev->u.block.virgin;
        p = put_delta(p, a, k->last);
    }
    if (ev->u.block.virgin)
        k->next_virgin = a + ((ev->u.block.szidx + 1u) << x->shift);
    k->last = a;
    x->blk[hash_bits(a, 6)] = (recent){a, n, ev->site};
    *op = f;
    return p;
}

/* BLOCK_FREE (code_release4). */
HV_ALWAYS_INLINE static inline uint8_t *put_free(codec_ctx *x, uint8_t *p, const hv_event *ev, unsigned *op)
{
    uint64_t a = ev->u.block.addr, d = x->last_obj - a;
    unsigned f = d == 0 || d == 16 || d == 32 ? (unsigned)(d / 16 + 1) << 2 : 0;
    if (!f)
        p = put_delta(p, a, x->last_block);
    const recent *r = &x->blk[hash_bits(a, 6)];
    uint32_t n = ev->u.block.nbytes;
    if (r->addr == a && r->nbytes == n && r->site == ev->u.block.old_site)
        f |= 2;
    else {
        p = put_varint(p, n);
        p = put_delta32(p, ev->u.block.old_site, ev->site);
    }
    if (ev->u.block.szidx == class_for(x, EV_BLOCK_FREE, n) && ev->u.block.virgin == 0 && ev->u.block.old_nbytes == n)
        f |= 1;
    else {
        *p++ = ev->u.block.szidx;
        *p++ = ev->u.block.virgin;
        p = put_varint(p, ev->u.block.old_nbytes);
    }
    clsctx *k = ctx_class(x, ev->u.block.szidx);
    k->last_free = a;
    k->last = a;
    *op = f;
    return p;
}

/* STEP (code_step4); the SITE op was left out when the site is the
 * previous one + 1. */
HV_ALWAYS_INLINE static inline uint8_t *put_step(codec_ctx *x, uint8_t *p, const hv_event *ev, unsigned *op)
{
    unsigned f = 0;
    if (ev->site != x->site) {
        x->site++;
        f = 2;
    }
    if (ev->u.step.number == x->step + 1 && ev->u.step.what == x->what)
        f |= 1;
    else {
        p = put_varint(p, ev->u.step.number);
        p = put_varint(p, ev->u.step.what);
    }
    x->step = ev->u.step.number;
    x->what = ev->u.step.what;
    *op = f;
    return p;
}

/* GC_REFS, GC_MOVE, GC_COLOR and GC_VISIT (code_gc4); mask: the kind's
 * flags (nops4 - 1). */
HV_ALWAYS_INLINE static inline uint8_t *put_gc(codec_ctx *x, uint8_t *p, const hv_event *ev, unsigned mask,
                                                  unsigned *op)
{
    unsigned f = 0;
    uint64_t a = ev->u.gc.addr;
    if (a == x->gc_addr && (mask & 1))
        f = 1;
    else
        p = put_delta(p, a, x->gc_addr);
    x->gc_addr = a;
    if (ev->kind == EV_GC_VISIT) {              /* old_refs: the object examined before */
        p = put_delta(p, (uint64_t)ev->u.gc.old_refs, a);
        *p++ = ev->u.gc.from;
        *p++ = ev->u.gc.to;
        *op = f;
        return p;
    }
    if (ev->kind == EV_GC_REFS) {
        int64_t old = ev->u.gc.old_refs, now = ev->u.gc.refs;
        unsigned how = old >= 0 && now == old - 1 ? 1 : old >= 0 && now == 1 ? 2 : old == -1 ? 3 : 0;
        if ((how << 1) & ~mask)
            how = 0;
        f |= how << 1;
        if (how == 1 || how == 2)               /* 3: old is -1, unsaid */
            p = put_varint(p, (uint64_t)old);
        else if (!how)
            p = put_varint(p, zig(old));
        if (!how || how == 3)                   /* 1, 2: now follows from old */
            p = put_varint(p, zig(now));
        *p++ = ev->u.gc.to;
        *op = f;
        return p;
    }
    *p++ = ev->u.gc.from;
    *p++ = ev->u.gc.to;
    if (ev->kind == EV_GC_MOVE) {
        *p++ = ev->u.gc.colour;
        p = put_varint(p, zig(ev->u.gc.refs));
    }
    *p++ = ev->u.gc.gen;
    *op = f;
    return p;
}

/* BLOCK_OWNER (code_other4). */
HV_ALWAYS_INLINE static inline uint8_t *put_owner(codec_ctx *x, uint8_t *p, const hv_event *ev, unsigned *op)
{
    p = put_delta(p, ev->u.own.addr, x->last_block);
    x->last_block = ev->u.own.addr;
    p = put_acode(x, p, ev->u.own.owner);
    p = put_acode(x, p, ev->u.own.old_owner);
    *p++ = ev->u.own.role;
    *p++ = ev->u.own.old_role;
    *op = 0;
    return p;
}

/* Codes one event at o with the reference coder (code_event4, or
 * code_event for formats 1-3); returns its length.  (Format 1-3's first
 * bit reserves o[0], so res is valid when the last reservoir is stored.)
 * flatten: the coder is a local whose direction is known here, so the
 * compiler drops the decoding half of every field. */
HV_FLATTEN HV_NOINLINE static size_t enc_reference(codec_ctx *x, uint8_t *o, const hv_event *ev)
{
    hv_event copy = *ev;
    coder c = {.dec = 0, .x = x, .o = o};
    if (x->fmt >= 4)
        code_event4(&c, &copy);
    else {
        code_event(&c, &copy);
        c.o[c.res] = (uint8_t)c.acc;
    }
    return c.len;
}

/* A REF of the interpreter's own, +1 or -1, whose target is in the
 * table: put_op4's one-byte op (at the current site), else -1. */
static inline int own_ref_op(const codec_ctx *x, const hv_event *ev)
{
    if ((ev->u.ref.holder | ev->u.ref.to | ev->u.ref.label) || (uint8_t)(ev->u.ref.delta + 1) > 2 || !ev->u.ref.delta)
        return -1;
    uint64_t t = ev->u.ref.target;
    unsigned s = tab_set(mix(t));
    s = x->tab[s] == t ? s : x->tab[s + 1] == t ? s + 1 : TAB4;
    return s < TAB4 ? (int)(s | (ev->u.ref.delta < 0) << 6) : -1;
}

/* Codes ev at p as code_event4 would; returns the end of its bytes.  One
 * switch on the kind decides everything (the one-byte REF of the
 * interpreter's own, 40 % of a program's events, is its REF case's first
 * test), and kinds without a spelling here go to the reference coder
 * after the SITE op.  Inlined into the encoder's loop (put_run4), and the
 * put_* above into it: a call per event, each saving and restoring the
 * registers it uses, was a sixth of the instructions. */
HV_ALWAYS_INLINE static inline uint8_t *put_event4(codec_ctx *x, uint8_t *p, const hv_event *ev)
{
    unsigned kind = ev->kind;
    int own_ok = 1;                 /* no SITE op before: a REF may be one byte */
    if (HV_UNLIKELY(ev->site != x->site) && (kind != EV_STEP || ev->site != x->site + 1)) {
        *p++ = OP_SITE;
        p = put_delta32(p, ev->site, x->site);
        x->site = ev->site;
        own_ok = 0;
    }
    uint8_t *at = p++;
    unsigned f;
    switch (kind) {
    case EV_REF:
        if (own_ok) {
            int op = own_ref_op(x, ev);
            if (op >= 0) {
                *at = (uint8_t)op;
                x->label = 0;
                return p;
            }
        }
        /* fall through */
    case EV_REF_MOVE: p = put_ref(x, p, ev, &f); break;
    case EV_OBJ_NEW: case EV_OBJ_FREE: case EV_TRACK: p = put_obj(x, p, ev, &f); break;
    case EV_BLOCK_ALLOC:
        p = put_alloc(x, p, ev, &f);
        x->szidx = ev->u.block.szidx;
        x->last_block = ev->u.block.addr;
        break;
    case EV_BLOCK_FREE:
        p = put_free(x, p, ev, &f);
        x->szidx = ev->u.block.szidx;
        x->last_block = ev->u.block.addr;
        break;
    case EV_FRAME_PUSH: case EV_FRAME_POP: case EV_OBJ_RESIZE: p = put_obj1(x, p, ev, &f); break;
    case EV_POOL_INIT: case EV_POOL_STATE: p = put_pool(x, p, ev, nops4[kind] - 1u, &f); break;
    case EV_GC_REFS: case EV_GC_MOVE: case EV_GC_COLOR: case EV_GC_VISIT:
        p = put_gc(x, p, ev, nops4[kind] - 1u, &f);
        break;
    case EV_BLOCK_OWNER: p = put_owner(x, p, ev, &f); break;
    case EV_STEP: p = put_step(x, p, ev, &f); break;
    default: return at + enc_reference(x, at, ev);
    }
    *at = (uint8_t)(OP_KINDS + ops4.base[kind] + f);
    return p;
}

/* codec_enc_add_many's loop for the fast encoder: events ev[0..n) at
 * o + len while len < max_bytes; returns the new length, *done the
 * events coded.  An event takes at most MAX_EVENT_BYTES, so the limit is
 * tested once per run of events that cannot pass it, not per event. */
HV_NOINLINE static size_t put_run4(codec_ctx *x, uint8_t *o, size_t len, const hv_event *ev, size_t n,
                                   size_t max_bytes, size_t *done)
{
    size_t i = 0;
    while (i < n && len < max_bytes) {
        size_t m = (max_bytes - len - 1) / MAX_EVENT_BYTES + 1;    /* every test before them passes */
        if (m > n - i)
            m = n - i;
        uint8_t *p = o + len;
        for (const hv_event *v = ev + i, *stop = v + m; v < stop; v++)
            p = put_event4(x, p, v);
        i += m;
        len = (size_t)(p - o);
    }
    *done = i;
    return len;
}

/* ---- batches ------------------------------------------------------------ */

void codec_enc_init_format(codec_enc *e, const profile *prof, unsigned fmt)
{
    memset(e, 0, sizeof *e);
    e->shift = prof->alignment_shift;
    e->pool_bits = prof->pool_bits;
    e->x = ctx_new(fmt >= FORMAT_OLDEST && fmt <= FORMAT ? fmt : FORMAT, e->shift, e->pool_bits);
}

void codec_enc_init(codec_enc *e, const profile *prof)
{
    codec_enc_init_format(e, prof, FORMAT);
}

void codec_enc_use_reference(codec_enc *e)
{
    e->reference = 1;
}

void codec_enc_free(codec_enc *e)
{
    free(e->x);
    if (e->payload.data)
        free(e->payload.data - HEAD_ROOM);
    memset(e, 0, sizeof *e);
}

/* Codes one event at o with the coder of its format (format 4: the
 * fast encoder unless e->reference); returns its length. */
static inline size_t enc_event(const codec_enc *e, codec_ctx *x, uint8_t *o, const hv_event *ev)
{
    return x->fmt >= 4 && !e->reference ? (size_t)(put_event4(x, o, ev) - o) : enc_reference(x, o, ev);
}

/* Room for n more bytes in the payload (and its terminating 0), and
 * HEAD_ROOM bytes before it, where codec_enc_seal puts the header. */
HV_NOINLINE static void enc_grow(codec_enc *e, size_t n)
{
    char *mem = e->payload.data ? e->payload.data - HEAD_ROOM : NULL;
    size_t cap = e->payload.data ? e->payload.cap + HEAD_ROOM : 0;
    hv_grow(&mem, &cap, HEAD_ROOM + e->payload.len + n + 1, 1, 1 << 16);
    e->payload.data = mem + HEAD_ROOM;
    e->payload.cap = cap - HEAD_ROOM;
}

/* Room for n more bytes (no payload yet: cap is 0, so it is made). */
static inline void enc_room(codec_enc *e, size_t n)
{
    if (HV_UNLIKELY(e->payload.len + n + 1 > e->payload.cap))
        enc_grow(e, n);
}

void codec_enc_add(codec_enc *e, const hv_event *ev)
{
    enc_room(e, MAX_EVENT_BYTES);
    e->payload.len += enc_event(e, e->x, (uint8_t *)e->payload.data + e->payload.len, ev);
    e->payload.data[e->payload.len] = 0;
    e->count++;
}

size_t codec_enc_add_many(codec_enc *e, const hv_event *ev, size_t n, size_t max_bytes)
{
    if (n > CODEC_MAX_EVENTS - e->count)
        n = CODEC_MAX_EVENTS - e->count;
    size_t len = e->payload.len, i = 0;
    /* The loop below stops at max_bytes or after n events, whichever
     * comes first; an event it starts may run MAX_EVENT_BYTES past.
     * (max_bytes may be SIZE_MAX: no limit, so n decides.) */
    if (len < max_bytes) {
        size_t room = max_bytes - len;
        if (room / MAX_EVENT_BYTES >= n)
            room = n * MAX_EVENT_BYTES;
        enc_room(e, room + MAX_EVENT_BYTES);
    }
    uint8_t *o = (uint8_t *)e->payload.data;
    codec_ctx *x = e->x;
    if (x->fmt >= 4 && !e->reference)
        len = put_run4(x, o, len, ev, n, max_bytes, &i);
    else
        while (i < n && len < max_bytes)
            len += enc_reference(x, o + len, &ev[i++]);
    e->payload.len = len;
    if (e->payload.data)
        e->payload.data[len] = 0;
    e->count += i;
    return i;
}

uint64_t codec_enc_step(const codec_enc *e)
{
    return e->x->step ? e->x->step : e->step;
}

const void *codec_enc_seal(codec_enc *e, size_t *len)
{
    enc_room(e, 0);
    uint8_t head[HEAD_ROOM] = {(uint8_t)e->x->fmt, (uint8_t)e->shift, (uint8_t)e->pool_bits};
    coder c = {.dec = 0, .o = head, .len = 3};
    code_varint(&c, e->count);
    uint32_t crc = codec_checksum(e->x->fmt, codec_checksum(e->x->fmt, 0, head, c.len), e->payload.data,
                                  e->payload.len);
    for (int i = 0; i < 4; i++)
        head[c.len++] = (uint8_t)(crc >> (8 * i));
    uint8_t *start = (uint8_t *)e->payload.data - c.len;
    memcpy(start, head, c.len);
    *len = c.len + e->payload.len;
    e->payload.len = 0;         /* no terminator yet: it would overwrite the batch */
    e->count = 0;
    e->step = codec_enc_step(e);
    ctx_reset(e->x);
    return start;
}

void codec_enc_finish(codec_enc *e, buf *out)
{
    size_t len;
    const void *batch = codec_enc_seal(e, &len);
    buf_add(out, batch, len);
}

/* Reads the header: the count, or -1 with the reason in why (may be
 * NULL).  c->p is left at the events, *crc gets the checksum stored and
 * *sum the one of the bytes before it. */
static long read_header(coder *c, uint32_t *crc, uint32_t *sum, unsigned *fmt, unsigned *shift, unsigned *pool_bits,
                        buf *why)
{
    const uint8_t *start = c->p;
    size_t n = (size_t)(c->end - c->p);
    int known = n >= 1 && c->p[0] >= FORMAT_OLDEST && c->p[0] <= FORMAT;
    if (n < HEADER_MIN || !known) {
        if (why && n >= 1 && !known)
            buf_printf(why, "batch format %u is not known", c->p[0]);
        else if (why)
            buf_printf(why, "batch too short (%zu bytes)", n);
        return -1;
    }
    *fmt = c->p[0];
    *shift = c->p[1];
    *pool_bits = c->p[2];
    c->p += 3;
    uint64_t count = code_varint(c, 0);
    if (c->flaw || c->end - c->p < 4 || count > CODEC_MAX_EVENTS || *shift > 12 || *pool_bits > 30) {
        if (why)
            buf_adds(why, "batch header corrupt");
        return -1;
    }
    *sum = codec_checksum(*fmt, 0, start, (size_t)(c->p - start));
    *crc = (uint32_t)c->p[0] | (uint32_t)c->p[1] << 8 | (uint32_t)c->p[2] << 16 | (uint32_t)c->p[3] << 24;
    c->p += 4;
    return (long)count;
}

long codec_batch_count(const void *p, size_t n)
{
    coder c = {.dec = 1, .p = p, .end = (const uint8_t *)p + n};
    uint32_t crc, sum;
    unsigned fmt, shift, pool_bits;
    return read_header(&c, &crc, &sum, &fmt, &shift, &pool_bits, NULL);
}

/* flatten: see enc_reference. */
HV_FLATTEN static long decode_events(coder *c, hv_event *out, long count)
{
    coder d = *c;
    d.dec = 1;
    long i;
    for (i = 0; i < count && !d.flaw; i++) {
        out[i] = (hv_event){0};
        if (d.x->fmt >= 4)
            code_event4(&d, &out[i]);
        else
            code_event(&d, &out[i]);
    }
    *c = d;
    return i;
}

long codec_decode(const void *p, size_t n, hv_event *out, size_t max, buf *why)
{
    coder c = {.dec = 1, .p = p, .end = (const uint8_t *)p + n};
    uint32_t crc, sum;
    unsigned fmt, shift, pool_bits;
    long count = read_header(&c, &crc, &sum, &fmt, &shift, &pool_bits, why);
    if (count < 0)
        return -1;
    if ((size_t)count > max) {
        if (why)
            buf_printf(why, "batch of %ld events, more than %zu", count, max);
        return -1;
    }
    if (codec_checksum(fmt, sum, c.p, (size_t)(c.end - c.p)) != crc) {
        if (why)
            buf_adds(why, "batch checksum mismatch");
        return -1;
    }
    c.x = ctx_new(fmt, shift, pool_bits);
    long i = decode_events(&c, out, count);
    free(c.x);
    if (c.flaw) {
        if (why)
            buf_printf(why, "%s (event %ld of %ld)", flaw_text[c.flaw], i, count);
        return -1;
    }
    if (c.p != c.end) {
        if (why)
            buf_printf(why, "%zu stray bytes after %ld events", (size_t)(c.end - c.p), count);
        return -1;
    }
    return count;
}

/* ---- CRC-32 ------------------------------------------------------------- */

static const uint32_t crc_table[256] = {
    0x00000000u, 0x77073096u, 0xee0e612cu, 0x990951bau, 0x076dc419u, 0x706af48fu,
    0xe963a535u, 0x9e6495a3u, 0x0edb8832u, 0x79dcb8a4u, 0xe0d5e91eu, 0x97d2d988u,
    0x09b64c2bu, 0x7eb17cbdu, 0xe7b82d07u, 0x90bf1d91u, 0x1db71064u, 0x6ab020f2u,
    0xf3b97148u, 0x84be41deu, 0x1adad47du, 0x6ddde4ebu, 0xf4d4b551u, 0x83d385c7u,
    0x136c9856u, 0x646ba8c0u, 0xfd62f97au, 0x8a65c9ecu, 0x14015c4fu, 0x63066cd9u,
    0xfa0f3d63u, 0x8d080df5u, 0x3b6e20c8u, 0x4c69105eu, 0xd56041e4u, 0xa2677172u,
    0x3c03e4d1u, 0x4b04d447u, 0xd20d85fdu, 0xa50ab56bu, 0x35b5a8fau, 0x42b2986cu,
    0xdbbbc9d6u, 0xacbcf940u, 0x32d86ce3u, 0x45df5c75u, 0xdcd60dcfu, 0xabd13d59u,
    0x26d930acu, 0x51de003au, 0xc8d75180u, 0xbfd06116u, 0x21b4f4b5u, 0x56b3c423u,
    0xcfba9599u, 0xb8bda50fu, 0x2802b89eu, 0x5f058808u, 0xc60cd9b2u, 0xb10be924u,
    0x2f6f7c87u, 0x58684c11u, 0xc1611dabu, 0xb6662d3du, 0x76dc4190u, 0x01db7106u,
    0x98d220bcu, 0xefd5102au, 0x71b18589u, 0x06b6b51fu, 0x9fbfe4a5u, 0xe8b8d433u,
    0x7807c9a2u, 0x0f00f934u, 0x9609a88eu, 0xe10e9818u, 0x7f6a0dbbu, 0x086d3d2du,
    0x91646c97u, 0xe6635c01u, 0x6b6b51f4u, 0x1c6c6162u, 0x856530d8u, 0xf262004eu,
    0x6c0695edu, 0x1b01a57bu, 0x8208f4c1u, 0xf50fc457u, 0x65b0d9c6u, 0x12b7e950u,
    0x8bbeb8eau, 0xfcb9887cu, 0x62dd1ddfu, 0x15da2d49u, 0x8cd37cf3u, 0xfbd44c65u,
    0x4db26158u, 0x3ab551ceu, 0xa3bc0074u, 0xd4bb30e2u, 0x4adfa541u, 0x3dd895d7u,
    0xa4d1c46du, 0xd3d6f4fbu, 0x4369e96au, 0x346ed9fcu, 0xad678846u, 0xda60b8d0u,
    0x44042d73u, 0x33031de5u, 0xaa0a4c5fu, 0xdd0d7cc9u, 0x5005713cu, 0x270241aau,
    0xbe0b1010u, 0xc90c2086u, 0x5768b525u, 0x206f85b3u, 0xb966d409u, 0xce61e49fu,
    0x5edef90eu, 0x29d9c998u, 0xb0d09822u, 0xc7d7a8b4u, 0x59b33d17u, 0x2eb40d81u,
    0xb7bd5c3bu, 0xc0ba6cadu, 0xedb88320u, 0x9abfb3b6u, 0x03b6e20cu, 0x74b1d29au,
    0xead54739u, 0x9dd277afu, 0x04db2615u, 0x73dc1683u, 0xe3630b12u, 0x94643b84u,
    0x0d6d6a3eu, 0x7a6a5aa8u, 0xe40ecf0bu, 0x9309ff9du, 0x0a00ae27u, 0x7d079eb1u,
    0xf00f9344u, 0x8708a3d2u, 0x1e01f268u, 0x6906c2feu, 0xf762575du, 0x806567cbu,
    0x196c3671u, 0x6e6b06e7u, 0xfed41b76u, 0x89d32be0u, 0x10da7a5au, 0x67dd4accu,
    0xf9b9df6fu, 0x8ebeeff9u, 0x17b7be43u, 0x60b08ed5u, 0xd6d6a3e8u, 0xa1d1937eu,
    0x38d8c2c4u, 0x4fdff252u, 0xd1bb67f1u, 0xa6bc5767u, 0x3fb506ddu, 0x48b2364bu,
    0xd80d2bdau, 0xaf0a1b4cu, 0x36034af6u, 0x41047a60u, 0xdf60efc3u, 0xa867df55u,
    0x316e8eefu, 0x4669be79u, 0xcb61b38cu, 0xbc66831au, 0x256fd2a0u, 0x5268e236u,
    0xcc0c7795u, 0xbb0b4703u, 0x220216b9u, 0x5505262fu, 0xc5ba3bbeu, 0xb2bd0b28u,
    0x2bb45a92u, 0x5cb36a04u, 0xc2d7ffa7u, 0xb5d0cf31u, 0x2cd99e8bu, 0x5bdeae1du,
    0x9b64c2b0u, 0xec63f226u, 0x756aa39cu, 0x026d930au, 0x9c0906a9u, 0xeb0e363fu,
    0x72076785u, 0x05005713u, 0x95bf4a82u, 0xe2b87a14u, 0x7bb12baeu, 0x0cb61b38u,
    0x92d28e9bu, 0xe5d5be0du, 0x7cdcefb7u, 0x0bdbdf21u, 0x86d3d2d4u, 0xf1d4e242u,
    0x68ddb3f8u, 0x1fda836eu, 0x81be16cdu, 0xf6b9265bu, 0x6fb077e1u, 0x18b74777u,
    0x88085ae6u, 0xff0f6a70u, 0x66063bcau, 0x11010b5cu, 0x8f659effu, 0xf862ae69u,
    0x616bffd3u, 0x166ccf45u, 0xa00ae278u, 0xd70dd2eeu, 0x4e048354u, 0x3903b3c2u,
    0xa7672661u, 0xd06016f7u, 0x4969474du, 0x3e6e77dbu, 0xaed16a4au, 0xd9d65adcu,
    0x40df0b66u, 0x37d83bf0u, 0xa9bcae53u, 0xdebb9ec5u, 0x47b2cf7fu, 0x30b5ffe9u,
    0xbdbdf21cu, 0xcabac28au, 0x53b39330u, 0x24b4a3a6u, 0xbad03605u, 0xcdd70693u,
    0x54de5729u, 0x23d967bfu, 0xb3667a2eu, 0xc4614ab8u, 0x5d681b02u, 0x2a6f2b94u,
    0xb40bbe37u, 0xc30c8ea1u, 0x5a05df1bu, 0x2d02ef8du,
};

/* Slicing by 8: slice[k][b] is the CRC of byte b followed by k zero
 * bytes, so eight input bytes take eight independent table lookups
 * instead of a chain of eight.  Built once, from crc_table. */
static uint32_t slice[8][256];
static pthread_once_t slice_once = PTHREAD_ONCE_INIT;

static void slice_init(void)
{
    for (unsigned b = 0; b < 256; b++) {
        uint32_t v = crc_table[b];
        for (unsigned k = 0; k < 8; k++) {
            slice[k][b] = v;
            v = crc_table[v & 0xff] ^ (v >> 8);
        }
    }
}

static inline uint32_t load_le32(const uint8_t *s)
{
    return (uint32_t)s[0] | (uint32_t)s[1] << 8 | (uint32_t)s[2] << 16 | (uint32_t)s[3] << 24;
}

uint32_t codec_crc32(uint32_t crc, const void *p, size_t n)
{
    const uint8_t *s = p;
    pthread_once(&slice_once, slice_init);
    crc = ~crc;
    for (; n >= 8; n -= 8, s += 8) {
        uint32_t lo = crc ^ load_le32(s), hi = load_le32(s + 4);
        crc = slice[7][lo & 0xff] ^ slice[6][(lo >> 8) & 0xff] ^ slice[5][(lo >> 16) & 0xff] ^ slice[4][lo >> 24] ^
              slice[3][hi & 0xff] ^ slice[2][(hi >> 8) & 0xff] ^ slice[1][(hi >> 16) & 0xff] ^ slice[0][hi >> 24];
    }
    while (n--)
        crc = crc_table[(crc ^ *s++) & 0xff] ^ (crc >> 8);
    return ~crc;
}

/* ---- CRC-32C (format 4) --------------------------------------------------- */

/* CRC-32C (Castagnoli, reflected polynomial 0x82f63b78): the same shape of
 * checksum, but x86-64 computes it eight bytes per instruction (SSE4.2
 * crc32), so checking a batch costs a fraction of a nanosecond per event.
 * Machines without the instruction use slicing by 8, as codec_crc32. */
static uint32_t slice_c[8][256];
static pthread_once_t slice_c_once = PTHREAD_ONCE_INIT;
static int crc_c_hw;                /* the CPU has SSE4.2's crc32 */

/* The instruction takes three cycles to give its result to the next, and
 * can start one a cycle: three independent streams (three blocks of
 * CRC_BLOCK bytes each, from 0) go three times as fast, joined as
 *   crc(c, A B C) = shift(shift(crc(c, A)) ^ crc(0, B)) ^ crc(0, C),
 * shift being the register after CRC_BLOCK zero bytes (the CRC is linear
 * in the register and the data together): crc_shift, four bytes looked
 * up at once. */
enum { CRC_BLOCK = 1024 };
static uint32_t crc_shift[4][256];

static uint32_t crc32c_soft(uint32_t crc, const uint8_t *s, size_t n);

/* crc_shift from the register's 32 unit vectors, each run over
 * CRC_BLOCK zeros (by the tables: slice_c is ready). */
static void shift_init(void)
{
    static const uint8_t zeros[CRC_BLOCK];
    uint32_t unit[32];
    for (unsigned j = 0; j < 32; j++)
        unit[j] = crc32c_soft(1u << j, zeros, CRC_BLOCK);
    for (unsigned i = 0; i < 4; i++)
        for (unsigned b = 0; b < 256; b++) {
            uint32_t v = 0;
            for (unsigned j = 0; j < 8; j++)
                if (b >> j & 1)
                    v ^= unit[8 * i + j];
            crc_shift[i][b] = v;
        }
}

static inline uint32_t crc_shift_block(uint32_t c)
{
    return crc_shift[0][c & 0xff] ^ crc_shift[1][(c >> 8) & 0xff] ^ crc_shift[2][(c >> 16) & 0xff] ^
           crc_shift[3][c >> 24];
}

static void slice_c_init(void)
{
    for (unsigned b = 0; b < 256; b++) {
        uint32_t v = b;
        for (int k = 0; k < 8; k++)
            v = v & 1 ? (v >> 1) ^ 0x82f63b78u : v >> 1;
        slice_c[0][b] = v;
    }
    for (unsigned b = 0; b < 256; b++)
        for (unsigned k = 1; k < 8; k++)
            slice_c[k][b] = slice_c[0][slice_c[k - 1][b] & 0xff] ^ (slice_c[k - 1][b] >> 8);
#if defined(__x86_64__) && defined(__GNUC__)
    crc_c_hw = __builtin_cpu_supports("sse4.2");
#endif
    shift_init();
}

static uint32_t crc32c_soft(uint32_t crc, const uint8_t *s, size_t n)
{
    for (; n >= 8; n -= 8, s += 8) {
        uint32_t lo = crc ^ load_le32(s), hi = load_le32(s + 4);
        crc = slice_c[7][lo & 0xff] ^ slice_c[6][(lo >> 8) & 0xff] ^ slice_c[5][(lo >> 16) & 0xff] ^
              slice_c[4][lo >> 24] ^ slice_c[3][hi & 0xff] ^ slice_c[2][(hi >> 8) & 0xff] ^
              slice_c[1][(hi >> 16) & 0xff] ^ slice_c[0][hi >> 24];
    }
    while (n--)
        crc = slice_c[0][(crc ^ *s++) & 0xff] ^ (crc >> 8);
    return crc;
}

#if defined(__x86_64__) && defined(__GNUC__)
__attribute__((target("sse4.2"))) static uint32_t crc32c_hw(uint32_t crc, const uint8_t *s, size_t n)
{
    uint64_t c = crc;
    for (; n >= 3 * CRC_BLOCK; n -= 3 * CRC_BLOCK, s += 3 * CRC_BLOCK) {
        uint64_t c1 = 0, c2 = 0;
        for (size_t i = 0; i < CRC_BLOCK; i += 8) {
            uint64_t w0, w1, w2;
            memcpy(&w0, s + i, 8);
            memcpy(&w1, s + CRC_BLOCK + i, 8);
            memcpy(&w2, s + 2 * CRC_BLOCK + i, 8);
            c = __builtin_ia32_crc32di(c, w0);
            c1 = __builtin_ia32_crc32di(c1, w1);
            c2 = __builtin_ia32_crc32di(c2, w2);
        }
        c = crc_shift_block(crc_shift_block((uint32_t)c) ^ (uint32_t)c1) ^ (uint32_t)c2;
    }
    for (; n >= 8; n -= 8, s += 8) {
        uint64_t w;
        memcpy(&w, s, 8);           /* x86: little-endian, unaligned loads are fine */
        c = __builtin_ia32_crc32di(c, w);
    }
    uint32_t c32 = (uint32_t)c;
    while (n--)
        c32 = __builtin_ia32_crc32qi(c32, *s++);
    return c32;
}
#endif

/* CRC-32C of p[0..n), continuing from crc (0 to start). */
static uint32_t crc32c(uint32_t crc, const void *p, size_t n)
{
    pthread_once(&slice_c_once, slice_c_init);
    crc = ~crc;
#if defined(__x86_64__) && defined(__GNUC__)
    if (crc_c_hw)
        return ~crc32c_hw(crc, p, n);
#endif
    return ~crc32c_soft(crc, p, n);
}

uint32_t codec_checksum(unsigned fmt, uint32_t crc, const void *p, size_t n)
{
    return fmt >= 4 ? crc32c(crc, p, n) : codec_crc32(crc, p, n);
}

uint32_t codec_checksum_soft(uint32_t crc, const void *p, size_t n)
{
    pthread_once(&slice_c_once, slice_c_init);
    return ~crc32c_soft(~crc, p, n);
}
