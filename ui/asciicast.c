/*
 * asciicast.c — a recorded session as an asciicast v2 file (asciicast.h).
 *
 *   replay_scan ──▶ line of each step
 *   for step 0 … last:  replay_seek(end of step) ──▶ heap view + status +
 *        narration ──▶ canvas ──▶ changed rows as escape sequences ──▶
 *        [time, "o", "…"] (JSON)
 *
 * This file writes terminal escape sequences into a file, never to a
 * terminal: it is the export's own small "backend", kept to cursor
 * positioning, SGR and the hide/show cursor pair every player knows.
 */
#include "asciicast.h"

#include "backend.h"
#include "session.h"
#include "store.h"
#include "store_cmds.h"
#include "view.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum {
    MIN_COLS = 40, MIN_ROWS = 10,
    DEFAULT_COLS = 120, DEFAULT_ROWS = 40,
    STEP_MS_MAX = 500, STEP_MS_MIN = 50,
    TOTAL_MS = 120000,      /* a long session is squeezed into about this */
    CAPTION_HOLD_MS = 2500,
    NARRATION_ROWS = 2,
};

#define LINE_END UINT32_MAX     /* a step at no line: the script's end */

typedef struct cast {
    const asciicast_options *opt;
    replay *r;
    uint32_t *lines;        /* the line of each step (index: step number);
                               LINE_END: the script's end (STEP_END) */
    uint8_t *phases;        /* a collector phase's step: 1 + the phase; else 0 */
    long *captions;         /* the caption a step brings up, or -1 */
    uint64_t scanned;       /* while scanning: the step the events belong to */
    demo_cursor cur;
    uint64_t nsteps;        /* the last step shown */
    uint64_t total;         /* the last step recorded */
    canvas *cv;
    void *view;             /* the heap view */
    const view_ops *vops;
    const char *caption;    /* the narration shown */
    buf frame;              /* one event's data */
    uint64_t ms;            /* the clock */
} cast;

/* ---- JSON ------------------------------------------------------------------ */

void asciicast_json_string(buf *out, const char *s, size_t n)
{
    buf_addc(out, '"');
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\') {
            buf_addc(out, '\\');
            buf_addc(out, (char)c);
            i++;
        } else if (c == '\n') {
            buf_adds(out, "\\n"), i++;
        } else if (c == '\r') {
            buf_adds(out, "\\r"), i++;
        } else if (c == '\t') {
            buf_adds(out, "\\t"), i++;
        } else if (c < 0x20 || c == 0x7f) {
            buf_printf(out, "\\u%04x", c), i++;
        } else {
            uint32_t cp;
            size_t len = canvas_utf8_decode(s + i, n - i, &cp);
            if (cp == 0xfffd && len == 1)
                buf_adds(out, "\\ufffd");   /* not UTF-8 */
            else
                buf_add(out, s + i, len);
            i += len;
        }
    }
    buf_addc(out, '"');
}

static void add_event(buf *out, uint64_t ms, const buf *data)
{
    buf_printf(out, "[%llu.%03u, \"o\", ", (unsigned long long)(ms / 1000), (unsigned)(ms % 1000));
    asciicast_json_string(out, data->data ? data->data : "", data->len);
    buf_adds(out, "]\n");
}

static void add_header(buf *out, const asciicast_options *opt)
{
    buf_printf(out, "{\"version\": 2, \"width\": %d, \"height\": %d, \"timestamp\": %lld, \"title\": ",
               opt->cols, opt->rows, (long long)opt->timestamp);
    asciicast_json_string(out, opt->title, strlen(opt->title));
    buf_adds(out, ", \"env\": {\"TERM\": \"xterm-256color\", \"SHELL\": \"/bin/sh\"}}\n");
}

/* ---- escape sequences ----------------------------------------------------- */

