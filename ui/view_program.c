/*
 * view_program.c — the program view (view_program.h).
 *
 * The area splits, top to bottom, into the source (at least half), the
 * output under an "output" rule, and the console rows (live mode).  Per
 * line memory is recounted from the events when the position changes.
 */
#include "view_program.h"

#include "console.h"
#include "memtally.h"
#include "stream.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct program_view {
    view_context ctx;
    int follow;             /* keep the current line in sight */
    int top;                /* first source line shown (0-based) when not following */
    int src_rows;           /* source rows at the last draw */
    int out_rows;           /* output rows at the last draw */
    int out_back;           /* output lines scrolled back from the end (PgUp at the console) */
    size_t out_lines;       /* output lines at the last draw: more output follows the end again */
    memtally mem;           /* per line: allocated [0], freed [1] */
    uint64_t mem_pos;       /* position mem was counted at (+1; 0: never) */
    const stream *mem_stream;
} program_view;

typedef struct text_line {
    const char *p;          /* the line's start */
    size_t len;             /* without its newline */
} text_line;

typedef struct text_lines {
    text_line *l;
    size_t n, cap;
} text_lines;

/* Splits s at newlines (a final newline ends the last line). */
static void split_lines(const char *s, text_lines *t)
{
    while (*s) {
        const char *nl = strchr(s, '\n');
        size_t n = nl ? (size_t)(nl - s) : strlen(s);
        hv_grow(&t->l, &t->cap, t->n + 1, sizeof *t->l, 64);
        t->l[t->n++] = (text_line){s, n && s[n - 1] == '\r' ? n - 1 : n};
        s += n + (nl != NULL);
    }
}

static void lines_free(text_lines *t)
{
    free(t->l);
}

static canvas_style sty(const program_view *pv, enum theme_role r)
{
    return theme_style(pv->ctx.th, r);
}

static void *program_init(const view_context *ctx)
{
    program_view *pv = hv_calloc(1, sizeof *pv);
    pv->ctx = *ctx;
    pv->follow = 1;
    return pv;
}

static void program_fini(void *v)
{
    program_view *pv = v;
    memtally_free(&pv->mem);
    free(pv);
}

static void count_memory(program_view *pv, const stream *s, uint64_t pos)
{
    if (pos > stream_events(s))
        pos = stream_events(s);
    if (pv->mem_pos == pos + 1 && pv->mem_stream == s)
        return;
    uint64_t was = pv->mem_pos - 1;     /* valid when mem_pos and same stream */
    if (pv->mem_pos && pv->mem_stream == s && pos > was) {
        memtally_by_site_range(&pv->mem, s, was, pos, 1);
    } else if (pv->mem_pos && pv->mem_stream == s && was - pos < pos) {
        memtally_by_site_range(&pv->mem, s, pos, was, -1);
    } else {
        memtally_free(&pv->mem);
        memtally_by_site(&pv->mem, s, pos);
    }
    pv->mem_pos = pos + 1;
    pv->mem_stream = s;
}

/* "+1.2K" in w columns, right-aligned; blank for 0. */
static void mem_cell(char *out, size_t n, int64_t bytes, char sign)
{
    if (!bytes || n < 2) {
        if (n)
            out[0] = 0;
        return;
    }
    out[0] = sign;
    view_bytes(out + 1, n - 1, bytes);
}

static int digits(size_t n)
{
    int d = 1;
    while (n >= 10) {
        n /= 10;
        d++;
    }
    return d;
}

/* A source row: cur is the step's line (▶, highlighted), at another line
 * the event just applied was charged to (›: stepping event by event
 * through a statement written over several lines) or, in a collector's
 * phase, the statement that started the collection; 0: none. */
