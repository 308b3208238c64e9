/*
 * view_gc.c — the collector view (see view_gc.h for the screen).
 *
 * When the position has moved since the last draw, the view asks the model
 * for the phase (model_gc_phase) and the generations' counts
 * (model_tracked, O(1)), then lists the objects taking part in the
 * collection (model_gc_members: O(members)) in creation order, or, between
 * collections, those no root reaches (a breadth-first search over
 * model_refs_from from the interpreter's references and the frames:
 * O(heap), so done only for heaps up to SEARCH_MAX objects; a larger one
 * says it was not searched).  Only the rows on screen are drawn.
 */
#include "view_gc.h"

#include "buf.h"
#include "gc.h"
#include "stream.h"
#include "map.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum {
    PHASES_W = 28,          /* the phase list, when it fits: resurrect_subtract_refs whole */
    MIN_W = 50, MIN_H = 14,
    GEN_ROWS = 5,           /* the generations box */
    SEARCH_MAX = 20000,     /* live objects up to which idle garbage is searched for */
};

/* CPython 3.11's default thresholds (gc.get_threshold()). */
static const int64_t default_threshold[3] = GC_DEFAULT_THRESHOLDS;


/* Each list and colour: a glyph and a letter besides the theme's colour. */
static const struct {
    const char *glyph;
    enum theme_role role;
} list_marks[GCL_NLISTS] = {
    [GCL_NONE] = {" ", THEME_MUTED},
    [GCL_YOUNG] = {"·", THEME_TEXT},
    [GCL_REACHABLE] = {"✓", THEME_TEXT},
    [GCL_UNREACHABLE] = {"✗", THEME_WARNING},
    [GCL_RESURRECTED] = {"↺", THEME_TITLE},
    [GCL_COLLECTABLE] = {"☠", THEME_WARNING},
};
static const struct {
    const char *mark;
    enum theme_role role;
} colour_marks[3] = {
    [GC_WHITE] = {"○ W", THEME_BLOCK_FREE},
    [GC_GRAY] = {"◐ G", THEME_POOL_MID},
    [GC_BLACK] = {"● B", THEME_BLOCK_USED},
};

typedef struct row {
    model_obj obj;
    hv_gcobj gc;            /* gc_refs -1 between collections */
} row;

typedef struct gc_view {
    view_context ctx;
    const names_table *names;
    row *rows;
    size_t nrows, cap;
    size_t tracked[GC_GENERATIONS]; /* objects tracked per generation, the permanent one last */
    int64_t interp[GC_GENERATIONS]; /* the interpreter's own objects per generation (no blocks) */
    int phase, gen, collector;
    uint64_t visit;         /* the object the collector examines (untracking, finalizing), 0: none */
    int verdict;            /* what it found (enum gc_verdict) */
    char unit[96];          /* what a unit of the phase does now ("" when the phase says it) */
    int64_t threshold[3];   /* as gc.set_threshold left them at this step */
    int enabled;            /* gc.isenabled() at this step */
    int64_t debug;          /* gc.get_debug() at this step (DEBUG_SAVEALL changes CLEAR) */
    size_t sel, top;        /* selected row, first row shown */
    uint64_t sel_addr;      /* kept across draws */
    const model *gathered;  /* the model and position rows[] are for (NULL: none yet) */
    uint64_t gathered_at;
    int searched;           /* idle: the garbage search ran (the heap was small enough) */
    int table_y, table_h, table_x, table_w, fits;
} gc_view;

/* ---- gathering ------------------------------------------------------------ */

static void push_row(gc_view *g, const model_obj *o, const hv_gcobj *s)
{
    hv_grow(&g->rows, &g->cap, g->nrows + 1, sizeof *g->rows, 64);
    g->rows[g->nrows++] = (row){*o, *s};
}

static int cmp_row_serial(const void *a, const void *b)
{
    uint64_t x = ((const row *)a)->obj.serial, y = ((const row *)b)->obj.serial;
    return (x > y) - (x < y);
}