static void add_sgr(buf *b, const canvas_cell *c, const canvas_palette *p)
{
    buf_adds(b, "\x1b[0");
    if (c->attr & CANVAS_BOLD)
        buf_adds(b, ";1");
    if (c->attr & CANVAS_DIM)
        buf_adds(b, ";2");
    if (c->attr & CANVAS_UNDERLINE)
        buf_adds(b, ";4");
    if (c->attr & CANVAS_REVERSE)
        buf_adds(b, ";7");
    int fg = canvas_palette_resolve(p, c->fg, 256), bg = canvas_palette_resolve(p, c->bg, 256);
    if (fg >= 0)
        buf_printf(b, ";38;5;%d", fg);
    if (bg >= 0)
        buf_printf(b, ";48;5;%d", bg);
    buf_addc(b, 'm');
}

static int same_style(const canvas_cell *a, const canvas_cell *b)
{
    return a->fg == b->fg && a->bg == b->bg && a->attr == b->attr;
}

/* Row y of cv: cursor to its start, then its cells with style changes. */
static void add_row(buf *b, const canvas *cv, int y, const canvas_palette *p)
{
    const canvas_cell *row = canvas_row(cv, y), *prev = NULL;
    buf_printf(b, "\x1b[%d;1H", y + 1);
    for (int x = 0; x < canvas_cols(cv); x++) {
        const canvas_cell *c = &row[x];
        if (c->width == 0)
            continue;       /* a wide character's right half */
        if (!prev || !same_style(prev, c))
            add_sgr(b, c, p);
        buf_adds(b, c->text[0] ? c->text : " ");
        prev = c;
    }
    buf_adds(b, "\x1b[0m");
}

/* ---- one frame -------------------------------------------------------------- */

static void draw_frame(cast *c, uint64_t step)
{
    const asciicast_options *o = c->opt;
    int cols = o->cols, rows = o->rows, map_rows = rows - 1 - NARRATION_ROWS;
    canvas_clear(c->cv, theme_style(o->th, THEME_TEXT));
    c->vops->draw(c->view, c->cv, (canvas_rect){0, 0, cols, map_rows});
    canvas_style status = theme_style(o->th, THEME_STATUS);
    canvas_fill(c->cv, (canvas_rect){0, map_rows, cols, 1}, " ", status);
    if (step == 0)
        canvas_printf(c->cv, 1, map_rows, status, "step 0/%llu  before the first statement  %s",
                      (unsigned long long)c->total, o->session);
    else if (c->phases[step] && (c->lines[step] == 0 || c->lines[step] == LINE_END))
        canvas_printf(c->cv, 1, map_rows, status, "step %llu/%llu  gc: %s  %s", (unsigned long long)step,
                      (unsigned long long)c->total, event_gc_phase_name(c->phases[step] - 1u), o->session);
    else if (c->phases[step])
        canvas_printf(c->cv, 1, map_rows, status, "step %llu/%llu  line %u  gc: %s  %s", (unsigned long long)step,
                      (unsigned long long)c->total, (unsigned)c->lines[step],
                      event_gc_phase_name(c->phases[step] - 1u), o->session);
    else if (c->lines[step] == LINE_END)
        canvas_printf(c->cv, 1, map_rows, status, "step %llu/%llu  the end of the script  %s",
                      (unsigned long long)step, (unsigned long long)c->total, o->session);
    else
        canvas_printf(c->cv, 1, map_rows, status, "step %llu/%llu  line %u  %s", (unsigned long long)step,
                      (unsigned long long)c->total, (unsigned)c->lines[step], o->session);
    if (c->caption)
        view_wrap(c->cv, 0, map_rows + 1, cols, NARRATION_ROWS, c->caption, theme_style(o->th, THEME_TEXT),
                  theme_style(o->th, THEME_TITLE));
}

/* The changed rows of the canvas as one event at the clock's time. */
static void emit_frame(cast *c, buf *out, int first)
{
    buf_clear(&c->frame);
    if (first)
        buf_adds(&c->frame, "\x1b[?25l\x1b[H\x1b[2J");
    for (int y = 0; y < canvas_rows(c->cv); y++)
        if (canvas_row_changed(c->cv, y))
            add_row(&c->frame, c->cv, y, theme_palette(c->opt->th));
    canvas_presented(c->cv);
    if (c->frame.len)
        add_event(out, c->ms, &c->frame);
}

