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

struct stream;
struct console;
struct narrate_changes;

/* What the interactive app shares with its views, kept up to date in place
 * (the pointer stays valid while the views live). */
typedef struct view_session {
    struct stream *stream;          /* events, steps, output, source; the position */
    const struct console *console;  /* the >>> console; NULL when there is none */
    int console_active;             /* keys go to the console: show its cursor */
    int running;                    /* the program runs now: the program view shows the live
                                       end (its line, output and memory so far), not the position */
    const uint64_t *bookmarks;      /* bookmarked steps, increasing */
    size_t nbookmarks;
    const struct narrate_changes *changes;  /* what the current step touched */
    const char *note;               /* a line about the mode ("the console runs at the end") */
    uint64_t request;               /* VIEW_GOTO: the position a view asks for */
    uint64_t selected;              /* the object the viewer selected in the graph or found
                                       (0: none): the heap map marks its blocks; the graph
                                       and find write it */
    int collector;                  /* the live program's collector (enum gc_collector), or in a
                                       replay the one it was recorded with (stream_collector) */
} view_session;

typedef struct view_context {
    const model *model;     /* what to draw; the caller keeps it alive (and
                               re-inits the view if it is replaced) */
    const profile *prof;    /* the model's geometry */
    const theme *th;        /* styles and glyphs */
    view_session *session;  /* NULL outside the app (render of a bare model); views
                               write only its `request` */
} view_context;

enum view_result {
    VIEW_IGNORED = 0,       /* not a key of this view: the caller may use it */
    VIEW_HANDLED = 1,       /* used */
    VIEW_REDRAW = 2,        /* ...and the view looks different now */
    VIEW_BELL = 4,          /* used, but there was nothing to do (an edge) */
    VIEW_GOTO = 8,          /* move the app to position session->request */
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

/* ---- drawing helpers the views share ---------------------------------- */

/* Writes s at (x, y) without passing column `end`; returns the column
 * after (x if x ≥ end). */
int view_put(canvas *cv, int x, int y, int end, const char *s, canvas_style st);
/* view_put, and when s does not fit, a "…" (style mark) in the last column
 * before `end`: a line cut by the edge says so.  Returns the column after
 * (end when cut). */
int view_put_cut(canvas *cv, int x, int y, int end, const char *s, canvas_style st, canvas_style mark);
/* The bytes of the longest prefix of s that fits in w columns, ending at
 * a space (a word longer than w is cut); *next: where the next line
 * starts (the spaces skipped). */
size_t view_fit_line(const char *s, int w, const char **next);
/* Draws s word-wrapped into rows [y, y + rows) between x and end; the last
 * row ends in "…" (style mark) if words remain.  Returns the rows used.
 * cv NULL: draws nothing, only counts them. */
int view_wrap(canvas *cv, int x, int y, int end, int rows, const char *s, canvas_style st, canvas_style mark);
/* The "terminal too small (need WxH)" message, centred in area a. */
void view_too_small(canvas *cv, const theme *th, canvas_rect a, int need_w, int need_h);
/* A byte count in at most 6 columns: "512", "1.5K", "12M". */
void view_bytes(char *out, size_t n, int64_t bytes);
/* base with over's colours where over has any, and both attribute sets
 * (a selection drawn over an item's own style). */
canvas_style view_style_over(canvas_style base, canvas_style over);

/* The view called name, or NULL.  view_planned() says whether the name is
 * one DESIGN.md lists (program heap graph gc stats timeline) even if it is
 * not built yet. */
const view_ops *view_find(const char *name);
int view_planned(const char *name);

struct buf;
/* Appends the names of the views built so far ("heap"), for messages. */
void view_names(struct buf *out);

#endif
