/*
 * narrate.c — a sentence about a run of events (narrate.h).
 *
 * One pass counts the events by kind and remembers the first of each
 * interesting kind; the sentence is then built from the most telling one.
 * Which pool a block lives in comes from the profile's address formula,
 * so the sentence needs no model.
 */
#include "narrate.h"

#include "canvas.h"

#include "map.h"
#include "names.h"

#include <string.h>

/* Objects a step both made and freed are its temporaries: the sentence
 * leads with an object that outlives the step (created: the most telling,
 * see lasting_score) or that existed before it (freed). */
typedef struct tally {
    unsigned n[EV_NKINDS];              /* events by kind */
    const hv_event *first[EV_NKINDS];   /* the first of each kind (in seen) */
    hv_event seen[EV_NKINDS];           /* copies (stream_event gives copies) */
    uint64_t alloc_bytes, free_bytes;   /* blocks and raw blocks */
    unsigned refs_up, refs_down;        /* references REF events add and drop */
    unsigned unreachable;               /* GC_MOVE to the unreachable list */
    int net[GCL_NLISTS];                /* GC_MOVE to each list less those from it */
    unsigned joined;                    /* GC_REFS of an object joining the collection */
    unsigned examined, untracked;       /* GC_VISIT naming an object; found untrackable */
    unsigned finalized;                 /* GC_VISIT of a finalizer run */
    uint32_t site;                      /* the first event's line */
    const hv_event *lasting_new;        /* the first OBJ_NEW not freed again in the range */
    const hv_event *older_free;         /* the first OBJ_FREE of an object made before it */
    const hv_event *last_resize;        /* the last OBJ_RESIZE */
    map last_free;                      /* freed address → 1 + index of its last OBJ_FREE */
    uint64_t frees_end;                 /* after the last OBJ_FREE (0: none) */
    hv_event lasting_ev, older_ev, resize_ev;   /* what the three point to */
    narrate_changes *ch;                /* receives the optional clauses */
} tally;

enum { RANK_GEOMETRY, RANK_PART, RANK_WHERE, RANK_FREED, RANK_SHIFT, RANK_BOUND = RANK_FREED };
_Static_assert(RANK_SHIFT == 4, "narrate.h lists the ranks");

/* What out gained since `start` is a clause narrate_fit may drop. */
static void optional(tally *t, const buf *out, size_t start, int rank)
{
    narrate_changes *ch = t->ch;
    if (out->len > start && ch->nclauses < NARRATE_CLAUSES)
        ch->clause[ch->nclauses++] = (narrate_clause){start, out->len, rank};
}

static const char *plural(unsigned n)
{
    return n == 1 ? "" : "s";
}

static void add_change(narrate_changes *ch, int object, uint64_t addr)
{
    uint64_t *a = object ? ch->objects : ch->blocks;
    size_t *n = object ? &ch->nobjects : &ch->nblocks;
    if (*n < NARRATE_MAX)
        a[(*n)++] = addr;
    else
        ch->more = 1;
}

static void count(tally *t, const hv_event *ev, uint64_t i, narrate_changes *ch)
{
    t->n[ev->kind]++;
    if (!t->first[ev->kind]) {
        t->seen[ev->kind] = *ev;
        t->first[ev->kind] = &t->seen[ev->kind];
    }
    if (!t->site && ev->site)
        t->site = ev->site;
    switch (ev->kind) {
    case EV_BLOCK_ALLOC: case EV_RAW_ALLOC:
        t->alloc_bytes += ev->u.block.nbytes;
        add_change(ch, 0, ev->u.block.addr);
        break;
    case EV_BLOCK_FREE: case EV_RAW_FREE:
        t->free_bytes += ev->u.block.nbytes;
        add_change(ch, 0, ev->u.block.addr);
        break;
    case EV_OBJ_RESIZE:
        t->resize_ev = *ev;
        t->last_resize = &t->resize_ev;
        add_change(ch, 1, ev->u.obj.addr);
        break;
    case EV_OBJ_FREE:
        map_put(&t->last_free, ev->u.obj.addr, i + 1);
        t->frees_end = i + 1;
        add_change(ch, 1, ev->u.obj.addr);
        break;
    case EV_OBJ_NEW:
        add_change(ch, 1, ev->u.obj.addr);
        break;
    case EV_GC_REFS: case EV_GC_MOVE: case EV_GC_COLOR:
        if (ev->kind == EV_GC_MOVE && ev->u.gc.from < GCL_NLISTS && ev->u.gc.to < GCL_NLISTS) {
            t->unreachable += ev->u.gc.to == GCL_UNREACHABLE;
            t->net[ev->u.gc.to]++;
            t->net[ev->u.gc.from]--;
        }
        t->joined += ev->kind == EV_GC_REFS && ev->u.gc.old_refs == -1;
        add_change(ch, 1, ev->u.gc.addr);
        break;
    case EV_GC_VISIT:
        t->finalized += ev->u.gc.addr && ev->u.gc.to == GCV_FINALIZED;
        t->examined += ev->u.gc.addr && ev->u.gc.to != GCV_FINALIZED;
        t->untracked += ev->u.gc.addr && ev->u.gc.to == GCV_UNTRACKED;
        if (ev->u.gc.addr)
            add_change(ch, 1, ev->u.gc.addr);
        break;
    case EV_REF:
        if (ev->u.ref.delta > 0)                    /* the interpreter's: a net change (object.h) */
            t->refs_up += (unsigned)ev->u.ref.delta;
        else
            t->refs_down += (unsigned)-ev->u.ref.delta;
        add_change(ch, 1, ev->u.ref.target);
        if (ev->u.ref.holder && ev->u.ref.delta > 0 && ev->u.ref.target != ev->u.ref.label &&
            ch->nholders < NARRATE_MAX)             /* a value stored in a slot (not a key added) */
            ch->holders[ch->nholders++] = ev->u.ref.holder;
        break;
    case EV_BLOCK_OWNER:
        add_change(ch, 0, ev->u.own.addr);
        break;
    case EV_SHIFT:
        if (t->n[EV_SHIFT] == 1)
            add_change(ch, 1, ev->u.shift.holder);
        break;
    default:
        break;
    }
}

void narrate_where(const profile *p, uint64_t addr, buf *out)
{
    uint32_t slot, k, off;
    if (profile_locate(p, addr, &slot, &k, &off) == 0)
        buf_printf(out, "pool %u of arena %u", k, slot);
    else
        buf_adds(out, "a large block from the system malloc");
}

static void where(const profile *p, uint64_t addr, buf *out)
{
    narrate_where(p, addr, out);
}

/* The block event in [from, to) whose block holds addr (an object starts
 * after its collector pre-header, so inside its block), if any: copied
 * into *ev, which is returned. */
static const hv_event *block_of(stream *s, uint64_t from, uint64_t to, unsigned kind, uint64_t addr, hv_event *ev)
{
    for (uint64_t i = from; stream_find(s, i, to, 1u << kind, &i, ev); i++)
        if (addr >= ev->u.block.addr && addr < ev->u.block.addr + ev->u.block.nbytes)
            return ev;
    return NULL;
}

/* How far from one event narrated alone its object's block event may be
 * (the object's own REF and TRACK events come between). */
enum { BLOCK_NEAR = 8 };

/* The block event holding addr in [from, to), or, for one event alone, in
 * the BLOCK_NEAR events of its step just after it (a free: the block goes
 * after the object) or just before it (a birth); kind, then raw_kind. */
static const hv_event *block_near(stream *s, uint64_t from, uint64_t to, unsigned kind, unsigned raw_kind,
                                  uint64_t addr, int after, hv_event *ev)
{
    const hv_event *b = block_of(s, from, to, kind, addr, ev);
    if (!b)
        b = block_of(s, from, to, raw_kind, addr, ev);
    if (b || to - from != 1)
        return b;
    uint64_t step = stream_step_of(s, from), lo, hi;
    if (after) {
        uint64_t end = stream_step_end(s, step);
        lo = to;
        hi = to + BLOCK_NEAR < end ? to + BLOCK_NEAR : end > to ? end : to;
    } else {
        uint64_t begin = stream_step_begin(s, step);
        hi = from;
        lo = from > begin + BLOCK_NEAR ? from - BLOCK_NEAR : begin < from ? begin : from;
    }
    b = block_of(s, lo, hi, kind, addr, ev);
    return b ? b : block_of(s, lo, hi, raw_kind, addr, ev);
}