static void source_row(program_view *pv, canvas *cv, canvas_rect a, int y, const text_lines *src, size_t i,
                       uint32_t cur, uint32_t at)
{
    int end = a.x + a.w, nd = digits(src->n), wide = a.w >= 48;
    const memtally_row *m = memtally_find(&pv->mem, i + 1);
    char num[32], al[16] = "", fr[16] = "";
    if (m) {
        mem_cell(al, sizeof al, m->bytes[0], '+');
        mem_cell(fr, sizeof fr, m->bytes[1], '-');
    }
    int is_cur = cur == i + 1;
    int x = view_put(cv, a.x, y, end, is_cur ? "▶ " : at == i + 1 ? "› " : "  ", sty(pv, THEME_SELECTION));
    int len = snprintf(num, sizeof num, "%zu ", i + 1);
    x = view_put(cv, x + nd + 1 - len, y, end, num, sty(pv, THEME_MUTED));
    char memcol[40];
    snprintf(memcol, sizeof memcol, wide ? "%6s %6s" : "%6s", al, fr);
    x = view_put(cv, x, y, end, memcol, sty(pv, THEME_TEXT));
    x = view_put(cv, x, y, end, " │ ", sty(pv, THEME_FRAME));
    if (x < end)
        canvas_textn(cv, x, y, src->l[i].p, src->l[i].len, end - x, sty(pv, THEME_TEXT));
    if (is_cur)
        canvas_restyle(cv, (canvas_rect){a.x, y, a.w, 1}, sty(pv, THEME_SELECTION));
}

static void draw_source(program_view *pv, canvas *cv, canvas_rect a, const stream *s, uint32_t cur, uint32_t at)
{
    text_lines src = {0};
    split_lines(stream_source(s), &src);
    pv->src_rows = a.h;
    if (src.n == 0) {
        view_put(cv, a.x + 2, a.y, a.x + a.w, stream_is_live(s) ? "no script: type Python at the >>> prompt"
                                                                 : "no source recorded",
                 sty(pv, THEME_MUTED));
        lines_free(&src);
        return;
    }
    uint32_t shown = cur ? cur : at;
    if (pv->follow && shown) {
        if ((int)shown - 1 < pv->top || (int)shown - 1 >= pv->top + a.h)
            pv->top = (int)shown - 1 - a.h / 3;
    }
    if (pv->top > (int)src.n - a.h)
        pv->top = (int)src.n - a.h;
    if (pv->top < 0)
        pv->top = 0;
    for (int r = 0; r < a.h && (size_t)(pv->top + r) < src.n; r++)
        source_row(pv, cv, a, a.y + r, &src, (size_t)(pv->top + r), cur, at);
    lines_free(&src);
}

static void draw_output(program_view *pv, canvas *cv, canvas_rect a, const stream *s, uint64_t pos)
{
    canvas_hline(cv, a.x, a.y, a.w, CANVAS_LIGHT, sty(pv, THEME_FRAME));
    view_put(cv, a.x + 2, a.y, a.x + a.w, " output ", sty(pv, THEME_TITLE));
    buf out = BUF_INIT;
    stream_output_upto(s, pos, &out);
    text_lines t = {0};
    split_lines(buf_str(&out), &t);
    int rows = a.h - 1;
    if (t.n != pv->out_lines)
        pv->out_back = 0;
    pv->out_lines = t.n;
    pv->out_rows = rows;
    size_t back = t.n > (size_t)rows ? t.n - (size_t)rows : 0;
    if ((size_t)pv->out_back > back)
        pv->out_back = (int)back;
    size_t first = back - (size_t)pv->out_back;
    if (pv->out_back) {                     /* scrolled back: says how far, and the way down */
        char h[64];
        snprintf(h, sizeof h, " output: %d line%s back (PgDn) ", pv->out_back, pv->out_back == 1 ? "" : "s");
        view_put(cv, a.x + 2, a.y, a.x + a.w, h, sty(pv, THEME_TITLE));
    }
    for (size_t i = first; i < t.n && i < first + (size_t)rows; i++)
        canvas_textn(cv, a.x + 1, a.y + 1 + (int)(i - first), t.l[i].p, t.l[i].len, a.w - 1, sty(pv, THEME_TEXT));
    if (t.n == 0 && rows > 0)
        view_put(cv, a.x + 1, a.y + 1, a.x + a.w, "(nothing printed yet)", sty(pv, THEME_MUTED));
    lines_free(&t);
    buf_free(&out);
}

