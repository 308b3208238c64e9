/*
 * model_gc.c — the collector's half of the heap model: the phase of the
 * collection under way and, for each object taking part in it, its
 * gc_refs, the list it is on and its colour, kept by applying and
 * unapplying GC_PHASE, GC_REFS, GC_MOVE and GC_COLOR (event.h); the object
 * being examined (GC_VISIT: untracking, finalizing) and what was found; and the
 * collector's settings (gc.set_threshold, gc.enable/disable, gc.set_debug) and the
 * interpreter's own objects per generation (gc.c) from GC_CONFIG.
 *
 * Generation membership is not kept here: TRACK events carry it, and the
 * object half of the model (model.c) keeps it with the other object state.
 *
 *   objs: addr ──▶ refs << 12 | root << 8 | list << 4 | colour
 *                                          (only objects in the collection)
 *   gray: [bottom … top]                               mark & sweep's worklist
 *
 * Invariants (model_gc_check):
 *   1. an object is in `objs` exactly between the GC_REFS that made it
 *      join the collection (old_refs -1) and the GC_MOVE that made it
 *      leave (to GCL_NONE); its list is never GCL_NONE there;
 *   2. `gray` holds exactly the objects of `objs` coloured gray, each once;
 *   3. outside a collection (phase idle) `objs` and `gray` are empty;
 *   4. `enabled` is 0 or 1;
 *   5. outside a collection no object is being examined (visit 0).
 * The keyframe section is written when a collection is under way or the
 * settings are not CPython's defaults; the settings follow the worklist
 * (absent in older keyframes: the defaults), the interpreter's objects in
 * generations 0-2 come last, then, only when gc.freeze() put some there
 * or debug flags follow, those of the permanent generation, then, only
 * when gc.set_debug set some, the debug flags.
 * Every handler checks that the event fits before changing anything, so a
 * refused event leaves the model as it was.
 */
#include "model.h"
#include "model_int.h"

#include "buf.h"
#include "hv.h"

#include <stdlib.h>
#include <string.h>

struct model_gc {
    uint8_t phase;          /* enum gc_phase */
    uint8_t gen;            /* generation collected (meaningful when not idle) */
    uint8_t collector;      /* enum gc_collector */
    map objs;               /* addr → packed state (see above) */
    uint64_t *gray;         /* worklist, bottom first */
    size_t ngray, graycap;
    int64_t threshold[3];   /* gc.get_threshold() */
    uint8_t enabled;        /* gc.isenabled() */
    int32_t debug;          /* gc.get_debug() (enum gc_debug) */
    int64_t interp[GC_GENERATIONS]; /* the interpreter's own objects per generation */
    uint64_t visit;         /* the object examined (GC_VISIT), 0: none */
    uint8_t verdict;        /* enum gc_verdict, for visit */
};

static const int64_t default_threshold[3] = GC_DEFAULT_THRESHOLDS;

static uint64_t pack_root(int64_t refs, unsigned list, unsigned colour, unsigned root)
{
    return (uint64_t)refs << 12 | root << 8 | list << 4 | colour;
}

static uint64_t pack(int64_t refs, unsigned list, unsigned colour)
{
    return pack_root(refs, list, colour, GCR_NONE);
}

static hv_gcobj unpack(uint64_t v)
{
    return (hv_gcobj){(int64_t)(v >> 12), (uint8_t)(v >> 4 & 15), (uint8_t)(v & 15),
                      (uint8_t)(v >> 8 & 15)};
}

static uint64_t repack(hv_gcobj s)
{
    return pack_root(s.gc_refs, s.list, s.colour, s.root);
}

static struct model_gc *gc_of(model *m)
{
    if (!m->gc) {
        m->gc = hv_calloc(1, sizeof *m->gc);
        memcpy(m->gc->threshold, default_threshold, sizeof default_threshold);
        m->gc->enabled = 1;
    }
    return m->gc;
}

void model_gc_free(struct model_gc *g)
{
    if (!g)
        return;
    map_free(&g->objs);
    free(g->gray);
    free(g);
}