/* The collection's members, in creation order. */
static void gather_members(gc_view *g)
{
    const model *m = g->ctx.model;
    size_t n = model_gc_members(m, NULL, 0);
    uint64_t *addr = hv_malloc((n + 1) * sizeof *addr);
    model_gc_members(m, addr, n);
    for (size_t i = 0; i < n; i++) {
        model_obj o;
        hv_gcobj s;
        if (model_obj_info(m, addr[i], &o) && model_gc_obj(m, addr[i], &s))
            push_row(g, &o, &s);
    }
    if (g->nrows)                           /* qsort never gets NULL */
        qsort(g->rows, g->nrows, sizeof *g->rows, cmp_row_serial);
    free(addr);
}

/* Breadth-first reachability from the roots (the interpreter's references
 * and the frames' locals) over the model's references. */
typedef struct reach {
    const model *m;
    map seen;               /* reached object addresses */
    uint64_t *queue;
    size_t n, cap;
} reach;

/* addr reached: queued once, the first time. */
static void reach_push(reach *q, uint64_t addr)
{
    if (map_get(&q->seen, addr, NULL))
        return;
    map_put(&q->seen, addr, 1);
    hv_grow(&q->queue, &q->cap, q->n + 1, sizeof *q->queue, 256);
    q->queue[q->n++] = addr;
}

static int reach_ref(void *ud, const model_ref *r)
{
    reach *q = ud;
    model_obj o;
    if (!map_get(&q->seen, r->target, NULL) && model_obj_info(q->m, r->target, &o))
        reach_push(q, r->target);
    return 0;
}

static int add_garbage(void *ud, const model_obj *o)
{
    void **pair = ud;
    gc_view *g = pair[0];
    reach *q = pair[1];
    if (!map_get(&q->seen, o->addr, NULL)) {
        hv_gcobj none = {-1, GCL_NONE, GC_WHITE, GCR_NONE};
        push_row(g, o, &none);
    }
    return 0;
}

/* A frozen object (gc.freeze) is never collected: it and all it holds
 * stay, as if a root held it. */
static int reach_frozen(void *ud, const model_obj *o)
{
    reach *q = ud;
    if (o->gen == GC_PERMANENT)
        reach_push(q, o->addr);
    return 0;
}

static void gather_garbage(gc_view *g)
{
    reach q = {.m = g->ctx.model};
    model_refs_from(q.m, 0, reach_ref, &q);
    if (g->tracked[GC_PERMANENT])
        model_obj_each(q.m, reach_frozen, &q);
    size_t nf = model_frames(q.m, NULL, 0);
    model_frame *frames = hv_calloc(nf + 1, sizeof *frames);
    model_frames(q.m, frames, nf);
    for (size_t i = 0; i < nf; i++)
        model_refs_from(q.m, frames[i].addr, reach_ref, &q);
    for (size_t head = 0; head < q.n; head++)
        model_refs_from(q.m, q.queue[head], reach_ref, &q);
    void *pair[2] = {g, &q};
    model_obj_each(q.m, add_garbage, pair);
    free(frames);
    free(q.queue);
    map_free(&q.seen);
}

/* The position the view shows (0 outside the app: always gathered). */
static int moved(gc_view *g)
{
    const view_session *ss = g->ctx.session;
    if (!ss || !ss->stream)
        return 1;
    uint64_t at = stream_position(ss->stream);
    int same = g->gathered == g->ctx.model && g->gathered_at == at;
    g->gathered = g->ctx.model;
    g->gathered_at = at;
    return !same;
}

static void type_name(const gc_view *g, uint64_t type_addr, char *out, size_t len);

/* FREELISTS: the free list being emptied, from the blocks the model has
 * parked: the first non-empty in gc.c's order (the tuple lists by length,
 * float, list, dict; the dict keys tables, which the model does not see,
 * last), and how many entries it has left. */
