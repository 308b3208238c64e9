/*
 * view_timeline.c — the timeline view (view_timeline.h).
 *
 * Only the rows on screen are counted (each step's events are scanned the
 * first time it is drawn, and remembered with the position it ended at:
 * a step of a million events costs its scan once, not on every frame), so
 * a long session costs no more than a short one.  The diff is recounted
 * only when its pair of steps changes, each side from a model at its step
 * (the one on screen, or one built from the nearest keyframe), counted as
 * `heapviz diff` counts (memtally_model).
 */
#include "view_timeline.h"

#include "memtally.h"
#include "present.h"
#include "stream.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { NO_STEP = -1, DIFF_MAX_ROWS = 8 };

typedef struct timeline_view {
    view_context ctx;
    int64_t sel;            /* selected step; NO_STEP: follow the current one */
    int64_t top;            /* first step shown */
    int rows;               /* step rows at the last draw */
    int first_y;            /* the screen row of step `top` at the last draw */
    int64_t from, to;       /* the diff's steps (NO_STEP: unset) */
    int64_t tallied[2];     /* the pair lines/types were counted for */
    char why[160];          /* why they could not be, "" if they were */
    memtally lines, types;
    map memo;               /* step + 1 → index in mem[] */
    struct step_mem {
        uint64_t end;       /* where the step ended when counted (a live step grows) */
        int64_t alloc, freed;
    } *mem;
    size_t nmem, memcap;
} timeline_view;

static canvas_style sty(const timeline_view *tv, enum theme_role r)
{
    return theme_style(tv->ctx.th, r);
}

static void *timeline_init(const view_context *ctx)
{
    timeline_view *tv = hv_calloc(1, sizeof *tv);
    tv->ctx = *ctx;
    tv->sel = tv->from = tv->to = NO_STEP;
    tv->tallied[0] = tv->tallied[1] = NO_STEP;
    return tv;
}

static void timeline_fini(void *v)
{
    timeline_view *tv = v;
    memtally_free(&tv->lines);
    memtally_free(&tv->types);
    map_free(&tv->memo);
    free(tv->mem);
    free(tv);
}

static int bookmarked(const view_session *ss, uint64_t step)
{
    for (size_t i = 0; i < ss->nbookmarks; i++)
        if (ss->bookmarks[i] == step)
            return 1;
    return 0;
}

/* Bytes allocated and freed by step's events (remembered in tv). */
static void step_memory(timeline_view *tv, const stream *s, uint64_t step, int64_t *alloc, int64_t *freed)
{
    uint64_t k, end = stream_step_end(s, step);
    if (map_get(&tv->memo, step + 1, &k) && tv->mem[k].end == end) {
        *alloc = tv->mem[k].alloc;
        *freed = tv->mem[k].freed;
        return;
    }
    if (!map_get(&tv->memo, step + 1, &k)) {
        hv_grow(&tv->mem, &tv->memcap, tv->nmem + 1, sizeof *tv->mem, 64);
        k = tv->nmem++;
        map_put(&tv->memo, step + 1, k);
    }
    stream_step_memory(s, step, alloc, freed);      /* summed as the events came */
    tv->mem[k] = (struct step_mem){end, *alloc, *freed};
}

/* The snapshots whose position is the end of step, joined by spaces. */
static void step_snapshots(const stream *s, uint64_t step, buf *out)
{
    stream_snap snaps[64];
    size_t n = stream_snapshots(s, snaps, HV_COUNTOF(snaps));
    for (size_t i = 0; i < n && i < HV_COUNTOF(snaps); i++)
        if (stream_step_of(s, snaps[i].pos) == step)
            buf_printf(out, " ◆ %s", snaps[i].name);
}

/* "console", "end of the script", or the collector phase a GC step runs
 * ("gc subtract_refs"). */
static void step_kind(const stream *s, uint64_t step, char *out, size_t n)
{
    uint64_t at = stream_step_begin(s, step);
    hv_event ev = stream_event(s, at), next = stream_event(s, at + 1);     /* past the end: EV_NONE */
    if (ev.u.step.what != STEP_GC_PHASE)
        snprintf(out, n, "%s", ev.u.step.what == STEP_CONSOLE ? "console"
                               : ev.u.step.what == STEP_END   ? "end of the script"
                                                              : "step");
    else if (next.kind == EV_GC_PHASE)
        snprintf(out, n, "gc %s", event_gc_phase_name(next.u.gc.to));
    else
        snprintf(out, n, "gc phase");
}

enum { LABEL_X = 10, LABEL_W = 28, LABEL_MAX_W = 60 };  /* "▶ %6llu  ", then what the step ran */