/* ---- the events ------------------------------------------------------------- */

static int phase_event(struct model_gc *g, const hv_event *ev, int undo)
{
    if (ev->u.gc.from >= GCP_NPHASES || ev->u.gc.to >= GCP_NPHASES ||
        g->phase != (undo ? ev->u.gc.to : ev->u.gc.from))
        return -1;
    g->phase = undo ? ev->u.gc.from : ev->u.gc.to;
    g->gen = ev->u.gc.gen;
    g->collector = ev->u.gc.collector;
    return 0;
}

/* Joining (old_refs -1) creates the entry; its undo removes it. */
static int refs_event(struct model_gc *g, const hv_event *ev, int undo)
{
    uint64_t v;
    int present = map_get(&g->objs, ev->u.gc.addr, &v);
    int64_t want = undo ? ev->u.gc.refs : ev->u.gc.old_refs;
    if (ev->u.gc.refs < 0 || !ev->u.gc.addr || ev->u.gc.to == GCL_NONE || ev->u.gc.to >= GCL_NLISTS)
        return -1;
    if (ev->u.gc.old_refs == -1 && !undo) {
        if (present)
            return -1;
        map_put(&g->objs, ev->u.gc.addr, pack(ev->u.gc.refs, ev->u.gc.to, GC_WHITE));
        return 0;
    }
    if (!present || unpack(v).gc_refs != want || unpack(v).list != ev->u.gc.to)
        return -1;
    if (ev->u.gc.old_refs == -1) {
        if (unpack(v).colour != GC_WHITE)
            return -1;
        map_del(&g->objs, ev->u.gc.addr);
        return 0;
    }
    hv_gcobj s = unpack(v);
    s.gc_refs = undo ? ev->u.gc.old_refs : ev->u.gc.refs;
    map_put(&g->objs, ev->u.gc.addr, repack(s));
    return 0;
}

/* Leaving (to GCL_NONE) removes the entry; its undo brings it back (with
 * the root it had: gen). */
static int move_event(struct model_gc *g, const hv_event *ev, int undo)
{
    uint64_t v;
    int present = map_get(&g->objs, ev->u.gc.addr, &v);
    uint8_t from = undo ? ev->u.gc.to : ev->u.gc.from, to = undo ? ev->u.gc.from : ev->u.gc.to;
    if (ev->u.gc.from == GCL_NONE || ev->u.gc.from >= GCL_NLISTS || ev->u.gc.to >= GCL_NLISTS ||
        ev->u.gc.refs < 0 || ev->u.gc.colour > GC_BLACK || ev->u.gc.gen >= GCR_NKINDS)
        return -1;
    if (from == GCL_NONE) {
        if (present)
            return -1;
        map_put(&g->objs, ev->u.gc.addr, pack_root(ev->u.gc.refs, to, ev->u.gc.colour, ev->u.gc.gen));
        return 0;
    }
    hv_gcobj s = present ? unpack(v) : (hv_gcobj){0};
    if (!present || s.list != from || (to == GCL_NONE && (s.gc_refs != ev->u.gc.refs ||
                                                          s.colour != ev->u.gc.colour ||
                                                          s.root != ev->u.gc.gen)))
        return -1;
    s.list = to;
    if (to == GCL_NONE)
        map_del(&g->objs, ev->u.gc.addr);
    else
        map_put(&g->objs, ev->u.gc.addr, repack(s));
    return 0;
}

/* → GRAY pushes, GRAY → pops the top (the worklist is LIFO); WHITE → GRAY
 * sets the root it was grayed as (gen), its undo clears it. */