static void describe_freelists(gc_view *g)
{
    static const char *const kinds[] = {"float", "list", "dict"};
    size_t n = model_parked_blocks(g->ctx.model, NULL, 0), left[TUPLE_FREELISTS + 1 + HV_COUNTOF(kinds)] = {0};
    model_parked *pk = hv_malloc((n + 1) * sizeof *pk);
    model_parked_blocks(g->ctx.model, pk, n);
    for (size_t i = 0; i < n; i++) {
        char t[64];
        type_name(g, pk[i].type, t, sizeof t);
        uint32_t items = pk[i].size >= 40 ? (pk[i].size - 40) / 8 : 0;   /* 16 + 24 + 8 per item */
        if (strcmp(t, "tuple") == 0 && items >= 1 && items <= TUPLE_FREELISTS)
            left[items - 1]++;
        for (size_t k = 0; k < HV_COUNTOF(kinds); k++)
            left[TUPLE_FREELISTS + k] += strcmp(t, kinds[k]) == 0;
    }
    free(pk);
    snprintf(g->unit, sizeof g->unit, "emptying the dict keys free list");
    for (size_t i = 0; i < HV_COUNTOF(left); i++) {
        if (!left[i])
            continue;
        if (i < TUPLE_FREELISTS)
            snprintf(g->unit, sizeof g->unit, "emptying the tuple free list (length %zu): %zu left", i + 1, left[i]);
        else
            snprintf(g->unit, sizeof g->unit, "emptying the %s free list: %zu left", kinds[i - TUPLE_FREELISTS], left[i]);
        break;
    }
}

/* What one unit of the phase is doing, where the phase's name does not
 * say it all: mark & sweep's START counting objects in, MS_HELD
 * subtracting references, FREELISTS emptying one list after another. */
static void describe_unit(gc_view *g)
{
    g->unit[0] = 0;
    if (g->phase == GCP_START && g->collector == COLLECTOR_MARK_SWEEP) {
        snprintf(g->unit, sizeof g->unit, "counting: %zu of %zu white, gc_refs = refcount",
                 model_gc_count(g->ctx.model, GCL_NONE), g->tracked[0] + g->tracked[1] + g->tracked[2]);
    } else if (g->phase == GCP_MS_HELD) {
        size_t held = 0;
        for (size_t i = 0; i < g->nrows; i++)
            held += g->rows[i].gc.colour == GC_WHITE && g->rows[i].gc.gc_refs > 0;
        snprintf(g->unit, sizeof g->unit, "held by C? gc_refs −1 per reference from the heap: %zu white still above 0",
                 held);
    } else if (g->phase == GCP_FREELISTS) {
        describe_freelists(g);
    }
}

static void gather(gc_view *g)
{
    if (!moved(g))
        return;
    g->nrows = 0;
    model_tracked(g->ctx.model, g->tracked);
    model_gc_interp(g->ctx.model, g->interp);
    g->phase = model_gc_phase(g->ctx.model, &g->gen, &g->collector);
    g->visit = model_gc_visit(g->ctx.model, &g->verdict);
    g->enabled = model_gc_config(g->ctx.model, g->threshold);
    g->debug = model_gc_debug(g->ctx.model);
    g->searched = g->phase != GCP_IDLE || model_obj_count(g->ctx.model) <= SEARCH_MAX;
    if (g->phase != GCP_IDLE)
        gather_members(g);
    else if (g->searched)
        gather_garbage(g);
    describe_unit(g);
    g->sel = 0;
    for (size_t i = 0; i < g->nrows; i++)
        if (g->rows[i].obj.addr == g->sel_addr)
            g->sel = i;
    if (g->nrows)
        g->sel_addr = g->rows[g->sel].obj.addr;
}

/* ---- drawing ------------------------------------------------------------- */

static canvas_style style(const gc_view *g, enum theme_role r)
{
    return theme_style(g->ctx.th, r);
}


static void boxed(const gc_view *g, canvas *cv, canvas_rect r, const char *title)
{
    canvas_box(cv, r, CANVAS_LIGHT, style(g, THEME_FRAME));
    char t[96];
    snprintf(t, sizeof t, " %s ", title);
    view_put(cv, r.x + 2, r.y, r.x + r.w - 2, t, style(g, THEME_TITLE));
}