static unsigned block_size(const profile *p, const hv_event *b)
{
    return b->kind == EV_BLOCK_ALLOC || b->kind == EV_BLOCK_FREE ? profile_class_size(p, b->u.block.szidx)
                                                                 : b->u.block.nbytes;
}

/* "a" or "an" before a number of bytes said aloud ("an 80-byte block",
 * "an 11-byte", "an 18-byte", "an 8-byte"). */
static const char *article(unsigned n)
{
    while (n >= 1000 && !(n >= 11000 && n < 12000) && !(n >= 18000 && n < 19000))
        n /= 1000;
    if (n >= 1000)
        return "an";
    if (n >= 100)
        n /= 100;                                   /* "a 180-byte", "an 800-byte" */
    return n == 8 || (n >= 80 && n < 90) || n == 11 || n == 18 ? "an" : "a";
}

/* How telling a new object is: one with a block of its own beats one from
 * a free list, and anything beats a tuple (calls make argument tuples). */
static uint64_t lasting_score(stream *s, const hv_event *ev)
{
    return !ev->u.obj.freelist + 2 * (strcmp(stream_type_name(s, ev->u.obj.type), "tuple") != 0);
}

/* Fills lasting_new and older_free.  Only the addresses freed in the range
 * need remembering (a step making a million objects frees few of them):
 * count() mapped each freed address to its last free; then, in order, an
 * OBJ_NEW lasts unless its address is freed after it, and an
 * OBJ_FREE is of an older object unless its address was made earlier in
 * the range.  The pass stops once both are known (a lasting object of the
 * best score: none after it can beat it; and the older free, or no free
 * left). */
static void find_lasting(stream *s, uint64_t from, uint64_t to, tally *t)
{
    enum { BEST = 3 };              /* lasting_score's highest */
    map made = MAP_INIT;            /* freed addresses made in the range and not freed since */
    hv_event ev;
    uint64_t pick = 0, last;
    int best = -1;
    for (uint64_t i = from; stream_find(s, i, to, 1u << EV_OBJ_NEW | 1u << EV_OBJ_FREE, &i, &ev); i++) {
        int freed = map_get(&t->last_free, ev.u.obj.addr, &last);
        if (ev.kind == EV_OBJ_NEW) {
            if (freed)
                map_put(&made, ev.u.obj.addr, 1);
            int sc = best < BEST && (!freed || last < i + 1) ? (int)lasting_score(s, &ev) : -1;
            if (sc > best)
                best = sc, pick = i + 1;
        } else if (!map_del(&made, ev.u.obj.addr) && !t->older_free) {
            t->older_ev = ev;
            t->older_free = &t->older_ev;
        }
        if (best == BEST && (t->older_free || i + 1 >= t->frees_end))
            break;
    }
    if (pick) {
        t->lasting_ev = stream_event(s, pick - 1);
        t->lasting_new = &t->lasting_ev;
    }
    map_free(&made);
}

/* The type name of the live object at addr ("object" if it is gone). */
static const char *object_type(stream *s, uint64_t addr)
{
    model_obj o;
    return model_obj_info(stream_model(s), addr, &o) ? stream_type_name(s, o.type) : "object";
}

/* The first BLOCK_OWNER of [from, to) giving a block of addr up (away)
 * or to it, copied into *ev and returned, or NULL. */
static const hv_event *owner_event(stream *s, uint64_t from, uint64_t to, uint64_t addr, int away, hv_event *ev)
{
    for (uint64_t i = from; stream_find(s, i, to, 1u << EV_BLOCK_OWNER, &i, ev); i++)
        if (away ? ev->u.own.old_owner == addr && ev->u.own.owner != addr
                 : ev->u.own.owner == addr && ev->u.own.old_owner != addr)
            return ev;
    return NULL;
}

/* "; its 64-byte item array returns to pool 3 of arena 0" (away), or
 * "; its 128-byte item array is now in pool 5 of arena 0": the
 * block the object gave up or took in [from, to), if its block event is
 * there too. */
static void say_part(stream *s, uint64_t from, uint64_t to, uint64_t addr, int away, buf *out)
{
    hv_event own_ev, b_ev;
    const hv_event *own = owner_event(s, from, to, addr, away, &own_ev);
    if (!own)
        return;
    uint64_t block = own->u.own.addr;
    unsigned role = away ? own->u.own.old_role : own->u.own.role;
    const char *part = event_block_role_name(role);
    int many = role == OWN_VALUES || role == OWN_SHARED_KEYS || role == OWN_INLINE_VALUES;   /* "values return" */
    const hv_event *b = block_of(s, from, to, away ? EV_BLOCK_FREE : EV_BLOCK_ALLOC, block, &b_ev);
    if (!b)
        b = block_of(s, from, to, away ? EV_RAW_FREE : EV_RAW_ALLOC, block, &b_ev);
    if (away && own->u.own.owner)
        buf_printf(out, "; its %s now belong%s to %s 0x%llx", part, many ? "" : "s", object_type(s, own->u.own.owner),
                   (unsigned long long)own->u.own.owner);
    else if (!away && own->u.own.old_owner)     /* taken over: an instance's values become its dict's */
        buf_printf(out, "; its %s %s %s 0x%llx's %s", part, many ? "were" : "was", object_type(s, own->u.own.old_owner),
                   (unsigned long long)own->u.own.old_owner, event_block_role_name(own->u.own.old_role));
    else if (!b || b->u.block.addr != block)
        return;
    else if (away && b->kind == EV_RAW_FREE)
        buf_printf(out, "; its %u-byte %s go%s back to the system malloc", block_size(stream_profile(s), b), part,
                   many ? "" : "es");
    else if (away) {
        buf_printf(out, "; its %u-byte %s return%s to ", block_size(stream_profile(s), b), part, many ? "" : "s");
        where(stream_profile(s), block, out);
    } else if (b->kind == EV_RAW_ALLOC) {
        buf_printf(out, "; its %u-byte %s %s a large block from the system malloc", block_size(stream_profile(s), b), part,
                   many ? "are" : "is");
    } else {
        buf_printf(out, "; its %u-byte %s %s now in ", block_size(stream_profile(s), b), part, many ? "are" : "is");
        where(stream_profile(s), block, out);
    }
}

static void say_freed(stream *s, uint64_t from, uint64_t to, tally *t, buf *out)
{
    const hv_event *o = t->older_free ? t->older_free : t->first[EV_OBJ_FREE];
    buf_printf(out, "%s freed: refcount fell to 0", stream_type_name(s, o->u.obj.type));
    size_t where_at = out->len;
    buf_adds(out, "; ");
    hv_event b_ev;
    const hv_event *b = block_near(s, from, to, EV_BLOCK_FREE, EV_RAW_FREE, o->u.obj.addr, 1, &b_ev);
    if (o->u.obj.freelist) {
        buf_printf(out, "its memory is kept on the %s free list", stream_type_name(s, o->u.obj.type));
    } else if (!b) {
        buf_adds(out, "its block stays allocated for now");
    } else {
        buf_printf(out, "its %u-byte block returns to ", block_size(stream_profile(s), b));
        where(stream_profile(s), b->u.block.addr, out);
    }
    optional(t, out, where_at, RANK_WHERE);
    size_t part_at = out->len;
    say_part(s, from, to, o->u.obj.addr, 1, out);
    optional(t, out, part_at, RANK_PART);
    if (t->n[EV_OBJ_FREE] > 1)
        buf_printf(out, " (+%u more freed)", t->n[EV_OBJ_FREE] - 1);
}

/* addr's getsizeof at the end of [from, to): the last OBJ_RESIZE of it in
 * the range (a list display gets its item array after OBJ_NEW), else size. */
static uint32_t size_at_end(stream *s, uint64_t from, uint64_t to, uint64_t addr, uint32_t size)
{
    hv_event ev;
    for (uint64_t i = from; stream_find(s, i, to, 1u << EV_OBJ_RESIZE, &i, &ev); i++)
        if (ev.u.obj.addr == addr)
            size = ev.u.obj.size;
    return size;
}

/* What a container's getsizeof counts besides the object itself. */
static const char *table_of(const char *type)
{
    if (!strcmp(type, "list"))
        return "item array";
    if (!strcmp(type, "dict"))
        return "keys table";
    if (!strcmp(type, "set") || !strcmp(type, "frozenset"))
        return "hash table";
    if (!strcmp(type, "bytearray"))
        return "buffer";
    return "storage";
}