static int colour_event(struct model_gc *g, const hv_event *ev, int undo)
{
    uint64_t v, addr = ev->u.gc.addr;
    uint8_t from = undo ? ev->u.gc.to : ev->u.gc.from, to = undo ? ev->u.gc.from : ev->u.gc.to;
    if (from > GC_BLACK || to > GC_BLACK || from == to || ev->u.gc.gen >= GCR_NKINDS ||
        !map_get(&g->objs, addr, &v))
        return -1;
    hv_gcobj s = unpack(v);
    if (s.colour != from || (from == GC_GRAY && (!g->ngray || g->gray[g->ngray - 1] != addr)))
        return -1;
    if (from == GC_GRAY)
        g->ngray--;
    if (to == GC_GRAY) {
        hv_grow(&g->gray, &g->graycap, g->ngray + 1, sizeof *g->gray, 64);
        g->gray[g->ngray++] = addr;
    }
    if (from == GC_WHITE || to == GC_WHITE)
        s.root = to == GC_WHITE ? GCR_NONE : ev->u.gc.gen;
    s.colour = to;
    map_put(&g->objs, addr, repack(s));
    return 0;
}

/* GC_VISIT: the examined object (and its verdict) must be the one the
 * event says came before; its undo brings that one back. */
static int visit_event(struct model_gc *g, const hv_event *ev, int undo)
{
    uint64_t addr = ev->u.gc.addr, before = (uint64_t)ev->u.gc.old_refs;
    if (ev->u.gc.to >= GCV_NVERDICTS || ev->u.gc.from >= GCV_NVERDICTS || ev->u.gc.old_refs < 0 ||
        g->visit != (undo ? addr : before) || g->verdict != (undo ? ev->u.gc.to : ev->u.gc.from))
        return -1;
    g->visit = undo ? before : addr;
    g->verdict = undo ? ev->u.gc.from : ev->u.gc.to;
    return 0;
}

/* GC_CONFIG: the value must be what the event says it was. */
static int config_event(struct model_gc *g, const hv_event *ev, int undo)
{
    unsigned what = ev->u.gc.gen;
    int64_t from = undo ? ev->u.gc.refs : ev->u.gc.old_refs, to = undo ? ev->u.gc.old_refs : ev->u.gc.refs;
    if (what == GC_CONFIG_ENABLED) {
        if (from != g->enabled || (to != 0 && to != 1))
            return -1;
        g->enabled = (uint8_t)to;
        return 0;
    }
    if (what == GC_CONFIG_DEBUG) {
        if (from != g->debug || to != (int32_t)to)
            return -1;
        g->debug = (int32_t)to;
        return 0;
    }
    if (what >= GC_CONFIG_INTERP && what < GC_CONFIG_INTERP + GC_GENERATIONS) {
        if (from != g->interp[what - GC_CONFIG_INTERP] || to < 0)
            return -1;
        g->interp[what - GC_CONFIG_INTERP] = to;
        return 0;
    }
    if (what > 2 || from != g->threshold[what])
        return -1;
    g->threshold[what] = to;
    return 0;
}

int model_gc_event(model *m, const hv_event *ev, int undo)
{
    struct model_gc *g = gc_of(m);
    int idle = g->phase == GCP_IDLE;        /* invariant 3: objects take part only in a collection */
    switch (ev->kind) {
    case EV_GC_PHASE: return phase_event(g, ev, undo);
    case EV_GC_REFS: return idle ? -1 : refs_event(g, ev, undo);
    case EV_GC_MOVE: return idle ? -1 : move_event(g, ev, undo);
    case EV_GC_COLOR: return idle ? -1 : colour_event(g, ev, undo);
    case EV_GC_VISIT: return idle ? -1 : visit_event(g, ev, undo);
    case EV_GC_CONFIG: return config_event(g, ev, undo);
    default: return -1;
    }
}

/* ---- questions ---------------------------------------------------------------- */

int model_gc_phase(const model *m, int *gen, int *collector)
{
    const struct model_gc *g = m->gc;
    if (gen)
        *gen = g ? g->gen : 0;
    if (collector)
        *collector = g ? g->collector : COLLECTOR_GENERATIONAL;
    return g ? g->phase : GCP_IDLE;
}

int model_gc_config(const model *m, int64_t threshold[3])
{
    const struct model_gc *g = m->gc;
    memcpy(threshold, g ? g->threshold : default_threshold, sizeof default_threshold);
    return g ? g->enabled : 1;
}

int64_t model_gc_debug(const model *m)
{
    return m->gc ? m->gc->debug : 0;
}