/* The collector shown: the collection's own; when idle, the next one
 * (live: C switches it) or the one the replayed session was recorded with. */
static int shown_collector(const gc_view *g)
{
    const view_session *ss = g->ctx.session;
    return g->phase == GCP_IDLE && ss && ss->collector >= 0 ? ss->collector : g->collector;
}

/* The phases the shown collector goes through (gc.c says which) into ph;
 * returns how many. */
static size_t phase_list(const gc_view *g, uint8_t ph[GCP_NPHASES])
{
    size_t n = gc_phase_order(shown_collector(g), ph, GCP_NPHASES);
    return n < GCP_NPHASES ? n : GCP_NPHASES;
}

/* The current phase's position in its collector's list (1-based), or 0. */
static size_t phase_index(const gc_view *g)
{
    uint8_t ph[GCP_NPHASES];
    size_t n = phase_list(g, ph);
    for (size_t i = 0; i < n; i++)
        if (ph[i] == g->phase)
            return i + 1;
    return 0;
}

/* The object the untracking examined last, and what it found, or the one
 * whose finalizer runs. */
static void draw_visit(const gc_view *g, canvas *cv, int x, int y, int end)
{
    char t[64] = "object", s[160];
    model_obj o;
    if (model_obj_info(g->ctx.model, g->visit, &o))
        type_name(g, o.type, t, sizeof t);
    if (g->verdict == GCV_FINALIZED)
        snprintf(s, sizeof s, " · finalizing %s %llx: its __del__ runs", t, (unsigned long long)g->visit);
    else
        snprintf(s, sizeof s, " · examined %s %llx: %s", t, (unsigned long long)g->visit,
                 g->verdict == GCV_UNTRACKED ? "untracked (holds nothing tracked)" : "stays tracked");
    view_put(cv, x, y, end, s, style(g, g->verdict == GCV_UNTRACKED ? THEME_WARNING : THEME_TEXT));
}

static void draw_title(const gc_view *g, canvas *cv, canvas_rect a)
{
    char s[200];
    const char *coll = shown_collector(g) == COLLECTOR_MARK_SWEEP ? "mark & sweep" : "generational";
    if (g->phase == GCP_IDLE) {
        const view_session *ss = g->ctx.session;
        if (ss && ss->collector >= 0 && ss->stream && !stream_is_live(ss->stream))
            snprintf(s, sizeof s, "GC · idle: no collection running · recorded with: %s", coll);
        else if (ss && ss->collector >= 0)
            snprintf(s, sizeof s, "GC · idle: no collection running · next: %s (C switches, G collects)", coll);
        else
            snprintf(s, sizeof s, "GC · idle: no collection running");
    } else {
        uint8_t ph[GCP_NPHASES];
        size_t n = phase_list(g, ph);
        snprintf(s, sizeof s, "GC · %s · collecting generation %d · phase %zu/%zu %s%s", coll, g->gen,
                 phase_index(g), n, event_gc_phase_name((unsigned)g->phase),
                 g->debug & GC_DEBUG_SAVEALL ? " · DEBUG_SAVEALL: garbage kept in gc.garbage" : "");
    }
    int x = view_put(cv, a.x, a.y, a.x + a.w, s, style(g, THEME_TITLE));
    if (g->visit)
        draw_visit(g, cv, x, a.y, a.x + a.w);
    if (g->unit[0]) {
        snprintf(s, sizeof s, " · %s", g->unit);
        view_put(cv, x, a.y, a.x + a.w, s, style(g, THEME_TEXT));
    }
}

/* Generation k's row, in the first of four forms from `form` on, each
 * shorter, that fits `room` columns: the threshold's origin goes first,
 * then the padding, then the words for the interpreter's and the
 * program's counts (the narrow title names them).  Returns the form. */