/* The label column: 28 columns, more on a wide screen (half of what is
 * past 100 columns, up to 60). */
static int label_width(int w)
{
    int lw = w > 100 ? LABEL_W + (w - 100) / 2 : LABEL_W;
    return lw < LABEL_MAX_W ? lw : LABEL_MAX_W;
}

/* What a step ran: "line 3: a = [1, 2, 3]" (its source, so the timeline
 * reads without the program beside it), "↩ line 6: …" (back from a call
 * to the statement that made it), "start", "console", "gc …". */
static void step_label(const stream *s, uint64_t step, buf *out)
{
    uint32_t ln = stream_step_line(s, step);
    if (ln) {
        hv_event ev = stream_event(s, stream_step_begin(s, step));
        buf_printf(out, "%sline %u: ", ev.u.step.what == STEP_RETURN ? "↩ " : "", ln);
        present_source_line(stream_source(s), ln, out);
    } else if (step == 0) {
        buf_adds(out, "start");
    } else {
        char k[40];
        step_kind(s, step, k, sizeof k);
        buf_adds(out, k);
    }
}

static void step_row(timeline_view *tv, canvas *cv, canvas_rect a, int y, uint64_t step, uint64_t cur)
{
    const stream *s = tv->ctx.session->stream;
    int end = a.x + a.w;
    int64_t al, fr;
    step_memory(tv, s, step, &al, &fr);
    char ab[16] = "", fb[16] = "", head[96];
    if (al)
        view_bytes(ab + 1, sizeof ab - 1, al), ab[0] = '+';
    if (fr)
        view_bytes(fb + 1, sizeof fb - 1, fr), fb[0] = '-';
    snprintf(head, sizeof head, "%s %6llu", step == cur ? "▶" : " ", (unsigned long long)step);
    view_put(cv, a.x, y, end, head, sty(tv, THEME_TEXT));
    buf label = BUF_INIT;
    step_label(s, step, &label);
    int lw = label_width(a.w), lend = a.x + LABEL_X + lw < end ? a.x + LABEL_X + lw : end;
    view_put_cut(cv, a.x + LABEL_X, y, lend, buf_str(&label), sty(tv, THEME_TEXT), sty(tv, THEME_MUTED));
    buf_free(&label);
    snprintf(head, sizeof head, " %7s %7s  %6llu ev", ab, fb,
             (unsigned long long)(stream_step_end(s, step) - stream_step_begin(s, step)));
    int x = view_put(cv, a.x + LABEL_X + lw, y, end, head, sty(tv, THEME_TEXT));
    if (bookmarked(tv->ctx.session, step))
        x = view_put(cv, x, y, end, " ★ bookmark", sty(tv, THEME_TITLE));
    buf snaps = BUF_INIT;
    step_snapshots(s, step, &snaps);
    x = view_put(cv, x, y, end, buf_str(&snaps), sty(tv, THEME_TITLE));
    buf_free(&snaps);
    if ((int64_t)step == tv->from || (int64_t)step == tv->to)
        view_put(cv, x, y, end, (int64_t)step == tv->from ? "  [from]" : "  [to]", sty(tv, THEME_MUTED));
    if ((int64_t)step == tv->sel)
        canvas_restyle(cv, (canvas_rect){a.x, y, a.w, 1}, sty(tv, THEME_SELECTION));
}

/* The columns' names, over them. */
static void column_heads(timeline_view *tv, canvas *cv, canvas_rect a, int y)
{
    char h[160];
    snprintf(h, sizeof h, "  %6s  %-*s %7s %7s  %9s", "step", label_width(a.w), "what it ran", "alloc", "freed",
             "events");
    view_put(cv, a.x, y, a.x + a.w, h, sty(tv, THEME_MUTED));
}

/* What is alive at the end of `step` into side: the stream's model if it
 * is there, else a model built from the nearest keyframe (stream_model_at:
 * what a far seek costs, not every event before the step). */
static void tally_step(timeline_view *tv, int64_t step, int side)
{
    stream *s = tv->ctx.session->stream;
    uint64_t pos = stream_step_end(s, (uint64_t)step);
    buf err = BUF_INIT;
    const model *m = stream_position(s) == pos ? stream_model(s) : NULL;
    model *own = m ? NULL : stream_model_at(s, pos, &err);
    if (m || own)
        memtally_model(&tv->lines, &tv->types, m ? m : own, stream_profile(s), side);
    snprintf(tv->why, sizeof tv->why, "%s", buf_str(&err));
    model_delete(own);
    buf_free(&err);
}