/* "list grew: sys.getsizeof 88 → 120 bytes (its item array was
 * reallocated); its 64-byte item array is now in pool 3 of arena 0": the
 * last resize of the range. */
static void say_resized(stream *s, uint64_t from, uint64_t to, const tally *t, buf *out)
{
    const hv_event *r = t->last_resize;
    const char *type = stream_type_name(s, r->u.obj.type);
    int grew = r->u.obj.size > r->u.obj.old_size;
    buf_printf(out, "%s %s: sys.getsizeof %u → %u bytes (its %s was %s)", type, grew ? "grew" : "shrank",
               r->u.obj.old_size, r->u.obj.size, table_of(type), grew ? "reallocated" : "shrunk or freed");
    size_t len = out->len;
    say_part(s, from, to, r->u.obj.addr, 0, out);
    if (out->len == len)
        say_part(s, from, to, r->u.obj.addr, 1, out);
    if (t->n[EV_OBJ_RESIZE] > 1)
        buf_printf(out, " (+%u more resized)", t->n[EV_OBJ_RESIZE] - 1);
}

/* Whether the range gave any generation more of the interpreter's own
 * objects (their start-up, a promotion, a freeze): then a generation
 * giving some up is the other half of that move, not news. */
static int interp_gained(stream *s, uint64_t from, uint64_t to)
{
    hv_event c;
    for (uint64_t i = from; stream_find(s, i, to, 1u << EV_GC_CONFIG, &i, &c); i++)
        if (c.u.gc.gen >= GC_CONFIG_INTERP && c.u.gc.gen != GC_CONFIG_DEBUG && c.u.gc.refs > c.u.gc.old_refs)
            return 1;
    return 0;
}

/* A generation giving up some of the interpreter's own objects alone (no
 * move): the untracking phases untrack python3's start-up tuples and
 * dicts (gc.c: untrack_startup), elsewhere the interpreter freed some of
 * its own (gc_interp_add). */
static void say_interp_lost(stream *s, const hv_event *c, const char *sep, buf *out)
{
    int phase = model_gc_phase(stream_model(s), NULL, NULL);
    long long n = (long long)(c->u.gc.old_refs - c->u.gc.refs);
    buf_printf(out, "%s%lld of the interpreter's own objects (python3's start-up) %s from generation %u, %lld left",
               sep, n, phase == GCP_UNTRACK_TUPLES || phase == GCP_UNTRACK_DICTS ? "untracked" : "freed",
               c->u.gc.gen - GC_CONFIG_INTERP, (long long)c->u.gc.refs);
}

/* gc.set_threshold, gc.enable, gc.disable, gc.set_debug: every setting the range
 * changed; the interpreter's own objects (gc.c) where they arrive, and
 * where they leave a generation when they arrive nowhere.  Returns 1 if
 * it said anything. */
static int say_gc_config(stream *s, uint64_t from, uint64_t to, buf *out)
{
    const char *sep = "";
    hv_event cfg, *c = &cfg;
    int gained = interp_gained(s, from, to);
    for (uint64_t i = from; stream_find(s, i, to, 1u << EV_GC_CONFIG, &i, c); i++) {
        if (c->u.gc.gen == GC_CONFIG_DEBUG)
            buf_printf(out, "%sthe collector's debug flags set to %lld (gc.set_debug)%s", sep, (long long)c->u.gc.refs,
                       c->u.gc.refs & GC_DEBUG_SAVEALL ? ": DEBUG_SAVEALL keeps the garbage in gc.garbage" : "");
        else if (c->u.gc.gen >= GC_CONFIG_INTERP) {
            if (c->u.gc.refs > c->u.gc.old_refs && c->u.gc.gen == GC_CONFIG_INTERP + GC_PERMANENT)
                buf_printf(out, "%s%lld of the interpreter's own objects (python3's start-up, not the "
                           "program's) frozen in the permanent generation", sep, (long long)c->u.gc.refs);
            else if (c->u.gc.refs > c->u.gc.old_refs)
                buf_printf(out, "%s%lld of the interpreter's own objects (python3's start-up, not the "
                           "program's) in generation %u", sep, (long long)c->u.gc.refs,
                           c->u.gc.gen - GC_CONFIG_INTERP);
            else if (!gained)
                say_interp_lost(s, c, sep, out);
            else
                continue;
        } else if (c->u.gc.gen == GC_CONFIG_ENABLED)
            buf_printf(out, "%s%s", sep, c->u.gc.refs ? "the automatic collector was enabled (gc.enable)"
                                                       : "the automatic collector was disabled (gc.disable): "
                                                         "only gc.collect() runs it now");
        else
            buf_printf(out, "%sgeneration %u's threshold set to %lld (was %lld)", sep, c->u.gc.gen,
                       (long long)c->u.gc.refs, (long long)c->u.gc.old_refs);
        sep = ", ";
    }
    return *sep != 0;
}

/* The name of the class at addr, an object of the type named `type`;
 * NULL when it is no class or its name is not known. */
static const char *class_name(stream *s, uint64_t addr, const char *type)
{
    return strcmp(type, "type") == 0 ? names_get(stream_names(s), addr, NAMES_SELF) : NULL;
}

/* The new object's sentence; with `beside` (an older object's free told
 * after it) where its block is may go when the line is short. */
static void say_created(stream *s, uint64_t from, uint64_t to, tally *t, int beside, buf *out)
{
    const hv_event *o = t->lasting_new ? t->lasting_new : t->first[EV_OBJ_NEW];
    const char *type = stream_type_name(s, o->u.obj.type), *own = class_name(s, o->u.obj.addr, type);
    if (own)
        buf_printf(out, "class %s", own);
    else
        buf_adds(out, type);
    buf_printf(out, " created (%u bytes by sys.getsizeof)", size_at_end(s, from, to, o->u.obj.addr, o->u.obj.size));
    hv_event b_ev;
    const hv_event *b = block_near(s, from, to, EV_BLOCK_ALLOC, EV_RAW_ALLOC, o->u.obj.addr, 0, &b_ev);
    size_t where_at = out->len;
    if (o->u.obj.freelist) {
        buf_adds(out, " from its type's free list, with no new block");
    } else if (!b) {
        buf_adds(out, " in a block allocated earlier");
    } else {
        buf_printf(out, " in %s %u-byte block of ", article(block_size(stream_profile(s), b)),
                   block_size(stream_profile(s), b));
        where(stream_profile(s), b->u.block.addr, out);
    }
    if (beside)
        optional(t, out, where_at, RANK_WHERE);
    size_t part_at = out->len;
    say_part(s, from, to, o->u.obj.addr, 0, out);
    optional(t, out, part_at, RANK_PART);
    if (t->n[EV_OBJ_NEW] > 1)
        buf_printf(out, " (+%u more created)", t->n[EV_OBJ_NEW] - 1);
}

static void say_blocks(const tally *t, buf *out)
{
    unsigned na = t->n[EV_BLOCK_ALLOC] + t->n[EV_RAW_ALLOC], nf = t->n[EV_BLOCK_FREE] + t->n[EV_RAW_FREE];
    if (na)
        buf_printf(out, "%u block%s allocated (%llu bytes requested)", na, na == 1 ? "" : "s",
                   (unsigned long long)t->alloc_bytes);
    if (nf)
        buf_printf(out, "%s%u block%s freed (%llu bytes)", na ? ", " : "", nf, nf == 1 ? "" : "s",
                   (unsigned long long)t->free_bytes);
}

/* The frames on the model's stack now, outermost first, into f (at most
 * NARRATE_FRAMES); how many. */
enum { NARRATE_FRAMES = 64 };
static size_t frames_now(stream *s, model_frame f[NARRATE_FRAMES])
{
    size_t nf = model_frames(stream_model(s), f, NARRATE_FRAMES);
    return nf > NARRATE_FRAMES ? NARRATE_FRAMES : nf;
}

/* The frame of f[0..nf) at addr, or NULL: addr is not a frame on the stack. */
static const model_frame *frame_of(const model_frame *f, size_t nf, uint64_t addr)
{
    for (size_t i = 0; i < nf; i++)
        if (f[i].addr == addr)
            return &f[i];
    return NULL;
}

/* The name a reference's slot has: a global's or attribute's (label: the
 * name object), a frame's local (label: its slot in the code of frame
 * f[i], one of the nf frames on the stack), or NULL. */