static int generation_row(const gc_view *g, int k, int interp, int room, int form, char *s, size_t n)
{
    int collecting = g->phase != GCP_IDLE && k <= g->gen;
    const char *mark = collecting ? (k == g->gen ? "  ◀ collected" : "  ◀ merged in") : "";
    const char *origin = g->threshold[k] == default_threshold[k] ? " (default)" : " (set_threshold)";
    long long thr = (long long)g->threshold[k], py = (long long)g->interp[k];
    for (; form < 4; form++) {
        char who[64] = "";
        if (interp && form < 3)             /* python3's start-up objects (gc.c) */
            snprintf(who, sizeof who, form < 2 ? "%6lld interpreter's + " : "%lld python3's + ", py);
        if (interp && form == 3)
            snprintf(s, n, "gen %d %lld + %zu · threshold %lld%s", k, py, g->tracked[k], thr, mark);
        else
            snprintf(s, n, form < 2 ? "gen %d %s%6zu %s   threshold %lld%s%s" : "gen %d %s%zu %s · threshold %lld%s%s",
                     k, who, g->tracked[k], interp ? "yours" : "tracked", thr, form ? "" : origin, mark);
        if (canvas_text_width(s) <= room)
            return form;
    }
    return 3;
}

static void draw_generations(const gc_view *g, canvas *cv, canvas_rect r)
{
    int interp = g->interp[0] || g->interp[1] || g->interp[2];
    long long frozen = (long long)g->interp[GC_PERMANENT] + (long long)g->tracked[GC_PERMANENT];
    char fz[96];
    snprintf(fz, sizeof fz, "generations · %lld frozen (gc.freeze): never collected", frozen);
    const char *title = !g->enabled ? "generations · automatic collection off (gc.disable)"
                        : frozen    ? fz
                        : interp    ? "generations · interpreter's: python3's start-up objects, no blocks"
                                    : "generations";
    if (canvas_text_width(title) + 6 > r.w) {
        snprintf(fz, sizeof fz, "generations · %lld frozen", frozen);
        title = !g->enabled ? "generations · collection off" : frozen ? fz : interp ? "generations: python3's + yours" : "generations";
    }
    boxed(g, cv, r, title);
    char s[160];
    int form = 0;               /* the three rows in one form, so their columns line up */
    for (int k = 0; k < 3; k++)
        form = generation_row(g, k, interp, r.w - 3, form, s, sizeof s);
    for (int k = 0; k < 3; k++) {
        int collecting = g->phase != GCP_IDLE && k <= g->gen;
        generation_row(g, k, interp, r.w - 3, form, s, sizeof s);
        view_put_cut(cv, r.x + 2, r.y + 1 + k, r.x + r.w - 1, s, style(g, collecting ? THEME_TEXT : THEME_MUTED),
                     style(g, THEME_TITLE));
    }
}

static void draw_phases(const gc_view *g, canvas *cv, canvas_rect r)
{
    boxed(g, cv, r, shown_collector(g) == COLLECTOR_MARK_SWEEP ? "phases: mark & sweep" : "phases");
    uint8_t ph[GCP_NPHASES];
    size_t n = phase_list(g, ph), at = phase_index(g);
    for (size_t i = 0; i < n && (int)i < r.h - 2; i++) {
        int done = at && i + 1 < at, now = at == i + 1;
        char s[64];
        snprintf(s, sizeof s, "%s %s", now ? "▶" : done ? "✓" : " ", event_gc_phase_name(ph[i]));
        canvas_style st = style(g, now ? THEME_SELECTION : done ? THEME_TEXT : THEME_MUTED);
        view_put_cut(cv, r.x + 1, r.y + 1 + (int)i, r.x + r.w - 1, s, st, style(g, THEME_TITLE));
    }
}

static void type_name(const gc_view *g, uint64_t type_addr, char *out, size_t len)
{
    const char *t = names_get(g->names, type_addr, NAMES_SELF);
    if (!t && g->ctx.session && g->ctx.session->stream)
        t = stream_type_name(g->ctx.session->stream, type_addr);
    if (t)
        snprintf(out, len, "%s", t);
    else
        snprintf(out, len, "?%llx", (unsigned long long)(type_addr & 0xffff));
}

