/*
 * view_heap.c — the heap map (see view_heap.h for what it shows).
 *
 * Screen layout (map; the raw panel only when there is room beside it):
 *
 *   Heap · cpython-3.11 · 3 arenas … · 2 large blocks (74.0 KiB)      title
 *   ┌ arenas ──────────────────────────────────────┐┌ large blocks ─┐
 *   │ arena 0               16              32 used ││ ▪ 55d0… 9.8 KiB│ ruler
 *   │     0 ███▓▓▒░░○○○·························· 40/64││              │ one row
 *   │     1 ▓▓▓▓▒▒▒░░························· 12/64││              │ per slot
 *   └──────────────────────────────────────────────┘└───────────────┘
 *   arena 0 · pool 3 · 0x7f3a5c00c000 · 64-byte blocks (class 3) · …  info
 *   █ full ▓ most ▒ half ░ few ○ empty · uncarved   Enter zoom …        legend
 *
 * Large cells (presenter mode, key b): each pool a cell BIG_CELL_W wide and
 * two rows high — its class letter and blocks in use over a fill bar — with
 * BIG_PER_ROW pools a row (half as many on a narrow screen), an arena a header row and a band of such rows;
 * the legend spells out the letters of the classes on screen.  Blocks of
 * the zoomed pool take two columns each.
 *
 *   │ arena 0 · 12/64 pools in use                                 │
 *   │     0 a  31 b   3 c  20   ○                                  │
 *   │       ████▌ ▏     ███▍                                       │
 *
 * The object the graph selected (view_session.selected) has its blocks
 * marked ◆ wherever they show: its own block and the ones it owns (a
 * list's item array, a dict's keys…), the pools holding them on the map,
 * its large blocks in their panel.  A block in use names what it holds
 * ("list 0x7f…", "item array of list 0x7f…").
 *
 * The zoomed pool keeps the title, info and legend rows and puts the block
 * grid in the box, with the free chain and a fill bar under it.  draw()
 * records where things went (struct layout) so mouse clicks can be mapped
 * back, and scrolls so the selection stays visible: only rows on screen
 * are ever queried from the model.
 */
#include "view_heap.h"

#include "buf.h"
#include "narrate.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum {
    LABEL_W = 6,            /* "%5u " arena slot or block index */
    USED_W = 5,             /* "64/64" */
    RAW_PANEL_W = 30,       /* the large-block panel, when it fits */
    MIN_W = 40, MIN_H = 8,
    BAR_W = 30,
    BIG_CELL_W = 6,         /* a large cell: 5 columns and a gap */
    BIG_PER_ROW = 16,       /* large cells a row */
    BIG_MIN_H = 8,          /* below: small cells, whatever the mode */
    BIG_MAX_SHOWN = 64,     /* arenas on screen in large cells, at most */
    RAW_HITS_MAX = 256,     /* large-block rows on screen the mouse can find */
};