void model_gc_interp(const model *m, int64_t objects[GC_GENERATIONS])
{
    for (int i = 0; i < GC_GENERATIONS; i++)
        objects[i] = m->gc ? m->gc->interp[i] : 0;
}

/* The settings differ from a fresh interpreter's, or it has objects of its own. */
static int config_changed(const struct model_gc *g)
{
    return !g->enabled || memcmp(g->threshold, default_threshold, sizeof default_threshold) != 0 ||
           g->interp[0] || g->interp[1] || g->interp[2] || g->interp[GC_PERMANENT] || g->debug;
}

int model_gc_obj(const model *m, uint64_t addr, hv_gcobj *out)
{
    uint64_t v;
    if (!m->gc || !addr || !map_get(&m->gc->objs, addr, &v)) {
        *out = (hv_gcobj){-1, GCL_NONE, GC_WHITE, GCR_NONE};
        return 0;
    }
    *out = unpack(v);
    return 1;
}

size_t model_gc_gray(const model *m, uint64_t *out, size_t max)
{
    const struct model_gc *g = m->gc;
    if (!g)
        return 0;
    for (size_t i = 0; i < g->ngray && i < max; i++)
        out[i] = g->gray[i];
    return g->ngray;
}

uint64_t model_gc_visit(const model *m, int *verdict)
{
    const struct model_gc *g = m->gc;
    if (verdict)
        *verdict = g && g->visit ? g->verdict : GCV_KEPT;
    return g ? g->visit : 0;
}

size_t model_gc_members(const model *m, uint64_t *out, size_t max)
{
    if (!m->gc)
        return 0;
    size_t n = 0, pos = 0;
    uint64_t addr, v;
    while (map_next(&m->gc->objs, &pos, &addr, &v))
        if (n < max)
            out[n++] = addr;
    return m->gc->objs.count;
}

size_t model_gc_count(const model *m, unsigned list)
{
    if (!m->gc)
        return 0;
    size_t n = 0, pos = 0;
    uint64_t addr, v;
    while (map_next(&m->gc->objs, &pos, &addr, &v))
        n += list == GCL_NONE || unpack(v).list == list;
    return n;
}

int model_gc_check(const model *m, buf *why)
{
    const struct model_gc *g = m->gc;
    if (!g)
        return 0;
    size_t grays = 0, pos = 0;
    uint64_t addr, v;
    while (map_next(&g->objs, &pos, &addr, &v)) {
        hv_gcobj s = unpack(v);
        if (s.list == GCL_NONE || s.list >= GCL_NLISTS || s.colour > GC_BLACK) {
            if (why)
                buf_printf(why, "gc: object 0x%llx has a bad list or colour (invariant 1)",
                           (unsigned long long)addr);
            return -1;
        }
        grays += s.colour == GC_GRAY;
    }
    if (grays != g->ngray || (g->phase == GCP_IDLE && g->objs.count)) {
        if (why)
            buf_printf(why, "gc: %zu gray objects, %zu on the worklist, %zu in the collection "
                       "in phase %s (invariants 2, 3)", grays, g->ngray, (size_t)g->objs.count,
                       event_gc_phase_name(g->phase));
        return -1;
    }
    if (g->enabled > 1) {
        if (why)
            buf_printf(why, "gc: enabled is %u (invariant 4)", g->enabled);
        return -1;
    }
    if (g->phase == GCP_IDLE && g->visit) {
        if (why)
            buf_printf(why, "gc: object 0x%llx examined outside a collection (invariant 5)",
                       (unsigned long long)g->visit);
        return -1;
    }
    return 0;
}