static void draw_row(const gc_view *g, canvas *cv, int x, int y, int end, const row *rw, int selected)
{
    char t[64], s[160];
    canvas_style base = style(g, selected ? THEME_SELECTION : THEME_TEXT);
    canvas_fill(cv, (canvas_rect){x, y, end - x, 1}, NULL, base);
    int list = rw->gc.list < GCL_NLISTS ? rw->gc.list : GCL_NONE;
    x = view_put(cv, x, y, end, list_marks[list].glyph, style(g, list_marks[list].role));
    if (rw->gc.gc_refs >= 0)
        snprintf(s, sizeof s, " %-12s %7lld  ", event_gc_list_name((unsigned)list), (long long)rw->gc.gc_refs);
    else
        snprintf(s, sizeof s, " %-12s %7s  ", rw->obj.gen >= 0 ? "garbage" : "untracked", "-");
    x = view_put(cv, x, y, end, s, base);
    if (rw->gc.gc_refs >= 0 && g->collector == COLLECTOR_MARK_SWEEP && rw->gc.colour < 3)
        x = view_put(cv, x, y, end, colour_marks[rw->gc.colour].mark, style(g, colour_marks[rw->gc.colour].role));
    else
        x = view_put(cv, x, y, end, "   ", base);
    if (rw->gc.root != GCR_NONE) {          /* mark & sweep grayed it as a root */
        snprintf(s, sizeof s, "  root: %s", event_gc_root_name(rw->gc.root));
        x = view_put(cv, x, y, end, s, style(g, THEME_TITLE));
    }
    type_name(g, rw->obj.type, t, sizeof t);
    char line[16] = "no line";              /* site 0: compiling, start-up or the end */
    if (rw->obj.site)
        snprintf(line, sizeof line, "line %u", rw->obj.site);
    snprintf(s, sizeof s, "  %s rc=%lld %uB  %llx  gen %d  %s%s", t, (long long)rw->obj.refcnt, rw->obj.size,
             (unsigned long long)rw->obj.addr, rw->obj.gen, line,
             rw->obj.addr != g->visit ? "" : g->verdict == GCV_FINALIZED ? "  ◀ finalizing" : "  ◀ examined");
    view_put(cv, x, y, end, s, base);
}

static void draw_table(gc_view *g, canvas *cv, canvas_rect r)
{
    char title[96];
    if (g->phase == GCP_IDLE && !g->searched)
        snprintf(title, sizeof title, "garbage no root reaches: not searched (over %d live objects)", SEARCH_MAX);
    else if (g->phase == GCP_IDLE)
        snprintf(title, sizeof title, "garbage no root reaches: %zu object%s", g->nrows, g->nrows == 1 ? "" : "s");
    else
        snprintf(title, sizeof title, "in the collection: %zu object%s", g->nrows, g->nrows == 1 ? "" : "s");
    boxed(g, cv, r, title);
    int end = r.x + r.w - 1;
    view_put(cv, r.x + 1, r.y + 1, end, "  list         gc_refs  mark  object", style(g, THEME_MUTED));
    g->table_x = r.x + 1;
    g->table_y = r.y + 2;
    g->table_w = r.w - 2;
    g->table_h = r.h - 3;
    if (g->table_h < 1)
        return;
    if (g->sel < g->top)
        g->top = g->sel;
    else if (g->sel >= g->top + (size_t)g->table_h)
        g->top = g->sel - (size_t)g->table_h + 1;
    for (int i = 0; i < g->table_h && g->top + (size_t)i < g->nrows; i++)
        draw_row(g, cv, r.x + 1, g->table_y + i, end, &g->rows[g->top + (size_t)i], g->top + (size_t)i == g->sel);
    if (g->nrows == 0)
        view_put(cv, r.x + 3, g->table_y, end,
                 g->phase != GCP_IDLE ? "none"
                 : g->searched      ? "none: every object is reachable from a root"
                                    : "a heap this large is searched only by a collection (G, or the program's gc.collect())",
                 style(g, THEME_MUTED));
}