static const char *slot_name(stream *s, const model_frame *f, size_t nf, uint64_t holder, uint64_t label)
{
    names_table *n = stream_names(s);
    if (label >= HV_LABEL_NAMES)
        return names_get(n, label, NAMES_SELF);
    const model_frame *fr = frame_of(f, nf, holder);
    return fr ? names_get(n, fr->code, (uint32_t)label) : NULL;
}

/* 1 if [from, to) holds a reference from holder under label to another
 * object than target: a dict's key and its value share the label (the
 * key's address), so a new key `d` with the value "x" * 1000 takes a
 * reference to the str 'd' and one to the value. */
static int other_under_label(stream *s, uint64_t from, uint64_t to, uint64_t holder, uint64_t label, uint64_t target)
{
    hv_event ev;
    for (uint64_t i = from; stream_find(s, i, to, 1u << EV_REF, &i, &ev); i++)
        if (ev.u.ref.holder == holder && ev.u.ref.label == label && ev.u.ref.target != target && ev.u.ref.delta > 0)
            return 1;
    return 0;
}

/* How far past a range say_binding looks for a dict's value, in the same
 * step: a dict takes its key's reference and then its value's, a few
 * events apart at most (the value's unsaid references before it). */
enum { VALUE_AHEAD = 16 };

static void describe(stream *s, const model_frame *f, size_t nf, uint64_t addr, buf *out);

/* A namespace: a module's dict, whose first references (in the order they
 * were made) include its key '__name__', the first a module sets, or a
 * class body's, whose first key is '__module__'.  Looks at NAMESPACE_LOOK
 * of them, whatever the dict's size. */
enum { NAMESPACE_LOOK = 2 };
typedef struct namespace_walk {
    stream *s;
    unsigned seen;
} namespace_walk;

static int namespace_ref(void *ud, const model_ref *r)
{
    namespace_walk *w = ud;
    const char *key = r->label >= HV_LABEL_NAMES ? names_get(stream_names(w->s), r->label, NAMES_SELF) : NULL;
    if (key && (strcmp(key, "__name__") == 0 || strcmp(key, "__module__") == 0))
        return 1;
    return ++w->seen >= NAMESPACE_LOOK ? -1 : 0;
}

static int namespace(stream *s, uint64_t dict)
{
    namespace_walk w = {s, 0};
    return model_refs_from(stream_model(s), dict, namespace_ref, &w) == 1;
}

/* "Node 0x….": the object whose attribute a name is ("Node." for a class),
 * into out; nothing for a frame's local or a namespace's name. */
static void attribute_of(stream *s, const model_frame *f, size_t nf, uint64_t holder, buf *out)
{
    model_obj o;
    if (frame_of(f, nf, holder) || !model_obj_info(stream_model(s), holder, &o))
        return;
    const char *type = stream_type_name(s, o.type), *own = class_name(s, holder, type);
    if (strcmp(type, "dict") == 0)
        return;
    if (own)
        buf_adds(out, own);
    else
        describe(s, f, nf, holder, out);
    buf_addc(out, '.');
}

/* "x = 5" or "b = list 0x… (rc now 2)": the last name of [from, to) bound
 * to an object (a global, a local, an attribute: "Node 0x….x = 5", a key
 * that is a name), else the last item a list took ("list 0x…[3] = 4"),
 * into out; 0 if there is none, else 1.
 * Alone (the sentence's main clause), " (a static object: no memory
 * allocated)" follows a static object, and "(rc now 2; no memory
 * allocated)" another.  A
 * dict's reference to its key (target = label) is the name, not its
 * value, unless nothing else went under that label (`d = 'd'`, or a
 * rebinding), in the range or just after it in its step (one event
 * narrated alone: `b = a`'s reference to the key 'b' is not `b = 'b'`). */
static int say_binding(stream *s, uint64_t from, uint64_t to, int alone, buf *out)
{
    uint64_t step_end = stream_step_end(s, stream_step_of(s, from)),
             ahead = to + VALUE_AHEAD < step_end ? to + VALUE_AHEAD : step_end > to ? step_end : to;
    model_frame f[NARRATE_FRAMES];
    size_t nf = frames_now(s, f);
    hv_event ev;
    const char *name = NULL;
    uint64_t target = 0, name_holder = 0, item_holder = 0, item_label = 0, item_target = 0;
    model_obj o;
    for (uint64_t i = from; stream_find(s, i, to, 1u << EV_REF | 1u << EV_REF_MOVE, &i, &ev); i++) {
        uint64_t holder = ev.kind == EV_REF ? ev.u.ref.holder : ev.u.ref.to;
        const char *nm;
        if (!holder || (ev.kind == EV_REF && ev.u.ref.delta <= 0))
            continue;
        nm = slot_name(s, f, nf, holder, ev.u.ref.label);
        const char *ht = model_obj_info(stream_model(s), holder, &o) ? stream_type_name(s, o.type) : "";
        int dict = strcmp(ht, "dict") == 0;
        if (nm && (!dict || namespace(s, holder)) &&
            (ev.u.ref.target != ev.u.ref.label ||
             !other_under_label(s, from, ahead, holder, ev.u.ref.label, ev.u.ref.target)))
            name = nm, target = ev.u.ref.target, name_holder = holder;
        else if (nm ? dict && ev.u.ref.target != ev.u.ref.label
                    : ev.u.ref.label < HV_LABEL_NAMES && strcmp(ht, "list") == 0)
            item_holder = holder, item_label = ev.u.ref.label, item_target = ev.u.ref.target;
    }
    if (!name && !item_holder)
        return 0;
    buf slot = BUF_INIT;
    if (name) {
        attribute_of(s, f, nf, name_holder, &slot);
        buf_adds(&slot, name);
    } else {                                        /* an item: "list 0x…[3]", "dict 0x…['k']" */
        describe(s, f, nf, item_holder, &slot);
        if (item_label >= HV_LABEL_NAMES)
            buf_printf(&slot, "['%s']", slot_name(s, f, nf, item_holder, item_label));
        else
            buf_printf(&slot, "[%llu]", (unsigned long long)item_label);
        target = item_target;
    }
    const char *value = names_get(stream_names(s), target, NAMES_VALUE);
    int told = 0;
    if (value) {
        buf_printf(out, "%s = %s%s", buf_str(&slot), value, alone ? " (a static object: no memory allocated)" : "");
        told = 1;
    } else if (model_obj_info(stream_model(s), target, &o)) {  /* else bound and gone within the range */
        buf_printf(out, "%s = ", buf_str(&slot));
        describe(s, f, nf, target, out);
        buf_printf(out, " (rc now %lld%s)", (long long)o.refcnt, alone ? "; no memory allocated" : "");
        told = 1;
    }
    buf_free(&slot);
    return told;
}

/* "b unbound: list 0x… (rc now 1; no memory freed)": the name of [from,
 * to) that let go of an object still alive (`del b`, a dict's item
 * popped); several: "a, b unbound (4 references dropped; no memory
 * freed)"; 0 if there is none.  A dict's reference to its key is not the
 * name's object. */
enum { UNBOUND_NAMES = 3 };
static int say_unbinding(stream *s, uint64_t from, uint64_t to, const tally *t, int alone, buf *out)
{
    model_frame f[NARRATE_FRAMES];
    size_t nf = frames_now(s, f), n = 0;
    hv_event ev;
    const char *names[UNBOUND_NAMES + 1], *nm;
    uint64_t target = 0, holder = 0;
    model_obj o, h;
    for (uint64_t i = from; stream_find(s, i, to, 1u << EV_REF, &i, &ev); i++) {
        if (!ev.u.ref.holder || ev.u.ref.delta >= 0 || ev.u.ref.target == ev.u.ref.label ||
            !model_obj_info(stream_model(s), ev.u.ref.target, &o) ||
            (nm = slot_name(s, f, nf, ev.u.ref.holder, ev.u.ref.label)) == NULL)
            continue;
        if (!frame_of(f, nf, ev.u.ref.holder) && !model_obj_info(stream_model(s), ev.u.ref.holder, &h))
            continue;                               /* a holder gone: its dealloc, not a name let go of */
        size_t k = 0;
        while (k < n && strcmp(names[k], nm) != 0)
            k++;
        if (k == n && n <= UNBOUND_NAMES)
            names[n++] = nm;
        target = ev.u.ref.target, holder = ev.u.ref.holder;
    }
    if (n == 1) {
        attribute_of(s, f, nf, holder, out);
        buf_printf(out, "%s unbound: ", names[0]);
        describe(s, f, nf, target, out);
        model_obj_info(stream_model(s), target, &o);
        buf_printf(out, " (rc now %lld%s)", (long long)o.refcnt, alone ? "; no memory freed" : "");
        return 1;
    }
    for (size_t k = 0; k < n && k < UNBOUND_NAMES; k++)
        buf_printf(out, "%s%s", k ? ", " : "", names[k]);
    if (n && alone)
        buf_printf(out, "%s unbound (%u reference%s dropped; no memory freed)", n > UNBOUND_NAMES ? ", …" : "",
                   t->refs_down, plural(t->refs_down));
    else if (n)
        buf_printf(out, "%s unbound", n > UNBOUND_NAMES ? ", …" : "");
    return n > 0;
}