/* The console's rows: earlier lines of the block, then the prompt line. */
static int console_rows(const view_session *ss)
{
    if (!ss->console)
        return 0;
    int n = 1 + (ss->note != NULL);
    for (const char *b = console_block(ss->console); b && *b; b++)
        n += *b == '\n';
    return n;
}

/* The byte where the console line starts on screen: 0 when the text up to
 * the cursor fits in cols with a column left for the cursor, else past as
 * many characters as a "…" and the cursor need (a long line scrolls, so
 * what is typed stays in sight). */
static size_t line_start(const char *line, size_t cursor, int cols)
{
    int w = 0;
    for (size_t i = 0; i < cursor;) {
        uint32_t cp;
        i += canvas_utf8_decode(line + i, cursor - i, &cp);
        w += canvas_char_width(cp);
    }
    size_t from = 0;
    if (w < cols)
        return 0;
    while (from < cursor && w > cols - 2) {
        uint32_t cp;
        from += canvas_utf8_decode(line + from, cursor - from, &cp);
        w -= canvas_char_width(cp);
    }
    return from;
}

static void draw_console(program_view *pv, canvas *cv, canvas_rect a, const view_session *ss)
{
    int y = a.y, end = a.x + a.w;
    if (ss->note)
        view_put(cv, a.x + 1, y++, end, ss->note, sty(pv, THEME_MUTED));
    text_lines blk = {0};
    split_lines(console_block(ss->console) ? console_block(ss->console) : "", &blk);
    size_t room = a.y + a.h - 1 > y ? (size_t)(a.y + a.h - 1 - y) : 0, i = 0;
    if (blk.n > room && room) {             /* a long block: its last lines, next to the one typed */
        view_put(cv, a.x, y++, end, "... …", sty(pv, THEME_MUTED));
        i = blk.n - room + 1;
    }
    for (; i < blk.n && y < a.y + a.h - 1; i++, y++) {
        int x = view_put(cv, a.x, y, end, i ? "... " : ">>> ", sty(pv, THEME_MUTED));
        canvas_textn(cv, x, y, blk.l[i].p, blk.l[i].len, end - x, sty(pv, THEME_TEXT));
    }
    lines_free(&blk);
    const char *line = console_line(ss->console);
    size_t cursor = console_cursor(ss->console);
    int x = view_put(cv, a.x, y, end, console_prompt(ss->console), sty(pv, THEME_TITLE));
    size_t from = line_start(line, cursor, end - x);
    if (from)                               /* scrolled: the start is cut, and says so */
        x = view_put(cv, x, y, end, "…", sty(pv, THEME_MUTED));
    int cx = canvas_textn(cv, x, y, line + from, cursor - from, end - x, sty(pv, THEME_TEXT));
    view_put(cv, cx, y, end, line + cursor, sty(pv, THEME_TEXT));
    if (ss->console_active && cx < end) {
        canvas_style cur = sty(pv, THEME_TEXT);
        cur.attr |= CANVAS_REVERSE;
        const canvas_cell *c = canvas_cell_at(cv, cx, y);
        if (c && c->text[0] && c->text[0] != ' ')
            canvas_restyle(cv, (canvas_rect){cx, y, 1, 1}, cur);
        else
            canvas_text(cv, cx, y, " ", cur);
    }
}