/* What the collection will free, or (mark & sweep) the gray worklist. */
static void draw_outcome(const gc_view *g, canvas *cv, int x, int y, int end)
{
    char s[256];
    uint64_t bytes = 0;
    size_t n = 0;
    for (size_t i = 0; i < g->nrows; i++) {
        const row *rw = &g->rows[i];
        int doomed = g->phase == GCP_IDLE || rw->gc.list == GCL_UNREACHABLE || rw->gc.list == GCL_COLLECTABLE ||
                     (g->collector == COLLECTOR_MARK_SWEEP && g->phase == GCP_MS_SWEEP && rw->gc.colour == GC_WHITE);
        if (doomed) {
            n++;
            bytes += rw->obj.size;
        }
    }
    if (g->phase == GCP_IDLE)
        snprintf(s, sizeof s, "a full collection would free %zu object%s, %llu B (unreachable cycles)", n,
                 n == 1 ? "" : "s", (unsigned long long)bytes);
    else
        snprintf(s, sizeof s, "will be freed so far: %zu object%s, %llu B (unreachable and collectable lists)", n,
                 n == 1 ? "" : "s", (unsigned long long)bytes);
    x = view_put(cv, x, y, end, s, style(g, THEME_TEXT));
    if (g->collector != COLLECTOR_MARK_SWEEP || g->phase == GCP_IDLE)
        return;
    size_t roots = 0, held = 0;
    for (size_t i = 0; i < g->nrows; i++) {
        roots += g->rows[i].gc.root != GCR_NONE;
        held += g->rows[i].gc.root == GCR_HELD;
    }
    snprintf(s, sizeof s, " · roots %zu (%zu held by C)", roots, held);
    x = view_put(cv, x, y, end, s, style(g, THEME_TITLE));
    size_t ngray = model_gc_gray(g->ctx.model, NULL, 0);
    snprintf(s, sizeof s, " · gray worklist %zu", ngray);
    x = view_put(cv, x, y, end, s, style(g, colour_marks[GC_GRAY].role));
    uint64_t top[4];
    size_t k = model_gc_gray(g->ctx.model, top, HV_COUNTOF(top));
    if (k > HV_COUNTOF(top))
        k = HV_COUNTOF(top);
    for (size_t i = k; i-- > 0;) {         /* the top first: it is blackened next */
        snprintf(s, sizeof s, "%s%llx", i + 1 == k ? ", next: " : " ", (unsigned long long)top[i]);
        x = view_put(cv, x, y, end, s, style(g, THEME_MUTED));
    }
}

/* The marks' legend; narrower than it (80 columns), the colours keep
 * their marks and letters only. */
static void draw_legend(const gc_view *g, canvas *cv, int x, int y, int end)
{
    const char *full = "· young ✓ reachable ✗ unreachable ↺ resurrected ☠ collectable · ○ W white ◐ G gray ● B black";
    const char *narrow = "· young ✓ reachable ✗ unreachable ↺ resurrected ☠ collectable · ○W ◐G ●B";
    view_put_cut(cv, x, y, end, canvas_text_width(full) <= end - x ? full : narrow, style(g, THEME_LEGEND),
                 style(g, THEME_TITLE));
}

static void gc_draw(void *v, canvas *cv, canvas_rect a)
{
    gc_view *g = v;
    canvas_rect old = canvas_set_clip(cv, a);
    canvas_fill(cv, a, NULL, style(g, THEME_TEXT));
    g->fits = a.w >= MIN_W && a.h >= MIN_H;
    if (!g->fits) {
        view_too_small(cv, g->ctx.th, a, MIN_W, MIN_H);
        canvas_set_clip(cv, old);
        return;
    }
    gather(g);
    int side = a.w >= MIN_W + PHASES_W ? PHASES_W : 0;
    int main_w = a.w - side;
    draw_title(g, cv, a);
    draw_generations(g, cv, (canvas_rect){a.x, a.y + 1, main_w, GEN_ROWS});
    draw_table(g, cv, (canvas_rect){a.x, a.y + 1 + GEN_ROWS, main_w, a.h - 3 - GEN_ROWS});
    if (side)
        draw_phases(g, cv, (canvas_rect){a.x + main_w, a.y + 1, side, a.h - 3});
    draw_outcome(g, cv, a.x, a.y + a.h - 2, a.x + a.w);
    draw_legend(g, cv, a.x, a.y + a.h - 1, a.x + a.w);
    canvas_set_clip(cv, old);
}