static void say_refs(stream *s, uint64_t from, uint64_t to, const tally *t, buf *out)
{
    if (say_binding(s, from, to, 1, out) || say_unbinding(s, from, to, t, 1, out))
        return;
    if (t->first[EV_GC_PHASE] && t->first[EV_GC_PHASE]->u.gc.to == GCP_IDLE) {
        buf_printf(out, "the collection is over (%u reference%s taken, %u dropped)", t->refs_up, plural(t->refs_up),
                   t->refs_down);
        return;
    }
    buf_printf(out, "only reference counts changed: %u reference%s taken, %u dropped", t->refs_up,
               t->refs_up == 1 ? "" : "s", t->refs_down);
}

/* Arena and pool news, added after the main clause. */
static void say_geometry(tally *t, const profile *p, buf *out)
{
    size_t at = out->len;
    if (t->n[EV_ARENA_NEW])
        buf_printf(out, "; a new %u KiB arena was mapped", profile_arena_size(p) >> 10);
    optional(t, out, at, RANK_GEOMETRY);
    at = out->len;
    if (t->n[EV_ARENA_FREE])
        buf_adds(out, "; an empty arena went back to the system");
    optional(t, out, at, RANK_GEOMETRY);
    at = out->len;
    if (t->n[EV_POOL_INIT])
        buf_printf(out, "; %u pool%s carved for a size class", t->n[EV_POOL_INIT], t->n[EV_POOL_INIT] == 1 ? "" : "s");
    optional(t, out, at, RANK_GEOMETRY);
}

/* "items 0-2 moved to 1-3" (a list's insert), "items 0-4 reversed", or
 * for a sort's many single moves "7 items moved (reordered in place)". */
static void say_shift(const tally *t, buf *out)
{
    const hv_event *e = t->first[EV_SHIFT];
    unsigned from = e->u.shift.from, last = from + e->u.shift.count - 1;
    unsigned to = (unsigned)((int64_t)from + e->u.shift.by), to_last = to + e->u.shift.count - 1;
    if (t->n[EV_SHIFT] > 2 && e->u.shift.count == 1) {
        buf_printf(out, "list items reordered in place (%u moves)", t->n[EV_SHIFT]);
        return;
    }
    if (from == last)
        buf_printf(out, "item %u moved to %u", from, to);
    else if (e->u.shift.reversed && to == from)
        buf_printf(out, "items %u-%u reversed", from, last);
    else
        buf_printf(out, "items %u-%u %smoved to %u-%u", from, last, e->u.shift.reversed ? "reversed and " : "", to,
                   to_last);
    if (t->n[EV_SHIFT] > 1)
        buf_printf(out, " (+%u more moves)", t->n[EV_SHIFT] - 1);
}

/* A whole collector phase (its GC_PHASE in the range) that freed
 * nothing, told as what its work means; 0 when the phase has nothing of
 * its own to say (then say_gc counts the events). */
static int say_phase(const tally *t, buf *out)
{
    const hv_event *ph = t->first[EV_GC_PHASE];
    unsigned gen = ph ? ph->u.gc.gen : 0, refs = t->n[EV_GC_REFS], moves = t->n[EV_GC_MOVE],
             colours = t->n[EV_GC_COLOR];
    unsigned left = t->net[GCL_UNREACHABLE] > 0 ? (unsigned)t->net[GCL_UNREACHABLE] : 0,
             collectable = t->net[GCL_COLLECTABLE] > 0 ? (unsigned)t->net[GCL_COLLECTABLE] : 0,
             resurrected = t->net[GCL_RESURRECTED] > 0 ? (unsigned)t->net[GCL_RESURRECTED] : 0;
    switch (ph ? ph->u.gc.to : GCP_NPHASES) {
    case GCP_START:
        if (t->joined)
            buf_printf(out, "%u tracked object%s join the collection, white, with gc_refs = their refcount", t->joined,
                       plural(t->joined));
        else if (t->n[EV_TRACK])
            buf_printf(out, "the younger generations' %u object%s join generation %u's collection", t->n[EV_TRACK],
                       plural(t->n[EV_TRACK]), gen);
        else
            buf_printf(out, "generation %u's collection begins", gen);
        return 1;
    case GCP_UPDATE_REFS:
        if (refs == 1)
            buf_adds(out, "gc_refs = refcount for the one object in the collection");
        else
            buf_printf(out, "gc_refs = refcount for each of the %u objects in the collection", refs);
        return 1;
    case GCP_SUBTRACT_REFS:
        if (!refs)
            buf_adds(out, "no object in the collection refers to another: every gc_refs stays as it was");
        else
            buf_printf(out, "%u reference%s from inside the collection subtracted: what gc_refs keeps comes from "
                       "outside", refs, plural(refs));
        return 1;
    case GCP_MOVE_UNREACHABLE:
    case GCP_MS_SWEEP:
        if (!left)
            buf_adds(out, "every object is reachable: nothing to collect");
        else
            buf_printf(out, "%u object%s tentatively unreachable (%s)", left, plural(left),
                       ph->u.gc.to == GCP_MS_SWEEP ? "left white by the marking"
                                                   : "gc_refs 0 and not reached from an object with more");
        return 1;
    case GCP_MS_HELD:
        buf_printf(out, "%u reference%s from the heap subtracted: a white object with gc_refs left is held by the "
                   "interpreter's C code only", refs, plural(refs));
        return 1;
    case GCP_RESURRECT_UPDATE:
        if (!refs)
            buf_adds(out, "nothing is unreachable: nothing to check again");
        else
            buf_printf(out, "the finalizers ran, so the unreachable set is checked again: gc_refs = refcount for "
                       "%s %u object%s", refs == 1 ? "its" : "each of its", refs, plural(refs));
        return 1;
    case GCP_RESURRECT_SUBTRACT:
        if (!refs)
            buf_adds(out, "no reference inside the unreachable set to subtract");
        else
            buf_printf(out, "%u reference%s from inside the unreachable set subtracted", refs, plural(refs));
        return 1;
    case GCP_UNTRACK_TUPLES:
    case GCP_UNTRACK_DICTS:
        if (t->examined)
            return 0;
        buf_printf(out, "no surviving %s to examine", ph->u.gc.to == GCP_UNTRACK_TUPLES ? "tuple" : "dict");
        return 1;
    case GCP_CLEAR:
        buf_adds(out, "nothing to clear");              /* a free would have been told first */
        return 1;
    case GCP_MS_ROOTS:
        buf_printf(out, "%u root%s grayed", colours, plural(colours));
        return 1;
    case GCP_MS_MARK:
        buf_printf(out, "%u colour change%s: gray objects blackened one at a time, their white referents grayed",
                   colours, plural(colours));
        return 1;
    case GCP_PROMOTE:
        if (!moves)
            return 0;
        buf_printf(out, "%u survivor%s leave%s the collection for generation %u", moves, plural(moves),
                   moves == 1 ? "s" : "", gen < 2 ? gen + 1 : 2);
        return 1;
    case GCP_FINALIZE:
        if (t->finalized)
            return 0;
        buf_adds(out, "no finalizer (__del__) to run");
        return 1;
    case GCP_RESURRECT_MOVE:
        if (!collectable && !resurrected) {
            buf_adds(out, "nothing is unreachable: no garbage");
            return 1;
        }
        buf_printf(out, "%u object%s still unreachable: garbage to clear", collectable, plural(collectable));
        if (resurrected)
            buf_printf(out, "; %u resurrected by a finalizer", resurrected);
        return 1;
    case GCP_RESURRECT_PROMOTE:
        if (moves || t->n[EV_TRACK])
            return 0;
        buf_adds(out, "no finalizer brought anything back: nothing to promote");
        return 1;
    default:
        return 0;
    }
}