/* ---- keyframes ------------------------------------------------------------------
 *
 * Section 4 (GC) of a keyframe (model_io.c), present when a collection is
 * under way:
 *   u8 phase, u8 gen, u8 collector, varint count, then per object in the
 *   collection (addresses ascending): varint address delta, varint gc_refs,
 *   u8 list << 4 | colour; varint gray count, then the worklist bottom
 *   first: varint addresses; the settings (3 varint thresholds, u8
 *   enabled); the roots (mark & sweep): varint count, then per root
 *   varint address, u8 enum gc_root; the object examined (varint address,
 *   0: none, then u8 enum gc_verdict); the interpreter's own objects (3
 *   varints, generations 0–2); those of the permanent generation (varint,
 *   only when there are some or debug flags follow); the debug flags
 *   (varint of the 32-bit value, only when not 0).  Older keyframes end
 *   before the settings, the roots, the object examined or the
 *   interpreter's objects.
 */

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return (x > y) - (x < y);
}

int model_gc_saved(const model *m)
{
    return m->gc && (m->gc->phase != GCP_IDLE || m->gc->objs.count || config_changed(m->gc));
}

void model_gc_save(const model *m, buf *b)
{
    const struct model_gc *g = m->gc;
    size_t n = g->objs.count, pos = 0, i = 0;
    uint64_t *addrs = hv_malloc((n ? n : 1) * sizeof *addrs), addr, v, prev = 0;
    while (map_next(&g->objs, &pos, &addr, NULL))
        addrs[i++] = addr;
    qsort(addrs, n, sizeof *addrs, cmp_u64);
    int idle = g->phase == GCP_IDLE;        /* gen and collector mean nothing then: saved as 0 */
    buf_addc(b, (char)g->phase);
    buf_addc(b, (char)(idle ? 0 : g->gen));
    buf_addc(b, (char)(idle ? COLLECTOR_GENERATIONAL : g->collector));
    model_write_u(b, n);
    for (i = 0; i < n; i++) {
        map_get(&g->objs, addrs[i], &v);
        hv_gcobj s = unpack(v);
        model_write_u(b, addrs[i] - prev);
        model_write_u(b, (uint64_t)s.gc_refs);
        buf_addc(b, (char)(s.list << 4 | s.colour));
        prev = addrs[i];
    }
    model_write_u(b, g->ngray);
    for (i = 0; i < g->ngray; i++)
        model_write_u(b, g->gray[i]);
    for (i = 0; i < 3; i++)
        model_write_u(b, (uint64_t)g->threshold[i]);
    buf_addc(b, (char)g->enabled);
    size_t nroots = 0;
    for (i = 0; i < n; i++) {
        map_get(&g->objs, addrs[i], &v);
        if (unpack(v).root)
            addrs[nroots++] = addrs[i];
    }
    model_write_u(b, nroots);
    for (i = 0; i < nroots; i++) {
        map_get(&g->objs, addrs[i], &v);
        model_write_u(b, addrs[i]);
        buf_addc(b, (char)unpack(v).root);
    }
    model_write_u(b, g->visit);
    buf_addc(b, (char)g->verdict);
    for (i = 0; i < 3; i++)
        model_write_u(b, (uint64_t)g->interp[i]);
    if (g->interp[GC_PERMANENT] || g->debug)   /* only then: keyframes without stay as they were */
        model_write_u(b, (uint64_t)g->interp[GC_PERMANENT]);
    if (g->debug)
        model_write_u(b, (uint32_t)g->debug);
    free(addrs);
}

static int load_fail(buf *why, const char *what)
{
    if (why)
        buf_printf(why, "keyframe: gc section: %s", what);
    return -1;
}

/* The objects of the collection; 0, or -1 with the reason. */
static int load_objects(struct model_gc *g, model_reader *r, buf *why)
{
    uint64_t n = model_read_u(r), addr = 0;
    if (n > (uint64_t)(r->end - r->p) / 3)
        return load_fail(why, "more objects than bytes");
    for (uint64_t i = 0; i < n && !r->bad; i++) {
        uint64_t d = model_read_u(r), refs = model_read_u(r);
        uint8_t lc = model_read_byte(r);
        if (!d || addr + d < addr || refs > INT64_MAX >> 12 || (lc >> 4) == GCL_NONE ||
            (lc >> 4) >= GCL_NLISTS || (lc & 15) > GC_BLACK)
            return load_fail(why, "bad object entry");
        addr += d;
        map_put(&g->objs, addr, pack((int64_t)refs, lc >> 4, lc & 15));
    }
    return r->bad ? load_fail(why, "truncated") : 0;
}