/* ---- keys ------------------------------------------------------------------- */

static unsigned move_to(gc_view *g, long to)
{
    if (g->nrows == 0)
        return VIEW_HANDLED | VIEW_BELL;
    if (to < 0)
        to = 0;
    if ((size_t)to >= g->nrows)
        to = (long)g->nrows - 1;
    if ((size_t)to == g->sel)
        return VIEW_HANDLED | VIEW_BELL;
    g->sel = (size_t)to;
    g->sel_addr = g->rows[to].obj.addr;
    return VIEW_HANDLED | VIEW_REDRAW;
}

static unsigned gc_mouse(gc_view *g, const backend_event *ev)
{
    if (!g->fits)
        return VIEW_IGNORED;
    long page = g->table_h > 0 ? g->table_h : 1;
    if (ev->mouse == BMOUSE_WHEEL_UP || ev->mouse == BMOUSE_WHEEL_DOWN)
        return move_to(g, (long)g->sel + (ev->mouse == BMOUSE_WHEEL_UP ? -3 : 3));
    if (ev->mouse != BMOUSE_PRESS || ev->y < g->table_y || ev->y >= g->table_y + page || ev->x < g->table_x ||
        ev->x >= g->table_x + g->table_w)
        return VIEW_IGNORED;
    size_t i = g->top + (size_t)(ev->y - g->table_y);
    return i < g->nrows ? move_to(g, (long)i) : VIEW_HANDLED;
}

static unsigned gc_key(void *v, const backend_event *ev)
{
    gc_view *g = v;
    if (ev->type == BEV_MOUSE)
        return gc_mouse(g, ev);
    if (ev->type != BEV_KEY || (ev->mod & (BMOD_CTRL | BMOD_ALT)))
        return VIEW_IGNORED;
    long page = g->table_h > 1 ? g->table_h - 1 : 1, s = (long)g->sel;
    switch (ev->key) {
    case BKEY_UP: return move_to(g, s - 1);
    case BKEY_DOWN: return move_to(g, s + 1);
    case BKEY_PAGEUP: return move_to(g, s - page);
    case BKEY_PAGEDOWN: return move_to(g, s + page);
    case BKEY_HOME: return move_to(g, 0);
    case BKEY_END: return move_to(g, (long)g->nrows - 1);
    case BKEY_TEXT:
        if (strcmp(ev->text, "k") == 0)
            return move_to(g, s - 1);
        if (strcmp(ev->text, "j") == 0)
            return move_to(g, s + 1);
        return VIEW_IGNORED;
    default:
        return VIEW_IGNORED;
    }
}

/* ---- life cycle ----------------------------------------------------------------- */

static void *gc_init(const view_context *ctx)
{
    gc_view *g = hv_calloc(1, sizeof *g);
    g->ctx = *ctx;
    return g;
}

static void gc_fini(void *v)
{
    gc_view *g = v;
    if (!g)
        return;
    free(g->rows);
    free(g);
}

static void gc_resize(void *v, int cols, int rows)
{
    (void)v;
    (void)cols;
    (void)rows;
}

void view_gc_set_names(void *v, const names_table *n)
{
    ((gc_view *)v)->names = n;
}

uint64_t view_gc_selected(const void *v)
{
    const gc_view *g = v;
    return g->nrows ? g->rows[g->sel].obj.addr : 0;
}

const view_ops view_gc_ops = {
    .name = "gc",
    .init = gc_init,
    .fini = gc_fini,
    .draw = gc_draw,
    .key = gc_key,
    .resize = gc_resize,
};