/* A collector phase's work, when it freed nothing. */
static int say_gc(const tally *t, buf *out)
{
    if (say_phase(t, out))
        return 1;
    if (t->finalized)
        buf_printf(out, "%u finalizer%s (__del__) run", t->finalized, t->finalized == 1 ? "" : "s");
    else if (t->examined)
        buf_printf(out, "%u object%s examined for untracking, %u untracked (nothing tracked inside)",
                   t->examined, t->examined == 1 ? "" : "s", t->untracked);
    else if (t->n[EV_GC_REFS])
        buf_printf(out, "gc_refs of %u object%s updated", t->n[EV_GC_REFS], t->n[EV_GC_REFS] == 1 ? "" : "s");
    else if (t->n[EV_GC_MOVE])
        buf_printf(out, "%u object%s moved between lists (%u tentatively unreachable)", t->n[EV_GC_MOVE],
                   t->n[EV_GC_MOVE] == 1 ? "" : "s", t->unreachable);
    else if (t->n[EV_GC_COLOR])
        buf_printf(out, "%u object%s recoloured on the gray worklist", t->n[EV_GC_COLOR],
                   t->n[EV_GC_COLOR] == 1 ? "" : "s");
    else
        return 0;
    return 1;
}

/* A name let go of in a range whose main clause told of a free (a
 * console's `del a`: its code freed), as a clause the sentence can lose.
 * (A name bound leads instead: say_main.) */
static void say_bound_aside(stream *s, uint64_t from, uint64_t to, tally *t, buf *out)
{
    buf b = BUF_INIT;
    if (say_unbinding(s, from, to, t, 0, &b)) {
        size_t at = out->len;
        buf_printf(out, "; %s", buf_str(&b));
        optional(t, out, at, RANK_BOUND);
    }
    buf_free(&b);
}

/* An untracking phase that examined the program's objects and untracked
 * python3's start-up ones too: those, as a clause after the examined. */
static void say_untracked_aside(stream *s, uint64_t from, uint64_t to, tally *t, buf *out)
{
    if (!t->examined || !t->n[EV_GC_CONFIG])
        return;
    buf b = BUF_INIT;
    if (say_gc_config(s, from, to, &b)) {
        size_t at = out->len;
        buf_printf(out, "; %s", buf_str(&b));
        optional(t, out, at, RANK_PART);            /* the first to go on a narrow line */
    }
    buf_free(&b);
}

/* CLEAR under gc.DEBUG_SAVEALL (the flags as the model has them where
 * the range ends): delete_garbage appends each object to gc.garbage
 * instead of clearing it, so it stays alive and leaves the collection for
 * the older generation.  0 when that is not what the range is. */
static int say_saveall(stream *s, const tally *t, buf *out)
{
    const model *m = stream_model(s);
    const hv_event *ph = t->first[EV_GC_PHASE];
    int phase = ph ? ph->u.gc.to : model_gc_phase(m, NULL, NULL);
    if (phase != GCP_CLEAR || !(model_gc_debug(m) & GC_DEBUG_SAVEALL))
        return 0;
    unsigned kept = t->net[GCL_NONE] > 0 ? (unsigned)t->net[GCL_NONE] : 0;
    if (!kept)
        buf_adds(out, "DEBUG_SAVEALL (gc.set_debug): the garbage goes to gc.garbage, nothing is cleared");
    else
        buf_printf(out, "DEBUG_SAVEALL (gc.set_debug): %u object%s appended to gc.garbage instead of cleared: "
                   "alive, to the older generation", kept, plural(kept));
    return 1;
}

/* The main clause: the most telling kind of event leads.  Returns 1 when
 * it told of a resize, 2 of items moving. */
static int say_main(stream *s, uint64_t from, uint64_t to, tally *t, buf *out)
{
    if (say_saveall(s, t, out))
        ;
    else if (t->older_free && t->lasting_new) {      /* `x = X()` where x held another */
        say_created(s, from, to, t, 1, out);
        size_t at = out->len;
        buf_printf(out, "; %s freed: refcount fell to 0", stream_type_name(s, t->older_free->u.obj.type));
        if (t->n[EV_OBJ_FREE] > 1)
            buf_printf(out, " (+%u more freed)", t->n[EV_OBJ_FREE] - 1);
        optional(t, out, at, RANK_FREED);
    } else if (t->older_free || (t->n[EV_OBJ_FREE] && !t->lasting_new)) {
        if (say_binding(s, from, to, 0, out)) {     /* the name the statement binds, then what went */
            buf_adds(out, "; ");
            say_freed(s, from, to, t, out);
        } else {
            say_freed(s, from, to, t, out);
            say_bound_aside(s, from, to, t, out);
        }
    } else if (t->n[EV_OBJ_NEW])
        say_created(s, from, to, t, 0, out);
    else if (t->n[EV_SHIFT])
        return say_shift(t, out), 2;
    else if (t->n[EV_OBJ_RESIZE])
        return say_resized(s, from, to, t, out), 1;
    else if (t->n[EV_GC_CONFIG] && !t->examined && say_gc_config(s, from, to, out))
        ;                                           /* a setting, or the interpreter's objects moving */
    else if (t->n[EV_BLOCK_ALLOC] + t->n[EV_RAW_ALLOC] + t->n[EV_BLOCK_FREE] + t->n[EV_RAW_FREE])
        say_blocks(t, out);
    else if (t->first[EV_GC_PHASE] && say_gc(t, out))
        say_untracked_aside(s, from, to, t, out);   /* a phase's work before the references it moved */
    else if (t->n[EV_REF])
        say_refs(s, from, to, t, out);
    else if (!t->first[EV_GC_PHASE] && say_gc(t, out))
        ;                                           /* a phase's was asked above */
    else if (t->n[EV_FRAME_PUSH] || t->n[EV_FRAME_POP])
        buf_adds(out, t->n[EV_FRAME_PUSH] ? "a function was called: a new frame roots its locals"
                                          : "a function returned: its frame is gone");
    else if (!t->n[EV_GC_REFS] && !t->n[EV_GC_MOVE] && !t->n[EV_GC_COLOR] && !t->examined)
        buf_adds(out, "no memory changed");
    return 0;
}

/* A resize of an object made before the range, when the main clause told
 * of something else. */
static void say_resize_aside(stream *s, uint64_t from, uint64_t to, const tally *t, buf *out)
{
    const hv_event *r = t->last_resize;
    if (!r || (t->lasting_new && t->lasting_new->u.obj.addr == r->u.obj.addr))
        return;
    hv_event ev;
    for (uint64_t i = from; stream_find(s, i, to, 1u << EV_OBJ_FREE, &i, &ev); i++)
        if (ev.u.obj.addr == r->u.obj.addr)
            return;                             /* a dying object's last resize */
    buf_adds(out, "; ");
    say_resized(s, from, to, t, out);
}

static void say(stream *s, uint64_t from, uint64_t to, tally *t, buf *out)
{
    int told = say_main(s, from, to, t, out);
    size_t at = out->len;
    if (told != 1)
        say_resize_aside(s, from, to, t, out);
    optional(t, out, at, RANK_WHERE);
    at = out->len;
    if (told != 2 && t->n[EV_SHIFT]) {
        buf_adds(out, "; ");
        say_shift(t, out);
    }
    optional(t, out, at, RANK_SHIFT);
    say_geometry(t, stream_profile(s), out);
}

/* ---- one event alone (`.` and `,`) -------------------------------------
 *
 * The tally above sums a step; one event gets its own sentence, naming
 * who and what: "dict 0x7f3a5c000080 takes a reference to list
 * 0x7f3a5c0002f0 under 'b' (rc now 2)".  Object, block and resize events
 * keep the tally's sentence, which already says that much. */

/* Who or what addr is, as the graph shows it: the interpreter (0), a
 * frame, a static object's value, a class by its name, else its type and
 * address (an object already gone: "object 0x…"). */
static void describe(stream *s, const model_frame *f, size_t nf, uint64_t addr, buf *out)
{
    names_table *n = stream_names(s);
    const model_frame *fr = frame_of(f, nf, addr);
    const char *v;
    model_obj o;
    if (!addr) {
        buf_adds(out, "the interpreter");
        return;
    }
    if (fr) {
        const char *code = names_get(n, fr->code, NAMES_SELF);
        buf_printf(out, "frame %s", code ? code : fr == f ? "<module>" : "?");
        return;
    }
    if ((v = names_get(n, addr, NAMES_VALUE)) != NULL) {
        buf_adds(out, v);
        return;
    }
    if (!model_obj_info(stream_model(s), addr, &o)) {
        buf_printf(out, "object 0x%llx", (unsigned long long)addr);
        return;
    }
    const char *type = stream_type_name(s, o.type), *own = class_name(s, addr, type);
    if (own)
        buf_printf(out, "class %s", own);
    else
        buf_printf(out, "%s 0x%llx", type, (unsigned long long)addr);
}