static void program_draw(void *v, canvas *cv, canvas_rect a)
{
    program_view *pv = v;
    canvas_fill(cv, a, " ", sty(pv, THEME_TEXT));
    view_session *ss = pv->ctx.session;
    if (!ss || !ss->stream) {
        view_put(cv, a.x + 1, a.y, a.x + a.w, "no program: open a recorded session (--session ID)",
                 sty(pv, THEME_MUTED));
        return;
    }
    stream *s = ss->stream;
    uint64_t pos = ss->running ? stream_events(s) : stream_position(s);     /* running: the live end */
    uint64_t step = stream_step_of(s, pos);
    uint32_t cur = stream_step_line(s, step);
    uint32_t at = cur ? 0 : stream_step_gc_line(s, step);   /* a collection: the statement that started it */
    if (!ss->running && pos && pos != stream_step_end(s, step)) {   /* between two events of a step */
        hv_event ev = stream_event(s, pos - 1);
        if (ev.site != cur)
            at = ev.site;
    }
    if (pv->follow && step == 0)
        pv->top = 0;                        /* nothing has run: the script from its start */
    count_memory(pv, s, pos);
    int con = console_rows(ss);
    if (con > a.h - 2)
        con = a.h - 2 > 0 ? a.h - 2 : 0;
    int rest = a.h - con, out = rest >= 8 ? rest * 2 / 5 : 0;
    if (!stream_source(s)[0] && rest >= 3)
        out = rest - 1;                     /* the console alone: a row for its hint, the rest for output */
    draw_source(pv, cv, (canvas_rect){a.x, a.y, a.w, rest - out}, s, cur, at);
    if (out)
        draw_output(pv, cv, (canvas_rect){a.x, a.y + rest - out, a.w, out}, s, pos);
    if (con)
        draw_console(pv, cv, (canvas_rect){a.x, a.y + rest, a.w, con}, ss);
}

static unsigned scroll(program_view *pv, int by)
{
    pv->follow = 0;
    pv->top += by;
    if (pv->top < 0) {
        pv->top = 0;
        return VIEW_HANDLED | VIEW_REDRAW | VIEW_BELL;
    }
    return VIEW_HANDLED | VIEW_REDRAW;
}

/* PgUp / PgDn at the console: the output a page back or on (draw clamps
 * it to what there is; new output brings it back to the end). */
static unsigned scroll_output(program_view *pv, int up)
{
    int page = pv->out_rows > 1 ? pv->out_rows - 1 : 1;
    size_t back = pv->out_lines > (size_t)pv->out_rows ? pv->out_lines - (size_t)pv->out_rows : 0;
    if ((up && (size_t)pv->out_back >= back) || (!up && pv->out_back == 0))
        return VIEW_HANDLED | VIEW_BELL;
    pv->out_back += up ? page : -page;
    if (pv->out_back < 0)
        pv->out_back = 0;
    if ((size_t)pv->out_back > back)
        pv->out_back = (int)back;
    return VIEW_HANDLED | VIEW_REDRAW;
}

static unsigned program_key(void *v, const backend_event *ev)
{
    program_view *pv = v;
    if (ev->type == BEV_MOUSE) {
        if (ev->mouse == BMOUSE_WHEEL_UP || ev->mouse == BMOUSE_WHEEL_DOWN)
            return scroll(pv, ev->mouse == BMOUSE_WHEEL_UP ? -3 : 3);
        return VIEW_IGNORED;
    }
    if (ev->type != BEV_KEY)
        return VIEW_IGNORED;
    const view_session *ss = pv->ctx.session;
    if (ss && ss->console_active && (ev->key == BKEY_PAGEUP || ev->key == BKEY_PAGEDOWN))
        return scroll_output(pv, ev->key == BKEY_PAGEUP);
    int page = pv->src_rows > 1 ? pv->src_rows - 1 : 1;
    switch (ev->key) {
    case BKEY_UP: return scroll(pv, -1);
    case BKEY_DOWN: return scroll(pv, 1);
    case BKEY_PAGEUP: return scroll(pv, -page);
    case BKEY_PAGEDOWN: return scroll(pv, page);
    case BKEY_HOME:
        pv->follow = 1;
        return VIEW_HANDLED | VIEW_REDRAW;
    case BKEY_TEXT:
        if (ev->mod == 0 && (strcmp(ev->text, "k") == 0 || strcmp(ev->text, "j") == 0))
            return scroll(pv, ev->text[0] == 'k' ? -1 : 1);
        return VIEW_IGNORED;
    default:
        return VIEW_IGNORED;
    }
}

static void program_resize(void *v, int cols, int rows)
{
    (void)v;
    (void)cols;
    (void)rows;
}

const view_ops view_program_ops = {"program", program_init, program_fini, program_draw, program_key, program_resize};