static void recount(timeline_view *tv)
{
    if (tv->tallied[0] == tv->from && tv->tallied[1] == tv->to)
        return;
    memtally_free(&tv->lines);
    memtally_free(&tv->types);
    tv->why[0] = 0;
    for (int side = 0; side < 2 && !tv->why[0]; side++)
        tally_step(tv, side ? tv->to : tv->from, side);
    memtally_sort_diff(&tv->lines);
    memtally_sort_diff(&tv->types);
    tv->tallied[0] = tv->from;
    tv->tallied[1] = tv->to;
}

/* One "KEY: size=… (+…), count=… (+…)" line per changed row, up to max. */
static int diff_rows(timeline_view *tv, canvas *cv, canvas_rect a, int y, const memtally *t, int by_type, int max)
{
    stream *s = tv->ctx.session->stream;
    int shown = 0;
    for (size_t i = 0; i < t->n && shown < max; i++) {
        const memtally_row *r = &t->rows[i];
        if (r->bytes[0] == r->bytes[1] && r->count[0] == r->count[1])
            continue;
        char key[64], sz[16], d[16], line[160];
        if (by_type)
            snprintf(key, sizeof key, "%s", stream_type_name(s, r->key));
        else
            snprintf(key, sizeof key, "%s:%llu", stream_name(s), (unsigned long long)r->key);
        view_bytes(sz, sizeof sz, r->bytes[1]);
        view_bytes(d, sizeof d, r->bytes[1] - r->bytes[0]);
        snprintf(line, sizeof line, "  %s: size=%s (%s%s), count=%lld (%+lld)", key, sz,
                 r->bytes[1] >= r->bytes[0] ? "+" : "", d, (long long)r->count[1],
                 (long long)(r->count[1] - r->count[0]));
        view_put(cv, a.x, y + shown++, a.x + a.w, line, sty(tv, THEME_TEXT));
    }
    if (!shown && max > 0)
        view_put(cv, a.x, y + shown++, a.x + a.w, "  no differences", sty(tv, THEME_MUTED));
    return shown;
}

static void draw_diff(timeline_view *tv, canvas *cv, canvas_rect a)
{
    canvas_hline(cv, a.x, a.y, a.w, CANVAS_LIGHT, sty(tv, THEME_FRAME));
    char title[96];
    if (tv->from == NO_STEP || tv->to == NO_STEP) {
        view_put(cv, a.x + 2, a.y, a.x + a.w, " diff: mark two steps with f and t ", sty(tv, THEME_TITLE));
        return;
    }
    snprintf(title, sizeof title, " diff: step %lld -> step %lld ", (long long)tv->from, (long long)tv->to);
    view_put(cv, a.x + 2, a.y, a.x + a.w, title, sty(tv, THEME_TITLE));
    recount(tv);
    int y = a.y + 1, half = (a.h - 3) / 2;
    if (tv->why[0]) {
        view_put(cv, a.x, y, a.x + a.w, tv->why, sty(tv, THEME_MUTED));
        return;
    }
    view_put(cv, a.x, y++, a.x + a.w, "by type (objects alive, sys.getsizeof now):", sty(tv, THEME_LEGEND));
    y += diff_rows(tv, cv, a, y, &tv->types, 1, half < DIFF_MAX_ROWS ? half : DIFF_MAX_ROWS);
    view_put(cv, a.x, y++, a.x + a.w, "by line (blocks allocated, as tracemalloc traces them):", sty(tv, THEME_LEGEND));
    diff_rows(tv, cv, a, y, &tv->lines, 0, a.y + a.h - y);
}

static void timeline_draw(void *v, canvas *cv, canvas_rect a)
{
    timeline_view *tv = v;
    canvas_fill(cv, a, " ", sty(tv, THEME_TEXT));
    if (!tv->ctx.session || !tv->ctx.session->stream) {
        view_put(cv, a.x + 1, a.y, a.x + a.w, "no session: the timeline needs recorded steps", sty(tv, THEME_MUTED));
        return;
    }
    const stream *s = tv->ctx.session->stream;
    uint64_t n = stream_steps(s), cur = stream_step_of(s, stream_position(s));
    int diff_h = a.h >= 16 ? a.h * 2 / 5 : (a.h >= 6 ? 1 : 0);
    int heads = a.h - 1 - diff_h > 4;       /* a row naming the columns, when there is room */
    tv->rows = a.h - 1 - heads - diff_h;
    tv->first_y = a.y + 1 + heads;
    char head[128];
    snprintf(head, sizeof head, "%llu steps · %llu events · Enter: go to the step · f/t: diff from/to",
             (unsigned long long)n, (unsigned long long)stream_events(s));
    view_put(cv, a.x + 1, a.y, a.x + a.w, head, sty(tv, THEME_LEGEND));
    int64_t focus = tv->sel == NO_STEP ? (int64_t)cur : tv->sel;
    if (focus < tv->top || focus >= tv->top + tv->rows)
        tv->top = focus - tv->rows / 2;
    if (tv->top > (int64_t)n + 1 - tv->rows)
        tv->top = (int64_t)n + 1 - tv->rows;
    if (tv->top < 0)
        tv->top = 0;
    if (heads)
        column_heads(tv, cv, a, a.y + 1);
    for (int r = 0; r < tv->rows && (uint64_t)(tv->top + r) <= n; r++)
        step_row(tv, cv, a, tv->first_y + r, (uint64_t)(tv->top + r), cur);
    if (diff_h)
        draw_diff(tv, cv, (canvas_rect){a.x, a.y + a.h - diff_h, a.w, diff_h});
}