/* Where holder keeps its reference to target: " under 'b'" (a name or
 * key), " in local 'x'", " at [2]", " (its type)", or nothing. */
static void say_slot(stream *s, const model_frame *f, size_t nf, uint64_t holder, uint64_t label, uint64_t target,
                     buf *out)
{
    model_obj h;
    if (!holder)
        return;
    int is_obj = model_obj_info(stream_model(s), holder, &h), is_frame = frame_of(f, nf, holder) != NULL;
    const char *name = slot_name(s, f, nf, holder, label);
    if (label >= HV_LABEL_NAMES) {
        if (label == target)
            return;                                 /* a key: said as "its key" */
        const char *key = name ? name : names_get(stream_names(s), label, NAMES_VALUE);
        if (key)
            buf_printf(out, " under '%s'", key);
        else
            buf_printf(out, " under the key 0x%llx", (unsigned long long)label);
    } else if (is_frame) {
        if (name)
            buf_printf(out, " in local '%s'", name);
        else
            buf_printf(out, " in slot %llu", (unsigned long long)label);
    } else if (!is_obj) {
        return;                                     /* an object not made yet (its type's reference) */
    } else if (h.type == target) {
        buf_adds(out, " (its type)");
    } else {
        const char *t = stream_type_name(s, h.type);
        if (!strcmp(t, "list") || !strcmp(t, "tuple"))
            buf_printf(out, " at [%llu]", (unsigned long long)label);
    }
}

/* " (rc now 3)": target's count after the event, if it lives. */
static void say_rc(stream *s, uint64_t target, buf *out)
{
    model_obj o;
    if (model_obj_info(stream_model(s), target, &o))
        buf_printf(out, " (rc now %lld)", (long long)o.refcnt);
}

static void say_ref_event(stream *s, const model_frame *f, size_t nf, const hv_event *ev, buf *out)
{
    uint64_t holder = ev->u.ref.holder, target = ev->u.ref.target, label = ev->u.ref.label;
    int d = ev->u.ref.delta;
    if (ev->kind == EV_REF_MOVE) {
        describe(s, f, nf, holder, out);
        buf_adds(out, " hands its reference to ");
        describe(s, f, nf, target, out);
        buf_adds(out, " to ");
        describe(s, f, nf, ev->u.ref.to, out);
        say_slot(s, f, nf, ev->u.ref.to ? ev->u.ref.to : holder, label, target, out);
    } else if (!holder) {
        buf_printf(out, "the interpreter's own references to ");
        describe(s, f, nf, target, out);
        buf_printf(out, " (values on its way through an expression): %+d since last told", d);
    } else {
        describe(s, f, nf, holder, out);
        buf_adds(out, d > 0 ? " takes " : " drops ");
        if (d > 1 || d < -1)
            buf_printf(out, "%d references", d > 0 ? d : -d);
        else
            buf_adds(out, d > 0 ? "a reference" : "its reference");
        buf_adds(out, " to ");
        int is_key = label == target && label >= HV_LABEL_NAMES;    /* a dict's key: its own label */
        const char *key = is_key ? slot_name(s, f, nf, holder, label) : NULL;
        if (is_key)
            buf_adds(out, d > 0 ? "its new key " : "its key ");
        if (key && !names_get(stream_names(s), target, NAMES_VALUE))
            buf_printf(out, "'%s'", key);           /* a name: its text is all the table knows */
        else
            describe(s, f, nf, target, out);
        say_slot(s, f, nf, holder, label, target, out);
    }
    say_rc(s, target, out);
}

/* The sentence for ev alone into out: 1, or 0 for the kinds the tally
 * tells well enough (objects made, freed and resized; gc settings; a
 * list's items moving). */
static int say_one(stream *s, const hv_event *ev, buf *out)
{
    const profile *p = stream_profile(s);
    model_frame f[NARRATE_FRAMES];
    size_t nf = frames_now(s, f);
    switch (ev->kind) {
    case EV_REF: case EV_REF_MOVE:
        say_ref_event(s, f, nf, ev, out);
        return 1;
    case EV_POOL_STATE:
        where(p, ev->u.pool.addr, out);
        buf_printf(out, " goes from %s to %s", event_pool_state_name(ev->u.pool.from),
                   event_pool_state_name(ev->u.pool.to));
        if (ev->u.pool.to == POOL_FULL)
            buf_adds(out, ": no free block left in it");
        else if (ev->u.pool.to == POOL_EMPTY)
            buf_adds(out, ": every block free, ready for any size class");
        return 1;
    case EV_POOL_INIT:
        where(p, ev->u.pool.addr, out);
        buf_printf(out, " is carved into %u-byte blocks (size class %u)", profile_class_size(p, ev->u.pool.szidx),
                   ev->u.pool.szidx);
        return 1;
    case EV_BLOCK_ALLOC: case EV_BLOCK_FREE:
        if (ev->kind == EV_BLOCK_ALLOC)
            buf_printf(out, "%s ", article(profile_class_size(p, ev->u.block.szidx)));
        buf_printf(out, ev->kind == EV_BLOCK_ALLOC ? "%u-byte block at 0x%llx is allocated in "
                                                   : "the %u-byte block at 0x%llx is freed back to ",
                   profile_class_size(p, ev->u.block.szidx), (unsigned long long)ev->u.block.addr);
        where(p, ev->u.block.addr, out);
        buf_printf(out, ev->kind == EV_BLOCK_ALLOC ? " (%u bytes requested%s)" : " (%u bytes were requested%s)",
                   ev->u.block.nbytes,
                   ev->kind == EV_BLOCK_ALLOC && ev->u.block.virgin ? ", carved fresh past the pool's high-water mark"
                                                                    : "");
        return 1;
    case EV_TRACK:
        describe(s, f, nf, ev->u.obj.addr, out);
        if (ev->u.obj.gen < 0)
            buf_adds(out, " is untracked: the collector no longer looks at it");
        else if (ev->u.obj.old_gen < 0)
            buf_printf(out, " is tracked by the collector, in generation %d", ev->u.obj.gen);
        else if (ev->u.obj.gen == GC_PERMANENT)
            buf_printf(out, " is frozen (gc.freeze): from generation %d to the permanent one, never collected",
                       ev->u.obj.old_gen);
        else if (ev->u.obj.old_gen == GC_PERMANENT)
            buf_printf(out, " is unfrozen (gc.unfreeze): from the permanent generation to %d", ev->u.obj.gen);
        else
            buf_printf(out, " moves from generation %d to %d", ev->u.obj.old_gen, ev->u.obj.gen);
        return 1;
    case EV_BLOCK_OWNER:
        buf_printf(out, "the block at 0x%llx ", (unsigned long long)ev->u.own.addr);
        if (ev->u.own.owner) {
            buf_adds(out, "becomes ");
            describe(s, f, nf, ev->u.own.owner, out);
            buf_printf(out, "'s %s", event_block_role_name(ev->u.own.role));
        } else {
            buf_adds(out, "is no longer ");
            describe(s, f, nf, ev->u.own.old_owner, out);
            buf_printf(out, "'s %s", event_block_role_name(ev->u.own.old_role));
        }
        return 1;
    case EV_FRAME_PUSH: case EV_FRAME_POP: {
        const char *code = names_get(stream_names(s), ev->u.obj.type, NAMES_SELF);
        int outermost = nf == (ev->kind == EV_FRAME_PUSH);  /* the model is past the event */
        buf_printf(out, ev->kind == EV_FRAME_PUSH ? "a call: frame %s is pushed, a root for its locals"
                                                  : "frame %s returns and is popped",
                   code ? code : outermost ? "<module>" : "?");
        return 1;
    }
    case EV_GC_REFS:
        describe(s, f, nf, ev->u.gc.addr, out);
        if (ev->u.gc.old_refs < 0)
            buf_printf(out, " joins the collection on the %s list: gc_refs = its refcount, %lld",
                       event_gc_list_name(ev->u.gc.to), (long long)ev->u.gc.refs);
        else
            buf_printf(out, ": gc_refs %lld → %lld", (long long)ev->u.gc.old_refs, (long long)ev->u.gc.refs);
        return 1;
    case EV_GC_MOVE:
        describe(s, f, nf, ev->u.gc.addr, out);
        if (ev->u.gc.to == GCL_NONE)
            buf_printf(out, " leaves the collection (it was on the %s list)", event_gc_list_name(ev->u.gc.from));
        else
            buf_printf(out, " moves from the %s list to the %s list", event_gc_list_name(ev->u.gc.from),
                       event_gc_list_name(ev->u.gc.to));
        return 1;
    case EV_GC_COLOR:
        describe(s, f, nf, ev->u.gc.addr, out);
        buf_printf(out, " turns %s (was %s)", event_gc_colour_name(ev->u.gc.to), event_gc_colour_name(ev->u.gc.from));
        if (ev->u.gc.to == GC_GRAY && ev->u.gc.gen != GCR_NONE)
            buf_printf(out, ": a root (%s)", event_gc_root_name(ev->u.gc.gen));
        return 1;
    case EV_GC_VISIT:
        if (!ev->u.gc.addr) {
            buf_adds(out, "the collector is done examining: no object is under examination now");
            return 1;
        }
        describe(s, f, nf, ev->u.gc.addr, out);
        buf_adds(out, ev->u.gc.to == GCV_FINALIZED   ? ": its finalizer (__del__) runs now"
                      : ev->u.gc.to == GCV_UNTRACKED ? " is examined and untracked: nothing it holds can be in a cycle"
                                                     : " is examined and stays tracked");
        return 1;
    case EV_GC_PHASE:
        buf_printf(out, "the collector's phase %s begins (generation %u)", event_gc_phase_name(ev->u.gc.to),
                   ev->u.gc.gen);
        return 1;
    case EV_STEP:
        buf_adds(out, ev->u.step.what == STEP_GC_PHASE ? "a phase of the collector begins"
                      : ev->u.step.what == STEP_CONSOLE ? "a console line begins"
                      : ev->u.step.what == STEP_RETURN  ? "the call is over: its caller's statement goes on"
                      : ev->u.step.what == STEP_END     ? "the script is over: python3 releases its code and "
                                                          "flushes its output"
                                                        : "the statement begins");
        return 1;
    case EV_ARENA_NEW: case EV_ARENA_FREE:
        buf_printf(out, ev->kind == EV_ARENA_NEW ? "arena %u is mapped: %u KiB at 0x%llx, %u pools"
                                                 : "arena %u, empty, goes back to the system (%u KiB at 0x%llx, %u pools)",
                   ev->u.arena.slot, profile_arena_size(p) >> 10, (unsigned long long)ev->u.arena.addr,
                   ev->u.arena.npools);
        return 1;
    case EV_RAW_ALLOC: case EV_RAW_FREE:
        buf_printf(out, ev->kind == EV_RAW_ALLOC ? "%s %u-byte block at 0x%llx comes from the system malloc"
                                                 : "%s %u-byte block at 0x%llx goes back to the system malloc",
                   ev->kind == EV_RAW_ALLOC ? article(ev->u.block.nbytes) : "the", ev->u.block.nbytes,
                   (unsigned long long)ev->u.block.addr);
        if (ev->kind == EV_RAW_ALLOC && ev->u.block.nbytes > p->small_threshold)
            buf_printf(out, " (over %u bytes: not pymalloc's)", p->small_threshold);   /* the profile's */
        return 1;
    case EV_BLOCK_RESIZE: case EV_RAW_RESIZE:
        buf_printf(out, "the block at 0x%llx is resized in place: %u → %u bytes requested",
                   (unsigned long long)ev->u.block.addr, ev->u.block.old_nbytes, ev->u.block.nbytes);
        return 1;
    default:
        return 0;
    }
}