/* ---- the whole cast ---------------------------------------------------------- */

/* Per step: its line, its collector phase, the caption it brings up. */
static void note_step(void *ud, const hv_event *ev)
{
    cast *c = ud;
    if (ev->kind == EV_STEP)
        c->scanned = ev->u.step.number;
    if (c->scanned > c->nsteps)
        return;
    if (ev->kind == EV_STEP)
        c->lines[c->scanned] = ev->u.step.what == STEP_END ? LINE_END : ev->site;
    if (ev->kind == EV_GC_PHASE)
        c->phases[c->scanned] = (uint8_t)(ev->u.gc.to + 1);
    long ci = c->opt->captions ? demo_event_caption(c->opt->captions, &c->cur, ev) : -1;
    if (ci >= 0 && c->captions[c->scanned] < 0)
        c->captions[c->scanned] = ci;
}

/* How long a step stays on screen. */
static uint64_t step_ms(uint64_t nsteps)
{
    uint64_t ms = nsteps ? TOTAL_MS / nsteps : STEP_MS_MAX;
    return ms > STEP_MS_MAX ? STEP_MS_MAX : ms < STEP_MS_MIN ? STEP_MS_MIN : ms;
}

/* Frames for steps 0 … last; the caption of a step's line replaces the
 * narration, and a caption not seen before holds the screen longer. */
static int write_steps(cast *c, buf *out, buf *err)
{
    unsigned char *seen = hv_calloc(c->opt->captions ? demo_ncaptions(c->opt->captions) + 1 : 1, 1);
    uint64_t dt = step_ms(c->nsteps);
    int rc = 0;
    for (uint64_t s = 0; s <= c->nsteps && !rc; s++) {
        uint64_t pos;
        if ((rc = replay_step_end(c->r, s, &pos, err) || replay_seek(c->r, pos, err) ? -1 : 0))
            break;
        long ci = c->captions[s];
        if (ci >= 0)
            c->caption = demo_caption_get(c->opt->captions, (size_t)ci)->text;
        draw_frame(c, s);
        emit_frame(c, out, s == 0);
        c->ms += dt;
        if (ci >= 0 && !seen[ci]) {
            seen[ci] = 1;
            c->ms += CAPTION_HOLD_MS;
        }
    }
    free(seen);
    return rc;
}

/* Every frame, between the header and the closing event. */
static int render_all(cast *c, buf *out, buf *err)
{
    const asciicast_options *opt = c->opt;
    replay *r = c->r;
    view_context ctx = {replay_model(r), replay_profile(r), opt->th, NULL};
    c->view = c->vops->init(&ctx);
    c->vops->resize(c->view, opt->cols, opt->rows - 1 - NARRATION_ROWS);
    c->cv = canvas_new(opt->cols, opt->rows);
    add_header(out, opt);
    int rc = write_steps(c, out, err);
    if (!rc) {
        buf_clear(&c->frame);
        /* the cursor back, on the last row: no newline, which would
         * scroll the last frame's top row away in a player */
        buf_printf(&c->frame, "\x1b[%d;1H\x1b[0m\x1b[?25h", opt->rows);
        add_event(out, c->ms, &c->frame);
    }
    c->vops->fini(c->view);
    canvas_delete(c->cv);
    buf_free(&c->frame);
    return rc;
}

int asciicast_write(replay *r, const asciicast_options *opt, buf *out, buf *err)
{
    cast c = {.opt = opt, .r = r, .nsteps = replay_last_step(r), .total = replay_last_step(r),
              .vops = view_find("heap")};
    if (opt->until < c.nsteps)
        c.nsteps = opt->until;
    c.lines = hv_calloc(c.nsteps + 1, sizeof *c.lines);
    c.phases = hv_calloc(c.nsteps + 1, 1);
    c.captions = hv_calloc(c.nsteps + 1, sizeof *c.captions);
    for (uint64_t s = 0; s <= c.nsteps; s++)
        c.captions[s] = -1;
    int rc = replay_scan(r, 0, replay_events(r), note_step, &c, err);
    if (!rc)
        rc = render_all(&c, out, err);
    free(c.lines);
    free(c.phases);
    free(c.captions);
    return rc;
}

