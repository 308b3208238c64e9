/*
 * view.h — what every view implements: a const ops table with the same
 * init/draw/key/resize shape for each screen of the interactive UI.
 *
 * A view draws from the heap model (model.h) into a canvas area and never
 * touches a terminal.  Key and mouse events arrive normalised by the
 * backend (backend.h); key() says what it did with a VIEW_* bit set, so a
 * key a view does not use (q, digits, space) falls through to the caller.
 *
 *   init(ctx) ──▶ { key(ev) | resize(cols, rows) | draw(cv, area) }* ──▶ fini
 */
#ifndef HV_VIEW_H
#define HV_VIEW_H

#include "backend.h"
#include "canvas.h"
#include "model.h"
#include "profile.h"
#include "theme.h"

typedef struct view_context {
    const model *model;     /* what to draw; the caller keeps it alive */
    const profile *prof;    /* the model's geometry */
    const theme *th;        /* styles and glyphs */
} view_context;

enum view_result {
    VIEW_IGNORED = 0,       /* not a key of this view: the caller may use it */
    VIEW_HANDLED = 1,       /* used */
    VIEW_REDRAW = 2,        /* ...and the view looks different now */
    VIEW_BELL = 4,          /* used, but there was nothing to do (an edge) */
};

typedef struct view_ops {
    const char *name;       /* --view NAME */
    /* A new view of ctx (copied).  Cannot fail. */
    void *(*init)(const view_context *ctx);
    void (*fini)(void *v);
    /* Draws the whole of area (only there); may scroll to keep the
     * selection visible. */
    void (*draw)(void *v, canvas *cv, canvas_rect area);
    /* A key or mouse event (mouse cells are canvas coordinates).  Returns
     * VIEW_* bits. */
    unsigned (*key)(void *v, const backend_event *ev);
    /* The area the view will get next changed size. */
    void (*resize)(void *v, int cols, int rows);
} view_ops;

/* The view called name, or NULL.  view_planned() says whether the name is
 * one DESIGN.md lists (program heap graph gc stats timeline) even if it is
 * not built yet. */
const view_ops *view_find(const char *name);
int view_planned(const char *name);
/* ---- drawing helpers the views share ------------------------------------- */

/* Writes s at (x, y), cut at column `end`; returns the column after. */
int view_put(canvas *cv, int x, int y, int end, const char *s, canvas_style st);
/* base with over's colours where over has any, and both attribute sets
 * (a selection drawn over an item's own style). */
canvas_style view_style_over(canvas_style base, canvas_style over);
/* The "terminal too small (need WxH)" message centred in a. */
void view_too_small(canvas *cv, canvas_rect a, const theme *th, int need_w, int need_h);

struct buf;
/* Appends the names of the views built so far ("heap"), for messages. */
void view_names(struct buf *out);

#endif
