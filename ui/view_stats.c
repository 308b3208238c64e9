/*
 * view_stats.c — the stats view (view_stats.h).  The table is formatted
 * afresh at every draw (a few hundred lines at most) and scrolled.
 */
#include "view_stats.h"

#include "mallocstats.h"
#include "stream.h"

#include <stdlib.h>
#include <string.h>

typedef struct stats_view {
    view_context ctx;
    int top;                /* first line shown */
    int rows;               /* rows at the last draw */
} stats_view;

static void *stats_init(const view_context *ctx)
{
    stats_view *sv = hv_calloc(1, sizeof *sv);
    sv->ctx = *ctx;
    return sv;
}

static void stats_fini(void *v)
{
    free(v);
}

static const model *current_model(const stats_view *sv)
{
    return sv->ctx.session && sv->ctx.session->stream ? stream_model(sv->ctx.session->stream) : sv->ctx.model;
}

static int count_lines(const char *s)
{
    int n = 0;
    for (; *s; s++)
        n += *s == '\n';
    return n;
}

static void stats_draw(void *v, canvas *cv, canvas_rect a)
{
    stats_view *sv = v;
    canvas_style text = theme_style(sv->ctx.th, THEME_TEXT);
    canvas_fill(cv, a, " ", text);
    pymalloc_stats st;
    model_get_stats(current_model(sv), &st);
    buf out = BUF_INIT;
    mallocstats_format(&out, &st, NULL);
    int n = count_lines(buf_str(&out));
    sv->rows = a.h;
    if (sv->top > n - a.h)
        sv->top = n - a.h;
    if (sv->top < 0)
        sv->top = 0;
    const char *p = buf_str(&out);
    for (int i = 0; *p; i++) {
        const char *nl = strchr(p, '\n');
        size_t len = nl ? (size_t)(nl - p) : strlen(p);
        if (i >= sv->top && i < sv->top + a.h) {
            enum theme_role r = (len && p[0] == '#') || (len && p[0] == 'c') ? THEME_TITLE : THEME_TEXT;
            canvas_textn(cv, a.x + 1, a.y + i - sv->top, p, len, a.w - 1, theme_style(sv->ctx.th, r));
        }
        p += len + (nl != NULL);
    }
    buf_free(&out);
}

static unsigned stats_scroll(stats_view *sv, int by)
{
    int was = sv->top;
    sv->top += by;
    if (sv->top < 0)
        sv->top = 0;
    return sv->top == was && by < 0 ? VIEW_HANDLED | VIEW_BELL : VIEW_HANDLED | VIEW_REDRAW;
}

static unsigned stats_key(void *v, const backend_event *ev)
{
    stats_view *sv = v;
    int page = sv->rows > 1 ? sv->rows - 1 : 1;
    if (ev->type == BEV_MOUSE && (ev->mouse == BMOUSE_WHEEL_UP || ev->mouse == BMOUSE_WHEEL_DOWN))
        return stats_scroll(sv, ev->mouse == BMOUSE_WHEEL_UP ? -3 : 3);
    if (ev->type != BEV_KEY)
        return VIEW_IGNORED;
    switch (ev->key) {
    case BKEY_UP: return stats_scroll(sv, -1);
    case BKEY_DOWN: return stats_scroll(sv, 1);
    case BKEY_PAGEUP: return stats_scroll(sv, -page);
    case BKEY_PAGEDOWN: return stats_scroll(sv, page);
    case BKEY_HOME: return stats_scroll(sv, -sv->top);
    case BKEY_END: return stats_scroll(sv, 1 << 20);
    case BKEY_TEXT:
        if (ev->mod == 0 && (strcmp(ev->text, "k") == 0 || strcmp(ev->text, "j") == 0))
            return stats_scroll(sv, ev->text[0] == 'k' ? -1 : 1);
        return VIEW_IGNORED;
    default:
        return VIEW_IGNORED;
    }
}

static void stats_resize(void *v, int cols, int rows)
{
    (void)v;
    (void)cols;
    (void)rows;
}

const view_ops view_stats_ops = {"stats", stats_init, stats_fini, stats_draw, stats_key, stats_resize};