/* ---- the command ---------------------------------------------------------------- */

typedef struct source {
    store *st;
    session_row row;
    replay *r;
    demo *captions;
    theme *th;
} source;

static void source_close(source *s)
{
    demo_free(s->captions);
    theme_delete(s->th);
    if (s->r)
        replay_keep_keyframes(s->r, NULL);  /* a cache for the next replay: no error if it cannot */
    replay_close(s->r);
    session_row_clear(&s->row);
    store_close(s->st);
}

/* Opens the database, the session, its replay, its captions and the theme;
 * -1 with a one-line reason in err. */
static int source_open(const cli_opts *o, source *s, buf *err)
{
    buf path = BUF_INIT, text = BUF_INIT;
    char why[256];
    memset(s, 0, sizeof *s);
    if (o->db)
        buf_adds(&path, o->db);
    int rc = !(o->db || store_default_path(&path, err) == 0) ||
             !(s->st = store_open(buf_str(&path), STORE_READ, NULL, err)) ||
             session_find(s->st, o->session, &s->row, err) ||
             !(s->r = replay_open(s->st, s->row.id, err)) || session_source(s->st, s->row.id, &text, err);
    if (!rc) {
        s->captions = demo_parse(s->row.name, buf_str(&text), text.len);
        if (!(s->th = theme_load(theme_choose(o->theme), why, sizeof why)))
            buf_adds(err, why), rc = 1;
    }
    buf_free(&path);
    buf_free(&text);
    return rc ? -1 : 0;
}

/* The step `at` names (NULL: all of them) in *step. */
static int last_step(source *s, const char *at, uint64_t *step, buf *err)
{
    uint64_t pos, end;
    *step = UINT64_MAX;
    if (!at)
        return 0;
    if (store_cmd_resolve(s->st, s->r, at, &pos, err))
        return -1;
    for (*step = 0; *step < replay_last_step(s->r); ++*step)
        if (replay_step_end(s->r, *step, &end, err) || end >= pos)
            break;
    return 0;
}

int asciicast_command(const cli_opts *o)
{
    source s;
    buf out = BUF_INIT, err = BUF_INIT, title = BUF_INIT, label = BUF_INIT;
    int cols = o->cols ? (int)o->cols : DEFAULT_COLS, rows = o->rows ? (int)o->rows : DEFAULT_ROWS;
    int rc = 2;
    if (cols < MIN_COLS || rows < MIN_ROWS) {
        fprintf(stderr, "heapviz: export: --size %dx%d is too small for an asciicast (at least %dx%d)\n", cols,
                rows, MIN_COLS, MIN_ROWS);
        return 2;
    }
    if (source_open(o, &s, &err) == 0) {
        buf_printf(&title, "heapviz: %s", s.row.name);
        buf_printf(&label, "session %lld \"%s\"", (long long)s.row.id, s.row.name);
        asciicast_options opt = {cols, rows, s.th, s.captions, buf_str(&title), s.row.started / 1000,
                                 buf_str(&label), UINT64_MAX};
        if (last_step(&s, o->at, &opt.until, &err) == 0 && asciicast_write(s.r, &opt, &out, &err) == 0) {
            fwrite(out.data ? out.data : "", 1, out.len, stdout);
            rc = fflush(stdout) || ferror(stdout) ? 2 : 0;
            if (rc)
                buf_adds(&err, "export: cannot write the asciicast to stdout");
        }
    }
    if (rc)
        fprintf(stderr, "heapviz: %s\n", buf_str(&err));
    source_close(&s);
    buf_free(&out);
    buf_free(&err);
    buf_free(&title);
    buf_free(&label);
    return rc;
}
