/*
 * present.c — presenter mode (present.h): step captions, autoplay's stops,
 * the big narration box.
 *
 * A collector phase's caption belongs to the line that started the
 * collection, and a phase step's own site may be elsewhere (a finalizer's
 * line): present_caption() walks back over the collection's phase steps —
 * a phase step opens with its GC_PHASE event, so this reads one event a
 * phase — to the one that left GCP_IDLE, and gives demo_event_caption()
 * that line.
 */
#include "present.h"

#include "hv.h"
#include "view.h"

#include <stdlib.h>
#include <string.h>

struct present {
    const demo *d;
    unsigned char *seen;    /* one per caption (the invariant) */
    size_t n;
};

present *present_new(const demo *d)
{
    present *p = hv_calloc(1, sizeof *p);
    p->d = d;
    p->n = d ? demo_ncaptions(d) : 0;
    p->seen = hv_calloc(p->n + 1, 1);
    return p;
}

void present_delete(present *p)
{
    if (!p)
        return;
    free(p->seen);
    free(p);
}

long present_caption(const demo *d, stream *s, uint64_t step)
{
    if (!d || step == 0 || step > stream_steps(s))
        return -1;
    hv_event st = stream_event(s, stream_step_begin(s, step)), ph;
    if (st.u.step.what == STEP_STATEMENT)
        return demo_caption_index(d, st.site);
    if (!stream_step_phase(s, step, &ph))
        return -1;
    demo_cursor cur = {present_collection_line(s, step)};
    return demo_event_caption(d, &cur, &ph);
}

const char *present_main_view(const demo *d, stream *s, uint64_t step)
{
    hv_event ph;
    if (stream_step_phase(s, step, &ph))
        return "gc";
    const char *v = d ? demo_setting(d, "view") : NULL;
    return v && present_view_ok(v) ? v : "graph";
}

int present_side_by_side(int cols, int rows)
{
    return cols >= PRESENT_WIDE_COLS && rows >= PRESENT_WIDE_ROWS;
}

int present_side_cols(int cols)
{
    return cols / 3;
}

int present_view_ok(const char *name)
{
    static const char *const ok[] = {"program", "graph", "heap", "gc", "stats", "timeline"};
    for (size_t i = 0; i < HV_COUNTOF(ok); i++)
        if (strcmp(name, ok[i]) == 0)
            return 1;
    return 0;
}

unsigned present_collection_line(stream *s, uint64_t step)
{
    hv_event ph;
    return stream_collection_first(s, step, &ph) ? ph.site : 0;   /* its first phase's site */
}

int present_stop_here(present *p, stream *s, uint64_t step)
{
    long i = present_caption(p->d, s, step);
    if (i < 0 || (size_t)i >= p->n || p->seen[i])
        return 0;
    p->seen[i] = 1;
    return 1;
}

void present_rewind(present *p)
{
    memset(p->seen, 0, p->n);
}

const char *present_theme(const char *requested, int presenting)
{
    const char *t = theme_choose(requested);
    return requested || !presenting || strcmp(t, "mono") == 0 ? t : "presenter";
}

void present_source_line(const char *src, unsigned line, buf *out)
{
    for (unsigned l = 1; src && *src && l < line; l++) {
        const char *nl = strchr(src, '\n');
        src = nl ? nl + 1 : NULL;
    }
    if (!src || line == 0)
        return;
    src += strspn(src, " \t");
    buf_add(out, src, strcspn(src, "\r\n"));
}

void present_printed(stream *s, uint64_t from, uint64_t to, buf *out)
{
    buf before = BUF_INIT, all = BUF_INIT;
    stream_output_upto(s, from, &before);
    stream_output_upto(s, to, &all);
    const char *p = buf_str(&all) + before.len;
    for (int first = 1; *p; first = 0) {
        size_t n = strcspn(p, "\n");
        if (!first && n)
            buf_adds(out, "  ");
        buf_add(out, p, n);
        p += n + (p[n] == '\n');
    }
    buf_free(&before);
    buf_free(&all);
}

/* ---- the box ---------------------------------------------------------------- */

void present_draw(canvas *cv, const theme *th, canvas_rect r, const present_text *t)
{
    canvas_style frame = theme_style(th, THEME_FRAME_FOCUS), text = theme_style(th, THEME_TEXT);
    canvas_fill(cv, r, " ", text);
    canvas_box(cv, r, CANVAS_HEAVY, frame);
    int x = r.x + 2, end = r.x + r.w - 2, y = r.y + 1, rows = r.h - 2;
    view_put(cv, x, r.y, end, " ", frame);
    const char *rest;                   /* a long line of code is cut, with "…" */
    size_t len = view_fit_line(t->header, end - x - 3, &rest);
    int hx = canvas_textn(cv, x + 1, r.y, t->header, len, end - x - 1, theme_style(th, THEME_TITLE));
    if (*rest)
        hx = view_put(cv, hx, r.y, end, "…", theme_style(th, THEME_TITLE));
    view_put(cv, hx, r.y, end, " ", frame);
    canvas_style cap = text;
    cap.attr |= CANVAS_BOLD;
    int used = 0, printed = t->printed && *t->printed;
    if (t->caption)
        used = view_wrap(cv, x, y, end, rows - printed - (t->narration && *t->narration), t->caption, cap, cap);
    if (used < rows && printed) {
        int px = view_put(cv, x, y + used, end, "printed: ", theme_style(th, THEME_TITLE));
        used += view_wrap(cv, px, y + used, end, 1, t->printed, text, text);
    }
    if (used < rows && t->narration) {
        int nx = view_put(cv, x, y + used, end, t->warning ? "! " : "» ",
                          theme_style(th, t->warning ? THEME_WARNING : THEME_TITLE));
        canvas_style ns = t->caption && !t->warning ? theme_style(th, THEME_MUTED) : cap;
        view_wrap(cv, nx, y + used, end, rows - used, t->narration, ns, ns);
    }
    view_put(cv, x, r.y + r.h - 1, end, " ", frame);
    int fx = view_put(cv, x + 1, r.y + r.h - 1, end, t->footer, theme_style(th, THEME_LEGEND));
    view_put(cv, fx, r.y + r.h - 1, end, " ", frame);
}