void narrate_events(stream *s, uint64_t from, uint64_t to, buf *out, narrate_changes *ch)
{
    tally t;
    narrate_changes scratch;
    memset(&t, 0, sizeof t);
    if (!ch)
        ch = &scratch;
    memset(ch, 0, sizeof *ch);
    t.ch = ch;
    for (uint64_t i = from; i < to; i++) {
        hv_event ev = stream_event(s, i);
        count(&t, &ev, i, ch);
    }
    find_lasting(s, from, to, &t);
    map_free(&t.last_free);
    const hv_event *step = t.first[EV_STEP], *ph = t.first[EV_GC_PHASE];
    if (ph)
        buf_printf(out, "garbage collector, generation %u, %s: ", ph->u.gc.gen, event_gc_phase_name(ph->u.gc.to));
    else if (step && step->u.step.what == STEP_GC_PHASE)
        buf_adds(out, "garbage collector: ");
    else if (step && step->u.step.what == STEP_CONSOLE)
        buf_adds(out, "console: ");
    else if (step && step->u.step.what == STEP_RETURN && t.site)
        buf_printf(out, "line %u, back from the call: ", t.site);
    else if (step && step->u.step.what == STEP_END)
        buf_adds(out, "the script is over: ");
    else if (t.site)
        buf_printf(out, "line %u: ", t.site);
    say(s, from, to, &t, out);
}

void narrate_position(stream *s, buf *out, narrate_changes *ch)
{
    uint64_t pos = stream_position(s), step = stream_step_of(s, pos);
    if (pos == 0) {
        if (ch)
            memset(ch, 0, sizeof *ch);
        buf_adds(out, "the start: nothing has run yet");
        return;
    }
    if (pos == stream_step_end(s, step)) {
        if (step == 0)
            buf_adds(out, "start-up, before the first statement: ");
        narrate_events(s, stream_step_begin(s, step), pos, out, ch);
        return;
    }
    hv_event ev = stream_event(s, pos - 1);
    buf_printf(out, "event %llu of step %llu (%s): ", (unsigned long long)pos, (unsigned long long)step,
               event_name(ev.kind));
    buf one = BUF_INIT;
    if (say_one(s, &ev, &one)) {
        narrate_changes scratch;
        tally t;
        memset(&t, 0, sizeof t);
        t.ch = ch ? ch : &scratch;
        memset(t.ch, 0, sizeof *t.ch);
        count(&t, &ev, pos - 1, t.ch);              /* what it touched, for the highlight */
        map_free(&t.last_free);
        if (ev.site)
            buf_printf(out, "line %u: ", ev.site);
        buf_adds(out, buf_str(&one));
    } else {
        narrate_events(s, pos - 1, pos, out, ch);
    }
    buf_free(&one);
}

/* Appends the sentence without the clauses whose bit is set in `drop`;
 * returns its width in columns. */
static int without(const char *sentence, const narrate_changes *ch, unsigned drop, buf *out)
{
    size_t at = 0, start = out->len;
    for (size_t i = 0; i < ch->nclauses; i++) {
        if (!(drop >> i & 1))
            continue;
        buf_add(out, sentence + at, ch->clause[i].start - at);
        at = ch->clause[i].end;
    }
    buf_adds(out, sentence + at);
    return canvas_text_width(buf_str(out) + start);
}

/* The clause to drop next: the lowest rank not dropped yet, the later of
 * equal ranks; -1 when none is left. */
static int next_drop(const narrate_changes *ch, unsigned drop)
{
    int best = -1;
    for (size_t i = 0; i < ch->nclauses; i++)
        if (!(drop >> i & 1) && (best < 0 || ch->clause[i].rank <= ch->clause[best].rank))
            best = (int)i;
    return best;
}

void narrate_fit(const char *sentence, const narrate_changes *ch, int width, buf *out)
{
    size_t start = out->len;
    int suffix = canvas_text_width(NARRATE_SHORTENED);
    if (canvas_text_width(sentence) <= width) {
        buf_adds(out, sentence);
        return;
    }
    unsigned drop = 0;
    for (int i; (i = next_drop(ch, drop)) >= 0;) {
        drop |= 1u << i;
        out->len = start;
        if (without(sentence, ch, drop, out) + suffix <= width) {
            buf_adds(out, NARRATE_SHORTENED);
            return;
        }
    }
    out->len = start;
    buf_adds(out, sentence);
}

int narrate_changed(const narrate_changes *ch, uint64_t addr)
{
    for (size_t i = 0; i < ch->nblocks; i++)
        if (ch->blocks[i] == addr)
            return 1;
    for (size_t i = 0; i < ch->nobjects; i++)
        if (ch->objects[i] == addr)
            return 1;
    return 0;
}