static unsigned move_sel(timeline_view *tv, int64_t by)
{
    const stream *s = tv->ctx.session->stream;
    int64_t n = (int64_t)stream_steps(s);
    int64_t was = tv->sel == NO_STEP ? (int64_t)stream_step_of(s, stream_position(s)) : tv->sel;
    int64_t to = was + by < 0 ? 0 : (was + by > n ? n : was + by);
    tv->sel = to;
    return to == was ? VIEW_HANDLED | VIEW_BELL : VIEW_HANDLED | VIEW_REDRAW;
}

static unsigned text_key(timeline_view *tv, const char *t)
{
    if (strcmp(t, "k") == 0 || strcmp(t, "j") == 0)
        return move_sel(tv, t[0] == 'k' ? -1 : 1);
    if (strcmp(t, "f") != 0 && strcmp(t, "t") != 0)
        return VIEW_IGNORED;
    const stream *s = tv->ctx.session->stream;
    int64_t step = tv->sel == NO_STEP ? (int64_t)stream_step_of(s, stream_position(s)) : tv->sel;
    *(t[0] == 'f' ? &tv->from : &tv->to) = step;
    return VIEW_HANDLED | VIEW_REDRAW;
}

static unsigned go_selected(timeline_view *tv)
{
    if (tv->sel == NO_STEP)
        return VIEW_HANDLED | VIEW_BELL;
    tv->ctx.session->request = stream_step_end(tv->ctx.session->stream, (uint64_t)tv->sel);
    tv->sel = NO_STEP;
    return VIEW_HANDLED | VIEW_REDRAW | VIEW_GOTO;
}

/* A click selects a step; a click on the selection goes there. */
static unsigned click(timeline_view *tv, const backend_event *ev)
{
    int64_t step = tv->top + (ev->y - tv->first_y);
    if (ev->mouse != BMOUSE_PRESS || ev->y < tv->first_y || ev->y >= tv->first_y + tv->rows ||
        step > (int64_t)stream_steps(tv->ctx.session->stream))
        return VIEW_IGNORED;
    if (step == tv->sel)
        return go_selected(tv);
    tv->sel = step;
    return VIEW_HANDLED | VIEW_REDRAW;
}

static unsigned timeline_key(void *v, const backend_event *ev)
{
    timeline_view *tv = v;
    if (!tv->ctx.session || !tv->ctx.session->stream)
        return VIEW_IGNORED;
    int page = tv->rows > 1 ? tv->rows - 1 : 1;
    if (ev->type == BEV_MOUSE && (ev->mouse == BMOUSE_WHEEL_UP || ev->mouse == BMOUSE_WHEEL_DOWN))
        return move_sel(tv, ev->mouse == BMOUSE_WHEEL_UP ? -3 : 3);
    if (ev->type == BEV_MOUSE)
        return click(tv, ev);
    if (ev->type != BEV_KEY)
        return VIEW_IGNORED;
    switch (ev->key) {
    case BKEY_UP: return move_sel(tv, -1);
    case BKEY_DOWN: return move_sel(tv, 1);
    case BKEY_PAGEUP: return move_sel(tv, -page);
    case BKEY_PAGEDOWN: return move_sel(tv, page);
    case BKEY_HOME: return move_sel(tv, INT32_MIN);
    case BKEY_END: return move_sel(tv, INT32_MAX);
    case BKEY_ENTER:
        return go_selected(tv);
    case BKEY_TEXT:
        return ev->mod == 0 ? text_key(tv, ev->text) : VIEW_IGNORED;
    default:
        return VIEW_IGNORED;
    }
}

static void timeline_resize(void *v, int cols, int rows)
{
    (void)v;
    (void)cols;
    (void)rows;
}

const view_ops view_timeline_ops = {"timeline", timeline_init, timeline_fini, timeline_draw, timeline_key,
                                    timeline_resize};
