/*
 * view.c — the table of views (view.h).
 */
#include "view.h"

#include "buf.h"
#include "view_gc.h"
#include "view_graph.h"
#include "view_heap.h"

#include <stdio.h>
#include <string.h>

static const view_ops *const views[] = {
    &view_heap_ops,
    &view_graph_ops,
    &view_gc_ops,
};

static const char *const planned[] = {"program", "heap", "graph", "gc", "stats", "timeline"};

const view_ops *view_find(const char *name)
{
    for (size_t i = 0; i < HV_COUNTOF(views); i++)
        if (strcmp(views[i]->name, name) == 0)
            return views[i];
    return NULL;
}

int view_planned(const char *name)
{
    for (size_t i = 0; i < HV_COUNTOF(planned); i++)
        if (strcmp(planned[i], name) == 0)
            return 1;
    return 0;
}

void view_names(buf *out)
{
    for (size_t i = 0; i < HV_COUNTOF(views); i++)
        buf_printf(out, "%s%s", i ? ", " : "", views[i]->name);
}

int view_put(canvas *cv, int x, int y, int end, const char *s, canvas_style st)
{
    return x < end ? canvas_textn(cv, x, y, s, strlen(s), end - x, st) : x;
}

canvas_style view_style_over(canvas_style base, canvas_style over)
{
    if (over.fg != CANVAS_DEFAULT)
        base.fg = over.fg;
    if (over.bg != CANVAS_DEFAULT)
        base.bg = over.bg;
    base.attr |= over.attr;
    return base;
}

void view_too_small(canvas *cv, canvas_rect a, const theme *th, int need_w, int need_h)
{
    char msg[64], now[32];
    snprintf(msg, sizeof msg, "terminal too small (need %dx%d)", need_w, need_h);
    snprintf(now, sizeof now, "now %dx%d", a.w, a.h);
    int y = a.y + (a.h - 2) / 2, w = canvas_text_width(msg);
    view_put(cv, a.x + (a.w > w ? (a.w - w) / 2 : 0), y, a.x + a.w, msg, theme_style(th, THEME_WARNING));
    w = canvas_text_width(now);
    view_put(cv, a.x + (a.w > w ? (a.w - w) / 2 : 0), y + 1, a.x + a.w, now, theme_style(th, THEME_MUTED));
}
