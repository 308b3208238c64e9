/*
 * view.c — the table of views (view.h).
 */
#include "view.h"

#include "buf.h"
#include "view_gc.h"
#include "view_graph.h"
#include "view_heap.h"
#include "view_program.h"
#include "view_stats.h"
#include "view_timeline.h"

#include <stdio.h>
#include <string.h>

static const view_ops *const views[] = {
    &view_program_ops, &view_heap_ops, &view_graph_ops, &view_gc_ops, &view_stats_ops,
    &view_timeline_ops,
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

int view_put_cut(canvas *cv, int x, int y, int end, const char *s, canvas_style st, canvas_style mark)
{
    int after = view_put(cv, x, y, end, s, st);
    if (x >= end || x + canvas_text_width(s) <= end)
        return after;
    view_put(cv, end - 1, y, end, "…", mark);
    return end;
}

size_t view_fit_line(const char *s, int w, const char **next)
{
    size_t n = strlen(s), i = 0, brk = 0;
    int cols = 0;
    while (i < n) {
        uint32_t cp;
        size_t len = canvas_utf8_decode(s + i, n - i, &cp);
        int cw = canvas_char_width(cp);
        if (cols + cw > w)
            break;
        if (cp == ' ')
            brk = i;
        cols += cw;
        i += len;
    }
    if (i < n && brk > 0)
        i = brk;
    *next = s + i;
    while (**next == ' ')
        (*next)++;
    return i;
}

int view_wrap(canvas *cv, int x, int y, int end, int rows, const char *s, canvas_style st, canvas_style mark)
{
    int used = 0;
    while (*s && used < rows && x < end) {
        const char *next;
        int last = used == rows - 1;
        size_t len = view_fit_line(s, end - x - (last ? 1 : 0), &next);
        if (!len && !last)                  /* not even one character fits */
            break;
        if (cv) {
            int after = canvas_textn(cv, x, y + used, s, len, end - x, st);
            if (last && *next)
                canvas_text(cv, after, y + used, "…", mark);
        }
        s = next;
        used++;
    }
    return used;
}

void view_too_small(canvas *cv, const theme *th, canvas_rect a, int need_w, int need_h)
{
    char msg[64], need[32], now[32];
    snprintf(msg, sizeof msg, "terminal too small (need %dx%d)", need_w, need_h);
    snprintf(need, sizeof need, "(need %dx%d)", need_w, need_h);
    snprintf(now, sizeof now, "now %dx%d", a.w, a.h);
    int narrow = canvas_text_width(msg) > a.w;     /* then on two lines */
    const char *lines[3] = {narrow ? "terminal too small" : msg, narrow ? need : now, narrow ? now : NULL};
    int y = a.y + (a.h - 3 + !narrow) / 2;
    for (int i = 0; i < 3 && lines[i]; i++) {
        int w = canvas_text_width(lines[i]);
        canvas_text(cv, a.x + (a.w > w ? (a.w - w) / 2 : 0), y + i, lines[i],
                    theme_style(th, i == 0 || (narrow && i == 1) ? THEME_WARNING : THEME_MUTED));
    }
}

void view_bytes(char *out, size_t n, int64_t bytes)
{
    static const char units[] = "KMGT";
    int64_t a = bytes < 0 ? -bytes : bytes;
    if (a < 1000) {
        snprintf(out, n, "%lld", (long long)bytes);
        return;
    }
    double v = (double)bytes;
    int u = -1;
    while ((v >= 999.5 || v <= -999.5) && u < 3) {
        v /= 1024;
        u++;
    }
    snprintf(out, n, (v < 9.95 && v > -9.95) ? "%.1f%c" : "%.0f%c", v, units[u]);
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