static int load_gray(struct model_gc *g, model_reader *r, buf *why)
{
    uint64_t n = model_read_u(r), v;
    if (n > g->objs.count || n > (uint64_t)(r->end - r->p))
        return load_fail(why, "bad gray worklist length");
    map seen = MAP_INIT;
    int rc = 0;
    for (uint64_t i = 0; i < n && !rc; i++) {
        uint64_t addr = model_read_u(r);
        if (r->bad || !map_get(&g->objs, addr, &v) || unpack(v).colour != GC_GRAY ||
            map_get(&seen, addr, NULL))
            rc = load_fail(why, "bad gray worklist entry");
        else {
            map_put(&seen, addr, 1);
            hv_grow(&g->gray, &g->graycap, g->ngray + 1, sizeof *g->gray, 64);
            g->gray[g->ngray++] = addr;
        }
    }
    map_free(&seen);
    return rc;
}

static int load_roots(struct model_gc *g, model_reader *r, buf *why)
{
    uint64_t n = model_read_u(r), v;
    if (n > g->objs.count)
        return load_fail(why, "more roots than objects");
    for (uint64_t i = 0; i < n; i++) {
        uint64_t addr = model_read_u(r);
        uint8_t root = model_read_byte(r);
        if (r->bad || !root || root >= GCR_NKINDS || !map_get(&g->objs, addr, &v))
            return load_fail(why, "bad root entry");
        hv_gcobj s = unpack(v);
        s.root = root;
        map_put(&g->objs, addr, repack(s));
    }
    return 0;
}

int model_gc_load(model *m, const uint8_t *p, size_t n, buf *why)
{
    model_reader r = {p, p + n, NULL, 0};   /* its own errors: load_fail */
    struct model_gc *g = gc_of(m);
    g->phase = model_read_byte(&r);
    g->gen = model_read_byte(&r);
    g->collector = model_read_byte(&r);
    if (r.bad || g->phase >= GCP_NPHASES || g->gen > 2 || g->collector > COLLECTOR_MARK_SWEEP)
        return load_fail(why, "bad phase");
    if (load_objects(g, &r, why) || load_gray(g, &r, why))
        return -1;
    if (r.p != r.end) {                     /* the settings (newer keyframes) */
        for (int i = 0; i < 3; i++)
            g->threshold[i] = (int64_t)model_read_u(&r);
        g->enabled = model_read_byte(&r);
        if (r.bad || g->enabled > 1)
            return load_fail(why, "bad settings");
    }
    if (r.p != r.end && load_roots(g, &r, why))
        return -1;
    if (r.p != r.end) {                     /* the object examined (newer keyframes) */
        g->visit = model_read_u(&r);
        g->verdict = model_read_byte(&r);
        if (r.bad || g->verdict >= GCV_NVERDICTS || (g->visit && g->phase == GCP_IDLE))
            return load_fail(why, "bad object examined");
    }
    if (r.p != r.end) {                     /* the interpreter's objects (newer keyframes) */
        for (int i = 0; i < 3; i++) {
            uint64_t v = model_read_u(&r);
            if (v > INT64_MAX)
                r.bad = 1;
            g->interp[i] = (int64_t)v;
        }
        if (r.bad)
            return load_fail(why, "bad interpreter objects");
    }
    if (r.p != r.end) {                     /* the interpreter's frozen ones (gc.freeze) */
        uint64_t v = model_read_u(&r);
        if (r.bad || v > INT64_MAX)
            return load_fail(why, "bad interpreter objects");
        g->interp[GC_PERMANENT] = (int64_t)v;
    }
    if (r.p != r.end) {                     /* the debug flags (gc.set_debug) */
        uint64_t v = model_read_u(&r);
        if (r.bad || v > UINT32_MAX)
            return load_fail(why, "bad debug flags");
        g->debug = (int32_t)(uint32_t)v;
    }
    if (r.p != r.end)
        return load_fail(why, "stray bytes");
    return 0;
}