static const char class_letters[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

/* Where draw() put things, for the mouse. */
typedef struct layout {
    int fits;               /* 0: the "too small" screen is shown */
    int cell_w;             /* columns per pool on the map: 1 or 2 */
    int map_x, map_y;       /* pool 0 of the first arena row shown */
    int nrows;              /* arena rows (map) or block rows (pool) shown */
    int grid_x, grid_y;     /* block 0 of the first block row shown */
    unsigned bpr;           /* blocks per grid row */
    int block_w;            /* columns per block in the grid: 1, or 2 with large cells */
    int big;                /* the map is in large cells */
    unsigned per_row;       /* …this many a row */
    unsigned big_n;         /* large cells: arenas drawn, from slot `top` */
    int big_y[BIG_MAX_SHOWN + 1]; /* …the row each begins at; [big_n]: after the last */
    struct raw_hit {
        int x, y, w;        /* a large block's row on screen */
        size_t i;           /* …its index in address order */
    } raw_hit[RAW_HITS_MAX];
    int nraw_hits;
    int raw_rows;           /* the large-block list: rows of blocks shown */
} layout;

typedef struct heap_view {
    view_context ctx;
    int zoomed;             /* showing one pool's blocks */
    unsigned arena, pool;   /* the selected pool: arena slot, index in the arena */
    unsigned block;         /* the selected block when zoomed */
    unsigned top;           /* first arena slot shown */
    unsigned block_top;     /* first grid row shown when zoomed */
    int letters;            /* one-column pools show class letters, not fullness */
    int big;                /* large cells (view_heap_set_cells) */
    int raw_list;           /* showing the large-block list (key r) */
    size_t raw_sel;         /* its selected block (address order) */
    size_t raw_top;         /* its first row shown */
    uint64_t marks[OWN_NROLES]; /* the selected object's blocks (set by draw) */
    size_t nmarks;
    layout lay;
} heap_view;

#define MARK_GLYPH "◆"

/* 1 if one of the selected object's blocks lies in [lo, hi). */
static int marked(const heap_view *hv, uint64_t lo, uint64_t hi)
{
    for (size_t i = 0; i < hv->nmarks; i++)
        if (hv->marks[i] >= lo && hv->marks[i] < hi)
            return 1;
    return 0;
}

static int pool_marked(const heap_view *hv, uint64_t pool)
{
    return hv->nmarks && marked(hv, pool, pool + profile_pool_size(hv->ctx.prof));
}

enum action {
    ACT_LEFT, ACT_RIGHT, ACT_UP, ACT_DOWN, ACT_PAGE_UP, ACT_PAGE_DOWN, ACT_FIRST, ACT_LAST,
    ACT_ROW_START, ACT_ROW_END, ACT_ZOOM, ACT_BACK, ACT_LETTERS, ACT_CELLS, ACT_RAW,
};

/* Keys, bound once: text NULL means the key alone, any modifiers. */
static const struct binding {
    enum backend_key key;
    const char *text;
    enum action act;
} bindings[] = {
    {BKEY_LEFT, NULL, ACT_LEFT}, {BKEY_TEXT, "h", ACT_LEFT},
    {BKEY_RIGHT, NULL, ACT_RIGHT}, {BKEY_TEXT, "l", ACT_RIGHT},
    {BKEY_UP, NULL, ACT_UP}, {BKEY_TEXT, "k", ACT_UP},
    {BKEY_DOWN, NULL, ACT_DOWN}, {BKEY_TEXT, "j", ACT_DOWN},
    {BKEY_PAGEUP, NULL, ACT_PAGE_UP}, {BKEY_PAGEDOWN, NULL, ACT_PAGE_DOWN},
    {BKEY_HOME, NULL, ACT_FIRST}, {BKEY_END, NULL, ACT_LAST},
    {BKEY_TEXT, "0", ACT_ROW_START}, {BKEY_TEXT, "$", ACT_ROW_END},
    {BKEY_ENTER, NULL, ACT_ZOOM}, {BKEY_ESC, NULL, ACT_BACK}, {BKEY_BACKSPACE, NULL, ACT_BACK},
    {BKEY_TEXT, "c", ACT_LETTERS}, {BKEY_TEXT, "b", ACT_CELLS}, {BKEY_TEXT, "r", ACT_RAW},
};

/* ---- model helpers ------------------------------------------------------ */

static unsigned pools_per_arena(const heap_view *hv)
{
    return profile_pools_per_arena(hv->ctx.prof);
}

static uint64_t pool_addr(const heap_view *hv, unsigned slot, unsigned k)
{
    return profile_first_pool(hv->ctx.prof, slot) + (uint64_t)k * profile_pool_size(hv->ctx.prof);
}

static uint64_t block_addr(const heap_view *hv, const pymalloc_pool *p, unsigned i)
{
    return p->addr + hv->ctx.prof->pool_overhead + (uint64_t)i * profile_class_size(hv->ctx.prof, p->szidx);
}

/* The arena in slot `slot`; a->addr == 0 when the slot holds none. */
static void arena_at(const heap_view *hv, unsigned slot, pymalloc_arena *a)
{
    if (model_arena_info(hv->ctx.model, slot, a) != 0)
        *a = (pymalloc_arena){.slot = slot};
}

/* The selected pool; -1 if its arena is not mapped. */
static int selected_pool(const heap_view *hv, pymalloc_pool *p)
{
    pymalloc_arena a;
    arena_at(hv, hv->arena, &a);
    if (!a.addr || hv->pool >= a.npools)
        return -1;
    return model_pool_info(hv->ctx.model, pool_addr(hv, hv->arena, hv->pool), p);
}

/* Arena slots worth a row: up to the last one holding an arena.  CPython's
 * vector of arena objects is longer (16, then doubling); the rest are
 * summed up in one line. */
static unsigned shown_slots(const heap_view *hv)
{
    for (unsigned s = model_arena_slots(hv->ctx.model); s > 0; s--) {
        pymalloc_arena a;
        arena_at(hv, s - 1, &a);
        if (a.addr)
            return s;
    }
    return 0;
}

static char class_letter(unsigned szidx)
{
    return szidx < sizeof class_letters - 1 ? class_letters[szidx] : '?';
}

/* Bytes with one decimal and a binary unit: "9.8 KiB". */
static void human(char *out, size_t len, uint64_t n)
{
    static const char *const units[] = {"B", "KiB", "MiB", "GiB", "TiB"};
    double v = (double)n;
    unsigned u = 0;
    while (v >= 1024 && u + 1 < HV_COUNTOF(units)) {
        v /= 1024;
        u++;
    }
    if (u == 0)
        snprintf(out, len, "%llu B", (unsigned long long)n);
    else
        snprintf(out, len, "%.1f %s", v, units[u]);
}

/* ---- styles ------------------------------------------------------------- */

static canvas_style style(const heap_view *hv, enum theme_role r)
{
    return theme_style(hv->ctx.th, r);
}

static const char *glyph(const heap_view *hv, enum theme_role r)
{
    return theme_glyph(hv->ctx.th, r);
}


static enum theme_role pool_role(const pymalloc_pool *p)
{
    switch (p->state) {
    case POOL_UNCARVED: return THEME_POOL_UNCARVED;
    case POOL_EMPTY: return THEME_POOL_EMPTY;
    case POOL_FULL: return THEME_POOL_FULL;
    default: break;
    }
    if ((uint64_t)p->count * 3 <= p->nblocks)
        return THEME_POOL_LOW;
    return (uint64_t)p->count * 3 <= (uint64_t)p->nblocks * 2 ? THEME_POOL_MID : THEME_POOL_HIGH;
}

/* A used or full pool takes its size class's colour. */
static canvas_style pool_style(const heap_view *hv, const pymalloc_pool *p)
{
    enum theme_role r = pool_role(p);
    canvas_style st = style(hv, r);
    if (r >= THEME_POOL_LOW && r <= THEME_POOL_FULL)
        st = view_style_over(st, style(hv, (enum theme_role)(THEME_CLASS_0 + p->szidx % THEME_NCLASS_COLOURS)));
    return st;
}

/* ---- common parts ---------------------------------------------------------- */

static void too_small(const heap_view *hv, canvas *cv, canvas_rect a, int need_w, int need_h)
{
    view_too_small(cv, hv->ctx.th, a, need_w, need_h);
}


/* A legend item: the glyph in its role's style, then a label. */
static int legend_item(const heap_view *hv, canvas *cv, int x, int y, int end, enum theme_role r,
                       const char *label)
{
    x = view_put(cv, x, y, end, glyph(hv, r), style(hv, r));
    x = view_put(cv, x, y, end, " ", style(hv, THEME_LEGEND));
    x = view_put(cv, x, y, end, label, style(hv, THEME_LEGEND));
    return view_put(cv, x, y, end, "  ", style(hv, THEME_LEGEND));
}

static void boxed(const heap_view *hv, canvas *cv, canvas_rect r, const char *title, enum theme_role frame)
{
    canvas_box(cv, r, CANVAS_LIGHT, style(hv, frame));
    char t[64];
    snprintf(t, sizeof t, " %s ", title);
    view_put(cv, r.x + 2, r.y, r.x + r.w - 2, t, style(hv, THEME_TITLE));
}

/* ---- the map ------------------------------------------------------------ */

typedef struct totals {
    unsigned mapped;        /* arenas mapped */
    unsigned pools_used;    /* pools holding blocks */
    size_t nraw;            /* raw blocks */
    uint64_t raw_bytes;     /* their requested bytes */
} totals;

static void count_totals(const heap_view *hv, totals *t, pymalloc_block **raw)
{
    unsigned slots = model_arena_slots(hv->ctx.model);
    *t = (totals){0};
    for (unsigned s = 0; s < slots; s++) {
        pymalloc_arena a;
        arena_at(hv, s, &a);
        if (a.addr) {
            t->mapped++;
            t->pools_used += a.npools - a.nfreepools;
        }
    }
    t->nraw = model_raw_blocks(hv->ctx.model, NULL, 0);
    *raw = hv_calloc(t->nraw + 1, sizeof **raw);
    model_raw_blocks(hv->ctx.model, *raw, t->nraw);
    for (size_t i = 0; i < t->nraw; i++)
        t->raw_bytes += (*raw)[i].nbytes;
}

/* "Heap · PROFILE · arenas · pools · large blocks", leaving out whole
 * parts from the end rather than cutting one short. */
static void map_title(const heap_view *hv, canvas *cv, canvas_rect a, const totals *t)
{
    char part[4][96], raw[32];
    human(raw, sizeof raw, t->raw_bytes);
    snprintf(part[0], sizeof part[0], "Heap · %s", hv->ctx.prof->name);
    snprintf(part[1], sizeof part[1], "%u arena%s of %u KiB", t->mapped, t->mapped == 1 ? "" : "s",
             (unsigned)(profile_arena_size(hv->ctx.prof) >> 10));
    snprintf(part[2], sizeof part[2], "%u pools in use", t->pools_used);
    snprintf(part[3], sizeof part[3], "%zu large block%s (%s)", t->nraw, t->nraw == 1 ? "" : "s", raw);
    int whole = canvas_text_width(part[0]);
    for (int i = 1; i < 4; i++)
        whole += 3 + canvas_text_width(part[i]);
    if (whole > a.w) {                      /* the arena size goes before the large blocks do */
        whole -= canvas_text_width(part[1]);
        snprintf(part[1], sizeof part[1], "%u arena%s", t->mapped, t->mapped == 1 ? "" : "s");
        whole += canvas_text_width(part[1]);
    }
    if (whole > a.w)
        snprintf(part[3], sizeof part[3], "%zu large (%s)", t->nraw, raw);
    buf title = BUF_INIT;
    buf_adds(&title, part[0]);
    for (int i = 1; i < 4 && canvas_text_width(buf_str(&title)) + 3 + canvas_text_width(part[i]) <= a.w; i++)
        buf_printf(&title, " · %s", part[i]);
    view_put(cv, a.x, a.y, a.x + a.w, buf_str(&title), style(hv, THEME_TITLE));
    buf_free(&title);
}

static void ruler(const heap_view *hv, canvas *cv, int x, int y, int end)
{
    unsigned ppa = pools_per_arena(hv), every = hv->lay.cell_w == 2 ? 8 : 16;
    canvas_style st = style(hv, THEME_MUTED);
    view_put(cv, x, y, end, "arena", st);
    for (unsigned k = 0; k < ppa; k += every) {
        char n[16];
        snprintf(n, sizeof n, "%u", k);
        view_put(cv, hv->lay.map_x + (int)k * hv->lay.cell_w, y, end, n, st);
    }
    view_put(cv, hv->lay.map_x + (int)ppa * hv->lay.cell_w + 1, y, end, "used", st);
}

/* One pool's cell(s) on the map. */
static void draw_pool_cell(const heap_view *hv, canvas *cv, int x, int y, const pymalloc_pool *p, int selected)
{
    canvas_style st = pool_style(hv, p);
    if (selected)
        st = view_style_over(st, style(hv, THEME_SELECTION));
    int carved = p->state == POOL_USED || p->state == POOL_FULL;
    char letter[2] = {carved ? class_letter(p->szidx) : ' ', 0};
    const char *g = glyph(hv, pool_role(p));
    int mine = pool_marked(hv, p->addr);
    if (mine) {
        g = MARK_GLYPH;
        st = view_style_over(st, canvas_style_make(CANVAS_DEFAULT, CANVAS_DEFAULT, CANVAS_BOLD));
    }
    if (hv->lay.cell_w == 2) {
        canvas_text(cv, x, y, letter, st);
        canvas_text(cv, x + 1, y, g, st);
    } else {
        canvas_text(cv, x, y, hv->letters && carved && !mine ? letter : g, st);
    }
}

/* Whether the current step touched a block of the pool at pool_addr (the
 * app's narration says which blocks it touched). */
static int pool_changed(const heap_view *hv, uint64_t pool_addr)
{
    const narrate_changes *ch = hv->ctx.session ? hv->ctx.session->changes : NULL;
    uint64_t end = pool_addr + profile_pool_size(hv->ctx.prof);
    for (size_t i = 0; ch && i < ch->nblocks; i++)
        if (ch->blocks[i] >= pool_addr && ch->blocks[i] < end)
            return 1;
    return 0;
}

static void draw_arena_row(const heap_view *hv, canvas *cv, int x, int y, int end, unsigned slot)
{
    pymalloc_arena a;
    arena_at(hv, slot, &a);
    char label[16];
    snprintf(label, sizeof label, "%5u", slot);
    canvas_style lst = slot == hv->arena ? view_style_over(style(hv, THEME_TEXT), style(hv, THEME_SELECTION))
                                         : style(hv, THEME_MUTED);
    view_put(cv, x, y, end, label, lst);
    unsigned ppa = pools_per_arena(hv);
    int px = hv->lay.map_x;
    if (!a.addr) {
        canvas_fill(cv, (canvas_rect){px, y, (int)ppa * hv->lay.cell_w, 1}, glyph(hv, THEME_ARENA_RELEASED),
                    style(hv, THEME_ARENA_RELEASED));
        view_put(cv, px + 2, y, end, " unmapped ", style(hv, THEME_ARENA_RELEASED));
        return;
    }
    for (unsigned k = 0; k < a.npools; k++) {
        pymalloc_pool p;
        if (model_pool_info(hv->ctx.model, pool_addr(hv, slot, k), &p) != 0)
            continue;
        int cx = px + (int)k * hv->lay.cell_w;
        draw_pool_cell(hv, cv, cx, y, &p, slot == hv->arena && k == hv->pool);
        if (pool_changed(hv, p.addr)) {     /* the step's changes: underlined, not only coloured */
            const canvas_cell *c = canvas_cell_at(cv, cx, y);
            if (c)
                canvas_restyle(cv, (canvas_rect){cx, y, hv->lay.cell_w, 1},
                               canvas_style_make(c->fg, c->bg, c->attr | CANVAS_UNDERLINE | CANVAS_BOLD));
        }
    }
    char used[16];
    snprintf(used, sizeof used, "%u/%u", a.npools - a.nfreepools, a.npools);
    view_put(cv, px + (int)ppa * hv->lay.cell_w + 1, y, end, used, style(hv, THEME_MUTED));
}

/* Keeps `sel` within [*top, *top + rows). */
static void scroll_to(unsigned *top, unsigned sel, int rows)
{
    unsigned n = rows > 0 ? (unsigned)rows : 1;
    if (sel < *top)
        *top = sel;
    else if (sel >= *top + n)
        *top = sel - n + 1;
}

/* Keeps `sel` within [*top, *top + rows), for the large-block list. */
static void scroll_to_size(size_t *top, size_t sel, int rows)
{
    size_t n = rows > 0 ? (size_t)rows : 1;
    if (sel < *top)
        *top = sel;
    else if (sel >= *top + n)
        *top = sel - n + 1;
}

/* One large block's row: ▪ (◆ when it is the selected object's), its
 * address, size and the line that allocated it. */
static void raw_row(heap_view *hv, canvas *cv, int x, int y, int end, const pymalloc_block *b, size_t i)
{
    if (hv->lay.nraw_hits < RAW_HITS_MAX)
        hv->lay.raw_hit[hv->lay.nraw_hits++] = (struct raw_hit){x, y, end - x, i};
    char size[24], s[64];
    human(size, sizeof size, b->nbytes);
    int mine = marked(hv, b->addr, b->addr + 1);
    x = view_put(cv, x, y, end, mine ? MARK_GLYPH : glyph(hv, THEME_RAW), style(hv, THEME_RAW));
    snprintf(s, sizeof s, " %llx %9s", (unsigned long long)b->addr, size);
    x = view_put(cv, x, y, end, s, style(hv, THEME_TEXT));
    if (b->site) {
        snprintf(s, sizeof s, " L%u", b->site);
        view_put(cv, x, y, end, s, style(hv, THEME_MUTED));
    }
}

/* The large blocks, by address.  When they do not all fit, a row says how
 * many more there are; the selected object's block is kept in sight (it
 * was past the "… N more" row in a program with hundreds of them), with a
 * row above saying how many come before it. */
static void raw_panel(heap_view *hv, canvas *cv, canvas_rect r, const pymalloc_block *raw, size_t n)
{
    boxed(hv, cv, r, n ? "large blocks (r: a list)" : "large blocks", THEME_FRAME);
    int end = r.x + r.w - 1, rows = r.h - 2;
    if (rows <= 0)
        return;
    if (n == 0) {
        view_put(cv, r.x + 2, r.y + 1, end, "none", style(hv, THEME_MUTED));
        return;
    }
    size_t fit = n > (size_t)rows ? (size_t)rows - 1 : n, first = 0, want = 0;
    while (want < n && !marked(hv, raw[want].addr, raw[want].addr + 1))
        want++;
    if (want < n && want >= fit && rows >= 3) {
        fit = (size_t)rows - 2;             /* "… N before", the rows, "… N more" */
        first = want - fit / 2 < n - fit ? want - fit / 2 : n - fit;
        if (first + fit == n)
            fit++;                          /* the last rows: no "more" row */
    }
    int y = r.y + 1;
    char more[48];
    if (first) {
        snprintf(more, sizeof more, "… %zu before", first);
        view_put(cv, r.x + 2, y++, end, more, style(hv, THEME_MUTED));
    }
    for (size_t i = first; i < first + fit && i < n; i++)
        raw_row(hv, cv, r.x + 1, y++, end, &raw[i], i);
    if (first + fit < n) {
        snprintf(more, sizeof more, "… %zu more", n - first - fit);
        view_put(cv, r.x + 2, y, end, more, style(hv, THEME_MUTED));
    }
}

/* No room for the panel beside the map (80 columns): the large blocks go
 * under the arena rows, in columns, when rows are left there (they were
 * nowhere on an 80x24 screen, not even counted in the title). */
static void raw_below(heap_view *hv, canvas *cv, canvas_rect box, int y, const pymalloc_block *raw, size_t n)
{
    int end = box.x + box.w - 1, rows = box.y + box.h - 1 - y - 1;   /* a gap row, then the list */
    int per = (box.w - 2) / RAW_PANEL_W > 0 ? (box.w - 2) / RAW_PANEL_W : 1;
    if (n == 0 || rows < 2 || hv->top > 0)
        return;
    y++;
    char head[96];
    snprintf(head, sizeof head, "large blocks (%zu), apart from the arenas (r: a list):", n);
    view_put(cv, box.x + 2, y++, end, head, style(hv, THEME_MUTED));
    size_t fit = (size_t)(rows - 1) * (size_t)per;
    if (fit < n)
        fit--;                              /* the last place says how many more */
    for (size_t i = 0; i < n && i < fit; i++)
        raw_row(hv, cv, box.x + 1 + (int)(i % (size_t)per) * RAW_PANEL_W, y + (int)(i / (size_t)per),
                box.x + 1 + (int)(i % (size_t)per + 1) * RAW_PANEL_W - 1 < end
                    ? box.x + 1 + (int)(i % (size_t)per + 1) * RAW_PANEL_W - 1 : end, &raw[i], i);
    if (fit < n) {
        char more[48];
        snprintf(more, sizeof more, "… %zu more", n - fit);
        view_put(cv, box.x + 2 + (int)(fit % (size_t)per) * RAW_PANEL_W, y + (int)(fit / (size_t)per), end, more,
                 style(hv, THEME_MUTED));
    }
}

/* ---- the large-block list (key r) ------------------------------------------
 *
 * The arena box gives way to the large blocks, one a row in address order,
 * each with what it holds; the selection moves as in the other lists (↑ ↓
 * j k, PageUp/PageDown, Home/End) and the list scrolls to keep it in
 * sight; r or Esc goes back to the arenas. */

/* The selected large block's details, on the info row. */
static void raw_info(const heap_view *hv, canvas *cv, int x, int y, int end, const pymalloc_block *b, size_t n)
{
    char size[24];
    human(size, sizeof size, b->nbytes);
    buf s = BUF_INIT, whose = BUF_INIT;
    view_heap_block_whose(&hv->ctx, b->addr, &whose);
    buf_printf(&s, "large block %zu/%zu · %llx · %s from malloc (over %u B)", hv->raw_sel + 1, n,
               (unsigned long long)b->addr, size, hv->ctx.prof->small_threshold);
    if (b->site)
        buf_printf(&s, " · line %u", b->site);
    if (whose.len)
        buf_printf(&s, " · %s", buf_str(&whose));
    view_put_cut(cv, x, y, end, buf_str(&s), style(hv, THEME_TEXT), style(hv, THEME_MUTED));
    buf_free(&s);
    buf_free(&whose);
}

static void raw_list_row(heap_view *hv, canvas *cv, canvas_rect box, int y, const pymalloc_block *b, size_t i)
{
    int end = box.x + box.w - 1, x = box.x + 1;
    raw_row(hv, cv, x, y, end, b, i);
    buf whose = BUF_INIT;
    view_heap_block_whose(&hv->ctx, b->addr, &whose);
    if (whose.len)
        view_put_cut(cv, x + RAW_PANEL_W, y, end, buf_str(&whose), style(hv, THEME_TEXT), style(hv, THEME_MUTED));
    buf_free(&whose);
    if (i == hv->raw_sel)
        canvas_restyle(cv, (canvas_rect){x, y, end - x, 1}, view_style_over(style(hv, THEME_TEXT), style(hv, THEME_SELECTION)));
}

static void draw_raw_list(heap_view *hv, canvas *cv, canvas_rect a)
{
    totals t;
    pymalloc_block *raw;
    count_totals(hv, &t, &raw);
    map_title(hv, cv, a, &t);
    canvas_rect box = {a.x, a.y + 1, a.w, a.h - 3};
    int rows = box.h - 2;
    hv->lay.raw_rows = rows;
    char title[96];
    if (t.nraw > (size_t)rows && rows > 0) {
        scroll_to_size(&hv->raw_top, hv->raw_sel, rows);
        snprintf(title, sizeof title, "large blocks %zu-%zu of %zu, by address", hv->raw_top + 1,
                 hv->raw_top + (size_t)rows < t.nraw ? hv->raw_top + (size_t)rows : t.nraw, t.nraw);
    } else {
        hv->raw_top = 0;
        snprintf(title, sizeof title, "large blocks, by address");
    }
    boxed(hv, cv, box, title, THEME_FRAME_FOCUS);
    int end = box.x + box.w - 1;
    if (t.nraw == 0)
        view_put(cv, box.x + 2, box.y + 1, end, "none at this step: r or Esc goes back to the arenas",
                 style(hv, THEME_MUTED));
    for (int r = 0; r < rows && hv->raw_top + (size_t)r < t.nraw; r++)
        raw_list_row(hv, cv, box, box.y + 1 + r, &raw[hv->raw_top + (size_t)r], hv->raw_top + (size_t)r);
    if (t.nraw)
        raw_info(hv, cv, a.x, a.y + a.h - 2, a.x + a.w, &raw[hv->raw_sel], t.nraw);
    int x = a.x, y = a.y + a.h - 1;
    x = legend_item(hv, cv, x, y, a.x + a.w, THEME_RAW, "large block");
    if (hv->nmarks)
        x = view_put(cv, x, y, a.x + a.w, MARK_GLYPH " selected object's  ", style(hv, THEME_LEGEND));
    view_put(cv, x, y, a.x + a.w, "↑ ↓ PgUp PgDn Home End: choose · r or Esc: the arenas", style(hv, THEME_LEGEND));
    free(raw);
}

static void map_info(const heap_view *hv, canvas *cv, int x, int y, int end)
{
    char s[256];
    pymalloc_arena a;
    pymalloc_pool p;
    arena_at(hv, hv->arena, &a);
    if (!a.addr) {
        snprintf(s, sizeof s, "arena slot %u: unmapped — no arena here (a wholly free arena goes back to the OS)",
                 hv->arena);
    } else if (selected_pool(hv, &p) != 0) {
        snprintf(s, sizeof s, "arena %u · pool %u: none", hv->arena, hv->pool);
    } else if (p.state == POOL_UNCARVED) {
        snprintf(s, sizeof s, "arena %u · pool %u · %llx · never carved: no size class yet", hv->arena, hv->pool,
                 (unsigned long long)p.addr);
    } else if (p.state == POOL_EMPTY) {
        snprintf(s, sizeof s, "arena %u · pool %u · %llx · empty: free for any size class", hv->arena, hv->pool,
                 (unsigned long long)p.addr);
    } else {
        snprintf(s, sizeof s, "arena %u · pool %u · %llx · %u-byte blocks (class %u, '%c') · %u/%u in use · %s",
                 hv->arena, hv->pool, (unsigned long long)p.addr, profile_class_size(hv->ctx.prof, p.szidx),
                 p.szidx, class_letter(p.szidx), p.count, p.nblocks, event_pool_state_name(p.state));
    }
    view_put(cv, x, y, end, s, style(hv, THEME_TEXT));
}

static void map_legend(const heap_view *hv, canvas *cv, int x, int y, int end)
{
    static const struct {
        enum theme_role role;
        const char *label;
    } items[] = {
        {THEME_POOL_FULL, "full"}, {THEME_POOL_HIGH, "most"}, {THEME_POOL_MID, "half"},
        {THEME_POOL_LOW, "few"}, {THEME_POOL_EMPTY, "empty"}, {THEME_POOL_UNCARVED, "uncarved"},
    };
    for (size_t i = 0; i < HV_COUNTOF(items); i++)
        x = legend_item(hv, cv, x, y, end, items[i].role, items[i].label);
    if (hv->nmarks)
        x = view_put(cv, x, y, end, MARK_GLYPH " selected object  ", style(hv, THEME_LEGEND));
    const char *keys = hv->lay.cell_w == 2 || hv->letters ? "letter: size class (a 16 B, b 32 B, …) · Enter: zoom"
                                                         : "c: size-class letters · Enter: zoom";
    view_put(cv, x, y, end, keys, style(hv, THEME_LEGEND));
}


/* ---- the map in large cells ------------------------------------------------ */

/* One pool as a large cell at (x, y): letter and blocks in use, a fill bar
 * under them. */
static void big_cell(const heap_view *hv, canvas *cv, int x, int y, const pymalloc_pool *p, int selected)
{
    enum { W = BIG_CELL_W - 1 };
    canvas_style st = pool_style(hv, p), bar = style(hv, THEME_BAR_EMPTY);
    int carved = p->state == POOL_USED || p->state == POOL_FULL;
    char top[16];
    if (carved)
        snprintf(top, sizeof top, "%c%*u", class_letter(p->szidx), W - 1, p->count);
    else
        snprintf(top, sizeof top, "  %s  ", glyph(hv, pool_role(p)));
    canvas_fill(cv, (canvas_rect){x, y, W, 2}, " ", style(hv, THEME_TEXT));
    canvas_text(cv, x, y, top, carved ? view_style_over(style(hv, THEME_TEXT), st) : st);
    if (carved)
        canvas_hbar(cv, x, y + 1, W, p->count, p->nblocks, st, glyph(hv, THEME_BAR_EMPTY), bar);
    if (pool_marked(hv, p->addr))
        canvas_text(cv, x + W - 1, y + 1, MARK_GLYPH, view_style_over(st, canvas_style_make(CANVAS_DEFAULT, CANVAS_DEFAULT, CANVAS_BOLD)));
    if (selected)
        canvas_restyle(cv, (canvas_rect){x, y, W, 1}, view_style_over(st, style(hv, THEME_SELECTION)));
    if (pool_changed(hv, p->addr)) {        /* the step's changes: underlined, not only coloured */
        const canvas_cell *c = canvas_cell_at(cv, x, y);
        if (c)
            canvas_restyle(cv, (canvas_rect){x, y, W, 1},
                           canvas_style_make(c->fg, c->bg, c->attr | CANVAS_UNDERLINE | CANVAS_BOLD));
    }
}

/* The bands of BIG_PER_ROW pools an arena shows: up to its last carved pool
 * (and the selection), at least one. */
static unsigned big_bands(const heap_view *hv, const pymalloc_arena *a)
{
    unsigned upto = a->ncarved;
    if (a->slot == hv->arena && hv->pool + 1 > upto)
        upto = hv->pool + 1;
    if (upto > a->npools)
        upto = a->npools;
    return upto ? (upto + hv->lay.per_row - 1) / hv->lay.per_row : 1;
}

/* One arena: its header row, then its pools in bands of BIG_PER_ROW, up
 * to those never carved.  Returns the rows it took. */
static int big_arena(const heap_view *hv, canvas *cv, int x, int y, int end, unsigned slot)
{
    pymalloc_arena a;
    arena_at(hv, slot, &a);
    unsigned bands = a.addr ? big_bands(hv, &a) : 0, shown = bands * hv->lay.per_row;
    char head[160];
    int n = snprintf(head, sizeof head, a.addr ? "arena %u · %u/%u pools in use" : "arena slot %u · unmapped",
                     slot, a.npools - a.nfreepools, a.npools);
    if (a.addr && a.ncarved < a.npools)
        snprintf(head + n, sizeof head - (size_t)n, " · pools %u-%u never carved", a.ncarved, a.npools - 1);
    view_put(cv, x, y, end, head, slot == hv->arena ? view_style_over(style(hv, THEME_TEXT), style(hv, THEME_SELECTION))
                                                   : style(hv, THEME_TITLE));
    for (unsigned k = 0; k < shown && k < a.npools; k++) {
        pymalloc_pool p;
        if (model_pool_info(hv->ctx.model, pool_addr(hv, slot, k), &p) != 0)
            continue;
        int row = y + 1 + (int)(k / hv->lay.per_row) * 2;
        if (k % hv->lay.per_row == 0) {
            char label[16];
            snprintf(label, sizeof label, "%5u", k);
            view_put(cv, x, row, end, label, style(hv, THEME_MUTED));
        }
        big_cell(hv, cv, hv->lay.map_x + (int)(k % hv->lay.per_row) * BIG_CELL_W, row, &p,
                 slot == hv->arena && k == hv->pool);
    }
    return 1 + 2 * (int)bands;
}

/* "letters: a 16 B · b 32 B …" for the classes of the pools on screen. */
static void big_legend(const heap_view *hv, canvas *cv, int x, int y, int end, unsigned first, unsigned last)
{
    unsigned char used[64] = {0};
    for (unsigned slot = first; slot < last; slot++)
        for (unsigned k = 0; k < pools_per_arena(hv); k++) {
            pymalloc_pool p;
            if (model_pool_info(hv->ctx.model, pool_addr(hv, slot, k), &p) == 0 &&
                (p.state == POOL_USED || p.state == POOL_FULL) && p.szidx < sizeof used)
                used[p.szidx] = 1;
        }
    x = view_put(cv, x, y, end, "size class, blocks in use, how full  ", style(hv, THEME_LEGEND));
    x = legend_item(hv, cv, x, y, end, THEME_POOL_EMPTY, "empty ·");
    for (unsigned c = 0; c < sizeof used; c++)
        if (used[c]) {
            char item[32];
            snprintf(item, sizeof item, " %c %u B", class_letter(c), profile_class_size(hv->ctx.prof, c));
            x = view_put(cv, x, y, end, item, style(hv, THEME_LEGEND));
        }
}

/* Draws arenas from slot `top` while they fit whole in rows [y0, y1);
 * records where (layout.big_y).  Returns the slot after the last drawn. */
static unsigned big_arenas(heap_view *hv, canvas *cv, int x, int y0, int y1, int end)
{
    unsigned slots = shown_slots(hv), slot = hv->top;
    int y = y0;
    hv->lay.big_n = 0;
    for (; slot < slots && hv->lay.big_n < BIG_MAX_SHOWN; slot++) {
        pymalloc_arena a;
        arena_at(hv, slot, &a);
        int h = 1 + (a.addr ? 2 * (int)big_bands(hv, &a) : 0);
        if (y + h > y1 && hv->lay.big_n)
            break;
        hv->lay.big_y[hv->lay.big_n++] = y;
        y += big_arena(hv, cv, x, y, end, slot);
    }
    hv->lay.big_y[hv->lay.big_n] = y;
    return slot;
}

static void draw_big_map(heap_view *hv, canvas *cv, canvas_rect a)
{
    unsigned slots = shown_slots(hv);
    canvas_rect box = {a.x, a.y + 1, a.w, a.h - 3};
    hv->lay.map_x = box.x + 1 + LABEL_W;
    hv->lay.map_y = box.y + 1;
    hv->lay.nrows = box.h - 2;
    hv->lay.big = 1;
    hv->lay.per_row = a.w >= LABEL_W + 2 + BIG_PER_ROW * BIG_CELL_W ? BIG_PER_ROW : BIG_PER_ROW / 2;
    totals t;
    pymalloc_block *raw;
    count_totals(hv, &t, &raw);
    free(raw);
    map_title(hv, cv, a, &t);
    boxed(hv, cv, box, "arenas · large cells (b: small)", THEME_FRAME_FOCUS);
    int end = box.x + box.w - 1;
    if (slots == 0)
        view_put(cv, box.x + 2, box.y + 1, end, "no arena mapped yet: the heap is empty", style(hv, THEME_MUTED));
    if (hv->arena < hv->top)
        hv->top = hv->arena;
    canvas_rect inside = {box.x + 1, box.y + 1, box.w - 2, box.h - 2};
    canvas_rect old = canvas_set_clip(cv, inside);    /* an arena taller than the box is cut */
    unsigned last = big_arenas(hv, cv, box.x + 1, hv->lay.map_y, box.y + box.h - 1, end);
    if (slots && hv->arena >= last) {       /* the selection is below: start the page with it */
        hv->top = hv->arena;
        canvas_fill(cv, inside, " ", style(hv, THEME_TEXT));
        last = big_arenas(hv, cv, box.x + 1, hv->lay.map_y, box.y + box.h - 1, end);
    }
    canvas_set_clip(cv, old);
    map_info(hv, cv, a.x, a.y + a.h - 2, a.x + a.w);
    big_legend(hv, cv, a.x, a.y + a.h - 1, a.x + a.w, hv->top, last);
}

static unsigned do_action(heap_view *hv, enum action act);

/* A click on the large-cell map: selects the pool under it (again: zooms). */
static unsigned big_click(heap_view *hv, const backend_event *ev)
{
    const layout *l = &hv->lay;
    int col = ev->x - l->map_x;
    unsigned i = 0;
    while (i < l->big_n && ev->y >= l->big_y[i + 1])
        i++;
    if (i == l->big_n || ev->y <= l->big_y[i] || col < 0 || col >= (int)l->per_row * BIG_CELL_W ||
        col % BIG_CELL_W == BIG_CELL_W - 1)
        return VIEW_HANDLED;
    unsigned slot = hv->top + i, k = (unsigned)((ev->y - l->big_y[i] - 1) / 2 * l->per_row + col / BIG_CELL_W);
    if (k >= pools_per_arena(hv))
        return VIEW_HANDLED;
    if (slot == hv->arena && k == hv->pool)
        return do_action(hv, ACT_ZOOM);
    hv->arena = slot;
    hv->pool = k;
    return VIEW_HANDLED | VIEW_REDRAW;
}

static void draw_map(heap_view *hv, canvas *cv, canvas_rect a)
{
    unsigned ppa = pools_per_arena(hv), slots = shown_slots(hv), all = model_arena_slots(hv->ctx.model);
    int cw = a.w >= (int)(2 * ppa) + LABEL_W + USED_W + 4 ? 2 : 1;
    hv->lay.big = 0;
    int map_w = cw * (int)ppa + LABEL_W + USED_W + 4;
    int raw_w = a.w - map_w >= RAW_PANEL_W ? a.w - map_w : 0;
    canvas_rect box = {a.x, a.y + 1, raw_w ? map_w : a.w, a.h - 3};
    hv->lay.cell_w = cw;
    hv->lay.map_x = box.x + 1 + LABEL_W;
    hv->lay.map_y = box.y + 2;
    hv->lay.nrows = box.h - 3;
    totals t;
    pymalloc_block *raw;
    count_totals(hv, &t, &raw);
    map_title(hv, cv, a, &t);
    boxed(hv, cv, box, "arenas", THEME_FRAME_FOCUS);
    int end = box.x + box.w - 1;
    if (slots == 0) {
        view_put(cv, box.x + 2, box.y + 1, end, "no arena mapped yet: the heap is empty", style(hv, THEME_MUTED));
    } else {
        ruler(hv, cv, box.x + 1, box.y + 1, end);
        scroll_to(&hv->top, hv->arena, hv->lay.nrows);
        int i = 0;
        for (; i < hv->lay.nrows && hv->top + (unsigned)i < slots; i++)
            draw_arena_row(hv, cv, box.x + 1, hv->lay.map_y + i, end, hv->top + (unsigned)i);
        if (i < hv->lay.nrows && all > slots) {
            char more[96];
            snprintf(more, sizeof more, "slots %u-%u of the arena vector: unused", slots, all - 1);
            view_put(cv, hv->lay.map_x, hv->lay.map_y + i, end, more, style(hv, THEME_MUTED));
        }
    }
    if (raw_w)
        raw_panel(hv, cv, (canvas_rect){a.x + map_w, box.y, raw_w, box.h}, raw, t.nraw);
    else if (slots)
        raw_below(hv, cv, box, hv->lay.map_y + (int)(slots - hv->top) + (all > slots), raw, t.nraw);
    free(raw);
    map_info(hv, cv, a.x, a.y + a.h - 2, a.x + a.w);
    map_legend(hv, cv, a.x, a.y + a.h - 1, a.x + a.w);
}

/* ---- the pool zoom ------------------------------------------------------- */

static unsigned block_index(const heap_view *hv, const pymalloc_pool *p, uint64_t addr)
{
    return (unsigned)((addr - p->addr - hv->ctx.prof->pool_overhead) / profile_class_size(hv->ctx.prof, p->szidx));
}

static enum theme_role block_role(unsigned state)
{
    switch (state) {
    case BLOCK_USED: return THEME_BLOCK_USED;
    case BLOCK_FREE: return THEME_BLOCK_FREE;
    default: return THEME_BLOCK_VIRGIN;
    }
}

static void pool_title(const heap_view *hv, canvas *cv, canvas_rect a, const pymalloc_pool *p)
{
    char s[256];
    snprintf(s, sizeof s, "Pool %u of arena %u · %llx · class %u ('%c'): %u-byte blocks · %s", hv->pool,
             hv->arena, (unsigned long long)p->addr, p->szidx, class_letter(p->szidx),
             profile_class_size(hv->ctx.prof, p->szidx), event_pool_state_name(p->state));
    view_put(cv, a.x, a.y, a.x + a.w, s, style(hv, THEME_TITLE));
}

static void block_grid(heap_view *hv, canvas *cv, canvas_rect box, const pymalloc_pool *p, uint64_t head)
{
    unsigned rows_total = (p->nblocks + hv->lay.bpr - 1) / hv->lay.bpr;
    int end = box.x + box.w - 1;
    scroll_to(&hv->block_top, hv->block / hv->lay.bpr, hv->lay.nrows);
    for (int i = 0; i < hv->lay.nrows && hv->block_top + (unsigned)i < rows_total; i++) {
        unsigned first = (hv->block_top + (unsigned)i) * hv->lay.bpr;
        int y = hv->lay.grid_y + i;
        char label[16];
        snprintf(label, sizeof label, "%5u", first);
        view_put(cv, box.x + 1, y, end, label, style(hv, THEME_MUTED));
        for (unsigned b = first; b < first + hv->lay.bpr && b < p->nblocks; b++) {
            pymalloc_block info;
            uint64_t addr = block_addr(hv, p, b);
            model_block_info(hv->ctx.model, addr, &info);
            enum theme_role r = addr == head ? THEME_BLOCK_HEAD : block_role(info.state);
            canvas_style st = style(hv, r);
            const char *g = glyph(hv, r);
            if (info.state == BLOCK_USED && marked(hv, addr, addr + 1)) {
                g = MARK_GLYPH;
                st = view_style_over(st, canvas_style_make(CANVAS_DEFAULT, CANVAS_DEFAULT, CANVAS_BOLD));
            }
            if (b == hv->block)
                st = view_style_over(st, style(hv, THEME_SELECTION));
            for (int c = 0; c < hv->lay.block_w; c++)
                canvas_text(cv, hv->lay.grid_x + (int)(b - first) * hv->lay.block_w + c, y, g, st);
        }
    }
}

/* The type name of the object at addr, from the app's names ("object"
 * outside the app or when unknown). */
static const char *type_name(const heap_view *hv, uint64_t type)
{
    const char *n = hv->ctx.session && hv->ctx.session->stream ? stream_type_name(hv->ctx.session->stream, type)
                                                               : NULL;
    return n && *n ? n : "object";
}

/* What a block in use holds: "item array of list 0x7f…" (a part of an
 * object: BLOCK_OWNER), "dict 0x7f…" (the object itself, behind its
 * pre-header), or nothing known. */
void view_heap_block_whose(const view_context *ctx, uint64_t addr, buf *out)
{
    heap_view probe = {.ctx = *ctx};
    model_owner o;
    model_obj obj;
    static const unsigned preheader[] = {0, 16, 32};
    if (model_block_owner(ctx->model, addr, &o)) {
        buf_printf(out, "%s of %s 0x%llx", event_block_role_name(o.role),
                   model_obj_info(ctx->model, o.owner, &obj) ? type_name(&probe, obj.type) : "object",
                   (unsigned long long)o.owner);
        return;
    }
    for (size_t i = 0; i < HV_COUNTOF(preheader); i++)
        if (model_obj_info(ctx->model, addr + preheader[i], &obj)) {
            buf_printf(out, "%s 0x%llx", type_name(&probe, obj.type), (unsigned long long)obj.addr);
            return;
        }
}

static void block_info(const heap_view *hv, canvas *cv, int x, int y, int end, const pymalloc_pool *p,
                       const uint64_t *chain, size_t nchain)
{
    char s[256];
    pymalloc_block b;
    uint64_t addr = block_addr(hv, p, hv->block);
    model_block_info(hv->ctx.model, addr, &b);
    int n = snprintf(s, sizeof s, "block %u · %llx · ", hv->block, (unsigned long long)addr);
    if (b.state == BLOCK_USED) {
        buf whose = BUF_INIT;
        view_heap_block_whose(&hv->ctx, addr, &whose);
        if (!whose.len && !b.site)          /* no object's, before line 1: pymalloc_startup_pools' */
            buf_adds(&whose, "python3's start-up");
        n += snprintf(s + n, sizeof s - (size_t)n, "in use: %s%s%llu of %llu bytes requested", buf_str(&whose),
                      whose.len ? " · " : "", (unsigned long long)b.nbytes, (unsigned long long)b.size);
        buf_free(&whose);
        if (b.site)
            snprintf(s + strlen(s), sizeof s - strlen(s), ", line %u", b.site);
    } else if (b.state == BLOCK_FREE) {
        size_t pos = 0;
        while (pos < nchain && chain[pos] != addr)
            pos++;
        snprintf(s + n, sizeof s - (size_t)n, "free: number %zu on the free chain", pos + 1);
    } else {
        snprintf(s + n, sizeof s - (size_t)n, "never used: past the high-water mark (block %u)", p->nextblock);
    }
    view_put(cv, x, y, end, s, style(hv, THEME_TEXT));
}

/* "free chain (38): 12 → 5 → 7 → …", as much as fits. */
static void chain_line(const heap_view *hv, canvas *cv, int x, int y, int end, const pymalloc_pool *p,
                       const uint64_t *chain, size_t nchain, size_t total)
{
    char s[48];
    snprintf(s, sizeof s, "free chain (%zu): ", total);
    x = view_put(cv, x, y, end, s, style(hv, THEME_LEGEND));
    if (total == 0) {
        view_put(cv, x, y, end, "empty — malloc takes the next never-used block", style(hv, THEME_MUTED));
        return;
    }
    for (size_t i = 0; i < nchain; i++) {
        snprintf(s, sizeof s, "%s%u", i ? " → " : "", block_index(hv, p, chain[i]));
        if (x + canvas_text_width(s) + 4 > end && i + 1 < total) {
            view_put(cv, x, y, end, " → …", style(hv, THEME_MUTED));
            return;
        }
        x = view_put(cv, x, y, end, s, style(hv, i == 0 ? THEME_BLOCK_HEAD : THEME_TEXT));
    }
}

static void pool_legend(const heap_view *hv, canvas *cv, int x, int y, int end)
{
    x = legend_item(hv, cv, x, y, end, THEME_BLOCK_USED, "in use");
    x = legend_item(hv, cv, x, y, end, THEME_BLOCK_FREE, "free");
    x = legend_item(hv, cv, x, y, end, THEME_BLOCK_HEAD, "next malloc");
    x = legend_item(hv, cv, x, y, end, THEME_BLOCK_VIRGIN, "never used");
    if (hv->nmarks)
        x = view_put(cv, x, y, end, MARK_GLYPH " the selected object's  ", style(hv, THEME_LEGEND));
    view_put(cv, x, y, end, "Esc back", style(hv, THEME_LEGEND));
}

/* The block grid's box is as tall as the pool needs, up to what is left
 * above the four lines under it. */
static void draw_pool(heap_view *hv, canvas *cv, canvas_rect a, const pymalloc_pool *p)
{
    enum { MAX_CHAIN = 256 };
    uint64_t chain[MAX_CHAIN];
    size_t total = model_free_chain(hv->ctx.model, p->addr, chain, MAX_CHAIN);
    size_t nchain = total < MAX_CHAIN ? total : MAX_CHAIN;
    hv->lay.bpr = 64;
    hv->lay.block_w = hv->big ? 2 : 1;
    while (hv->lay.bpr > 8 && (int)hv->lay.bpr * hv->lay.block_w + LABEL_W + 2 > a.w)
        hv->lay.bpr /= 2;
    int need = (int)((p->nblocks + hv->lay.bpr - 1) / hv->lay.bpr) + 2;
    canvas_rect box = {a.x, a.y + 1, a.w, a.h - 5 < need ? a.h - 5 : need};
    hv->lay.grid_x = box.x + 1 + LABEL_W;
    hv->lay.grid_y = box.y + 1;
    hv->lay.nrows = box.h - 2;
    if (hv->block >= p->nblocks)
        hv->block = p->nblocks - 1;
    pool_title(hv, cv, a, p);
    boxed(hv, cv, box, "blocks", THEME_FRAME_FOCUS);
    block_grid(hv, cv, box, p, total ? chain[0] : 0);
    int end = a.x + a.w, y = box.y + box.h;
    block_info(hv, cv, a.x, y, end, p, chain, nchain);
    chain_line(hv, cv, a.x, y + 1, end, p, chain, nchain, total);
    char s[64];
    int x = view_put(cv, a.x, y + 2, end, "in use ", style(hv, THEME_LEGEND));
    int bw = a.w - 30 < BAR_W ? a.w - 30 : BAR_W;
    canvas_hbar(cv, x, y + 2, bw, p->count, p->nblocks, style(hv, THEME_BAR_FULL), glyph(hv, THEME_BAR_EMPTY),
                style(hv, THEME_BAR_EMPTY));
    snprintf(s, sizeof s, " %u of %u blocks", p->count, p->nblocks);
    view_put(cv, x + (bw > 0 ? bw : 0), y + 2, end, s, style(hv, THEME_TEXT));
    pool_legend(hv, cv, a.x, a.y + a.h - 1, end);
}

/* ---- ops ------------------------------------------------------------------ */

static void *heap_init(const view_context *ctx)
{
    heap_view *hv = hv_calloc(1, sizeof *hv);
    hv->ctx = *ctx;
    return hv;
}

static void heap_fini(void *v)
{
    free(v);
}

/* Keeps the selection inside the model as it is now (arenas come and go). */
static void clamp(heap_view *hv)
{
    unsigned slots = shown_slots(hv), ppa = pools_per_arena(hv);
    if (hv->arena >= slots)
        hv->arena = slots ? slots - 1 : 0;
    if (hv->pool >= ppa)
        hv->pool = ppa - 1;
    pymalloc_pool p;
    if (hv->zoomed && (selected_pool(hv, &p) != 0 || p.state == POOL_UNCARVED || p.state == POOL_EMPTY))
        hv->zoomed = 0;
    size_t nraw = model_raw_blocks(hv->ctx.model, NULL, 0);
    if (hv->raw_sel >= nraw)
        hv->raw_sel = nraw ? nraw - 1 : 0;
}

static void heap_draw(void *v, canvas *cv, canvas_rect a)
{
    heap_view *hv = v;
    canvas_rect old = canvas_set_clip(cv, a);
    canvas_fill(cv, a, " ", style(hv, THEME_TEXT));
    int need_w = (int)pools_per_arena(hv) + LABEL_W + USED_W + 4;
    if (need_w < MIN_W)
        need_w = MIN_W;
    hv->lay.fits = a.w >= need_w && a.h >= MIN_H;
    if (!hv->lay.fits) {
        too_small(hv, cv, a, need_w, MIN_H);
        canvas_set_clip(cv, old);
        return;
    }
    clamp(hv);
    uint64_t sel = hv->ctx.session ? hv->ctx.session->selected : 0;
    hv->nmarks = sel ? model_obj_all_blocks(hv->ctx.model, sel, hv->marks, OWN_NROLES) : 0;
    hv->lay.nraw_hits = 0;
    hv->lay.raw_rows = 0;
    pymalloc_pool p;
    if (hv->raw_list)
        draw_raw_list(hv, cv, a);
    else if (hv->zoomed && selected_pool(hv, &p) == 0)
        draw_pool(hv, cv, a, &p);
    else if (hv->big && a.w >= LABEL_W + 2 + BIG_PER_ROW / 2 * BIG_CELL_W && a.h >= BIG_MIN_H)
        draw_big_map(hv, cv, a);
    else
        draw_map(hv, cv, a);
    canvas_set_clip(cv, old);
}

static unsigned move_to(unsigned *sel, long to, unsigned count)
{
    long max = count ? (long)count - 1 : 0;
    long n = to < 0 ? 0 : to > max ? max : to;
    if ((unsigned)n == *sel)
        return VIEW_HANDLED | VIEW_BELL;
    *sel = (unsigned)n;
    return VIEW_HANDLED | VIEW_REDRAW;
}

static unsigned map_action(heap_view *hv, enum action act)
{
    unsigned slots = shown_slots(hv), ppa = pools_per_arena(hv);
    long page = hv->lay.nrows > 1 ? hv->lay.nrows - 1 : 1;
    pymalloc_pool p;
    switch (act) {
    case ACT_LEFT: return move_to(&hv->pool, (long)hv->pool - 1, ppa);
    case ACT_RIGHT: return move_to(&hv->pool, (long)hv->pool + 1, ppa);
    case ACT_UP: return move_to(&hv->arena, (long)hv->arena - 1, slots);
    case ACT_DOWN: return move_to(&hv->arena, (long)hv->arena + 1, slots);
    case ACT_PAGE_UP: return move_to(&hv->arena, (long)hv->arena - page, slots);
    case ACT_PAGE_DOWN: return move_to(&hv->arena, (long)hv->arena + page, slots);
    case ACT_FIRST: return move_to(&hv->arena, 0, slots);
    case ACT_LAST: return move_to(&hv->arena, (long)slots - 1, slots);
    case ACT_ROW_START: return move_to(&hv->pool, 0, ppa);
    case ACT_ROW_END: return move_to(&hv->pool, (long)ppa - 1, ppa);
    case ACT_LETTERS: hv->letters = !hv->letters; return VIEW_HANDLED | VIEW_REDRAW;
    case ACT_CELLS: case ACT_RAW: break;
    case ACT_BACK: return VIEW_IGNORED;
    case ACT_ZOOM: break;
    }
    if (selected_pool(hv, &p) != 0 || p.state == POOL_UNCARVED || p.state == POOL_EMPTY)
        return VIEW_HANDLED | VIEW_BELL;        /* no blocks to show */
    hv->zoomed = 1;
    hv->block = 0;
    hv->block_top = 0;
    return VIEW_HANDLED | VIEW_REDRAW;
}

static unsigned pool_action(heap_view *hv, enum action act)
{
    pymalloc_pool p;
    if (selected_pool(hv, &p) != 0)
        return VIEW_IGNORED;
    unsigned n = p.nblocks, bpr = hv->lay.bpr ? hv->lay.bpr : 32;
    long b = hv->block, page = (long)bpr * (hv->lay.nrows > 1 ? hv->lay.nrows - 1 : 1);
    switch (act) {
    case ACT_LEFT: return move_to(&hv->block, b - 1, n);
    case ACT_RIGHT: return move_to(&hv->block, b + 1, n);
    case ACT_UP: return b >= (long)bpr ? move_to(&hv->block, b - bpr, n) : VIEW_HANDLED | VIEW_BELL;
    case ACT_DOWN: return b + bpr < n ? move_to(&hv->block, b + bpr, n) : VIEW_HANDLED | VIEW_BELL;
    case ACT_PAGE_UP: return move_to(&hv->block, b - page, n);
    case ACT_PAGE_DOWN: return move_to(&hv->block, b + page, n);
    case ACT_FIRST: return move_to(&hv->block, 0, n);
    case ACT_LAST: return move_to(&hv->block, (long)n - 1, n);
    case ACT_ROW_START: return move_to(&hv->block, b - b % (long)bpr, n);
    case ACT_ROW_END: return move_to(&hv->block, b - b % (long)bpr + (long)bpr - 1, n);
    case ACT_BACK: hv->zoomed = 0; return VIEW_HANDLED | VIEW_REDRAW;
    case ACT_ZOOM: case ACT_LETTERS: case ACT_CELLS: case ACT_RAW: return VIEW_HANDLED;
    }
    return VIEW_IGNORED;
}

static unsigned move_raw(heap_view *hv, long to, size_t n)
{
    long max = n ? (long)n - 1 : 0;
    size_t sel = (size_t)(to < 0 ? 0 : to > max ? max : to);
    if (sel == hv->raw_sel)
        return VIEW_HANDLED | VIEW_BELL;
    hv->raw_sel = sel;
    return VIEW_HANDLED | VIEW_REDRAW;
}

static unsigned raw_action(heap_view *hv, enum action act)
{
    size_t n = model_raw_blocks(hv->ctx.model, NULL, 0);
    long sel = (long)hv->raw_sel, page = hv->lay.raw_rows > 1 ? hv->lay.raw_rows - 1 : 1;
    switch (act) {
    case ACT_UP: return move_raw(hv, sel - 1, n);
    case ACT_DOWN: return move_raw(hv, sel + 1, n);
    case ACT_PAGE_UP: return move_raw(hv, sel - page, n);
    case ACT_PAGE_DOWN: return move_raw(hv, sel + page, n);
    case ACT_FIRST: return move_raw(hv, 0, n);
    case ACT_LAST: return move_raw(hv, (long)n - 1, n);
    case ACT_BACK: case ACT_RAW: hv->raw_list = 0; return VIEW_HANDLED | VIEW_REDRAW;
    default: return VIEW_HANDLED | VIEW_BELL;
    }
}

static unsigned do_action(heap_view *hv, enum action act)
{
    clamp(hv);
    if (hv->raw_list)
        return raw_action(hv, act);
    if (act == ACT_CELLS) {
        hv->big = !hv->big;
        return VIEW_HANDLED | VIEW_REDRAW;
    }
    if (act == ACT_RAW) {               /* from the map or a zoomed pool: back there with r or Esc */
        if (!model_raw_blocks(hv->ctx.model, NULL, 0))
            return VIEW_HANDLED | VIEW_BELL;
        hv->raw_list = 1;
        return VIEW_HANDLED | VIEW_REDRAW;
    }
    return hv->zoomed ? pool_action(hv, act) : map_action(hv, act);
}

/* The large block whose row is under (x, y): 1 and its index, else 0. */
static int raw_hit(const heap_view *hv, int x, int y, size_t *i)
{
    for (int k = 0; k < hv->lay.nraw_hits; k++) {
        const struct raw_hit *h = &hv->lay.raw_hit[k];
        if (y == h->y && x >= h->x && x < h->x + h->w) {
            *i = h->i;
            return 1;
        }
    }
    return 0;
}

static unsigned mouse(heap_view *hv, const backend_event *ev)
{
    const layout *l = &hv->lay;
    if (!l->fits)
        return VIEW_IGNORED;
    size_t ri;
    if (ev->mouse == BMOUSE_PRESS && ev->button == 1 && raw_hit(hv, ev->x, ev->y, &ri)) {
        hv->raw_list = 1;               /* a large block: the list, with it selected */
        hv->raw_sel = ri;
        return VIEW_HANDLED | VIEW_REDRAW;
    }
    if (hv->raw_list) {
        if (ev->mouse == BMOUSE_WHEEL_UP || ev->mouse == BMOUSE_WHEEL_DOWN) {
            for (int i = 0; i < 3; i++)
                raw_action(hv, ev->mouse == BMOUSE_WHEEL_UP ? ACT_UP : ACT_DOWN);
            return VIEW_HANDLED | VIEW_REDRAW;
        }
        return ev->mouse == BMOUSE_PRESS && ev->button == 3 ? raw_action(hv, ACT_BACK) : VIEW_HANDLED;
    }
    if (ev->mouse == BMOUSE_WHEEL_UP || ev->mouse == BMOUSE_WHEEL_DOWN) {
        int up = ev->mouse == BMOUSE_WHEEL_UP;
        for (int i = 0; i < 3; i++)
            do_action(hv, up ? ACT_UP : ACT_DOWN);
        return VIEW_HANDLED | VIEW_REDRAW;
    }
    if (ev->mouse != BMOUSE_PRESS)
        return VIEW_HANDLED;
    if (ev->button == 3)
        return hv->zoomed ? do_action(hv, ACT_BACK) : VIEW_HANDLED;
    if (!hv->zoomed && l->big)
        return big_click(hv, ev);
    if (!hv->zoomed) {
        int col = ev->x - l->map_x, row = ev->y - l->map_y;
        unsigned ppa = pools_per_arena(hv), slot = hv->top + (unsigned)row;
        if (col < 0 || row < 0 || row >= l->nrows || col >= (int)ppa * l->cell_w ||
            slot >= shown_slots(hv))
            return VIEW_HANDLED;
        unsigned k = (unsigned)col / (unsigned)l->cell_w;
        if (slot == hv->arena && k == hv->pool)
            return do_action(hv, ACT_ZOOM);
        hv->arena = slot;
        hv->pool = k;
        return VIEW_HANDLED | VIEW_REDRAW;
    }
    int col = (ev->x - l->grid_x) / (l->block_w ? l->block_w : 1), row = ev->y - l->grid_y;
    pymalloc_pool p;
    if (ev->x < l->grid_x || row < 0 || row >= l->nrows || col >= (int)l->bpr || selected_pool(hv, &p) != 0)
        return VIEW_HANDLED;
    unsigned b = (hv->block_top + (unsigned)row) * l->bpr + (unsigned)col;
    return b < p.nblocks ? move_to(&hv->block, b, p.nblocks) | VIEW_HANDLED : VIEW_HANDLED;
}

static unsigned heap_key(void *v, const backend_event *ev)
{
    heap_view *hv = v;
    if (ev->type == BEV_MOUSE)
        return mouse(hv, ev);
    if (ev->type != BEV_KEY || (ev->mod & (BMOD_CTRL | BMOD_ALT)))
        return VIEW_IGNORED;
    for (size_t i = 0; i < HV_COUNTOF(bindings); i++) {
        const struct binding *b = &bindings[i];
        if (b->key == ev->key && (!b->text || strcmp(b->text, ev->text) == 0))
            return do_action(hv, b->act);
    }
    return VIEW_IGNORED;
}

static void heap_resize(void *v, int cols, int rows)
{
    (void)v;                /* the layout is worked out again by every draw */
    (void)cols;
    (void)rows;
}

int view_heap_goto(void *v, uint64_t addr)
{
    heap_view *hv = v;
    uint32_t slot, k, off;
    pymalloc_arena a;
    pymalloc_pool p;
    if (profile_locate(hv->ctx.prof, addr, &slot, &k, &off) != 0)
        return -1;
    arena_at(hv, slot, &a);
    if (!a.addr || k >= a.npools)
        return -1;
    hv->arena = slot;
    hv->pool = k;
    hv->zoomed = 0;
    pymalloc_block b;
    if (model_obj_block(hv->ctx.model, addr, &b) == 0 && b.state != BLOCK_RAW &&   /* an object's block, or a block */
        model_pool_info(hv->ctx.model, b.pool, &p) == 0 && (p.state == POOL_USED || p.state == POOL_FULL)) {
        hv->zoomed = 1;
        hv->block = block_index(hv, &p, b.addr);
    }
    return 0;
}

void view_heap_set_cells(void *v, int big)
{
    ((heap_view *)v)->big = big;
}

const view_ops view_heap_ops = {
    .name = "heap",
    .init = heap_init,
    .fini = heap_fini,
    .draw = heap_draw,
    .key = heap_key,
    .resize = heap_resize,
};
